import type { RunContext } from '../run-context.js';
import type { OperationReport } from './report.js';

/**
 * `dry-run` for operations that are not a list of requests: the steps they
 * would take, logged and reported. Nothing is sent, not even a login.
 */
export function plannedSteps(ctx: RunContext, steps: readonly string[]): OperationReport {
  for (const [index, step] of steps.entries()) {
    ctx.logger.info(`dry run: step ${index + 1}/${steps.length}: ${step}`);
  }
  return {
    outputs: {},
    result: { dryRun: true, steps },
    rows: [['Mode', 'dry run: nothing was sent']],
    lists: [{ title: `Planned steps (${steps.length})`, items: [...steps] }],
  };
}
