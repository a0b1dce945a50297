import { InputError, UnsupportedOperationError } from '../errors.js';
import {
  isCredentialOperation,
  OPERATIONS,
  type OperationName,
  PROVIDERS,
  type ProviderName,
  SUPPORTED_OPERATIONS,
  UNSUPPORTED_REASONS,
} from '../providers/catalog.js';
import { parseList, unique } from '../targets/list.js';
import { CONTROL_CHARACTERS, normaliseTarget } from '../targets/url.js';
import { mapChangedFiles, parseUrlMap } from '../targets/url-map.js';
import type {
  CdnetworksAuthMethod,
  Config,
  Credentials,
  GithubSecretTarget,
  PurgeAction,
} from './config.js';
import type { InputName, InputReader } from './inputs.js';

export interface ParseEnvironment {
  /** GITHUB_WORKSPACE, GITHUB_API_URL, GITHUB_REPOSITORY */
  env: Record<string, string | undefined>;
  readFile(path: string): string;
  resolvePath(base: string, path: string): string;
}

/**
 * Parses and validates every input. Throws InputError naming the input and what
 * is allowed; it sends nothing, so a bad input never causes a request.
 */
export function parseConfig(read: InputReader, environment: ParseEnvironment): Config {
  const input = (name: InputName): string => read(name).trim();
  const optional = (name: InputName): string | undefined => input(name) || undefined;

  const provider = oneOf(input('provider'), 'provider', PROVIDERS, true);
  const operation = oneOf(input('operation'), 'operation', OPERATIONS, true);
  if (!SUPPORTED_OPERATIONS[provider].includes(operation)) {
    const reason = UNSUPPORTED_REASONS[provider]?.[operation];
    if (reason)
      throw new InputError(
        'operation',
        `'${operation}' is not available for ${provider}: ${reason}`,
      );
    throw new UnsupportedOperationError(provider, operation, SUPPORTED_OPERATIONS[provider]);
  }

  const config: Config = {
    provider,
    operation,
    dryRun: bool(input('dry-run'), 'dry-run', false),
    credentials: parseCredentials(provider, operation, optional),
    apiUrl: apiUrl(optional('api-url')),
    resource: text(optional('resource'), 'resource'),
    organization: text(optional('organization'), 'organization'),
    targets: { urls: [], prefixes: [], purgeAll: false, skippedFiles: [] },
    wait: bool(input('wait'), 'wait', false),
    waitTimeoutSeconds: integer(input('wait-timeout'), 'wait-timeout', 300, 1),
    taskIds: parseList(input('task-id')).map((id) => text(id, 'task-id')!),
    purgeAction: oneOf(input('purge-action') || 'default', 'purge-action', [
      'default',
      'delete',
      'expire',
    ] as const) as PurgeAction,
    checkQuota: bool(input('check-quota'), 'check-quota', false),
    credential: {
      id: text(optional('credential-id'), 'credential-id'),
      name: text(optional('name'), 'name'),
      readOnly:
        input('read-only') === '' ? undefined : bool(input('read-only'), 'read-only', false),
      buckets:
        input('buckets') === ''
          ? undefined
          : parseList(input('buckets')).map((b) => text(b, 'buckets')!),
      subfolder: text(optional('subfolder'), 'subfolder'),
    },
    token: {
      id: text(optional('token-id'), 'token-id'),
      clientId: text(optional('client-id'), 'client-id'),
      role: text(optional('role'), 'role'),
      expiresInDays: expiresInDays(input('expires-in-days')),
      warnDays: integer(input('warn-days'), 'warn-days', 7, 0),
    },
    deleteOld: bool(input('delete-old'), 'delete-old', true),
    timeoutSeconds: integer(input('timeout'), 'timeout', 30, 1, 600),
    maxRetries: integer(input('max-retries'), 'max-retries', 4, 0, 10),
  };

  if (config.credential.id !== undefined && !/^[\w.-]+$/.test(config.credential.id)) {
    throw new InputError(
      'credential-id',
      'must be a uuid (letters, digits, "-", "_" and "." only)',
    );
  }
  if (config.token.id !== undefined && !/^\d+$/.test(config.token.id)) {
    throw new InputError('token-id', 'must be a numeric Gcore token id');
  }
  if (config.token.clientId !== undefined && !/^\d+$/.test(config.token.clientId)) {
    throw new InputError('client-id', 'must be a numeric Gcore client id');
  }

  config.targets = parseTargets(input, environment, operation);
  requireOperationInputs(config, optional);
  config.githubSecret = parseGithubSecret(config, optional, environment);
  return config;
}

function parseCredentials(
  provider: ProviderName,
  operation: OperationName,
  optional: (name: InputName) => string | undefined,
): Credentials {
  const given: Credentials = {
    apiKey: optional('api-key'),
    apiSecret: optional('api-secret'),
    apiToken: optional('api-token'),
    username: optional('username'),
    password: optional('password'),
  };
  for (const [field, name] of [
    ['apiKey', 'api-key'],
    ['apiSecret', 'api-secret'],
    ['apiToken', 'api-token'],
    ['username', 'username'],
    ['password', 'password'],
  ] as const) {
    if (given[field] !== undefined && CONTROL_CHARACTERS.test(given[field])) {
      throw new InputError(name, 'contains control characters or a line break');
    }
  }
  const notUsed = (names: InputName[], how: string): void => {
    for (const name of names) {
      if (optional(name) !== undefined) {
        throw new InputError(
          name,
          `is not used by ${provider}; ${provider} authenticates with ${how}`,
        );
      }
    }
  };
  const authMethodInput = optional('auth-method');
  if (provider !== 'cdnetworks' && authMethodInput !== undefined) {
    throw new InputError('auth-method', `applies to cdnetworks only, not to ${provider}`);
  }

  switch (provider) {
    case 'medianova': {
      const how = "'api-key' + 'api-secret' (or 'api-token' from an earlier login)";
      notUsed(['username', 'password'], how);
      if (operation === 'login' && given.apiToken !== undefined) {
        throw new InputError(
          'api-token',
          "login needs 'api-key' and 'api-secret', not an existing token",
        );
      }
      if (given.apiToken !== undefined && (given.apiKey || given.apiSecret)) {
        throw new InputError(
          'api-token',
          "give either 'api-token' or 'api-key' + 'api-secret', not both",
        );
      }
      if (given.apiToken === undefined)
        requirePair(given.apiKey, given.apiSecret, 'api-key', 'api-secret', how);
      return given;
    }
    case 'gcore': {
      const how = "'api-token' (permanent API token) or 'username' + 'password' (JWT login)";
      notUsed(['api-key', 'api-secret'], how);
      if (operation === 'login' && given.apiToken !== undefined) {
        throw new InputError(
          'api-token',
          "login needs 'username' and 'password'; a permanent API token needs no login",
        );
      }
      if (given.apiToken !== undefined && (given.username || given.password)) {
        throw new InputError(
          'api-token',
          "give either 'api-token' or 'username' + 'password', not both",
        );
      }
      if (
        given.apiToken === undefined &&
        given.username === undefined &&
        given.password === undefined
      ) {
        throw new InputError('api-token', `credentials are missing: set ${how}`);
      }
      if (given.apiToken === undefined)
        requirePair(given.username, given.password, 'username', 'password', how);
      if (given.apiToken !== undefined && !/^\d+[$_]\S+$/.test(given.apiToken)) {
        throw new InputError(
          'api-token',
          "is not a Gcore permanent token: expected '<id>$<secret>' or '<id>_<secret>'",
        );
      }
      return given;
    }
    case 'cdnetworks': {
      notUsed(
        ['api-token', 'password'],
        "'api-key' + 'api-secret' (AK/SK) or 'username' + 'api-key' (API-Key)",
      );
      const authMethod = (
        authMethodInput === undefined
          ? given.apiSecret !== undefined
            ? 'aksk'
            : 'api-key'
          : oneOf(authMethodInput, 'auth-method', ['aksk', 'api-key'] as const)
      ) as CdnetworksAuthMethod;
      if (authMethod === 'aksk') {
        if (given.username !== undefined) {
          throw new InputError(
            'username',
            "is not used with auth-method 'aksk'; AK/SK needs 'api-key' (Access Key) and 'api-secret' (Secret Key)",
          );
        }
        requirePair(
          given.apiKey,
          given.apiSecret,
          'api-key',
          'api-secret',
          "'api-key' (Access Key) + 'api-secret' (Secret Key) for AK/SK auth",
        );
      } else {
        if (given.apiSecret !== undefined) {
          throw new InputError(
            'api-secret',
            "is not used with auth-method 'api-key'; API-Key auth needs 'username' and 'api-key'",
          );
        }
        requirePair(
          given.username,
          given.apiKey,
          'username',
          'api-key',
          "'username' + 'api-key' for API-Key auth",
        );
      }
      return { ...given, authMethod };
    }
  }
}

function requirePair(
  first: string | undefined,
  second: string | undefined,
  firstName: InputName,
  secondName: InputName,
  how: string,
): void {
  if (first === undefined && second === undefined) {
    throw new InputError(firstName, `credentials are missing: set ${how}`);
  }
  if (first === undefined)
    throw new InputError(firstName, `is required together with '${secondName}'`);
  if (second === undefined)
    throw new InputError(secondName, `is required together with '${firstName}'`);
}

function parseTargets(
  input: (name: InputName) => string,
  environment: ParseEnvironment,
  operation: OperationName,
): Config['targets'] {
  const urls = parseList(input('urls')).map((entry) => normaliseTarget(entry, 'urls'));
  const file = input('urls-file');
  if (file !== '') {
    const base = environment.env.GITHUB_WORKSPACE ?? '.';
    let content: string;
    try {
      content = environment.readFile(environment.resolvePath(base, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        'urls-file',
        `cannot read '${file}'${code ? ` (${code})` : ''}; give a path absolute or relative to GITHUB_WORKSPACE`,
      );
    }
    const entries = parseList(content, { commas: false });
    urls.push(...entries.map((entry) => normaliseTarget(entry, 'urls-file')));
  }
  const changed = parseList(input('changed-files'));
  const urlMapText = input('url-map');
  let skippedFiles: string[] = [];
  if (changed.length > 0) {
    if (urlMapText === '')
      throw new InputError(
        'url-map',
        "is required with 'changed-files' to turn file paths into URLs",
      );
    for (const file of changed) {
      if (CONTROL_CHARACTERS.test(file))
        throw new InputError('changed-files', 'contains control characters');
    }
    const mapped = mapChangedFiles(changed, parseUrlMap(urlMapText));
    urls.push(...mapped.urls.map((url) => normaliseTarget(url, 'url-map')));
    skippedFiles = mapped.skipped;
  } else if (urlMapText !== '') {
    parseUrlMap(urlMapText);
  }
  const prefixes = parseList(input('prefixes')).map((entry) => normaliseTarget(entry, 'prefixes'));
  const purgeAll = bool(input('purge-all'), 'purge-all', false);
  const targets = { urls: unique(urls), prefixes: unique(prefixes), purgeAll, skippedFiles };

  const sources = "'urls', 'urls-file', 'changed-files'";
  if (operation === 'purge') {
    if (purgeAll && (targets.urls.length > 0 || targets.prefixes.length > 0)) {
      throw new InputError(
        'purge-all',
        "purges everything; leave 'urls', 'prefixes' and 'changed-files' empty",
      );
    }
    if (!purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0) {
      const empty = changed.length > 0 ? ' (no changed file matched a url-map rule)' : '';
      throw new InputError(
        'urls',
        `purge needs at least one URL or prefix${empty}: set ${sources}, 'prefixes' or 'purge-all: true'`,
      );
    }
  } else if (operation === 'prefetch') {
    if (purgeAll)
      throw new InputError('purge-all', 'applies to purge only; prefetch takes exact URLs');
    if (targets.prefixes.length > 0)
      throw new InputError('prefixes', 'prefetch takes exact URLs, not prefixes or wildcards');
    if (targets.urls.length === 0) {
      throw new InputError('urls', `prefetch needs at least one URL: set ${sources}`);
    }
  } else {
    for (const name of ['urls', 'urls-file', 'prefixes', 'changed-files'] as const) {
      if (input(name) !== '')
        throw new InputError(name, `applies to purge and prefetch only, not to '${operation}'`);
    }
    if (purgeAll) throw new InputError('purge-all', `applies to purge only, not to '${operation}'`);
  }
  return targets;
}

function requireOperationInputs(
  config: Config,
  optional: (name: InputName) => string | undefined,
): void {
  const { provider, operation } = config;
  const need = (name: InputName, why: string): void => {
    if (optional(name) === undefined) throw new InputError(name, `is required ${why}`);
  };
  if (operation === 'purge-status' && config.taskIds.length === 0) {
    need('task-id', "for 'purge-status' (or use 'wait: true' on the purge itself)");
  }
  if (provider === 'medianova' && operation !== 'login') {
    need('organization', `for medianova '${operation}' (the organization uuid)`);
  }
  if (provider === 'medianova' && ['purge', 'prefetch', 'purge-status'].includes(operation)) {
    need('resource', `for medianova '${operation}' (resource uuid or hostname)`);
  }
  if (provider === 'gcore' && ['purge', 'prefetch', 'purge-status'].includes(operation)) {
    need('resource', `for gcore '${operation}' (resource id or one of its hostnames)`);
  }
  if (
    isCredentialOperation(operation) &&
    !['list-credentials', 'create-credential'].includes(operation)
  ) {
    need('credential-id', `for '${operation}'`);
  }
  if (operation === 'create-credential') need('name', "for 'create-credential'");
  if (
    operation === 'update-credential' &&
    config.credential.name === undefined &&
    config.credential.readOnly === undefined &&
    config.credential.buckets === undefined &&
    config.credential.subfolder === undefined
  ) {
    throw new InputError(
      'name',
      "update-credential needs at least one of 'name', 'read-only', 'buckets', 'subfolder'",
    );
  }
  if (operation === 'create-token') {
    need('name', "for 'create-token'");
    need(
      'role',
      "for 'create-token' (a role name such as 'Purge and Prefetch only (API)', or its id)",
    );
  }
  if (operation === 'delete-token') need('token-id', "for 'delete-token'");
  if (
    operation === 'rotate-token' &&
    config.token.id === undefined &&
    config.credentials.apiToken === undefined
  ) {
    throw new InputError(
      'token-id',
      "is required for 'rotate-token' when signing in with 'username' + 'password'",
    );
  }
}

function parseGithubSecret(
  config: Config,
  optional: (name: InputName) => string | undefined,
  environment: ParseEnvironment,
): GithubSecretTarget | undefined {
  const name = optional('secret-name');
  const related = [
    'github-token',
    'secret-name-access-key',
    'secret-environment',
    'secret-org',
  ] as const;
  if (name === undefined) {
    for (const other of related) {
      if (optional(other) !== undefined)
        throw new InputError(other, "only applies together with 'secret-name'");
    }
    return undefined;
  }
  const writes = ['create-credential', 'rotate-credential', 'create-token', 'rotate-token'];
  if (!writes.includes(config.operation)) {
    throw new InputError('secret-name', `applies to ${writes.join(', ')} only`);
  }
  secretName(name, 'secret-name');
  const token = optional('github-token');
  if (token === undefined) {
    throw new InputError(
      'github-token',
      "is required with 'secret-name': a token allowed to write Actions secrets (the default GITHUB_TOKEN cannot)",
    );
  }
  const accessKeyName = secretName(
    optional('secret-name-access-key') ?? `${name}_ACCESS_KEY`,
    'secret-name-access-key',
  );
  if (optional('secret-name-access-key') !== undefined && config.provider !== 'medianova') {
    throw new InputError('secret-name-access-key', 'applies to Medianova Stook credentials only');
  }
  const environmentName = text(optional('secret-environment'), 'secret-environment');
  const org = text(optional('secret-org'), 'secret-org');
  if (environmentName && org) {
    throw new InputError(
      'secret-environment',
      "and 'secret-org' exclude each other: choose one place for the secret",
    );
  }
  const repository = environment.env.GITHUB_REPOSITORY;
  if (!org && !repository?.includes('/')) {
    throw new InputError(
      'secret-name',
      "needs GITHUB_REPOSITORY ('owner/repo') to store a repository or environment secret",
    );
  }
  const apiUrl = environment.env.GITHUB_API_URL || 'https://api.github.com';
  checkUrl(apiUrl, 'secret-name', 'GITHUB_API_URL');
  return { token, name, accessKeyName, environment: environmentName, org, apiUrl, repository };
}

/** GitHub's rules for secret names. */
function secretName(name: string, input: InputName): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name) || name.length > 255) {
    throw new InputError(
      input,
      `'${name.slice(0, 60)}' is not a valid secret name: letters, digits and '_' only, not starting with a digit or GITHUB_`,
    );
  }
  return name;
}

function oneOf<T extends string>(
  value: string,
  input: InputName,
  allowed: readonly T[],
  required = false,
): T {
  if (value === '' && required)
    throw new InputError(input, `is required; one of: ${allowed.join(', ')}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(
      input,
      `'${value.slice(0, 60)}' is not allowed; use one of: ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

function bool(value: string, input: InputName, fallback: boolean): boolean {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new InputError(input, `'${value.slice(0, 60)}' is not a boolean; use true or false`);
}

function integer(
  value: string,
  input: InputName,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === '') return fallback;
  if (!/^\d+$/.test(value))
    throw new InputError(
      input,
      `'${value.slice(0, 60)}' is not a whole number; use an integer from ${min} to ${max}`,
    );
  const number = Number(value);
  if (number < min || number > max)
    throw new InputError(input, `${value} is out of range; use an integer from ${min} to ${max}`);
  return number;
}

function expiresInDays(value: string): number | 'never' {
  if (value.toLowerCase() === 'never') return 'never';
  return integer(value, 'expires-in-days', 90, 1, 3650);
}

/** A free-text identifier: one line, no control characters, at most 255 characters. */
function text(value: string | undefined, input: InputName): string | undefined {
  if (value === undefined) return undefined;
  if (CONTROL_CHARACTERS.test(value))
    throw new InputError(input, 'contains control characters or a line break; give a single line');
  if (value.length > 255)
    throw new InputError(input, `is ${value.length} characters long; at most 255 are allowed`);
  return value;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function apiUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  checkUrl(value, 'api-url', 'api-url');
  return value.replace(/\/+$/, '');
}

/** https anywhere; http only for loopback hosts (tests, the emulator). */
function checkUrl(value: string, input: InputName, label: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, `${label} '${value.slice(0, 80)}' is not a valid URL`);
  }
  if (url.username || url.password)
    throw new InputError(input, `${label} must not contain user credentials`);
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return;
  throw new InputError(
    input,
    `${label} must use https (http is allowed only for loopback hosts: localhost, 127.0.0.0/8, [::1])`,
  );
}
