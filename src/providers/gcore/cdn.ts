import type { Targets } from '../../config/config.js';
import { InputError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { batch } from '../../targets/batch.js';
import { toResourcePaths } from '../../targets/resource-paths.js';
import { splitTarget } from '../../targets/url.js';
import type { CdnClient, PlannedRequest, Resource, TaskState, TaskStatus } from '../provider.js';
import type { GcoreApi } from './api.js';
import { GCORE_PATHS } from './endpoints.js';
import {
  MAX_PATHS_PER_PREFETCH,
  MAX_PATTERNS_PER_PURGE,
  MAX_URLS_PER_PURGE,
  POLL_INTERVAL_MS,
  PURGE_STATUS_CLOCK_SKEW_MS,
  patternPurgeLimit,
  prefetchLimit,
  urlPurgeLimit,
} from './limits.js';
import { listItems } from './list.js';

interface GcoreResource {
  id: number;
  cname: string;
  secondaryHostnames?: string[] | null;
  status?: string;
  deleted?: boolean;
}

type PurgePayload = { urls?: string[]; paths?: string[] };

interface GcorePurgeStatus {
  purge_id: number | string;
  status: string;
  created?: string;
  purge_type?: string;
  /** an object; older docs show a one-element array of it */
  payload?: PurgePayload | PurgePayload[];
  resource?: { id: number; cname: string };
}

const STATUS_REPORT_DISABLED = 'Status report disabled';

/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES: Record<string, TaskState> = {
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

  constructor(
    private readonly api: GcoreApi,
    private readonly resourceInput: string,
    private readonly logger: Logger,
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

  planPurge(targets: Targets, resource: Resource): PlannedRequest[] {
    const path = GCORE_PATHS.purge(resource.id);
    if (targets.purgeAll) {
      return [
        {
          kind: 'purge all',
          method: 'POST',
          path,
          body: { paths: [] },
          items: ['/*'],
          limits: [patternPurgeLimit(resource.id)],
        },
      ];
    }
    const byUrl = batchPaths(targets.urls, resource, 'urls', MAX_URLS_PER_PURGE).map(
      ([paths, items]): PlannedRequest => ({
        kind: 'purge by URL',
        method: 'POST',
        path,
        body: { urls: paths },
        items,
        limits: [urlPurgeLimit(resource.id)],
      }),
    );
    const byPattern = batchPaths(
      targets.prefixes,
      resource,
      'prefixes',
      MAX_PATTERNS_PER_PURGE,
    ).map(
      ([paths, items]): PlannedRequest => ({
        kind: 'purge by pattern',
        method: 'POST',
        path,
        body: { paths },
        items,
        limits: [patternPurgeLimit(resource.id)],
      }),
    );
    return [...byUrl, ...byPattern];
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

  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    const response = await this.api.request({
      method: request.method,
      path: request.path,
      body: request.body,
      limits: request.limits,
    });
    return { taskIds: [], attempts: response.attempts };
  }

  /**
   * The purge call returns no id: this run's purges are found in the status list
   * by cname, creation time and payload; the newest match wins, so an identical
   * purge from an earlier run is not mistaken for this one.
   */
  async findTaskIds(
    sent: readonly PlannedRequest[],
    resource: Resource,
    since: number,
  ): Promise<string[]> {
    const purges = sent.filter((request) => request.path.endsWith('/purge'));
    if (purges.length === 0 || !resource.cname) return [];
    this.searchFrom = new Date(since - PURGE_STATUS_CLOCK_SKEW_MS).toISOString();
    const newestFirst = [...(await this.statuses(resource, this.searchFrom))].sort(
      (a, b) => createdMs(b) - createdMs(a),
    );
    const ids: string[] = [];
    for (const request of purges) {
      const key = payloadKey(request.body as PurgePayload);
      const match = newestFirst.find(
        (status) => !ids.includes(String(status.purge_id)) && payloadKey(status.payload) === key,
      );
      if (match) ids.push(String(match.purge_id));
    }
    return ids;
  }

  async taskStatus(taskIds: readonly string[], resource: Resource): Promise<TaskStatus[]> {
    const statuses = await this.statuses(resource, this.searchFrom);
    return taskIds.map((id) => {
      const found = statuses.find((status) => String(status.purge_id) === id);
      if (!found) return { id, state: 'pending', detail: 'not listed by Gcore (yet)' };
      const state = STATUS_STATES[found.status] ?? 'pending';
      if (found.status !== STATUS_REPORT_DISABLED) return { id, state, detail: found.status };
      if (!this.warnedUnverifiable) {
        this.warnedUnverifiable = true;
        this.logger.warning(
          `Gcore has purge status reports disabled for ${resource.cname ?? resource.id}: the purge was accepted but its completion cannot be verified.`,
        );
      }
      return { id, state, detail: 'status report disabled: accepted, not verifiable' };
    });
  }

  private async lookUpResource(): Promise<Resource> {
    const input = this.resourceInput;
    if (/^\d+$/.test(input)) {
      return toResource(await this.api.get<GcoreResource>(GCORE_PATHS.resource(input)));
    }
    const host = input.toLowerCase();
    const all = listItems<GcoreResource>(await this.api.get<unknown>(GCORE_PATHS.resources));
    const match = all.find(
      (resource) =>
        !resource.deleted &&
        resource.status !== 'deleted' &&
        hostnamesOf(resource).some((name) => name.toLowerCase() === host),
    );
    if (!match) {
      throw new InputError(
        'resource',
        `no Gcore CDN resource has the hostname '${input}' (checked the cname and secondaryHostnames of ${all.length} resources)`,
      );
    }
    return toResource(match);
  }

  private async statuses(resource: Resource, fromCreated?: string): Promise<GcorePurgeStatus[]> {
    return listItems<GcorePurgeStatus>(
      await this.api.get<unknown>(GCORE_PATHS.purgeStatuses, {
        cname: resource.cname,
        from_created: fromCreated,
      }),
    );
  }
}

/** Paths for Gcore (hosts checked against the resource), batched with the targets they came from. */
function batchPaths(
  targets: readonly string[],
  resource: Resource,
  input: string,
  size: number,
): [paths: string[], items: string[]][] {
  const paths = toResourcePaths(targets, resource, input);
  return batch(
    paths.map((path, i) => [path, targets[i]!] as const),
    size,
  ).map((chunk) => [chunk.map(([path]) => path), chunk.map(([, target]) => target)]);
}

function hostnamesOf(resource: GcoreResource): string[] {
  return [resource.cname, ...(resource.secondaryHostnames ?? [])].filter(Boolean);
}

function toResource(found: GcoreResource): Resource {
  return { id: String(found.id), cname: found.cname, hostnames: hostnamesOf(found) };
}

function pathOf(item: string): string {
  if (!/^https?:\/\//i.test(item)) return item;
  try {
    return splitTarget(item).path;
  } catch {
    return item;
  }
}

function createdMs(status: GcorePurgeStatus): number {
  const ms = Date.parse(status.created ?? '');
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * What a purge carried, comparable between what we sent and what Gcore lists:
 * the kind of list, and its items as paths (Gcore may list them as full URLs).
 */
export function payloadKey(payload: GcorePurgeStatus['payload']): string {
  const body = Array.isArray(payload) ? payload[0] : payload;
  const kind = body?.urls ? 'urls' : 'paths';
  const items = (body?.urls ?? body?.paths ?? []).map(pathOf);
  return JSON.stringify([kind, items.sort()]);
}
