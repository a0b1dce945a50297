import type { CdnClient, Resource, TaskState, TaskStatus } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import type { SummaryTable } from './report.js';

/** The state of a set of tasks: failed if any failed, done if all are done. */
export function overallState(tasks: readonly TaskStatus[]): TaskState {
  if (tasks.some((task) => task.state === 'failed')) return 'failed';
  if (tasks.length > 0 && tasks.every((task) => task.state === 'done')) return 'done';
  return 'pending';
}

/** Polls task status until every task is done, one failed, or wait-timeout passes. */
export async function waitForTasks(
  cdn: CdnClient,
  taskIds: readonly string[],
  resource: Resource,
  kind: 'purge' | 'prefetch',
  ctx: RunContext,
): Promise<{ status: TaskState; tasks: TaskStatus[]; table: SummaryTable }> {
  const { timing, logger, config } = ctx;
  if (taskIds.length === 0) {
    logger.warning('No task ids to wait for: the provider returned none.');
    return { status: 'pending', tasks: [], table: taskTable([]) };
  }
  // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
  const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
  let tasks: TaskStatus[] = [];
  for (;;) {
    tasks = await cdn.taskStatus(taskIds, resource, kind);
    const state = overallState(tasks);
    const done = tasks.filter((task) => task.state === 'done').length;
    logger.info(
      `${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`,
    );
    if (state !== 'pending') return { status: state, tasks, table: taskTable(tasks) };
    const pause = cdn.pollIntervalMs * timing.scale;
    if (timing.now() + pause > deadline) {
      logger.warning(
        `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${tasks.length - done} task(s) still pending.`,
      );
      return { status: 'pending', tasks, table: taskTable(tasks) };
    }
    await timing.sleep(pause);
  }
}

export function taskTable(tasks: readonly TaskStatus[]): SummaryTable {
  return {
    title: 'Tasks',
    header: ['Task id', 'State', 'Detail'],
    rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
  };
}
