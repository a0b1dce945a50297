import { describeError, InputError, ProviderError } from '../errors.js';
import { withHint } from '../hints.js';
import type { PlannedRequest, Provider, Resource } from '../providers/provider.js';
import { interleave } from '../providers/time-model.js';
import type { RunContext } from '../run-context.js';
import type { ResolvedTargets } from '../targets/resolve.js';
import { capitalise } from '../text.js';
import { describeRequest, formatDuration } from './plan.js';
import { decidePurge, fallBackToExact } from './purge-decision.js';
import {
  decisionJson,
  decisionLists,
  decisionRows,
  describeDecision,
  type FallbackNote,
  logDecision,
  quotaRow,
  withDecision,
} from './purge-decision-report.js';
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

/** The requests of a run in sending order, with each one's earliest start (unscaled ms). */
interface Sending {
  readonly requests: PlannedRequest[];
  readonly schedule: number[];
  readonly predictedMs: number;
}

/**
 * Purge or prefetch: find and map the changed files, plan every request first
 * (so bad targets fail before anything is sent): for a purge, exact or
 * collapsed to fit `max-duration` and the daily quota (purge-decision.ts);
 * announce the paced duration, send in order, stop at the first batch that
 * still fails after its retries, then optionally wait. An empty target list
 * sends nothing (`if-no-targets`).
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
  const decision =
    kind === 'purge' ? await decidePurge(provider, resource, resolved, ctx) : undefined;
  const sending: Sending = decision ?? ordered(cdn.planPrefetch(targets.urls, resource));
  const { requests } = sending;
  const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
  const planLine = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${formatDuration(sending.predictedMs)} at ${provider.name}'s rate limits${decision ? `; ${describeDecision(decision)}` : ''}`;
  logger.info(planLine);
  if (decision) logDecision(decision, provider.name, logger);
  else if (sending.predictedMs > config.maxDurationSeconds * 1000) {
    throw new InputError(
      'max-duration',
      `${planLine}, longer than max-duration (${config.maxDurationSeconds} s). A prefetch takes exact URLs: prefetch fewer, or raise 'max-duration' to at least ${Math.ceil(sending.predictedMs / 1000)}`,
    );
  }
  // every target with its origin: built when reported, not held while sending
  const planned = () =>
    decision ? withDecision(plannedTargets(resolved), decision) : plannedTargets(resolved);
  const planRows = decision ? decisionRows(decision, provider.name, undefined) : [];

  const unmatched = unmatchedList(resolved.unmatched);
  if (config.dryRun) {
    const plan = planned();
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
        ...(decision ? { purgePlan: decisionJson(decision, undefined) } : {}),
        changes: resolved.changes,
        unmatched: resolved.unmatched.length,
      },
      rows: [
        ['Mode', 'dry run: nothing was sent'],
        ['Resource', resource.id],
        ...changeRows(resolved.changes),
        ['Items', String(itemCount)],
        ['Planned requests', String(requests.length)],
        ...(decision ? planRows : [['Expected duration', formatDuration(sending.predictedMs)]]),
      ] as [string, string][],
      tables: [planTable(requests)],
      lists: [
        ...(decision ? decisionLists(decision, undefined) : []),
        plannedList(plan, `Planned ${kind} targets`),
        ...unmatched,
      ],
      plan,
    };
  }

  const since = timing.now();
  let queue = requests;
  let schedule = sending.schedule;
  const sent: PlannedRequest[] = [];
  const taskIds: string[] = [];
  let requestsCount = 0;
  let failure: { request: PlannedRequest; error: unknown; message: string } | undefined;
  let fallback: FallbackNote | undefined;
  logger.startGroup?.(
    `${kind}: sending ${queue.length} request${queue.length === 1 ? '' : 's'}, ${timeLeft(sending.predictedMs)}`,
  );
  try {
    for (let index = 0; index < queue.length; index++) {
      const request = queue[index]!;
      logger.debug(() => describeRequest(request, index, queue.length));
      const left = schedule.at(-1)! - schedule[index]!;
      await waitForPacing(request, `request ${index + 1}/${queue.length}`, left, provider, ctx);
      try {
        const answer = await cdn.send(request);
        logger.info(
          `${kind} request ${index + 1}/${queue.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind}), ${timeLeft(left)}`,
        );
        requestsCount += answer.attempts;
        for (const id of answer.taskIds) taskIds.push(id);
        sent.push(request);
      } catch (error) {
        requestsCount += error instanceof ProviderError ? (error.details.attempts ?? 1) : 1;
        const rest =
          decision && !fallback
            ? fallBackToExact(error, request, queue.slice(index), decision, provider, resource)
            : undefined;
        if (rest) {
          logger.warning(rest.warning);
          const at = schedule[index]!;
          // concat, not splice(...list): a spread puts every request on the stack
          queue = queue.slice(0, index).concat(rest.requests);
          schedule = schedule.slice(0, index).concat(rest.schedule.map((ms) => at + ms));
          fallback = { warning: rest.warning, expectedMs: schedule.at(-1) ?? 0 };
          index--;
          continue;
        }
        failure = { request, error, message: describeError(error) };
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

  // requests are sent in queue order until one fails: the sent ones are the queue's start
  const doneItems = sent.flatMap((request) => request.items);
  const notDone = queue.slice(sent.length).flatMap((request) => request.items);
  const total = doneItems.length + notDone.length;
  const outputs: OperationReport['outputs'] = {
    'task-ids': taskIds.join(','),
    'urls-count': String(doneItems.length),
    'requests-count': String(requestsCount),
    'request-id': provider.http.lastRequestId ?? '',
  };
  const prefixesSent = new Set(decision?.sent.prefixes);
  let prefixesDone = 0;
  if (prefixesSent.size > 0)
    for (const item of doneItems) if (prefixesSent.has(item)) prefixesDone++;
  const rows: [string, string][] = [
    ['Resource', resource.id],
    ...changeRows(resolved.changes),
    ...(decision ? decisionRows(decision, provider.name, fallback) : []),
    [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${total}`],
    ['Requests', String(requestsCount)],
    ['Task ids', taskIds.join(', ') || '—'],
    ...(decision
      ? quotaRow(decision, { urls: doneItems.length - prefixesDone, prefixes: prefixesDone })
      : []),
  ];
  const lists: SummaryList[] = decision ? decisionLists(decision, fallback) : [];
  const purgePlan = decision ? { purgePlan: decisionJson(decision, fallback) } : {};

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
        ...purgePlan,
      },
      rows,
      lists,
      failure: withHint(
        `${capitalise(kind)} stopped at request ${queue.indexOf(failure.request) + 1} of ${queue.length}: ${failure.message}. ${doneItems.length} of ${total} items were ${verb}; the summary lists the rest`,
        failure.error,
      ),
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
  // after a fallback nothing was purged under a prefix: the targets are told as listed
  const plan = fallback ? plannedTargets(resolved) : planned();
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
      ...purgePlan,
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

/** Requests in the order `interleave` sends them, with their starts. */
function ordered(requests: readonly PlannedRequest[]): Sending {
  const order = interleave(requests);
  return {
    requests: order.map(({ request }) => request),
    schedule: order.map(({ atMs }) => atMs),
    predictedMs: order.at(-1)?.atMs ?? 0,
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
