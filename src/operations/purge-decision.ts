/**
 * What a purge sends. The targets as given when that fits `max-duration` and
 * the daily quota (nothing changes then); otherwise, with `collapse: auto`, the
 * collapse planner's directory prefixes and exact URLs (src/planner, loaded only
 * then); otherwise a failure before anything is sent, naming the duration and
 * the quota.
 */
import type { Targets } from '../config/config.js';
import { describeError, InputError, QuotaError } from '../errors.js';
import type { Shortfall } from '../planner/collapse.js';
import type {
  CdnClient,
  PlannedRequest,
  Provider,
  QuotaLeft,
  Resource,
} from '../providers/provider.js';
import { interleave, type PurgeQuota } from '../providers/time-model.js';
import type { RunContext } from '../run-context.js';
import type { ResolvedTargets } from '../targets/resolve.js';
import { formatDuration } from './plan.js';

/** Whether the objects a prefix purges besides the changes could be counted. */
export type SiteKnowledge =
  | { readonly known: true; readonly objects: number; readonly files: number }
  | { readonly known: false; readonly why: string };

/** A prefix the planner chose, with the changed URLs it covers as the user gave them. */
export interface ChosenPrefix {
  readonly prefix: string;
  /** one URL per object (a path given under two hostnames is one object) */
  readonly covers: readonly string[];
  /** objects below it that did not change; undefined when the site is unknown */
  readonly extra: number | undefined;
}

export interface PurgeDecision {
  readonly mode: 'exact' | 'collapsed';
  /** in sending order (URL and prefix requests interleaved where their windows are separate) */
  readonly requests: PlannedRequest[];
  /** each request's earliest start, unscaled ms after the first */
  readonly schedule: number[];
  /** first request to last at the provider's limits (unscaled) */
  readonly predictedMs: number;
  readonly maxDurationMs: number;
  /** the targets as given, sent exactly: what it would take */
  readonly exact: {
    readonly requests: number;
    readonly predictedMs: number;
    readonly shortfall: readonly Shortfall[];
  };
  readonly prefixes: readonly ChosenPrefix[];
  /** the user's own prefixes: sent in every plan, counted in its budget */
  readonly givenPrefixes: number;
  /** distinct changed URLs (as the provider purges them: by path on Gcore and Medianova) */
  readonly changed: number;
  /** changed URLs purged under a chosen prefix */
  readonly covered: number;
  /** objects purged that did not change: 0 for an exact plan, undefined when unknown */
  readonly extraObjects: number | undefined;
  /** what was learnt of the site; undefined when it was not needed (an exact plan) */
  readonly site: SiteKnowledge | undefined;
  /** `check-quota`: what the daily quota had left before this purge, and what it uses */
  readonly quota?: { readonly left: QuotaLeft; readonly uses: PurgeQuota };
  /** what the requests carry: exact URLs, the user's prefixes, the chosen ones */
  readonly sent: Targets;
  /** every changed URL as given (each hostname) purged under a chosen prefix: that prefix */
  readonly coveredBy: ReadonlyMap<string, string>;
}

/** Plans the purge of `resolved` (see the file comment); throws before anything is sent. */
export async function decidePurge(
  provider: Provider,
  resource: Resource,
  resolved: ResolvedTargets,
  ctx: RunContext,
): Promise<PurgeDecision> {
  const { cdn } = provider;
  const { config } = ctx;
  const { targets } = resolved;
  const model = cdn.purgeModel(resource);
  const maxDurationMs = config.maxDurationSeconds * 1000;
  // a dry run sends nothing, not even the quota read: it plans with the default quota
  const left = config.dryRun ? undefined : await cdn.remainingQuota?.();
  const budget = left ?? model.dailyQuota;
  const given = cdn.planPurge(targets, resource);
  const exactCost = cost(given, usage(targets, given), maxDurationMs, budget);
  const base = {
    maxDurationMs,
    exact: exactCost,
    givenPrefixes: targets.prefixes.length,
    prefixes: [],
    covered: 0,
    extraObjects: 0,
    site: undefined,
    coveredBy: new Map<string, string>(),
  };
  const decide = (
    requests: PlannedRequest[],
    sent: Targets,
    rest: Partial<PurgeDecision> = {},
  ): PurgeDecision => {
    const ordered = interleave(requests);
    return {
      ...base,
      mode: 'exact',
      requests: ordered.map(({ request }) => request),
      schedule: ordered.map(({ atMs }) => atMs),
      predictedMs: ordered.at(-1)?.atMs ?? 0,
      changed: sent.urls.length,
      sent,
      ...(left ? { quota: { left, uses: usage(sent, requests) } } : {}),
      ...rest,
    };
  };
  if (exactCost.shortfall.length === 0) return decide(given, targets);

  const what = `purging ${describeTargets(targets)} exactly (${given.length} request${given.length === 1 ? '' : 's'})`;
  const { planCollapse, describeShortfall } = await import('../planner/collapse.js');
  // purge-all, or only the user's own prefixes: there are no URLs to collapse
  if (targets.purgeAll || targets.urls.length === 0)
    throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}`, exactCost);
  // the provider's own objects: a path on Gcore and Medianova, so a resource's hostnames are one tree
  const originals = new Map<string, string[]>();
  for (const url of targets.urls) {
    const key = cdn.purgeKey(url, resource) ?? url;
    const same = originals.get(key);
    if (same) same.push(url);
    else originals.set(key, [url]);
  }
  const first = (key: string) => originals.get(key)?.[0] ?? key;
  const input = {
    changed: [...originals.keys()],
    model,
    maxDurationSeconds: config.maxDurationSeconds,
    quota: budget,
    keptPrefixes: targets.prefixes.length,
  };
  const byPath = planCollapse({ ...input, collapse: 'never' });
  const deduplicated = {
    urls: input.changed.map(first),
    prefixes: targets.prefixes,
    purgeAll: false,
  };
  if (byPath.fits) return decide(cdn.planPurge(deduplicated, resource), deduplicated);
  if (config.collapse === 'never') {
    throw new InputError(
      'collapse',
      `is never, and ${what} ${describeShortfall(exactCost.shortfall)}. Nothing was purged: ${['set collapse to auto to purge directories instead', ...remedies(exactCost)].join('; or ')}`,
    );
  }

  const site = await siteOf(cdn, resource, resolved, input.changed, ctx);
  const plan = planCollapse({ ...input, collapse: 'auto', siteUrls: site.keys });
  if (!plan.fits) {
    throw refusal(
      `${what} ${describeShortfall(exactCost.shortfall)}, and no set of directory prefixes fits either`,
      exactCost,
    );
  }
  const chosen = plan.prefixes.map(
    (prefix): ChosenPrefix => ({
      prefix: prefix.prefix,
      covers: prefix.covers.map(first),
      extra: prefix.extra,
    }),
  );
  const coveredBy = new Map<string, string>();
  for (const prefix of plan.prefixes)
    for (const key of prefix.covers)
      for (const url of originals.get(key) ?? [key]) coveredBy.set(url, prefix.prefix);
  const sent: Targets = {
    urls: plan.urls.map(first),
    // the user's prefixes first: a provider refusing them fails the purge, whatever the plan
    prefixes: [...new Set([...targets.prefixes, ...chosen.map((each) => each.prefix)])],
    purgeAll: false,
  };
  return decide(cdn.planPurge(sent, resource), sent, {
    mode: plan.mode,
    prefixes: chosen,
    changed: plan.changed,
    covered: plan.changed - plan.urls.length,
    extraObjects: plan.extraObjects,
    site: site.knowledge,
    coveredBy,
  });
}

/**
 * Every URL the site serves from the workspace tree, as the provider purges
 * them: read only when a plan must collapse, and only when url-map maps the
 * workspace (changed-files). A walk cut short, or one that finds none of the
 * changed files, leaves the extra objects unknown rather than undercounted.
 */
async function siteOf(
  cdn: CdnClient,
  resource: Resource,
  resolved: ResolvedTargets,
  changed: readonly string[],
  ctx: RunContext,
): Promise<{ keys?: string[]; knowledge: SiteKnowledge }> {
  const unknown = (why: string) => ({ knowledge: { known: false as const, why } });
  const mapped = ctx.config.changedFiles;
  if (!mapped || !resolved.changes) {
    return unknown('the targets are URLs, not files of a workspace tree (changed-files + url-map)');
  }
  const [{ enumerateMappedFiles, DEFAULT_WALK_LIMITS }, { UrlMapper }] = await Promise.all([
    import('../targets/enumerate.js'),
    import('../targets/url-mapper.js'),
  ]);
  let tree: Awaited<ReturnType<typeof enumerateMappedFiles>>;
  try {
    tree = await enumerateMappedFiles(mapped.workspace, new UrlMapper(mapped.urlMap, mapped));
  } catch (error) {
    return unknown(`the workspace could not be read with url-map: ${describeError(error)}`);
  }
  if (tree.truncated) {
    const { maxFiles, maxDepth } = DEFAULT_WALK_LIMITS;
    return unknown(
      `the walk of the workspace stopped at its limit (${maxFiles.toLocaleString('en-US')} files or directories, ${maxDepth} levels)`,
    );
  }
  const keys: string[] = [];
  for (const { url } of tree.urls) {
    const key = cdn.purgeKey(url, resource);
    if (key !== undefined) keys.push(key);
  }
  const site = new Set(keys);
  if (!changed.some((key) => site.has(key))) {
    return unknown(
      `the workspace holds none of the changed files url-map maps (${tree.files} files looked at): the site is not there to count`,
    );
  }
  ctx.logger.info(
    `collapse: counted the site from the workspace: ${tree.files} files, ${site.size} objects url-map maps`,
  );
  return { keys, knowledge: { known: true, objects: site.size, files: tree.files } };
}

/** "everything", "the 500 URLs", "the 500 URLs and 3 prefixes", "12 prefixes" */
function describeTargets(targets: Targets): string {
  if (targets.purgeAll) return 'everything';
  const prefixes = `${targets.prefixes.length} prefix${targets.prefixes.length === 1 ? '' : 'es'}`;
  if (targets.urls.length === 0) return prefixes;
  const urls = `the ${targets.urls.length} URLs`;
  return targets.prefixes.length === 0 ? urls : `${urls} and ${prefixes}`;
}

/** URLs and prefixes a purge uses of a daily quota (purge-all: one directory a request item). */
function usage(targets: Targets, requests: readonly PlannedRequest[]): PurgeQuota {
  if (targets.purgeAll)
    return { urls: 0, prefixes: requests.reduce((sum, each) => sum + each.items.length, 0) };
  return { urls: targets.urls.length, prefixes: targets.prefixes.length };
}

/** What sending `requests` in interleaved order takes, and which limit it exceeds. */
function cost(
  requests: readonly PlannedRequest[],
  uses: PurgeQuota,
  maxMs: number,
  quota: PurgeQuota | undefined,
): PurgeDecision['exact'] {
  const predictedMs = interleave(requests).at(-1)?.atMs ?? 0;
  const shortfall: Shortfall[] = [];
  if (predictedMs > maxMs) shortfall.push({ limit: 'max-duration', predictedMs, maxMs });
  if (quota && uses.urls > quota.urls)
    shortfall.push({ limit: 'url-quota', needed: uses.urls, remaining: quota.urls });
  if (quota && uses.prefixes > quota.prefixes)
    shortfall.push({ limit: 'prefix-quota', needed: uses.prefixes, remaining: quota.prefixes });
  return { requests: requests.length, predictedMs, shortfall };
}

/** No plan fits: an input can fix a duration; a quota is the account's. */
function refusal(message: string, exact: PurgeDecision['exact']): Error {
  const text = `${message}. Nothing was purged: ${remedies(exact).join('; or ')}`;
  return exact.shortfall.every((each) => each.limit === 'max-duration')
    ? new InputError('max-duration', text)
    : new QuotaError(text);
}

/** What would let the exact plan through. */
function remedies(exact: PurgeDecision['exact']): string[] {
  const remedies: string[] = [];
  if (exact.shortfall.some((each) => each.limit === 'max-duration'))
    remedies.push(
      `raise max-duration to at least ${Math.ceil(exact.predictedMs / 1000)} (${formatDuration(exact.predictedMs)})`,
    );
  if (exact.shortfall.some((each) => each.limit !== 'max-duration'))
    remedies.push('purge fewer URLs today, or ask the provider to raise the daily quota');
  return remedies;
}

/** The rest of a collapsed purge once the provider refused its prefixes: what they covered, exactly. */
export interface Fallback {
  readonly requests: PlannedRequest[];
  readonly schedule: number[];
  /** the one warning, with the provider's refusal */
  readonly warning: string;
}

/**
 * When the provider refuses a request that carries only chosen prefixes
 * (Medianova without "Wildcard Purge Suffix"), the unsent rest of the plan is
 * replanned exactly: each chosen prefix gives way to the changed URLs it
 * covers. A refusal of the user's own prefixes is a failure as before.
 */
export function fallBackToExact(
  error: unknown,
  refused: PlannedRequest,
  unsent: readonly PlannedRequest[],
  decision: PurgeDecision,
  provider: Provider,
  resource: Resource,
): Fallback | undefined {
  const chosen = new Map(decision.prefixes.map((each) => [each.prefix, each]));
  if (
    decision.mode !== 'collapsed' ||
    !provider.cdn.isPrefixRefusal?.(error, refused) ||
    !refused.items.every((item) => chosen.has(item))
  )
    return undefined;
  const exact = new Set(decision.sent.urls);
  const rest = unsent.flatMap((request) => request.items);
  const targets: Targets = {
    urls: rest.flatMap((item) =>
      exact.has(item) ? [item] : (chosen.get(item)?.covers ?? []).slice(),
    ),
    prefixes: rest.filter((item) => !exact.has(item) && !chosen.has(item)),
    purgeAll: false,
  };
  const ordered = interleave(provider.cdn.planPurge(targets, resource));
  const takes = ordered.at(-1)?.atMs ?? 0;
  const covered = rest.filter((item) => chosen.has(item)).length;
  return {
    requests: ordered.map(({ request }) => request),
    schedule: ordered.map(({ atMs }) => atMs),
    warning: `${describeError(error)}. Falling back to the exact plan: the ${targets.urls.length} URLs the ${covered} prefix${covered === 1 ? '' : 'es'} covered are purged one by one, ${ordered.length} more request${ordered.length === 1 ? '' : 's'}, about ${formatDuration(takes)} at ${provider.name}'s rate limits${takes > decision.maxDurationMs ? `, longer than max-duration (${decision.maxDurationMs / 1000} s)` : ''}.`,
  };
}
