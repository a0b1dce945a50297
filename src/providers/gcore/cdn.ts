import type { Targets } from '../../config/config.js';
import { InputError } from '../../errors.js';
import { asciiHostname } from '../../hostnames.js';
import {
  array,
  boolean,
  id,
  lookup,
  nullable,
  object,
  optional,
  type ShapeOf,
  string,
} from '../../http/shape.js';
import type { Logger } from '../../log.js';
import { batch } from '../../targets/list.js';
import { resourcePathOf, toResourcePaths } from '../../targets/resource-paths.js';
import type { CdnClient, PlannedRequest, Resource, TaskState, TaskStatus } from '../provider.js';
import type { PurgeTimeModel } from '../time-model.js';
import { type GcoreApi, listOf } from './api.js';
import { GCORE_PATHS } from './endpoints.js';
import {
  HISTORY_WINDOWS_DAYS,
  MAX_PATHS_PER_PREFETCH,
  POLL_INTERVAL_MS,
  PURGE_STATUS_CLOCK_SKEW_MS,
  prefetchLimit,
} from './limits.js';
import {
  type GcorePurgeStatus,
  matchPurgeIds,
  type PurgePayload,
  readPurgeHistory,
} from './purge-history.js';
import { gcorePurgeModel } from './time-model.js';

/** The fields of a CDN resource cdnkit reads (certificates.ts reads its `sslData` too). */
export const RESOURCE_FIELDS = {
  id,
  cname: string,
  secondaryHostnames: nullable(array(string)),
  status: optional(string),
  deleted: optional(boolean),
};
const RESOURCE = object(RESOURCE_FIELDS);
type GcoreResource = ShapeOf<typeof RESOURCE>;

const STATUS_REPORT_DISABLED = 'Status report disabled';
const DAY_MS = 86_400_000;

/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES: Readonly<Record<string, TaskState>> = {
  'In progress': 'pending',
  Successful: 'done',
  Failed: 'failed',
  [STATUS_REPORT_DISABLED]: 'done',
};

/** Purge, prefetch and purge statuses of one Gcore CDN resource. */
export class GcoreCdn implements CdnClient {
  readonly pollIntervalMs = POLL_INTERVAL_MS;
  readonly noStatus = {
    prefetch:
      "Gcore reports no status for prefetch requests: the prefetch was accepted, and 'wait' has nothing to poll (status stays 'pending').",
  };
  private resolved: Resource | undefined;
  /** ISO time this run's purges are searched from, once they were sent */
  private searchFrom: string | undefined;
  private warnedUnverifiable = false;
  /** how far back (days) `purge-status` polls after the first one, which widened as needed */
  private lookbackDays: number | undefined;

  constructor(
    private readonly api: GcoreApi,
    private readonly resourceInput: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** A hostname is looked up only when sending: a dry run shows where its id goes. */
  unresolvedResource(): Resource {
    const input = this.resourceInput;
    return { id: /^\d+$/.test(input) ? input : `<id of ${input}>` };
  }

  /** An id is read directly; a hostname is matched against the resource list (once a run). */
  async resolveResource(): Promise<Resource> {
    this.resolved ??= await this.lookUpResource();
    return this.resolved;
  }

  /** Purge requests take their batch sizes and windows from the time model the planner uses. */
  purgeModel(resource: Resource): PurgeTimeModel {
    return gcorePurgeModel(resource.id);
  }

  /** Gcore purges by path for every hostname of the resource. */
  purgeKey(target: string, resource: Resource): string | undefined {
    return resourcePathOf(target, resource);
  }

  planPurge(targets: Targets, resource: Resource): PlannedRequest[] {
    const path = GCORE_PATHS.purge(resource.id);
    const { byUrl, byPrefix } = this.purgeModel(resource);
    if (targets.purgeAll) {
      // purge-all counts against the pattern window (gcore.md)
      return [
        {
          kind: 'purge all',
          method: 'POST',
          path,
          body: { paths: [] },
          items: ['/*'],
          limits: byPrefix.limits,
        },
      ];
    }
    const byUrlRequests = batchPaths(targets.urls, resource, 'urls', byUrl.itemsPerRequest).map(
      ([paths, items]): PlannedRequest => ({
        kind: byUrl.name,
        method: 'POST',
        path,
        body: { urls: paths },
        items,
        limits: byUrl.limits,
      }),
    );
    const byPatternRequests = batchPaths(
      targets.prefixes,
      resource,
      'prefixes',
      byPrefix.itemsPerRequest,
    ).map(
      ([paths, items]): PlannedRequest => ({
        kind: byPrefix.name,
        method: 'POST',
        path,
        body: { paths },
        items,
        limits: byPrefix.limits,
      }),
    );
    return [...byUrlRequests, ...byPatternRequests];
  }

  planPrefetch(urls: readonly string[], resource: Resource): PlannedRequest[] {
    return batchPaths(urls, resource, 'urls', MAX_PATHS_PER_PREFETCH).map(([paths, items]) => ({
      kind: 'prefetch',
      method: 'POST',
      path: GCORE_PATHS.prefetch(resource.id),
      body: { paths },
      items,
      limits: [prefetchLimit(resource.id)],
    }));
  }

  /** Gcore documents no answer body for purge and prefetch: any 2xx is accepted. */
  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    const response = await this.api.request({
      method: request.method,
      path: request.path,
      body: request.body,
      limits: request.limits,
      responseBody: 'ignored',
    });
    return { taskIds: [], attempts: response.attempts };
  }

  /**
   * The purge call returns no id: this run's purges are found in the purge
   * history of the resource's cname since just before the first request, by
   * payload (purge-history.ts).
   */
  async findTaskIds(
    sent: readonly PlannedRequest[],
    resource: Resource,
    since: number,
  ): Promise<string[]> {
    const purges = sent.filter((request) => request.path.endsWith('/purge'));
    if (purges.length === 0 || !resource.cname) return [];
    this.searchFrom = new Date(since - PURGE_STATUS_CLOCK_SKEW_MS).toISOString();
    const history = await readPurgeHistory(
      this.api,
      { cname: resource.cname, from: this.searchFrom },
      {},
    );
    return matchPurgeIds(
      purges.map((request) => request.body as PurgePayload),
      history.values(),
    );
  }

  async taskStatus(
    taskIds: readonly string[],
    resource: Resource,
    _kind: 'purge' | 'prefetch',
    options: { deadline?: number } = {},
  ): Promise<TaskStatus[]> {
    const { found, searched } = await this.findStatuses(taskIds, resource, options.deadline);
    return taskIds.map((id) => {
      const status = found.get(id);
      if (!status) return { id, state: 'pending', detail: `not listed by Gcore ${searched}` };
      const state = lookup(STATUS_STATES, status.status) ?? 'pending';
      if (status.status !== STATUS_REPORT_DISABLED) return { id, state, detail: status.status };
      if (!this.warnedUnverifiable) {
        this.warnedUnverifiable = true;
        this.logger.warning(
          `Gcore has purge status reports disabled for ${resource.cname ?? resource.id}: the purge was accepted but its completion cannot be verified.`,
        );
      }
      return { id, state, detail: 'status report disabled: accepted, not verifiable' };
    });
  }

  /**
   * The statuses of `taskIds`: this run's purges are read since they were sent;
   * an earlier run's are looked for a day back, then a week, then 30 days, each
   * window only reaching where the last one began, until every id is found.
   * Later polls (`wait`) read only as far back as the oldest window an id was
   * found in (a day when none was: only a new purge could show one).
   */
  private async findStatuses(
    taskIds: readonly string[],
    resource: Resource,
    deadline: number | undefined,
  ): Promise<{ found: Map<string, GcorePurgeStatus>; searched: string }> {
    const wanted = new Set(taskIds);
    const found = new Map<string, GcorePurgeStatus>();
    const { cname } = resource;
    const enough = (page: ReadonlyMap<string, GcorePurgeStatus>) =>
      [...wanted].every((id) => found.has(id) || page.has(id));
    const keep = (statuses: Map<string, GcorePurgeStatus>) => {
      for (const id of wanted) {
        const status = statuses.get(id);
        if (status) found.set(id, status);
      }
    };
    if (this.searchFrom) {
      keep(
        await readPurgeHistory(this.api, { cname, from: this.searchFrom }, { deadline, enough }),
      );
      return { found, searched: '(yet)' };
    }
    const now = this.now();
    const windows = this.lookbackDays === undefined ? HISTORY_WINDOWS_DAYS : [this.lookbackDays];
    let to: string | undefined;
    let reached: number = HISTORY_WINDOWS_DAYS[0];
    for (const days of windows) {
      const from = new Date(now - days * DAY_MS).toISOString();
      const before = found.size;
      keep(await readPurgeHistory(this.api, { cname, from, to }, { deadline, enough }));
      if (found.size > before) reached = days;
      if (found.size === wanted.size) break;
      to = from;
    }
    this.lookbackDays ??= reached;
    const longest = HISTORY_WINDOWS_DAYS[HISTORY_WINDOWS_DAYS.length - 1];
    return { found, searched: `in the last ${longest} days of purge history` };
  }

  private async lookUpResource(): Promise<Resource> {
    const input = this.resourceInput;
    if (/^\d+$/.test(input)) {
      return toResource(await this.api.get(GCORE_PATHS.resource(input), RESOURCE));
    }
    const host = asciiHostname(input);
    const all = await this.api.get(GCORE_PATHS.resources, listOf(RESOURCE));
    const match = all.find(
      (resource) =>
        !resource.deleted && resource.status !== 'deleted' && hostnamesOf(resource).includes(host),
    );
    if (!match) {
      throw new InputError(
        'resource',
        `no Gcore CDN resource has the hostname '${input}' (checked the cname and secondaryHostnames of ${all.length} resources)`,
      );
    }
    return toResource(match);
  }
}

/** Paths for Gcore (hosts checked against the resource), batched with the targets they came from. */
function batchPaths(
  targets: readonly string[],
  resource: Resource,
  input: string,
  size: number,
): [paths: string[], items: string[]][] {
  return batch(toResourcePaths(targets, resource, input), size).map((paths, index) => [
    paths,
    targets.slice(index * size, (index + 1) * size),
  ]);
}

/** The cname and secondary hostnames, in ASCII form. */
export function hostnamesOf(
  resource: Pick<GcoreResource, 'cname' | 'secondaryHostnames'>,
): string[] {
  return [resource.cname, ...(resource.secondaryHostnames ?? [])]
    .filter(Boolean)
    .map(asciiHostname);
}

function toResource(found: GcoreResource): Resource {
  return { id: found.id, cname: found.cname, hostnames: hostnamesOf(found) };
}
