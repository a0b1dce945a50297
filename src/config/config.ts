import type { OperationName, ProviderName } from '../catalog.js';
import type { ProbeTarget } from '../certificates/probe-target.js';
import type { UrlMapRule } from '../targets/url-map.js';

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
  /** normalised full URLs or absolute paths (urls, urls-file; mapped changed-files once resolved) */
  urls: string[];
  /** normalised prefixes / wildcard paths */
  prefixes: string[];
  purgeAll: boolean;
}

export type IfNoTargets = 'warn' | 'ignore' | 'error';
/** `collapse`: replace groups of URLs by directory prefixes when the exact purge does not fit */
export type CollapseMode = 'auto' | 'never';
export type ChangedFilesFallback = 'fail' | 'purge-all';

/** Where the changed files come from: a literal list, or the workflow event (`auto`). */
export type ChangedFilesSource =
  | { kind: 'list'; files: string[] }
  | {
      kind: 'auto';
      fallback: ChangedFilesFallback;
      githubToken?: string;
      /** the runner's GITHUB_* variables that describe the event, read once with the inputs */
      workflow: WorkflowEnvironment;
    };

/** The GITHUB_* variables `changed-files: auto` reads (the runner sets them for every step). */
export const WORKFLOW_VARIABLES = [
  'GITHUB_SHA',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_WORKSPACE',
  'GITHUB_REPOSITORY',
  'GITHUB_API_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RUN_ID',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
] as const;
export type WorkflowEnvironment = Readonly<
  Partial<Record<(typeof WORKFLOW_VARIABLES)[number], string>>
>;

/**
 * changed-files + url-map. The files are mapped to URLs when the operation
 * starts (before any request): `auto` needs git and maybe the GitHub API.
 */
export interface ChangedFiles {
  source: ChangedFilesSource;
  urlMap: UrlMapRule[];
  /** picomatch's dot option for the url-map globs */
  dotfiles: boolean;
  /**
   * The checkout the paths are relative to (GITHUB_WORKSPACE, else the working
   * directory): walked with url-map to count what a prefix purges besides the changes.
   */
  workspace: string;
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
  /** CDNKIT_PROBE_CONNECT: tests send every probe to a loopback TLS edge (SNI unchanged) */
  probeConnect?: ProbeTarget;
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
  /** set when changed-files is given */
  changedFiles?: ChangedFiles;
  ifNoTargets: IfNoTargets;
  /** purge, prefetch: the longest sending may take at the provider's real limits */
  maxDurationSeconds: number;
  collapse: CollapseMode;
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

/** What parsing reads besides the inputs: the runner's variables and files. */
export interface ParseEnvironment {
  /** GITHUB_WORKSPACE, GITHUB_API_URL, GITHUB_REPOSITORY */
  env: Record<string, string | undefined>;
  /** a regular file of at most `maxBytes`, else a FileRefusal (file.ts) */
  readFile(path: string, maxBytes: number): string;
  resolvePath(base: string, path: string): string;
  /** the CLI: `urls-file: -` is read from standard input (the action has none) */
  readStdin?(): string;
  /** what a relative urls-file is read from, in messages (default GITHUB_WORKSPACE) */
  relativeTo?: string;
}
