/**
 * Every input of the action, with its default and description. action.yml, the
 * parser and the CLI flags are all checked against this list.
 */
import type { ProviderName } from '../catalog.js';

export interface InputSpec {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
  readonly secret?: boolean;
  /**
   * The providers that read this input (absent: every provider). Any other
   * refuses it when it is set to anything but its `default`: the runner passes
   * every action.yml default to every step, so the default itself is no choice
   * the user made.
   */
  readonly providers?: readonly ProviderName[];
}

export const INPUTS = [
  { name: 'provider', description: 'CDN provider: medianova, gcore or cdnetworks.' },
  {
    name: 'operation',
    description:
      'What to do: login, purge, prefetch, purge-status, list-credentials, get-credential, create-credential, update-credential, delete-credential, rotate-credential, list-tokens, create-token, delete-token, rotate-token, check-token, upload-certificate, rotate-certificate, check-certificate, list-certificates, delete-certificate.',
  },
  {
    name: 'dry-run',
    description: 'true: validate inputs and print the planned requests without sending any.',
    default: 'false',
  },
  {
    name: 'api-key',
    description: 'Medianova API key; CDNetworks API key (api-key auth) or Access Key (AK/SK auth).',
    secret: true,
  },
  {
    name: 'api-secret',
    description: 'Medianova API secret; CDNetworks Secret Key for AK/SK auth.',
    secret: true,
  },
  {
    name: 'api-token',
    description: 'Gcore permanent API token, or a Medianova token from an earlier login step.',
    secret: true,
  },
  {
    name: 'username',
    description: 'Gcore JWT login user; CDNetworks account name for api-key auth.',
  },
  { name: 'password', description: 'Gcore JWT login password.', secret: true },
  {
    name: 'auth-method',
    providers: ['cdnetworks'],
    description: 'CDNetworks: aksk or api-key. Default: aksk when api-secret is set, else api-key.',
  },
  {
    name: 'api-url',
    description: "Override the provider's base URL. https only, except loopback hosts.",
  },
  {
    name: 'resource',
    description:
      'CDN resource: Gcore resource id or hostname; Medianova resource uuid or hostname; CDNetworks domain for bare paths, or the domain(s) a certificate goes to.',
  },
  { name: 'organization', providers: ['medianova'], description: 'Medianova organization uuid.' },
  {
    name: 'urls',
    description:
      'Full URLs or absolute paths, separated by newlines or commas; # comments ignored.',
  },
  {
    name: 'urls-file',
    description: 'File with one URL or path a line (absolute, or relative to GITHUB_WORKSPACE).',
  },
  { name: 'prefixes', description: 'Directories or wildcard paths to purge, e.g. /images/*.' },
  { name: 'purge-all', description: 'true: purge the whole resource.', default: 'false' },
  {
    name: 'changed-files',
    description:
      "auto: the files this deploy changed, found from the workflow event (the last successful run of this workflow with github-token, else the push's before). Or repository paths, separated by newlines or commas. Mapped to URLs with url-map.",
  },
  {
    name: 'changed-files-fallback',
    description:
      'changed-files: auto with no base commit to compare with (new branch, force-push, manual or scheduled run): fail (the default) or purge-all. No action.yml default: the runner would pass it to every step, and it applies only with changed-files: auto.',
  },
  {
    name: 'url-map',
    description:
      "One rule a line: '<glob> => <url template>[, <url template>…]' with picomatch globs; templates may use {path}, {dir}, {name}. '!<glob>' alone excludes files. First match wins.",
  },
  {
    name: 'url-map-dotfiles',
    description:
      "true: '*' and '**' in url-map globs also match names starting with a dot (picomatch's dot option).",
    default: 'false',
  },
  {
    name: 'if-no-targets',
    description:
      'When the target list is empty (e.g. no changed file matched url-map): warn, ignore or error. Nothing is sent and status is skipped; only error fails the step.',
    default: 'warn',
  },
  {
    name: 'max-duration',
    description:
      "Purge, prefetch: the longest sending may take at the provider's rate limits, in seconds (first request to last). A purge that would take longer, or exceed the daily quota, is collapsed (see collapse); a prefetch fails up front.",
    default: '120',
  },
  {
    name: 'collapse',
    description:
      'auto: when the exact purge exceeds max-duration or the daily quota, purge directory prefixes instead of groups of URLs, choosing those that purge the fewest unchanged objects. never: fail up front instead.',
    default: 'auto',
  },
  {
    name: 'wait',
    description:
      'true: poll until every task this run started is done, failed, or wait-timeout passes.',
    default: 'false',
  },
  {
    name: 'wait-timeout',
    description:
      'Seconds to wait for tasks once every request is sent (wait: true); sending is bounded by max-duration. rotate-certificate: seconds for the new certificate to be deployed and served. Default: 1800 for rotate-certificate, else 300.',
  },
  { name: 'task-id', description: 'purge-status: one or more task ids.' },
  {
    name: 'purge-action',
    providers: ['cdnetworks'],
    description: 'CDNetworks: default, delete or expire.',
    default: 'default',
  },
  {
    name: 'check-quota',
    providers: ['cdnetworks'],
    description:
      'CDNetworks: true reads the remaining daily purge quota first and refuses a purge that would exceed it.',
    default: 'false',
  },
  { name: 'credential-id', providers: ['medianova'], description: 'Stook credential uuid.' },
  {
    name: 'name',
    description:
      'Name of the credential or token to create; rotation default: the old name with a UTC timestamp suffix.',
  },
  {
    name: 'read-only',
    providers: ['medianova'],
    description: 'Stook credential: true or false. Rotation copies the old setting unless given.',
  },
  {
    name: 'buckets',
    providers: ['medianova'],
    description: 'Stook credential: bucket uuids, separated by newlines or commas.',
  },
  {
    name: 'subfolder',
    providers: ['medianova'],
    description: 'Stook credential: subfolder the credential is limited to.',
  },
  { name: 'token-id', providers: ['gcore'], description: 'Gcore API token id.' },
  {
    name: 'client-id',
    providers: ['gcore'],
    description: 'Gcore client (account) id; looked up when omitted.',
  },
  {
    name: 'role',
    providers: ['gcore'],
    description: 'Gcore role for a new token: name or id. Rotation copies the old role.',
  },
  {
    name: 'expires-in-days',
    providers: ['gcore'],
    description: 'Lifetime of a new Gcore token in days, or never.',
    default: '90',
  },
  {
    name: 'warn-days',
    description:
      'check-token, check-certificate: warn when a token or certificate expires within this many days.',
    default: '7',
  },
  {
    name: 'delete-old',
    description:
      'Rotation: delete the old credential, token or certificate after the new one is verified (and stored).',
    default: 'true',
  },
  {
    name: 'github-token',
    description:
      "GitHub token. With changed-files: auto, reads this workflow's runs (the default GITHUB_TOKEN with actions: read is enough). With secret-name, writes Actions secrets (the default GITHUB_TOKEN cannot).",
    secret: true,
  },
  {
    name: 'secret-name',
    description:
      'Store the new secret (Stook secret key or Gcore token) as this GitHub Actions secret.',
  },
  {
    name: 'secret-name-access-key',
    providers: ['medianova'],
    description: 'Stook: secret that receives the access key. Default: <secret-name>_ACCESS_KEY.',
  },
  {
    name: 'secret-environment',
    description: 'Store the secret in this deployment environment instead of the repository.',
  },
  {
    name: 'secret-org',
    description: 'Store the secret as an organization secret of this organization.',
  },
  {
    name: 'certificate',
    providers: ['gcore', 'cdnetworks'],
    description:
      'PEM certificate chain: the leaf, then its intermediates (root optional). Or use certificate-file.',
  },
  {
    name: 'certificate-file',
    providers: ['gcore', 'cdnetworks'],
    description:
      'File with the PEM certificate chain (absolute, or relative to GITHUB_WORKSPACE), e.g. fullchain.pem.',
  },
  {
    name: 'private-key',
    providers: ['gcore', 'cdnetworks'],
    description: 'Unencrypted PEM private key of the certificate (PKCS#8, PKCS#1 or SEC1).',
    secret: true,
  },
  {
    name: 'private-key-file',
    providers: ['gcore', 'cdnetworks'],
    description:
      'File with the unencrypted PEM private key (absolute, or relative to GITHUB_WORKSPACE).',
  },
  {
    name: 'certificate-id',
    description: "The provider's certificate id (check-certificate, delete-certificate).",
  },
  {
    name: 'certificate-name',
    providers: ['gcore', 'cdnetworks'],
    description:
      'Name of an uploaded certificate; must be unique. Default: <CN or first SAN, * as wildcard>-<serial>.',
  },
  {
    name: 'hostnames',
    description:
      'host[:port] (port 443 by default), separated by newlines or commas: names the certificate must cover, and TLS probe targets.',
  },
  {
    name: 'probe',
    description:
      'true: check over TLS which certificate the hostnames serve (rotation: until they serve the new one).',
    default: 'true',
  },
  { name: 'timeout', description: 'Seconds a single request may take.', default: '30' },
  {
    name: 'max-retries',
    description: 'Retries for a request that was throttled or failed on the server or network.',
    default: '4',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

/**
 * `wait-timeout` when not given. It has no action.yml default, which would hide
 * whether the user set it: a certificate takes longer to reach every edge than
 * a purge to finish (Gcore: "allow at least fifteen minutes").
 */
export function defaultWaitTimeoutSeconds(operation: string): number {
  return operation === 'rotate-certificate' ? 1800 : 300;
}

/** Reads one raw input value ('' when unset). */
export type InputReader = (name: InputName) => string;

export const OUTPUTS = [
  { name: 'token', description: 'login: the session token (masked).' },
  { name: 'expires-at', description: 'login, create-token, rotate-token: expiry, ISO 8601 UTC.' },
  { name: 'task-ids', description: 'purge/prefetch: provider task ids, comma-separated.' },
  {
    name: 'status',
    description:
      'done, pending or failed (purge, prefetch, purge-status); skipped when there was nothing to purge.',
  },
  { name: 'urls-count', description: 'purge/prefetch: objects sent.' },
  {
    name: 'requests-count',
    description: 'purge/prefetch: purge or prefetch HTTP requests sent, retries included.',
  },
  { name: 'request-id', description: "The provider's id of the last request." },
  { name: 'credential-id', description: 'Stook credential operations: the credential uuid.' },
  {
    name: 'certificate-id',
    description:
      "Certificate operations: the provider's id of the certificate uploaded, or of the earliest-expiring one checked.",
  },
  { name: 'access-key', description: 'Stook credential operations: the access key.' },
  {
    name: 'secret-key',
    description: 'Stook create/rotate: the secret key (masked; empty when the API returns none).',
  },
  { name: 'api-token', description: 'create-token, rotate-token: the new token (masked).' },
  { name: 'token-id', description: 'create-token, rotate-token: the new token id.' },
  {
    name: 'days-left',
    description:
      'check-token, check-certificate, upload-certificate: whole days until the earliest expiry checked (0 once expired).',
  },
  {
    name: 'serial',
    description: 'Certificate operations: serial number in hex, as openssl x509 -serial prints it.',
  },
  {
    name: 'not-after',
    description: 'Certificate operations: end of validity, ISO 8601 UTC.',
  },
  {
    name: 'fingerprint',
    description: 'Certificate operations: SHA-256 fingerprint, AB:CD:… form.',
  },
  { name: 'result', description: 'JSON of the operation result, every secret replaced by ***.' },
] as const;

export type OutputName = (typeof OUTPUTS)[number]['name'];
