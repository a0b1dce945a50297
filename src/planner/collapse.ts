/**
 * The collapse planner: purge the changed URLs within `max-duration` and the
 * daily quota by replacing groups of them with directory prefixes, choosing the
 * prefixes that purge the fewest objects that did not change. Pure.
 */
import {
  type PurgeQuota,
  type PurgeTimeModel,
  predictDurationMs,
  type RequestCounts,
  requestCounts,
  totalRequests,
  windowBoundMs,
} from '../providers/time-model.js';
import { buildDirectoryTree, type DirectoryTree } from './directory-tree.js';
import { type Budget, cheapestFit } from './search.js';

export type CollapseMode = 'auto' | 'never';

export interface CollapseInput {
  /** the changed URLs, normalised (full URLs or absolute paths); duplicates are ignored */
  readonly changed: readonly string[];
  readonly model: PurgeTimeModel;
  /** `max-duration`: from the first request to the last, at the provider's limits */
  readonly maxDurationSeconds: number;
  readonly collapse: CollapseMode;
  /** what the provider still takes today (CDNetworks `check-quota`); default: the model's daily quota */
  readonly quota?: Partial<PurgeQuota>;
  /** every URL the site serves, when known: extra objects are then counted, not guessed */
  readonly siteUrls?: readonly string[];
  /**
   * prefixes sent whatever the plan (the user's `prefixes`): they count in the
   * requests, the duration and the quota of every plan, exact or collapsed
   */
  readonly keptPrefixes?: number;
}

export interface PlannedPrefix {
  /** as the provider takes it: '/dir/*' (Gcore, Medianova), 'https://host/dir/' (CDNetworks) */
  readonly prefix: string;
  /** '/dir/' or 'https://host/dir/' */
  readonly directory: string;
  /** the changed URLs it purges */
  readonly covers: readonly string[];
  /** objects of the site below it that did not change; undefined when the site is unknown */
  readonly extra: number | undefined;
}

/** Why a plan does not fit: each limit it exceeds, with the numbers. */
export type Shortfall =
  | { readonly limit: 'max-duration'; readonly predictedMs: number; readonly maxMs: number }
  | {
      readonly limit: 'url-quota' | 'prefix-quota';
      readonly needed: number;
      readonly remaining: number;
    };

/** What sending a plan takes. */
export interface PlanCost {
  readonly requests: RequestCounts;
  /** first request to last at the provider's real limits (unscaled) */
  readonly predictedMs: number;
  /** empty when the plan fits */
  readonly shortfall: readonly Shortfall[];
}

export interface PurgePlan extends PlanCost {
  readonly mode: 'exact' | 'collapsed';
  readonly fits: boolean;
  /** why a plan that does not fit is exact: collapsing was off, or no plan fits */
  readonly notCollapsed?: 'collapse-never' | 'nothing-fits';
  /** the changed URLs purged one by one */
  readonly urls: readonly string[];
  readonly prefixes: readonly PlannedPrefix[];
  /** distinct changed URLs: every one is in `urls` or covered by a prefix */
  readonly changed: number;
  /** objects purged that did not change; undefined when the site is unknown */
  readonly extraObjects: number | undefined;
  /** distinct URLs the site serves, when known and looked at (a plan that had to collapse) */
  readonly siteObjects: number | undefined;
  readonly budget: { readonly maxDurationMs: number; readonly quota: PurgeQuota | undefined };
  /** the exact plan, for "exactly: 100 requests, 49 min" */
  readonly exact: PlanCost;
}

/**
 * Without the site's URLs, the objects below a directory are unknown: the cost
 * of a prefix then grows by this factor per level above the deepest changed
 * directory, so the deepest prefixes (the longest common directories) win.
 */
const DEPTH_GROWTH = 8;
/** levels that still make a prefix costlier; deeper trees saturate (and stay finite) */
const DEPTH_LEVELS = 100;

/**
 * The plan for purging `changed`: exact when that fits `max-duration` and the
 * quota (the site is not even read then); otherwise, with `collapse: auto`, the
 * prefixes and exact URLs that fit at the fewest extra objects (search.ts); with
 * `never`, or when nothing fits, the exact plan with `fits: false` and why.
 */
export function planCollapse(input: CollapseInput): PurgePlan {
  const { model } = input;
  if (!(input.maxDurationSeconds >= 0))
    throw new RangeError(`maxDurationSeconds must be >= 0, got ${input.maxDurationSeconds}`);
  const maxMs = input.maxDurationSeconds * 1000;
  const quota = quotaOf(model, input.quota);
  const kept = input.keptPrefixes ?? 0;
  const costOf = (urls: number, prefixes: number): PlanCost => {
    const requests = requestCounts(model, { urls, prefixes: prefixes + kept });
    const predictedMs = predictDurationMs(model, requests);
    return {
      requests,
      predictedMs,
      shortfall: shortfall(urls, prefixes + kept, predictedMs, maxMs, quota),
    };
  };
  const changed = [...new Set(input.changed)];
  const exact = costOf(changed.length, 0);
  const plan = {
    changed: changed.length,
    // counted only when the site has to be looked at: an exact plan that fits never reads it
    siteObjects: undefined as number | undefined,
    budget: { maxDurationMs: maxMs, quota },
    exact,
  };
  const exactPlan = (notCollapsed?: PurgePlan['notCollapsed']): PurgePlan => ({
    ...plan,
    ...exact,
    mode: 'exact',
    fits: exact.shortfall.length === 0,
    ...(notCollapsed ? { notCollapsed } : {}),
    urls: changed,
    prefixes: [],
    extraObjects: input.siteUrls === undefined ? undefined : 0,
  });
  if (exact.shortfall.length === 0) return exactPlan();
  if (input.collapse === 'never') return exactPlan('collapse-never');

  const tree = buildDirectoryTree(changed, input.siteUrls, model.prefix.accepts);
  plan.siteObjects = tree.siteObjects;

  const budget: Budget = {
    fits: (urls, prefixes) =>
      urls <= (quota?.urls ?? Number.POSITIVE_INFINITY) &&
      prefixes + kept <= (quota?.prefixes ?? Number.POSITIVE_INFINITY) &&
      windowBoundMs(model, requestCounts(model, { urls, prefixes: prefixes + kept })) <= maxMs,
    requests: (urls, prefixes) =>
      totalRequests(requestCounts(model, { urls, prefixes: prefixes + kept })),
  };
  const found = cheapestFit(tree, prefixCosts(tree), budget);
  if (!found) return exactPlan('nothing-fits');
  const { urls, prefixes } = assemble(tree, found.choice, model);
  const cost = costOf(urls.length, prefixes.length);
  return {
    ...plan,
    ...cost,
    mode: 'collapsed',
    fits: cost.shortfall.length === 0,
    urls,
    prefixes,
    extraObjects:
      tree.siteObjects === undefined
        ? undefined
        : prefixes.reduce((sum, prefix) => sum + (prefix.extra ?? 0), 0),
  };
}

/** One line naming every limit a plan exceeds, e.g. for `collapse: never`. */
export function describeShortfall(shortfall: readonly Shortfall[]): string {
  return shortfall
    .map((each) =>
      each.limit === 'max-duration'
        ? `takes ${seconds(each.predictedMs)} s at the provider's rate limits, more than max-duration (${seconds(each.maxMs)} s)`
        : `needs ${each.needed} ${each.limit === 'url-quota' ? 'URLs' : 'directories'}, more than the ${each.remaining} the daily quota has left`,
    )
    .join('; and ');
}

/** The model's daily quota, with what the provider said is left in its place. */
function quotaOf(
  model: PurgeTimeModel,
  remaining: Partial<PurgeQuota> | undefined,
): PurgeQuota | undefined {
  const urls = remaining?.urls ?? model.dailyQuota?.urls;
  const prefixes = remaining?.prefixes ?? model.dailyQuota?.prefixes;
  if (urls === undefined && prefixes === undefined) return undefined;
  return {
    urls: urls ?? Number.POSITIVE_INFINITY,
    prefixes: prefixes ?? Number.POSITIVE_INFINITY,
  };
}

function shortfall(
  urls: number,
  prefixes: number,
  predictedMs: number,
  maxMs: number,
  quota: PurgeQuota | undefined,
): Shortfall[] {
  const over: Shortfall[] = [];
  if (predictedMs > maxMs) over.push({ limit: 'max-duration', predictedMs, maxMs });
  if (quota && urls > quota.urls)
    over.push({ limit: 'url-quota', needed: urls, remaining: quota.urls });
  if (quota && prefixes > quota.prefixes)
    over.push({ limit: 'prefix-quota', needed: prefixes, remaining: quota.prefixes });
  return over;
}

/** Extra objects when the site is known; otherwise a cost that grows with every level up. */
function prefixCosts(tree: DirectoryTree): Float64Array {
  if (tree.siteObjects !== undefined) return tree.unchangedBelow.slice();
  let deepest = 0;
  for (const depth of tree.depth) deepest = Math.max(deepest, depth);
  return Float64Array.from(
    tree.depth,
    (depth) => DEPTH_GROWTH ** Math.min(DEPTH_LEVELS, deepest - depth),
  );
}

/** The exact URLs and prefixes of a choice: each changed URL goes to the prefix above it, if any. */
function assemble(
  tree: DirectoryTree,
  choice: Uint8Array,
  model: PurgeTimeModel,
): { urls: string[]; prefixes: PlannedPrefix[] } {
  const coveredBy = new Int32Array(tree.size).fill(-1);
  for (let node = tree.size - 1; node >= 0; node--) {
    const parent = tree.parent[node]!;
    const above = parent >= 0 ? coveredBy[parent]! : -1;
    coveredBy[node] = above >= 0 ? above : choice[node] ? node : -1;
  }
  const urls: string[] = [];
  const covers = new Map<number, string[]>();
  tree.changed.forEach((url, i) => {
    const prefix = coveredBy[tree.nodeOfChanged[i]!]!;
    if (prefix < 0) urls.push(url);
    else {
      const list = covers.get(prefix) ?? [];
      list.push(url);
      covers.set(prefix, list);
    }
  });
  const prefixes = [...covers.entries()]
    .map(
      ([node, covered]): PlannedPrefix => ({
        prefix: model.prefix.write(tree.directory[node]!),
        directory: tree.directory[node]!,
        covers: covered,
        extra: tree.siteObjects === undefined ? undefined : tree.unchangedBelow[node]!,
      }),
    )
    .sort((a, b) => (a.directory < b.directory ? -1 : 1));
  return { urls, prefixes };
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
