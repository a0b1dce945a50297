import type { Targets } from '../../config/config.js';
import { InputError } from '../../errors.js';
import type { HttpClient } from '../../http/client.js';
import { batch } from '../../targets/batch.js';
import { toResourcePaths } from '../../targets/resource-paths.js';
import type { CdnClient, PlannedRequest, Resource, TaskState, TaskStatus } from '../provider.js';
import {
  MAX_PATHS_PER_PREFETCH,
  MAX_PATTERNS_PER_PURGE,
  MAX_URLS_PER_PURGE,
  POLL_INTERVAL_MS,
  patternPurgeLimit,
  prefetchLimit,
  urlPurgeLimit,
} from './limits.js';

interface GcoreResource {
  id: number;
  cname: string;
  secondaryHostnames?: string[];
  status?: string;
  deleted?: boolean;
}

interface GcorePurgeStatus {
  purge_id: number | string;
  status: string;
  created?: string;
  purge_type?: string;
  payload?: { urls?: string[]; paths?: string[] };
  resource?: { id: number; cname: string };
}

/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES: Record<string, TaskState> = {
  'In progress': 'pending',
  Successful: 'done',
  Failed: 'failed',
  'Status report disabled': 'done',
};

/** Purge, prefetch and purge statuses of one Gcore CDN resource. */
export class GcoreCdn implements CdnClient {
  readonly pollIntervalMs = POLL_INTERVAL_MS;

  constructor(
    private readonly http: HttpClient,
    private readonly resourceInput: string,
    private readonly authorize: () => Promise<Record<string, string>>,
  ) {}

  unresolvedResource(): Resource {
    return { id: this.resourceInput };
  }

  /** An id is read directly; a hostname is matched against the resource list. */
  async resolveResource(): Promise<Resource> {
    const input = this.resourceInput;
    if (/^\d+$/.test(input)) {
      const found = await this.get<GcoreResource>(`/cdn/resources/${input}`);
      return toResource(found);
    }
    const host = input.toLowerCase();
    const all = listItems<GcoreResource>(await this.get<unknown>('/cdn/resources'));
    const match = all.find(
      (resource) =>
        !resource.deleted &&
        (resource.cname.toLowerCase() === host ||
          (resource.secondaryHostnames ?? []).some((name) => name.toLowerCase() === host)),
    );
    if (!match) {
      throw new InputError(
        'resource',
        `no Gcore CDN resource has the hostname '${input}' (checked ${all.length} resources' cname and secondaryHostnames)`,
      );
    }
    return toResource(match);
  }

  planPurge(targets: Targets, resource: Resource): PlannedRequest[] {
    const path = `/cdn/resources/${resource.id}/purge`;
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
    const urlPaths = toResourcePaths(targets.urls, resource, 'urls');
    const patterns = toResourcePaths(targets.prefixes, resource, 'prefixes');
    const byUrl = batch(
      urlPaths.map((p, i) => [p, targets.urls[i]!] as const),
      MAX_URLS_PER_PURGE,
    ).map(
      (chunk): PlannedRequest => ({
        kind: 'purge by URL',
        method: 'POST',
        path,
        body: { urls: chunk.map(([p]) => p) },
        items: chunk.map(([, original]) => original),
        limits: [urlPurgeLimit(resource.id)],
      }),
    );
    const byPattern = batch(
      patterns.map((p, i) => [p, targets.prefixes[i]!] as const),
      MAX_PATTERNS_PER_PURGE,
    ).map(
      (chunk): PlannedRequest => ({
        kind: 'purge by pattern',
        method: 'POST',
        path,
        body: { paths: chunk.map(([p]) => p) },
        items: chunk.map(([, original]) => original),
        limits: [patternPurgeLimit(resource.id)],
      }),
    );
    return [...byUrl, ...byPattern];
  }

  planPrefetch(urls: readonly string[], resource: Resource): PlannedRequest[] {
    const paths = toResourcePaths(urls, resource, 'urls');
    return batch(
      paths.map((p, i) => [p, urls[i]!] as const),
      MAX_PATHS_PER_PREFETCH,
    ).map((chunk) => ({
      kind: 'prefetch',
      method: 'POST',
      path: `/cdn/resources/${resource.id}/prefetch`,
      body: { paths: chunk.map(([p]) => p) },
      items: chunk.map(([, original]) => original),
      limits: [prefetchLimit(resource.id)],
    }));
  }

  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    const response = await this.http.request({
      method: request.method,
      path: request.path,
      body: request.body,
      limits: request.limits,
      headers: await this.authorize(),
    });
    return { taskIds: [], attempts: response.attempts };
  }

  /** The purge call returns no id: find this run's purges by cname, time and payload. */
  async findTaskIds(
    sent: readonly PlannedRequest[],
    resource: Resource,
    since: number,
  ): Promise<string[]> {
    const purges = sent.filter((request) => request.path.endsWith('/purge'));
    if (purges.length === 0 || !resource.cname) return [];
    const statuses = await this.statuses(resource, new Date(since - 60_000).toISOString());
    const ids: string[] = [];
    const taken = new Set<string>();
    for (const request of purges) {
      const sentPayload = payloadKey(request.body as GcorePurgeStatus['payload']);
      const match = statuses.find(
        (status) =>
          !taken.has(String(status.purge_id)) && payloadKey(status.payload) === sentPayload,
      );
      if (match) {
        taken.add(String(match.purge_id));
        ids.push(String(match.purge_id));
      }
    }
    return ids;
  }

  async taskStatus(taskIds: readonly string[], resource: Resource): Promise<TaskStatus[]> {
    const statuses = await this.statuses(resource);
    return taskIds.map((id) => {
      const found = statuses.find((status) => String(status.purge_id) === id);
      if (!found) return { id, state: 'pending', detail: 'not listed by Gcore (yet)' };
      const state = STATUS_STATES[found.status] ?? 'pending';
      const detail =
        found.status === 'Status report disabled'
          ? 'status report disabled: accepted, not verifiable'
          : found.status;
      return { id, state, detail };
    });
  }

  private async statuses(resource: Resource, fromCreated?: string): Promise<GcorePurgeStatus[]> {
    const response = await this.http.request<unknown>({
      method: 'GET',
      path: '/cdn/purge_statuses',
      query: { cname: resource.cname, from_created: fromCreated },
      headers: await this.authorize(),
    });
    return listItems<GcorePurgeStatus>(response.body);
  }

  private async get<T>(path: string): Promise<T> {
    const response = await this.http.request<T>({
      method: 'GET',
      path,
      headers: await this.authorize(),
    });
    return response.body;
  }
}

function toResource(found: GcoreResource): Resource {
  return {
    id: String(found.id),
    cname: found.cname,
    hostnames: [found.cname, ...(found.secondaryHostnames ?? [])].filter(Boolean),
  };
}

/** Gcore lists are a bare array, or `{ results: [...] }` when paginated. */
export function listItems<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const results = (body as { results?: unknown } | undefined)?.results;
  return Array.isArray(results) ? (results as T[]) : [];
}

function payloadKey(payload: GcorePurgeStatus['payload']): string {
  const items = payload?.urls ?? payload?.paths ?? [];
  return JSON.stringify([payload?.urls ? 'urls' : 'paths', [...items].sort()]);
}
