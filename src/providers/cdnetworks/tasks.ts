import { readPages } from '../../http/pages.js';
import {
  array,
  either,
  lookup,
  numeric,
  object,
  optional,
  readShape,
  type ShapeOf,
  string,
  unknown,
} from '../../http/shape.js';
import type { TaskState, TaskStatus } from '../provider.js';
import { MAX_ITEMS_PER_PURGE, STATUS_PAGE_SIZE } from './limits.js';

/** One URL or directory of a task, as ItemIdQuery lists it. */
const RESULT_DETAIL = object({ url: optional(string), status: optional(string), isDir: unknown });
export type ResultDetail = ShapeOf<typeof RESULT_DETAIL>;

/** An ItemIdQuery answer: the task's size and one page of its entries. */
export const QUERY_ANSWER = object({
  count: optional(either(numeric, string)),
  resultDetail: optional(array(RESULT_DETAIL)),
});

/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES: Readonly<Record<string, TaskState>> = {
  success: 'done',
  failure: 'failed',
  wait: 'pending',
  run: 'pending',
};

export function entryState(entry: ResultDetail): TaskState {
  return lookup(ENTRY_STATES, entry.status) ?? 'pending';
}

/**
 * A task is done when every entry succeeded, failed when any failed, else
 * pending. `entries` may be the first pages only (`count` is the task's size):
 * enough to know that it is not done yet.
 */
export function taskStatusOf(
  id: string,
  entries: readonly ResultDetail[],
  count = entries.length,
): TaskStatus {
  if (entries.length === 0) return { id, state: 'pending', detail: 'not listed by CDNetworks yet' };
  const total = Math.max(count, entries.length);
  const failed = entries.filter((entry) => entryState(entry) === 'failed');
  if (failed.length > 0) {
    const atLeast = entries.length < total ? 'at least ' : '';
    const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
    return {
      id,
      state: 'failed',
      detail: `${atLeast}${failed.length} of ${total} failed${example}`,
    };
  }
  if (entries.length < total)
    return { id, state: 'pending', detail: `in progress (${total} entries)` };
  const done = entries.filter((entry) => entryState(entry) === 'done').length;
  return {
    id,
    state: done === total ? 'done' : 'pending',
    detail: `${done} of ${total} finished`,
  };
}

/** One status query (`ItemIdQuery`) and its answer body. */
export type TaskQuery = (body: {
  itemId: string;
  pageNo: number;
  pageSize: number;
  status?: 'success' | 'failure';
}) => Promise<unknown>;

/** A task holds at most this many entries (500 urls + dirs a call), so this many pages. */
const MAX_STATUS_PAGES = Math.ceil(MAX_ITEMS_PER_PURGE / STATUS_PAGE_SIZE) + 1;

/**
 * A task's state in as few reads as the status interfaces' small budgets
 * allow. The first page (with `count`) settles a small task, or one not done
 * yet. A larger task whose first page finished is counted instead of read in
 * full: entries with `status: success`, then `failure` (the documented filter,
 * cdnetworks-sdk-go cacherefresh/models.go GetPurgeStatusRequest.Status). Should
 * an answer show the filter was ignored, the remaining pages are read.
 */
export async function readTaskStatus(itemId: string, query: TaskQuery): Promise<TaskStatus> {
  const first = page(await query({ itemId, pageNo: 1, pageSize: STATUS_PAGE_SIZE }));
  const count = first.count ?? first.entries.length;
  if (
    first.entries.length >= count ||
    first.entries.some((entry) => entryState(entry) !== 'done')
  ) {
    return taskStatusOf(itemId, first.entries, count);
  }
  const succeeded = await countOf(itemId, 'success', query);
  if (succeeded !== undefined) {
    if (succeeded.count >= count)
      return { id: itemId, state: 'done', detail: `${count} of ${count} finished` };
    const failed = await countOf(itemId, 'failure', query);
    if (failed !== undefined) {
      if (failed.count === 0)
        return {
          id: itemId,
          state: 'pending',
          detail: `${succeeded.count} of ${count} finished`,
        };
      const example = failed.example ? `, e.g. ${failed.example}` : '';
      return {
        id: itemId,
        state: 'failed',
        detail: `${failed.count} of ${count} failed${example}`,
      };
    }
  }
  return readAllPages(itemId, first.entries, count, query);
}

/** How many entries have `status`, or undefined when the answer ignored the filter. */
async function countOf(
  itemId: string,
  status: 'success' | 'failure',
  query: TaskQuery,
): Promise<{ count: number; example?: string } | undefined> {
  const answer = page(await query({ itemId, pageNo: 1, pageSize: 1, status }));
  const [entry] = answer.entries;
  if (answer.count === undefined || (entry && entry.status !== status)) return undefined;
  return { count: answer.count, example: entry?.url };
}

/** Pages 2… (readPages), until the task's `count`, a page with an unfinished entry, or a repeat. */
async function readAllPages(
  itemId: string,
  firstPage: readonly ResultDetail[],
  count: number,
  query: TaskQuery,
): Promise<TaskStatus> {
  let index = 0;
  const list = await readPages(
    async (pageNo) => {
      // page 1 is in hand already
      if (pageNo === 1) return { items: firstPage, total: count };
      const { entries } = page(await query({ itemId, pageNo, pageSize: STATUS_PAGE_SIZE }));
      return { items: entries, total: count };
    },
    // a task lists each URL or directory once: a page of the same entries is a repeat
    (entry) => (entry.url === undefined ? `entry ${index++}` : `${entry.url} ${entry.status}`),
    { maxPages: MAX_STATUS_PAGES, maxItems: MAX_ITEMS_PER_PURGE, pageSize: STATUS_PAGE_SIZE },
    (entries) => entries.some((entry) => entryState(entry) !== 'done'),
  );
  return taskStatusOf(itemId, list.items, count);
}

/** An ItemIdQuery answer read through its shape (the status query's answer is unknown until here). */
function page(body: unknown): { entries: ResultDetail[]; count?: number } {
  const { count, resultDetail } = readShape(QUERY_ANSWER, body);
  const total = Number(count);
  return {
    entries: resultDetail ?? [],
    count: count === undefined || !Number.isFinite(total) ? undefined : total,
  };
}
