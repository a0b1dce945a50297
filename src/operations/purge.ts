import { describeError, InputError, ProviderError } from '../errors.js';
import { pacedSchedule } from '../http/pacing.js';
import type { PlannedRequest, Provider, Resource } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import type { ResolvedTargets } from '../targets/resolve.js';
import { capitalise } from '../text.js';
import { describeRequest, formatDuration } from './plan.js';
import {
  type CacheOperation,
  changeRows,
  describeTarget,
  isEmpty,
  nothingToSend,
  plannedList,
  plannedTargets,
  timeLeft,
  unmatchedList,
} from './purge-plan.js';
import type { OperationReport, SummaryList } from './report.js';
import { waitForTasks } from './wait.js';

export type { CacheOperation };

/** A URL list that takes longer than this to send gets a hint to use prefixes. */
const SUGGEST_PATTERNS_AFTER_MS = 5 * 60_000;

/**
 * Purge or prefetch: find and map the changed files, plan every request first
 * (so bad targets fail before anything is sent), announce the paced duration,
 * send in order, stop at the first batch that still fails after its retries,
 * then optionally wait. An empty target list sends nothing (`if-no-targets`).
 */
export async function purgeOrPrefetch(
  kind: CacheOperation,
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  const { cdn } = provider;
  const resolved = await resolveTargets(ctx);
  const { targets } = resolved;
  if (isEmpty(targets)) return nothingToSend(kind, resolved, ctx);
  const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
  const requests =
    kind === 'purge' ? cdn.planPurge(targets, resource) : cdn.planPrefetch(targets.urls, resource);
  const plan = plannedTargets(resolved);
  const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
  const schedule = pacedSchedule(requests);
  const expectedMs = schedule.at(-1) ?? 0;
  const planLine = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${formatDuration(expectedMs)} at ${provider.name}'s rate limits`;
  logger.info(planLine);
  if (expectedMs > config.waitTimeoutSeconds * 1000) {
    throw new InputError(
      'wait-timeout',
      `${planLine}, longer than wait-timeout (${config.waitTimeoutSeconds} s). Purge directories with 'prefixes' instead of listing every URL, or raise 'wait-timeout' to at least ${Math.ceil(expectedMs / 1000) + 60}`,
    );
  }
  if (expectedMs > SUGGEST_PATTERNS_AFTER_MS) {
    logger.warning(
      `This ${kind} is paced over ${formatDuration(expectedMs)}; 'prefixes' would purge whole directories in far fewer requests.`,
    );
  }

  const unmatched = unmatchedList(resolved.unmatched);
  if (config.dryRun) {
    for (const [index, request] of requests.entries()) {
      logger.info(`dry run: ${describeRequest(request, index, requests.length)}`);
    }
    logger.startGroup?.(`dry run: the ${plan.length} targets and where each came from`);
    for (const entry of plan) logger.info(`dry run: ${describeTarget(entry)}`);
    logger.endGroup?.();
    return {
      outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
      result: {
        dryRun: true,
        resource: resource.id,
        requests: requests.map(plannedJson),
        changes: resolved.changes,
        unmatched: resolved.unmatched.length,
      },
      rows: [
        ['Mode', 'dry run: nothing was sent'],
        ['Resource', resource.id],
        ...changeRows(resolved.changes),
        ['Items', String(itemCount)],
        ['Planned requests', String(requests.length)],
        ['Expected duration', formatDuration(expectedMs)],
      ],
      tables: [planTable(requests)],
      lists: [plannedList(plan, `Planned ${kind} targets`), ...unmatched],
      plan,
    };
  }

  if (kind === 'purge') await cdn.preflight?.(requests);

  const since = timing.now();
  const sent: PlannedRequest[] = [];
  const taskIds: string[] = [];
  let requestsCount = 0;
  let failure: { request: PlannedRequest; message: string } | undefined;
  logger.startGroup?.(
    `${kind}: sending ${requests.length} request${requests.length === 1 ? '' : 's'}, ${timeLeft(expectedMs)}`,
  );
  try {
    for (const [index, request] of requests.entries()) {
      logger.debug(describeRequest(request, index, requests.length));
      const left = expectedMs - schedule[index]!;
      await waitForPacing(request, `request ${index + 1}/${requests.length}`, left, provider, ctx);
      try {
        const answer = await cdn.send(request);
        logger.info(
          `${kind} request ${index + 1}/${requests.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind}), ${timeLeft(left)}`,
        );
        requestsCount += answer.attempts;
        for (const id of answer.taskIds) taskIds.push(id);
        sent.push(request);
      } catch (error) {
        requestsCount += error instanceof ProviderError ? (error.details.attempts ?? 1) : 1;
        failure = { request, message: describeError(error) };
        break;
      }
    }
  } finally {
    logger.endGroup?.();
  }
  if (sent.length > 0 && cdn.findTaskIds) {
    for (const id of await findTaskIdsSafely(provider, sent, resource, since, ctx))
      taskIds.push(id);
  }

  const doneItems = sent.flatMap((request) => [...request.items]);
  const notDone = requests
    .filter((request) => !sent.includes(request))
    .flatMap((request) => [...request.items]);
  const outputs: OperationReport['outputs'] = {
    'task-ids': taskIds.join(','),
    'urls-count': String(doneItems.length),
    'requests-count': String(requestsCount),
    'request-id': provider.http.lastRequestId ?? '',
  };
  const rows: [string, string][] = [
    ['Resource', resource.id],
    ...changeRows(resolved.changes),
    [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${itemCount}`],
    ['Requests', String(requestsCount)],
    ['Task ids', taskIds.join(', ') || '—'],
  ];
  const lists: SummaryList[] = [];

  if (failure) {
    const verb = kind === 'purge' ? 'purged' : 'prefetched';
    lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
    if (doneItems.length > 0)
      lists.push({ title: `${capitalise(verb)} (${doneItems.length})`, items: doneItems });
    for (const list of unmatched) lists.push(list);
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
  const verb = kind === 'purge' ? 'Purged' : 'Prefetched';
  lists.push(plannedList(plan, verb));
  for (const list of unmatched) lists.push(list);
  return {
    outputs,
    result: {
      resource: resource.id,
      taskIds,
      urlsCount: doneItems.length,
      requestsCount,
      status,
      changes: resolved.changes,
    },
    rows,
    tables: tasks,
    lists,
    plan,
    failure:
      status === 'failed'
        ? `${capitalise(kind)} tasks failed at ${provider.name}: see the summary for each task's state.`
        : undefined,
  };
}

async function findTaskIdsSafely(
  provider: Provider,
  sent: PlannedRequest[],
  resource: Resource,
  since: number,
  ctx: RunContext,
): Promise<string[]> {
  try {
    return (await provider.cdn.findTaskIds?.(sent, resource, since)) ?? [];
  } catch (error) {
    ctx.logger.warning(
      `The ${provider.name} requests were accepted, but their task ids could not be read: ${describeError(error)}`,
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

/** The targets as given, or with the changed files found and mapped (loaded only then). */
async function resolveTargets(ctx: RunContext): Promise<ResolvedTargets> {
  if (!ctx.config.changedFiles) return { targets: ctx.config.targets, mapped: [], unmatched: [] };
  const { resolveTargets: resolve } = await import('../targets/resolve.js');
  return resolve(ctx);
}

/**
 * Waits out the provider's rate limit before a request, saying so with the time
 * left, so the HTTP layer then finds the window open and has nothing to add.
 */
async function waitForPacing(
  request: PlannedRequest,
  label: string,
  leftMs: number,
  provider: Provider,
  ctx: RunContext,
): Promise<void> {
  const { pacer, timing, logger } = ctx;
  const now = timing.now();
  const wait = pacer.earliestStart(request.limits, now) - now;
  if (wait < 1000 * timing.scale) return;
  const unscaled = wait / timing.scale;
  logger.info(
    `waiting ${formatDuration(unscaled)} for ${provider.name}'s rate limit before ${label}, ${timeLeft(leftMs + unscaled)}`,
  );
  await timing.sleep(wait);
}
