import type { Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { plannedSteps } from './plan.js';
import type { OperationReport } from './report.js';
import { overallState, taskTable, waitForTasks } from './wait.js';

/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
export async function purgeStatus(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const { config } = ctx;
  if (config.dryRun) {
    return plannedSteps(ctx, [
      `read the state of ${provider.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
    ]);
  }
  const resource = await provider.cdn.resolveResource();
  const { status, tasks, table } = config.wait
    ? await waitForTasks(provider.cdn, config.taskIds, resource, 'purge', ctx, { strict: true })
    : await provider.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
        status: overallState(found),
        tasks: found,
        table: taskTable(found),
      }));
  return {
    outputs: {
      status,
      'task-ids': tasks.map((task) => task.id).join(','),
      'request-id': provider.http.lastRequestId ?? '',
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
