import type { OperationName, ProviderName } from '../catalog.js';

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
  githubSecret?: GithubSecretTarget;
  timeoutSeconds: number;
  maxRetries: number;
}

/** What parsing reads besides the inputs: the runner's variables and files. */
export interface ParseEnvironment {
  /** GITHUB_WORKSPACE, GITHUB_API_URL, GITHUB_REPOSITORY */
  env: Record<string, string | undefined>;
  readFile(path: string): string;
  resolvePath(base: string, path: string): string;
}
