import type { PlannedRequest } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import type { OperationReport } from './report.js';

/** "2 min 30 s", "45 s", "< 1 s" */
export function formatDuration(ms: number): string {
  if (ms < 1000) return '< 1 s';
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** One line a planned request, for dry runs and debug logs: never headers or secrets. */
export function describeRequest(request: PlannedRequest, index: number, total: number): string {
  const bytes = request.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(request.body));
  return `request ${index + 1}/${total}: ${request.method} ${readablePath(request.path)} (${request.kind}, ${request.items.length} item${request.items.length === 1 ? '' : 's'}, ${bytes} bytes)`;
}

/** The path as a person reads it: `<id of cdn.example.com>` rather than its percent-encoding. */
function readablePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

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
