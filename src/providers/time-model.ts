/**
 * How long a purge takes at a provider's published limits: the one description
 * of per-request item limits, rate windows and daily quotas that the plan line,
 * the collapse planner and the benchmark all read. Each provider builds its own
 * (src/providers/<name>/time-model.ts) from its limits.ts; the maths is here.
 */

import type { ProviderName } from '../catalog.js';
import { Pacer, type RateLimit } from '../http/pacing.js';

/** One kind of purge request: how many items it carries and the windows it counts against. */
export interface RequestKind {
  /** as the plan line says it, e.g. "purge by URL" */
  readonly name: string;
  readonly itemsPerRequest: number;
  /** kinds that list the same `key` share that window's count */
  readonly limits: readonly RateLimit[];
}

/** Items a provider purges per day at most (CDNetworks: 5,000 URLs and 500 directories by default). */
export interface PurgeQuota {
  readonly urls: number;
  readonly prefixes: number;
}

/** How a directory is written as this provider's prefix, and which directories it cannot take. */
export interface PrefixSyntax {
  /** `directory` is '/a/b/' or 'https://host/a/b/' (always ending in '/') */
  write(directory: string): string;
  accepts(directory: string): boolean;
}

/**
 * A recursive wildcard, '/dir/*' for every object below /dir/ (Gcore patterns,
 * Medianova wildcards); a directory with a '*' in its name would read as one.
 */
export const WILDCARD_PREFIX: PrefixSyntax = {
  write: (directory) => `${directory}*`,
  accepts: (directory) => !directory.includes('*'),
};

export interface PurgeTimeModel {
  readonly provider: ProviderName;
  readonly byUrl: RequestKind;
  readonly byPrefix: RequestKind;
  /**
   * URLs and prefixes travel in the same requests, `byUrl.itemsPerRequest` items
   * in all (CDNetworks' `urls` + `dirs`); otherwise each kind has requests of its own.
   */
  readonly mixed: boolean;
  /** the provider's default daily quota; undefined where none is published */
  readonly dailyQuota?: PurgeQuota;
  readonly prefix: PrefixSyntax;
  /** where each number comes from; numbers that are our assumption say so */
  readonly sources: readonly string[];
}

/** Requests a plan sends, by kind. `mixed` counts requests carrying URLs and prefixes together. */
export interface RequestCounts {
  readonly byUrl: number;
  readonly byPrefix: number;
  readonly mixed: number;
}

/** The fewest requests `urls` exact URLs and `prefixes` prefixes take under `model`. */
export function requestCounts(
  model: PurgeTimeModel,
  items: { readonly urls: number; readonly prefixes: number },
): RequestCounts {
  if (model.mixed)
    return {
      byUrl: 0,
      byPrefix: 0,
      mixed: Math.ceil((items.urls + items.prefixes) / model.byUrl.itemsPerRequest),
    };
  return {
    byUrl: Math.ceil(items.urls / model.byUrl.itemsPerRequest),
    byPrefix: Math.ceil(items.prefixes / model.byPrefix.itemsPerRequest),
    mixed: 0,
  };
}

export function totalRequests(counts: RequestCounts): number {
  return counts.byUrl + counts.byPrefix + counts.mixed;
}

/**
 * Unscaled milliseconds from the first request to the last when `counts`
 * requests are sent in the order `interleave` chooses, paced by the Pacer's own
 * sliding windows (the same maths `pacedDurationMs` and the client use).
 */
export function predictDurationMs(model: PurgeTimeModel, counts: RequestCounts): number {
  const requests = [
    ...repeat(model.byUrl, counts.byUrl),
    ...repeat(model.byPrefix, counts.byPrefix),
    // a mixed request counts against the windows of both kinds (the same ones, at CDNetworks)
    ...repeat(mixedKind(model), counts.mixed),
  ];
  return interleave(requests).at(-1)?.atMs ?? 0;
}

/**
 * The same duration in closed form: for every window, n requests under it at R
 * per window W need floor((n - 1) / R) windows, and interleaving lets separate
 * windows run side by side, so the longest wins. Exact when no kind is subject to
 * two windows of different lengths (true of every model here; a test holds it to
 * `predictDurationMs`). O(windows): the planner calls it in its inner loop.
 */
export function windowBoundMs(model: PurgeTimeModel, counts: RequestCounts): number {
  let longest = 0;
  for (const window of windowsOf(model)) {
    const requests =
      window.byUrl * counts.byUrl + window.byPrefix * counts.byPrefix + window.mixed * counts.mixed;
    if (requests > 0)
      longest = Math.max(
        longest,
        Math.floor((requests - 1) / window.limit.requests) * window.limit.windowMs,
      );
  }
  return longest;
}

/** Each distinct window of a model, with 1 for each kind of request it counts. */
interface CountedWindow {
  readonly limit: RateLimit;
  readonly byUrl: number;
  readonly byPrefix: number;
  readonly mixed: number;
}

const windowCache = new WeakMap<PurgeTimeModel, readonly CountedWindow[]>();

function windowsOf(model: PurgeTimeModel): readonly CountedWindow[] {
  let windows = windowCache.get(model);
  if (!windows) {
    const under = (kind: RequestKind, key: string) =>
      kind.limits.some((limit) => limit.key === key) ? 1 : 0;
    const mixed = mixedKind(model);
    windows = mixed.limits.map((limit) => ({
      limit,
      byUrl: under(model.byUrl, limit.key),
      byPrefix: under(model.byPrefix, limit.key),
      mixed: 1,
    }));
    windowCache.set(model, windows);
  }
  return windows;
}

/**
 * Orders requests so that those under separate windows overlap in time: each
 * step sends, of the first unsent request of every distinct set of limits, the
 * one that may start earliest (ties keep the given order). Within a set the
 * given order is kept. Returns each request with its unscaled start offset;
 * sent in this order by a paced client, the last starts at the last offset.
 */
export function interleave<T extends { readonly limits: readonly RateLimit[] }>(
  requests: readonly T[],
): { request: T; atMs: number }[] {
  const queues = new Map<string, T[]>();
  for (const request of requests) {
    const key = request.limits
      .map((limit) => limit.key)
      .sort()
      .join('\n');
    const queue = queues.get(key) ?? [];
    queue.push(request);
    queues.set(key, queue);
  }
  const heads = [...queues.values()].map((queue) => ({ queue, next: 0 }));
  const pacer = new Pacer({ now: () => 0, sleep: async () => {}, random: () => 0, scale: 1 });
  const order: { request: T; atMs: number }[] = [];
  let at = 0;
  while (order.length < requests.length) {
    let chosen: (typeof heads)[number] | undefined;
    let chosenStart = Number.POSITIVE_INFINITY;
    for (const head of heads) {
      const request = head.queue[head.next];
      if (request === undefined) continue;
      const start = pacer.earliestStart(request.limits, at);
      if (start < chosenStart) {
        chosen = head;
        chosenStart = start;
      }
    }
    const request = chosen!.queue[chosen!.next++]!;
    at = chosenStart;
    pacer.record(request.limits, at);
    order.push({ request, atMs: at });
  }
  return order;
}

/** A request carrying both kinds counts against every window either kind is under. */
function mixedKind(model: PurgeTimeModel): RequestKind {
  const limits = new Map(
    [...model.byUrl.limits, ...model.byPrefix.limits].map((limit) => [limit.key, limit]),
  );
  return { ...model.byUrl, limits: [...limits.values()] };
}

function repeat(kind: RequestKind, times: number): RequestKind[] {
  return Array.from({ length: times }, () => kind);
}
