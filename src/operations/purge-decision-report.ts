/**
 * How a purge's plan is told: exact or collapsed, the prefixes chosen and the
 * changed URLs each covers, the objects purged besides the changes (or why
 * they are unknown), the predicted duration at the provider's real limits and,
 * with `check-quota`, the daily quota. Pure.
 */
import type { Logger } from '../log.js';
import { formatDuration } from './plan.js';
import type { PurgeDecision } from './purge-decision.js';
import type { PlannedTarget, SummaryList } from './report.js';

/** The end of the plan line, after "expected duration … at <provider>'s rate limits". */
export function describeDecision(decision: PurgeDecision): string {
  const limit = `max-duration ${decision.maxDurationMs / 1000} s`;
  if (decision.mode === 'exact') return `exact plan (${limit})`;
  const { prefixes, exact } = decision;
  return `collapsed plan: ${count(prefixes.length, 'prefix', 'prefixes')} cover ${decision.covered} of ${decision.changed} changed URLs, ${decision.sent.urls.length} sent as they are; ${extraText(decision)}; exactly it would take ${count(exact.requests, 'request')}, ${formatDuration(exact.predictedMs)} (${limit})`;
}

/** The daily quota the plan had to fit, and each chosen prefix with what it covers, folded. */
export function logDecision(decision: PurgeDecision, provider: string, logger: Logger): void {
  if (decision.quota) {
    const { left, uses } = decision.quota;
    logger.info(
      `${provider} daily quota: ${left.urls} of ${left.dailyUrls} URLs and ${left.prefixes} of ${left.dailyPrefixes} directories remain today; this purge uses ${uses.urls} and ${uses.prefixes}`,
    );
  }
  if (decision.prefixes.length === 0) return;
  logger.startGroup?.(`collapse: the ${decision.prefixes.length} prefixes chosen`);
  for (const line of prefixLines(decision)) logger.info(`collapse: ${line}`);
  logger.endGroup?.();
}

/** The provider refused the chosen prefixes: its warning, and the duration of what was sent instead. */
export interface FallbackNote {
  readonly warning: string;
  /** first request to last, the fallback's requests included (unscaled) */
  readonly expectedMs: number;
}

/** Summary rows of the plan. `fallback` is set when the provider refused the prefixes. */
export function decisionRows(
  decision: PurgeDecision,
  provider: string,
  fallback: FallbackNote | undefined,
): [string, string][] {
  const rows: [string, string][] = [['Plan', planText(decision, fallback)]];
  if (decision.mode === 'collapsed' && !fallback)
    rows.push(
      ['Changed URLs', `${decision.changed} (${decision.covered} under prefixes)`],
      ['Extra objects purged', extraText(decision)],
    );
  rows.push([
    'Expected duration',
    `${formatDuration(fallback?.expectedMs ?? decision.predictedMs)} at ${provider}'s rate limits (max-duration ${decision.maxDurationMs / 1000} s)`,
  ]);
  return rows;
}

/** The daily quota row: what is left once the items sent are counted. */
export function quotaRow(
  decision: PurgeDecision,
  sent: { urls: number; prefixes: number },
): [string, string][] {
  if (!decision.quota) return [];
  const { left } = decision.quota;
  return [
    [
      'Daily quota left',
      `${left.urls - sent.urls} of ${left.dailyUrls} URLs and ${left.prefixes - sent.prefixes} of ${left.dailyPrefixes} directories after this purge (it used ${sent.urls} and ${sent.prefixes})`,
    ],
  ];
}

/** The collapsed list of prefixes chosen, each with its changed URLs and extra objects. */
export function decisionLists(
  decision: PurgeDecision,
  fallback: FallbackNote | undefined,
): SummaryList[] {
  if (decision.prefixes.length === 0) return [];
  const title = fallback ? 'Prefixes refused, purged URL by URL instead' : 'Prefixes chosen';
  return [{ title: `${title} (${decision.prefixes.length})`, items: prefixLines(decision) }];
}

/** The `purgePlan` of the `result` output: counts, not the covered URLs (the summary lists those). */
export function decisionJson(decision: PurgeDecision, fallback: FallbackNote | undefined): object {
  return {
    mode: fallback ? 'exact' : decision.mode,
    ...(fallback ? { fallback: fallback.warning } : {}),
    maxDurationSeconds: decision.maxDurationMs / 1000,
    predictedMs: fallback?.expectedMs ?? decision.predictedMs,
    requests: decision.requests.length,
    changed: decision.changed,
    covered: fallback ? 0 : decision.covered,
    exactUrls: decision.sent.urls.length,
    givenPrefixes: decision.givenPrefixes,
    prefixes: decision.prefixes.map((each) => ({
      prefix: each.prefix,
      covers: each.covers.length,
      extra: each.extra ?? null,
    })),
    extraObjects: fallback ? 0 : (decision.extraObjects ?? null),
    ...(decision.site?.known === true
      ? { siteObjects: decision.site.objects }
      : decision.site
        ? { extraUnknown: decision.site.why }
        : {}),
    exact: {
      requests: decision.exact.requests,
      predictedMs: decision.exact.predictedMs,
      exceeds: decision.exact.shortfall.map((each) => each.limit),
    },
    ...(decision.quota
      ? {
          quota: {
            urlsLeft: decision.quota.left.urls,
            directoriesLeft: decision.quota.left.prefixes,
            urlsUsed: decision.quota.uses.urls,
            directoriesUsed: decision.quota.uses.prefixes,
          },
        }
      : {}),
  };
}

/**
 * The plan's targets with the collapse marked: each changed URL under a chosen
 * prefix says which, and the chosen prefixes are listed with their origin.
 */
export function withDecision(
  plan: readonly PlannedTarget[],
  decision: PurgeDecision,
): PlannedTarget[] {
  if (decision.prefixes.length === 0) return [...plan];
  return [
    ...plan.map((entry) => {
      const prefix = decision.coveredBy.get(entry.target);
      return prefix === undefined ? entry : { ...entry, coveredBy: prefix };
    }),
    ...decision.prefixes.map(
      (each): PlannedTarget => ({
        target: each.prefix,
        source: 'collapse',
        covers: each.covers.length,
      }),
    ),
  ];
}

function planText(decision: PurgeDecision, fallback: FallbackNote | undefined): string {
  if (fallback) return `exact, after the provider refused the prefixes: ${fallback.warning}`;
  if (decision.mode === 'exact') return 'exact: every URL as listed';
  return `collapsed: ${count(decision.prefixes.length, 'prefix', 'prefixes')} and ${count(decision.sent.urls.length, 'URL')} instead of ${count(decision.changed, 'URL')} (exactly: ${count(decision.exact.requests, 'request')}, ${formatDuration(decision.exact.predictedMs)})`;
}

function extraText(decision: PurgeDecision): string {
  const { site, extraObjects } = decision;
  if (site?.known === false || extraObjects === undefined)
    return `extra objects purged unknown (${site?.known === false ? site.why : 'the site was not read'})`;
  const share = site?.known
    ? ` (${((100 * extraObjects) / Math.max(1, site.objects)).toFixed(1)} % of the ${site.objects} objects url-map maps in the workspace)`
    : '';
  return `${extraObjects} extra object${extraObjects === 1 ? '' : 's'} purged${share}`;
}

function prefixLines(decision: PurgeDecision): string[] {
  return decision.prefixes.map(
    (each) =>
      `${each.prefix} covers ${count(each.covers.length, 'changed URL')}${each.extra === undefined ? '' : `, purges ${count(each.extra, 'other object')}`}: ${preview(each.covers)}`,
  );
}

/** The first few covered URLs; the full list is in the plan (dry run, `--json`). */
function preview(urls: readonly string[]): string {
  const shown = urls.slice(0, 3).join(', ');
  return urls.length > 3 ? `${shown} and ${urls.length - 3} more` : shown;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
