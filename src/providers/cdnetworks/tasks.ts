import type { TaskState, TaskStatus } from '../provider.js';

/** One URL or directory of a task, as ItemIdQuery lists it. */
export interface ResultDetail {
  url?: string;
  status?: string;
  isDir?: unknown;
}

/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES: Record<string, TaskState> = {
  success: 'done',
  failure: 'failed',
  wait: 'pending',
  run: 'pending',
};

export function entryState(entry: ResultDetail): TaskState {
  return ENTRY_STATES[entry.status ?? ''] ?? 'pending';
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
