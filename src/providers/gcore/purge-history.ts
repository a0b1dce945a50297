/**
 * Gcore's purge history (`GET /cdn/purge_statuses`), read in bounded windows
 * and pages, and this run's purges found in it. Gcore's purge call returns no
 * id: a purge is recognised by its payload (gcore.md).
 */
import { readPages } from '../../http/pages.js';
import {
  array,
  describeType,
  either,
  id,
  lenient,
  map,
  number,
  object,
  optional,
  readShape,
  type Shape,
  ShapeError,
  type ShapeOf,
  string,
  unknown,
} from '../../http/shape.js';
import { splitTarget } from '../../targets/url.js';
import type { GcoreApi } from './api.js';
import { GCORE_PATHS } from './endpoints.js';
import { MAX_STATUS_PAGES, STATUS_PAGE_LIMIT } from './limits.js';

export type PurgePayload = { urls?: string[]; paths?: string[] };

/**
 * A list of strings, checked where it is: a history page holds up to a
 * thousand payloads of a hundred URLs each, and a copy of every list would
 * double what a page costs.
 */
const strings: Shape<string[]> = (value, path) => {
  if (!Array.isArray(value)) throw new ShapeError(path, 'a list', describeType(value));
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'string') {
      throw new ShapeError(`${path}[${index}]`, 'a string', describeType(item));
    }
  }
  return value as string[];
};

const PAYLOAD = object({ urls: optional(strings), paths: optional(strings) });

/**
 * One purge of the history. `purge_id` and `status` must fit, or the entry is
 * skipped (and counted); the rest only helps to match a purge, so a field
 * that does not fit is dropped.
 */
const PURGE_STATUS = object({
  purge_id: id,
  status: string,
  ...lenient({
    created: optional(string),
    purge_type: optional(string),
    /** an object; older docs show a one-element array of it */
    payload: optional(either(PAYLOAD, array(PAYLOAD))),
  }),
});
export type GcorePurgeStatus = ShapeOf<typeof PURGE_STATUS>;

/** One bounded query: purges of `cname` created from `from` (and before `to`), ISO 8601. */
export interface HistoryWindow {
  /** undefined: every resource's purges (a resource without a cname) */
  cname?: string;
  from: string;
  to?: string;
}

/**
 * A page as Gcore sends it: `{ count, results }` when `limit` is sent
 * (gcore-python), a bare array as the API reference's example shows. Entries
 * are read by `isPurgeStatus`: one that is not a purge status is skipped.
 */
const PURGE_PAGE = either(
  map(array(unknown), (items) => ({ items, count: undefined })),
  map(object({ results: optional(array(unknown)), count: optional(number) }), (page) => ({
    items: page.results ?? [],
    count: page.count,
  })),
);

/**
 * Every purge of `window`, page by page (`limit`/`offset`, readPages): until
 * the envelope's `count` is read, a page comes back short, empty or longer than
 * asked (Gcore ignoring `limit`: the whole answer), a page brings no purge not
 * seen yet (Gcore ignoring `offset`), `enough` says so, or MAX_STATUS_PAGES
 * pages were read. Entries are kept once by `purge_id`: paging by offset while
 * new purges arrive may show one twice.
 */
export async function readPurgeHistory(
  api: GcoreApi,
  window: HistoryWindow,
  options: {
    deadline?: number;
    enough?: (found: ReadonlyMap<string, GcorePurgeStatus>) => boolean;
  },
): Promise<Map<string, GcorePurgeStatus>> {
  const found = new Map<string, GcorePurgeStatus>();
  let skipped = 0;
  await readPages(
    async (page) => {
      const { body } = await api.request({
        method: 'GET',
        path: GCORE_PATHS.purgeStatuses,
        query: {
          cname: window.cname,
          from_created: window.from,
          to_created: window.to,
          limit: STATUS_PAGE_LIMIT,
          offset: (page - 1) * STATUS_PAGE_LIMIT,
        },
        deadline: options.deadline,
        shape: PURGE_PAGE,
      });
      const items = body.items.map(readStatus);
      for (const status of items) if (status) found.set(status.purge_id, status);
      return { items, total: body.count };
    },
    // an entry that is no purge status is counted, never taken for a repeat
    (status) => status?.purge_id ?? `skipped ${skipped++}`,
    {
      maxPages: MAX_STATUS_PAGES,
      maxItems: MAX_STATUS_PAGES * STATUS_PAGE_LIMIT,
      pageSize: STATUS_PAGE_LIMIT,
    },
    () => options.enough?.(found) ?? false,
  );
  return found;
}

/** The entry as a purge status, or undefined when it is none. */
function readStatus(value: unknown): GcorePurgeStatus | undefined {
  try {
    return readShape(PURGE_STATUS, value);
  } catch (error) {
    if (error instanceof ShapeError) return undefined;
    throw error;
  }
}

/**
 * The `purge_id` of each sent payload, in the order sent (payloads with no
 * match are left out). Each key is computed once per status and once per
 * payload and matched through a map, ids already taken are kept in a set:
 * linear in both. Of several statuses with the same payload the newest goes
 * first, so an identical purge from an earlier run is not mistaken for this one.
 */
export function matchPurgeIds(
  sent: readonly PurgePayload[],
  statuses: Iterable<GcorePurgeStatus>,
  keyOf: (payload: GcorePurgeStatus['payload']) => string = payloadKey,
): string[] {
  const groups = new Map<string, { entries: { id: string; createdMs: number }[]; next: number }>();
  const taken = new Set<string>();
  for (const status of statuses) {
    const id = status.purge_id;
    if (taken.has(id)) continue;
    taken.add(id);
    const key = keyOf(status.payload);
    const entry = { id, createdMs: createdMs(status) };
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { entries: [entry], next: 0 });
  }
  const ids: string[] = [];
  for (const payload of sent) {
    const group = groups.get(keyOf(payload));
    if (!group || group.next >= group.entries.length) continue;
    // a payload sent more than once in a run: newest first, sorted once
    if (group.next === 0 && group.entries.length > 1)
      group.entries.sort((a, b) => b.createdMs - a.createdMs);
    ids.push(group.entries[group.next++]!.id);
  }
  return ids;
}

function createdMs(status: GcorePurgeStatus): number {
  const ms = Date.parse(status.created ?? '');
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * What a purge carried, comparable between what we sent and what Gcore lists:
 * the kind of list, and its items as paths (Gcore may list them as full URLs).
 */
export function payloadKey(payload: GcorePurgeStatus['payload']): string {
  const body = Array.isArray(payload) ? payload[0] : payload;
  const kind = body?.urls ? 'urls' : 'paths';
  const list = body?.urls ?? body?.paths;
  const items = (Array.isArray(list) ? list : []).map(pathOf);
  return JSON.stringify([kind, items.sort()]);
}

function pathOf(item: string): string {
  if (!/^https?:\/\//i.test(item)) return item;
  try {
    return splitTarget(item).path;
  } catch {
    return item;
  }
}
