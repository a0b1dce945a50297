import type { OperationName, ProviderName } from '../providers/catalog.js';

export type CdnetworksAuthMethod = 'aksk' | 'api-key';
export type PurgeAction = 'default' | 'delete' | 'expire';

/** Credentials as given; which ones are present was checked against the provider. */
export interface Credentials {
  apiKey?: string;
  apiSecret?: string;
  apiToken?: string;
  username?: string;
  password?: string;
  authMethod?: CdnetworksAuthMethod;
}

export interface Targets {
  /** normalised full URLs or absolute paths (urls, urls-file and mapped changed-files) */
  urls: string[];
  /** normalised prefixes / wildcard paths */
  prefixes: string[];
  purgeAll: boolean;
  /** changed files no url-map rule matched */
  skippedFiles: string[];
}

export interface GithubSecretTarget {
  token: string;
  /** secret that receives the new secret (Stook secret key or Gcore token) */
  name: string;
  /** Stook: secret that receives the access key */
  accessKeyName: string;
  environment?: string;
  org?: string;
  apiUrl: string;
  repository?: string;
}

/** PEM text read from an input or its file, and which of the two it came from. */
export interface PemText {
  text: string;
  input: 'certificate' | 'certificate-file' | 'private-key' | 'private-key-file';
}

/** A TLS endpoint named by `hostnames`: the name the certificate must cover, and where to probe. */
export interface HostnameTarget {
  /** lower case; may start with `*.` (checked against the certificate, never probed) */
  host: string;
  port: number;
}

export interface CertificateInputs {
  chain?: PemText;
  privateKey?: PemText;
  id?: string;
  name?: string;
  hostnames: HostnameTarget[];
  probe: boolean;
}

/** Every input, parsed and validated once. Nothing below the input layer reads inputs. */
export interface Config {
  provider: ProviderName;
  operation: OperationName;
  dryRun: boolean;
  credentials: Credentials;
  apiUrl?: string;
  resource?: string;
  organization?: string;
  targets: Targets;
  wait: boolean;
  waitTimeoutSeconds: number;
  taskIds: string[];
  purgeAction: PurgeAction;
  checkQuota: boolean;
  credential: {
    id?: string;
    name?: string;
    readOnly?: boolean;
    buckets?: string[];
    subfolder?: string;
  };
  token: {
    id?: string;
    clientId?: string;
    role?: string;
    expiresInDays: number | 'never';
    warnDays: number;
  };
  deleteOld: boolean;
  certificate: CertificateInputs;
  githubSecret?: GithubSecretTarget;
  timeoutSeconds: number;
  maxRetries: number;
}
