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
  /** the providers that read this input; any other refuses it when it is set (absent: every provider) */
  readonly providers?: readonly ProviderName[];
}

export const INPUTS = [
  { name: 'provider', description: 'CDN provider: medianova, gcore or cdnetworks.' },
  {
    name: 'operation',
    description:
      'What to do: login, purge, prefetch, purge-status, list-credentials, get-credential, create-credential, update-credential, delete-credential, rotate-credential, list-tokens, create-token, delete-token, rotate-token, check-token.',
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
      'CDN resource: Gcore resource id or hostname; Medianova resource uuid or hostname; CDNetworks domain for bare paths.',
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
    description: 'Repository paths (e.g. from git diff --name-only), mapped to URLs with url-map.',
  },
  {
    name: 'url-map',
    description:
      "One rule a line: '<glob> => <url template>', template may use {path}. First match wins.",
  },
  {
    name: 'wait',
    description:
      'true: poll until every task this run started is done, failed, or wait-timeout passes.',
    default: 'false',
  },
  {
    name: 'wait-timeout',
    description: 'Seconds to wait for tasks (and the longest a paced purge may take).',
    default: '300',
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
    providers: ['gcore'],
    description: 'check-token: warn when a token expires within this many days.',
    default: '7',
  },
  {
    name: 'delete-old',
    description:
      'Rotation: delete the old credential/token after the new one is verified and stored.',
    default: 'true',
  },
  {
    name: 'github-token',
    description: 'Token allowed to write Actions secrets (not the default GITHUB_TOKEN).',
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
  { name: 'timeout', description: 'Seconds a single request may take.', default: '30' },
  {
    name: 'max-retries',
    description: 'Retries for a request that was throttled or failed on the server or network.',
    default: '4',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

/** Reads one raw input value ('' when unset). */
export type InputReader = (name: InputName) => string;

export const OUTPUTS = [
  { name: 'token', description: 'login: the session token (masked).' },
  { name: 'expires-at', description: 'login, create-token, rotate-token: expiry, ISO 8601 UTC.' },
  { name: 'task-ids', description: 'purge/prefetch: provider task ids, comma-separated.' },
  { name: 'status', description: 'done, pending or failed (purge, prefetch, purge-status).' },
  { name: 'urls-count', description: 'purge/prefetch: objects sent.' },
  {
    name: 'requests-count',
    description: 'purge/prefetch: purge or prefetch HTTP requests sent, retries included.',
  },
  { name: 'request-id', description: "The provider's id of the last request." },
  { name: 'credential-id', description: 'Stook credential operations: the credential uuid.' },
  { name: 'access-key', description: 'Stook credential operations: the access key.' },
  {
    name: 'secret-key',
    description: 'Stook create/rotate: the secret key (masked; empty when the API returns none).',
  },
  { name: 'api-token', description: 'create-token, rotate-token: the new token (masked).' },
  { name: 'token-id', description: 'create-token, rotate-token: the new token id.' },
  {
    name: 'days-left',
    description: 'check-token: days until the earliest expiry among checked tokens.',
  },
  { name: 'result', description: 'JSON of the operation result, every secret replaced by ***.' },
] as const;

export type OutputName = (typeof OUTPUTS)[number]['name'];
