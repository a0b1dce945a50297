import { describeError, ProviderError } from '../errors.js';
import { PastDeadlineError } from '../http/client.js';
import type { CdnClient, Resource, TaskState, TaskStatus } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import type { SummaryTable } from './report.js';

/** The state of a set of tasks: failed if any failed, done if all are done. */
export function overallState(tasks: readonly TaskStatus[]): TaskState {
  if (tasks.some((task) => task.state === 'failed')) return 'failed';
  if (tasks.length > 0 && tasks.every((task) => task.state === 'done')) return 'done';
  return 'pending';
}

export interface WaitOptions {
  /**
   * true (purge-status): a status read that fails after its retries fails the
   * step. false (default, after an accepted purge or prefetch): it ends the wait
   * with the tasks `pending` and the reason, so an unreadable status never fails
   * a step whose requests were accepted.
   */
  strict?: boolean;
}

/**
 * Polls task status until every task is done, one failed, or wait-timeout
 * passes. wait-timeout bounds the whole wait: the pauses between polls and any
 * wait for the provider's rate-limit window before a status read.
 */
export async function waitForTasks(
  cdn: CdnClient,
  taskIds: readonly string[],
  resource: Resource,
  kind: 'purge' | 'prefetch',
  ctx: RunContext,
  options: WaitOptions = {},
): Promise<{ status: TaskState; tasks: TaskStatus[]; table: SummaryTable }> {
  const { timing, logger, config } = ctx;
  if (taskIds.length === 0) {
    logger.warning('No task ids to wait for: the provider returned none.');
    return { status: 'pending', tasks: [], table: taskTable([]) };
  }
  // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
  const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
  const pace = cdn.statusPace?.[kind];
  if (pace?.note) {
    logger.info(
      `${pace.note}: 'wait' polls at that pace within wait-timeout (${config.waitTimeoutSeconds} s).`,
    );
  }
  const pause = (pace?.intervalMs ?? cdn.pollIntervalMs) * timing.scale;
  let tasks: TaskStatus[] = [];
  // a long wait repeats the same count every poll: it is logged when it changes, polls in debug
  let progress = '';
  const settle = (state: TaskState) => ({ status: state, tasks, table: taskTable(tasks) });
  for (;;) {
    try {
      tasks = await cdn.taskStatus(taskIds, resource, kind, { deadline });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      const timedOut = error instanceof PastDeadlineError;
      if (options.strict && !timedOut) throw error;
      const reason = describeError(error);
      tasks = unread(taskIds, tasks, timedOut ? 'wait-timeout ends first' : reason);
      logger.warning(
        timedOut
          ? `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s), which ends before the next status read is allowed (${reason}); ${pendingCount(tasks)} task(s) still pending.`
          : `The ${kind} status could not be read (${reason}); the ${kind} was accepted, and its tasks stay pending.`,
      );
      return settle(overallState(tasks));
    }
    const state = overallState(tasks);
    const done = tasks.filter((task) => task.state === 'done').length;
    const line = `${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`;
    if (line === progress) logger.debug(`${line} (unchanged)`);
    else logger.info(line);
    progress = line;
    if (state !== 'pending') return settle(state);
    if (timing.now() + pause > deadline) {
      logger.warning(
        `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${pendingCount(tasks)} task(s) still pending.`,
      );
      return settle('pending');
    }
    await timing.sleep(pause);
  }
}

/** The last states read (if any), every unsettled task marked with why it was not read again. */
function unread(
  taskIds: readonly string[],
  last: readonly TaskStatus[],
  reason: string,
): TaskStatus[] {
  const byId = new Map(last.map((task) => [task.id, task]));
  return taskIds.map((id) => {
    const known = byId.get(id);
    if (known && known.state !== 'pending') return known;
    const before = known?.detail ? `${known.detail}; ` : '';
    return { id, state: 'pending', detail: `${before}status not read: ${reason}` };
  });
}

function pendingCount(tasks: readonly TaskStatus[]): number {
  return tasks.filter((task) => task.state === 'pending').length;
}

export function taskTable(tasks: readonly TaskStatus[]): SummaryTable {
  return {
    title: 'Tasks',
    header: ['Task id', 'State', 'Detail'],
    rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
  };
}
