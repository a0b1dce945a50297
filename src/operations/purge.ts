import { describeError, InputError } from '../errors.js';
import { pacedDurationMs } from '../http/pacing.js';
import type { PlannedRequest, ProviderSession, Resource } from '../providers/provider.js';
import type { RunContext } from './context.js';
import { describeRequest, formatDuration } from './plan.js';
import type { OperationReport, SummaryList } from './report.js';
import { waitForTasks } from './wait.js';

export type CacheOperation = 'purge' | 'prefetch';

/** A URL list that takes longer than this to send gets a hint to use prefixes. */
const SUGGEST_PATTERNS_AFTER_MS = 5 * 60_000;

/**
 * Purge or prefetch: plan every request first (so bad targets fail before
 * anything is sent), announce the paced duration, send in order, stop at the
 * first batch that still fails after its retries, then optionally wait.
 */
export async function purgeOrPrefetch(
  kind: CacheOperation,
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  const { cdn } = session;
  const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
  const requests =
    kind === 'purge'
      ? cdn.planPurge(config.targets, resource)
      : cdn.planPrefetch(config.targets.urls, resource);
  const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
  const expectedMs = pacedDurationMs(requests);
  const plan = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${formatDuration(expectedMs)} at ${session.name}'s rate limits`;
  logger.info(plan);
  if (expectedMs > config.waitTimeoutSeconds * 1000) {
    throw new InputError(
      'wait-timeout',
      `${plan}, longer than wait-timeout (${config.waitTimeoutSeconds} s). Purge directories with 'prefixes' instead of listing every URL, or raise 'wait-timeout' to at least ${Math.ceil(expectedMs / 1000) + 60}`,
    );
  }
  if (expectedMs > SUGGEST_PATTERNS_AFTER_MS) {
    logger.warning(
      `This ${kind} is paced over ${formatDuration(expectedMs)}; 'prefixes' would purge whole directories in far fewer requests.`,
    );
  }

  const skipped = skippedFilesList(config.targets.skippedFiles);
  if (config.dryRun) {
    for (const [index, request] of requests.entries()) {
      logger.info(`dry run: ${describeRequest(request, index, requests.length)}`);
    }
    return {
      outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
      result: { dryRun: true, resource: resource.id, requests: requests.map(plannedJson) },
      rows: [
        ['Mode', 'dry run: nothing was sent'],
        ['Resource', resource.id],
        ['Items', String(itemCount)],
        ['Planned requests', String(requests.length)],
        ['Expected duration', formatDuration(expectedMs)],
      ],
      tables: [planTable(requests)],
      lists: skipped,
    };
  }

  if (kind === 'purge') await cdn.preflight?.(requests);

  const since = timing.now();
  const sent: PlannedRequest[] = [];
  const taskIds: string[] = [];
  let requestsCount = 0;
  let failure: { request: PlannedRequest; message: string } | undefined;
  for (const [index, request] of requests.entries()) {
    logger.debug(describeRequest(request, index, requests.length));
    try {
      const answer = await cdn.send(request);
      logger.info(
        `${kind} request ${index + 1}/${requests.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind})`,
      );
      requestsCount += answer.attempts;
      for (const id of answer.taskIds) taskIds.push(id);
      sent.push(request);
    } catch (error) {
      requestsCount += (error as { details?: { attempts?: number } }).details?.attempts ?? 1;
      failure = { request, message: describeError(error) };
      break;
    }
  }
  if (sent.length > 0 && cdn.findTaskIds) {
    for (const id of await findTaskIdsSafely(session, sent, resource, since, ctx)) taskIds.push(id);
  }

  const doneItems = sent.flatMap((request) => [...request.items]);
  const notDone = requests
    .filter((request) => !sent.includes(request))
    .flatMap((request) => [...request.items]);
  const outputs: OperationReport['outputs'] = {
    'task-ids': taskIds.join(','),
    'urls-count': String(doneItems.length),
    'requests-count': String(requestsCount),
    'request-id': session.http.lastRequestId ?? '',
  };
  const rows: [string, string][] = [
    ['Resource', resource.id],
    [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${itemCount}`],
    ['Requests', String(requestsCount)],
    ['Task ids', taskIds.join(', ') || '—'],
  ];
  const lists: SummaryList[] = [...skipped];

  if (failure) {
    const verb = kind === 'purge' ? 'purged' : 'prefetched';
    lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
    if (doneItems.length > 0)
      lists.push({ title: `${capitalise(verb)} (${doneItems.length})`, items: doneItems });
    outputs.status = 'failed';
    rows.push(['Status', 'failed']);
    return {
      outputs,
      result: {
        resource: resource.id,
        taskIds,
        sent: doneItems.length,
        notSent: notDone,
        status: 'failed',
        error: failure.message,
      },
      rows,
      lists,
      failure: `${capitalise(kind)} stopped at request ${requests.indexOf(failure.request) + 1} of ${requests.length}: ${failure.message}. ${doneItems.length} of ${itemCount} items were ${verb}; the summary lists the rest.`,
    };
  }

  let status: 'done' | 'pending' | 'failed' = 'pending';
  let tasks: OperationReport['tables'] = [];
  const untracked = cdn.noStatus?.[kind];
  if (config.wait && untracked) {
    logger.warning(untracked);
  } else if (config.wait) {
    const waited = await waitForTasks(cdn, taskIds, resource, kind, ctx);
    status = waited.status;
    tasks = [waited.table];
  }
  outputs.status = status;
  rows.push(['Status', status]);
  return {
    outputs,
    result: { resource: resource.id, taskIds, urlsCount: doneItems.length, requestsCount, status },
    rows,
    tables: tasks,
    lists,
    failure:
      status === 'failed'
        ? `${capitalise(kind)} tasks failed at ${session.name}: see the summary for each task's state.`
        : undefined,
  };
}

async function findTaskIdsSafely(
  session: ProviderSession,
  sent: PlannedRequest[],
  resource: Resource,
  since: number,
  ctx: RunContext,
): Promise<string[]> {
  try {
    return (await session.cdn.findTaskIds?.(sent, resource, since)) ?? [];
  } catch (error) {
    ctx.logger.warning(
      `The ${session.name} requests were accepted, but their task ids could not be read: ${describeError(error)}`,
    );
    return [];
  }
}

function plannedJson(request: PlannedRequest): object {
  return {
    kind: request.kind,
    method: request.method,
    path: request.path,
    items: request.items.length,
  };
}

function planTable(requests: readonly PlannedRequest[]) {
  return {
    title: 'Planned requests',
    header: ['#', 'Request', 'Kind', 'Items'],
    rows: requests.map((request, index) => [
      String(index + 1),
      `${request.method} ${request.path}`,
      request.kind,
      String(request.items.length),
    ]),
  };
}

function skippedFilesList(files: readonly string[]): SummaryList[] {
  return files.length > 0
    ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
    : [];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
