import type { PlannedRequest } from '../providers/provider.js';

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
