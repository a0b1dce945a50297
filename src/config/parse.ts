import {
  isCredentialOperation,
  OPERATIONS,
  PROVIDERS,
  type ProviderName,
  SUPPORTED_OPERATIONS,
  UNSUPPORTED_REASONS,
} from '../catalog.js';
import { InputError, UnsupportedOperationError } from '../errors.js';
import { MIN_SECRET_LENGTH } from '../secret-registry.js';
import { parseList } from '../targets/list.js';
import { isProbeOnly, parseCertificateInputs } from './certificate-inputs.js';
import type { Config, ParseEnvironment, PurgeAction } from './config.js';
import { parseCredentials } from './credential-inputs.js';
import { parseGithubSecret } from './github-secret.js';
import { defaultWaitTimeoutSeconds, INPUTS, type InputName, type InputReader } from './inputs.js';
import { parseTargets } from './targets.js';
import { apiUrl, bool, expiresInDays, integer, oneOf, pathId, text } from './values.js';

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

  refuseShortSecrets(input);
  refuseOtherProvidersInputs(provider, input);
  const probeOnly = isProbeOnly(operation, optional);
  const config: Config = {
    provider,
    operation,
    dryRun: bool(input('dry-run'), 'dry-run', false),
    // a TLS probe of hostnames alone calls no provider: no credentials needed
    credentials: probeOnly ? {} : parseCredentials(provider, operation, optional),
    apiUrl: apiUrl(optional('api-url')),
    // CDNetworks' resource is a list of domains, never part of a path
    resource: (provider === 'cdnetworks' ? text : pathId)(optional('resource'), 'resource'),
    organization: pathId(optional('organization'), 'organization'),
    targets: { urls: [], prefixes: [], purgeAll: false },
    ifNoTargets: oneOf(input('if-no-targets') || 'warn', 'if-no-targets', [
      'warn',
      'ignore',
      'error',
    ] as const),
    maxDurationSeconds: integer(input('max-duration'), 'max-duration', 120, 0, 7 * 86_400),
    collapse: oneOf(input('collapse') || 'auto', 'collapse', ['auto', 'never'] as const),
    wait: bool(input('wait'), 'wait', false),
    waitTimeoutSeconds: integer(
      input('wait-timeout'),
      'wait-timeout',
      defaultWaitTimeoutSeconds(operation),
      1,
    ),
    taskIds: parseList(input('task-id')).map((id) => pathId(id, 'task-id')!),
    purgeAction: oneOf(input('purge-action') || 'default', 'purge-action', [
      'default',
      'delete',
      'expire',
    ] as const) as PurgeAction,
    checkQuota: bool(input('check-quota'), 'check-quota', false),
    credential: {
      id: pathId(optional('credential-id'), 'credential-id'),
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
    certificate: parseCertificateInputs(input, environment, operation),
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

  Object.assign(config, parseTargets(input, environment, operation));
  requireOperationInputs(config, optional);
  config.githubSecret = parseGithubSecret(config, optional, environment);
  if (config.changedFiles?.source.kind === 'auto') {
    config.changedFiles.source.githubToken = optional('github-token');
  }
  return config;
}

/**
 * An input only some providers read (INPUTS' `providers`), set to anything
 * but its default for another provider: refused rather than silently ignored.
 */
function refuseOtherProvidersInputs(
  provider: ProviderName,
  input: (name: InputName) => string,
): void {
  for (const spec of INPUTS) {
    if (!('providers' in spec) || (spec.providers as readonly string[]).includes(provider))
      continue;
    const value = input(spec.name);
    const fallback = 'default' in spec ? spec.default : '';
    if (value !== '' && value.toLowerCase() !== fallback.toLowerCase()) {
      throw new InputError(
        spec.name,
        `applies to ${spec.providers.join(' and ')} only, not to ${provider}`,
      );
    }
  }
}

/**
 * A secret of one or two characters cannot be masked: the runner would hide
 * every occurrence of those characters in the log, and cdnkit would redact them
 * from every message. No real credential is that short.
 */
function refuseShortSecrets(input: (name: InputName) => string): void {
  for (const spec of INPUTS) {
    if (!('secret' in spec && spec.secret)) continue;
    const { length } = input(spec.name);
    if (length > 0 && length < MIN_SECRET_LENGTH) {
      throw new InputError(
        spec.name,
        `is ${length} character${length === 1 ? '' : 's'} long: a secret needs at least ${MIN_SECRET_LENGTH} to be masked in the log; give the real credential`,
      );
    }
  }
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
  if (provider === 'medianova' && operation !== 'login' && !isProbeOnly(operation, optional)) {
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
