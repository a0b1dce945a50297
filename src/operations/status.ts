import type { ProviderSession } from '../providers/provider.js';
import type { RunContext } from './context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport } from './report.js';
import { overallState, taskTable, waitForTasks } from './wait.js';

/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
export async function purgeStatus(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config } = ctx;
  if (config.dryRun) {
    return plannedSteps(ctx, [
      `read the state of ${session.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
    ]);
  }
  const resource = await session.cdn.resolveResource();
  const { status, tasks, table } = config.wait
    ? await waitForTasks(session.cdn, config.taskIds, resource, 'purge', ctx, { strict: true })
    : await session.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
        status: overallState(found),
        tasks: found,
        table: taskTable(found),
      }));
  return {
    outputs: {
      status,
      'task-ids': tasks.map((task) => task.id).join(','),
      'request-id': session.http.lastRequestId ?? '',
    },
    result: { status, tasks },
    rows: [
      ['Resource', resource.id],
      ['Tasks', String(tasks.length)],
      ['Status', status],
    ],
    tables: [table],
    failure:
      status === 'failed'
        ? 'One or more purge tasks failed: see the summary for each task.'
        : undefined,
  };
}
