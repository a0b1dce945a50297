import { ProviderError, providerLabel, RefusedTokenError } from '../errors.js';
import type { ApiToken } from '../providers/api-tokens.js';
import { capabilityOf, type Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { plannedSteps } from './plan.js';
import type { Annotation, OperationReport } from './report.js';
import { daysLeft, type ExpiryLevel, expiryLevel } from './token-dates.js';
import { tokenTable } from './tokens.js';

/**
 * check-token: every visible token (or `token-id`), a warning for each expiring
 * within `warn-days`, an error within a day; the step fails when the token this
 * run signs in with has expired.
 */
export async function checkToken(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const { config, timing } = ctx;
  const tokens = capabilityOf(provider, 'tokens', config.operation);
  const warnDays = config.token.warnDays;
  if (config.dryRun) {
    return plannedSteps(ctx, [
      config.token.id ? `read token ${config.token.id}` : 'list the API tokens of the account',
      `warn about tokens expiring within ${warnDays} days; error within 1 day`,
    ]);
  }
  let checked: ApiToken[];
  try {
    checked = config.token.id ? [await tokens.get(config.token.id)] : await tokens.list();
  } catch (error) {
    if (error instanceof ProviderError && error.status === 401 && tokens.inUseTokenId) {
      throw new RefusedTokenError(tokens.inUseTokenId, error);
    }
    throw error;
  }
  const now = timing.now();
  const states = checked.map((token) => ({
    token,
    level: expiryLevel(token, now, warnDays),
    days: daysLeft(token.expiresAt, now),
  }));
  const label = providerLabel(provider.name);
  const annotations = states.flatMap(({ token, level, days }) =>
    expiryAnnotation(label, token, level, days),
  );
  const earliest = states.reduce<number | undefined>(
    (min, { days }) => (days === undefined || (min !== undefined && min <= days) ? min : days),
    undefined,
  );
  const inUse = states.find(({ token }) => token.id === tokens.inUseTokenId);
  const count = (level: ExpiryLevel) => states.filter((state) => state.level === level).length;
  return {
    outputs: {
      'days-left': earliest === undefined ? '' : String(earliest),
      'request-id': provider.http.lastRequestId ?? '',
    },
    result: {
      warnDays,
      daysLeft: earliest ?? null,
      tokens: states.map(({ token, level, days }) => ({
        id: token.id,
        name: token.name,
        expiresAt: token.expiresAt,
        daysLeft: days ?? null,
        state: level,
      })),
    },
    rows: [
      ['Tokens checked', String(checked.length)],
      [
        'Days left (earliest expiry)',
        earliest === undefined ? 'no token expires' : String(earliest),
      ],
      [`Expiring within ${warnDays} days`, String(count('warning'))],
      ['Expiring within 1 day', String(count('error'))],
      ['Expired', String(count('expired'))],
    ],
    tables: [tokenTable(checked, (token) => states.find((s) => s.token === token)?.level ?? '')],
    annotations,
    failure:
      inUse?.level === 'expired'
        ? `The API token this run uses (token ${inUse.token.id}) has expired: rotate it or create a new one.`
        : undefined,
  };
}

function expiryAnnotation(
  provider: string,
  token: ApiToken,
  level: ExpiryLevel,
  days: number | undefined,
): Annotation[] {
  const label = `${provider} API token ${token.id} '${token.name}'`;
  switch (level) {
    case 'expired':
      return [
        { level: 'error', message: `${label} expired at ${token.expiresAt ?? 'an unknown time'}.` },
      ];
    case 'error':
      return [{ level: 'error', message: `${label} expires within a day, at ${token.expiresAt}.` }];
    case 'warning':
      return [
        {
          level: 'warning',
          message: `${label} expires in ${days} day${days === 1 ? '' : 's'}, at ${token.expiresAt}.`,
        },
      ];
    default:
      return [];
  }
}
