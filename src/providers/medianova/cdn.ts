import type { Targets } from '../../config/config.js';
import { InputError, ProviderError } from '../../errors.js';
import { asciiHostname } from '../../hostnames.js';
import { readPages } from '../../http/pages.js';
import {
  array,
  either,
  id,
  map,
  nullable,
  number,
  numeric,
  object,
  optional,
  type ShapeOf,
  string,
} from '../../http/shape.js';
import { batch } from '../../targets/list.js';
import { resourcePathOf, toResourcePaths } from '../../targets/resource-paths.js';
import type { CdnClient, PlannedRequest, Resource, TaskStatus } from '../provider.js';
import type { PurgeTimeModel, RequestKind } from '../time-model.js';
import type { MedianovaAuth } from './auth.js';
import { ENDPOINTS } from './endpoints.js';
import {
  jobLimit,
  MAX_JOB_STATUS_PAGES,
  MAX_LIST_ITEMS,
  MAX_LIST_PAGES,
  MAX_PATHS_PER_REQUEST,
  POLL_INTERVAL_MS,
  STATUS_PAGE_LIMIT,
} from './limits.js';
import { checkPrefetchPaths, hasWildcard, toWildcardPath, WILDCARD_HINT } from './paths.js';
import { medianovaPurgeModel } from './time-model.js';

/** One entry of the resource list (unofficial shape). */
const RESOURCE = object({
  resource_uuid: id,
  resource_name: optional(string),
  cdn_url: optional(string),
  alias_domain: optional(
    either(
      array(string),
      map(string, (alias) => [alias]),
    ),
  ),
});
export type MedianovaResource = ShapeOf<typeof RESOURCE>;

const RESOURCE_PAGE = object({
  data: object({
    last_page: optional(numeric),
    total: optional(numeric),
    data: array(RESOURCE),
  }),
});

/** One URL of a purge or prefetch job, as the status call lists it. */
const JOB_REQUEST = object({
  opID: optional(id),
  url: optional(string),
  /** opaque code: reported with the message; only a failure word in it is read */
  status: optional(either(number, string)),
  message: optional(string),
  /** a state word, should an answer carry one */
  state: optional(string),
  createdAt: nullable(string),
  startedAt: nullable(string),
  completedAt: nullable(string),
});
export type JobRequest = Partial<ShapeOf<typeof JOB_REQUEST>>;

const JOB_STATUS_PAGE = object({
  data: object({ total: optional(numeric), requests: array(JOB_REQUEST) }),
});

const JOB_ANSWER = optional(object({ opID: optional(id) }));

interface JobBody {
  resource_uuid: string;
  file_path: string[];
}

type JobKind = 'purge' | 'prefetch';

export interface MedianovaCdnOptions {
  organization: string;
  /** the `resource` input: a uuid, or a hostname (it has a dot) */
  resource: string;
  /** some target is a full URL, so the resource's hostnames are needed to check it */
  checkHosts: boolean;
}

/** Purge, prefetch and job statuses of one Medianova CDN resource. */
export class MedianovaCdn implements CdnClient {
  readonly pollIntervalMs = POLL_INTERVAL_MS;

  constructor(
    private readonly auth: MedianovaAuth,
    private readonly options: MedianovaCdnOptions,
  ) {}

  /** A hostname is looked up only when sending: a dry run shows where its uuid goes. */
  unresolvedResource(): Resource {
    const input = this.options.resource;
    return { id: input.includes('.') ? `<uuid of ${input}>` : input };
  }

  /**
   * A uuid is used as given when no host has to be checked; otherwise the
   * (paginated) resource list is read once, up to the first match.
   */
  async resolveResource(): Promise<Resource> {
    const { resource: input, organization, checkHosts } = this.options;
    const byHost = input.includes('.');
    if (!byHost && !checkHosts) return { id: input };
    const wanted = byHost ? asciiHostname(input) : input.toLowerCase();
    const { match, checked } = await this.findResource((resource) =>
      byHost
        ? hostnamesOf(resource).includes(wanted)
        : resource.resource_uuid.toLowerCase() === wanted,
    );
    if (!match) {
      throw new InputError(
        'resource',
        byHost
          ? `no Medianova CDN resource in organization ${organization} has the hostname '${input}' (checked ${checked} resources' cdn_url and alias_domain)`
          : `no Medianova CDN resource in organization ${organization} has the uuid '${input}' (checked ${checked} resources)`,
      );
    }
    return { id: match.resource_uuid, hostnames: hostnamesOf(match) };
  }

  /** Purge jobs take their batch size and (assumed) window from the time model the planner uses. */
  purgeModel(resource: Resource): PurgeTimeModel {
    return medianovaPurgeModel(resource.id);
  }

  /** Medianova purges by path for every hostname of the resource. */
  purgeKey(target: string, resource: Resource): string | undefined {
    return resourcePathOf(target, resource);
  }

  planPurge(targets: Targets, resource: Resource): PlannedRequest[] {
    const { byUrl, byPrefix } = this.purgeModel(resource);
    if (targets.purgeAll)
      return this.jobs({ ...byPrefix, name: 'purge all' }, 'purge', resource, ['/*'], ['/*']);
    const urlPaths = toResourcePaths(targets.urls, resource, 'urls');
    const wildcards = toResourcePaths(targets.prefixes, resource, 'prefixes').map(toWildcardPath);
    return [
      ...this.jobs(byUrl, 'purge', resource, urlPaths, targets.urls),
      ...this.jobs(byPrefix, 'purge', resource, wildcards, targets.prefixes),
    ];
  }

  planPrefetch(urls: readonly string[], resource: Resource): PlannedRequest[] {
    const paths = toResourcePaths(urls, resource, 'urls');
    checkPrefetchPaths(paths);
    const prefetch: RequestKind = {
      name: 'prefetch',
      itemsPerRequest: MAX_PATHS_PER_REQUEST,
      limits: [jobLimit(resource.id, 'prefetch')],
    };
    return this.jobs(prefetch, 'prefetch', resource, paths, urls);
  }

  /** Medianova refused a job for its wildcards (the resource's "Wildcard Purge Suffix" is off). */
  isPrefixRefusal(error: unknown, request: PlannedRequest): boolean {
    return (
      error instanceof ProviderError &&
      isRefusal(error) &&
      hasWildcard((request.body as JobBody).file_path)
    );
  }

  /** Sends one job; its `opID` is the task id. A refused wildcard gets the option's name. */
  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    const body = request.body as JobBody;
    try {
      const response = await this.auth.send({
        method: request.method,
        path: request.path,
        body,
        limits: request.limits,
        shape: JOB_ANSWER,
      });
      const opId = response.body?.opID;
      const taskIds = opId === undefined ? [] : [opId];
      return { taskIds, attempts: response.attempts };
    } catch (error) {
      if (error instanceof ProviderError && this.isPrefixRefusal(error, request)) {
        throw new ProviderError(
          error.provider,
          `${error.message.replace(/\.?$/, '.')} ${WILDCARD_HINT}`,
          { ...error.details, hinted: true },
        );
      }
      throw error;
    }
  }

  async taskStatus(
    taskIds: readonly string[],
    resource: Resource,
    kind: JobKind,
    options: { deadline?: number } = {},
  ): Promise<TaskStatus[]> {
    const statuses: TaskStatus[] = [];
    for (const id of taskIds) {
      statuses.push(jobState(id, await this.jobRequests(resource, kind, id, options.deadline)));
    }
    return statuses;
  }

  private jobs(
    kind: RequestKind,
    job: JobKind,
    resource: Resource,
    paths: readonly string[],
    originals: readonly string[],
  ): PlannedRequest[] {
    const path = ENDPOINTS.job(this.options.organization, resource.id, job);
    const size = kind.itemsPerRequest;
    return batch(paths, size).map((filePaths, index) => ({
      kind: kind.name,
      method: 'POST',
      path,
      body: { resource_uuid: resource.id, file_path: filePaths },
      items: originals.slice(index * size, (index + 1) * size),
      limits: kind.limits,
    }));
  }

  /** Reads the resource list (readPages) up to the first resource that `isWanted`. */
  private async findResource(
    isWanted: (resource: MedianovaResource) => boolean,
  ): Promise<{ match?: MedianovaResource; checked: number }> {
    const list = await readPages(
      async (page) => {
        const { body } = await this.auth.send({
          method: 'GET',
          path: ENDPOINTS.resources(this.options.organization),
          query: { page },
          shape: RESOURCE_PAGE,
        });
        const { data } = body;
        return { items: data.data, total: data.total, lastPage: data.last_page };
      },
      (resource) => resource.resource_uuid,
      { maxPages: MAX_LIST_PAGES, maxItems: MAX_LIST_ITEMS },
      (resources) => resources.some(isWanted),
    );
    return { match: list.items.find(isWanted), checked: list.items.length };
  }

  /** Every URL of job `opId`, across the status call's pages (readPages). */
  private async jobRequests(
    resource: Resource,
    kind: JobKind,
    opId: string,
    deadline: number | undefined,
  ): Promise<JobRequest[]> {
    const list = await readPages(
      async (page) => {
        const { body } = await this.auth.send({
          method: 'GET',
          path: ENDPOINTS.job(this.options.organization, resource.id, kind),
          query: { page, limit: STATUS_PAGE_LIMIT, opID: opId },
          deadline,
          shape: JOB_STATUS_PAGE,
        });
        return { items: body.data.requests, total: body.data.total };
      },
      // a job lists each of its URLs once; the entry itself keys one without a URL
      (request) => `${request.opID ?? ''} ${request.url ?? JSON.stringify(request)}`,
      {
        maxPages: MAX_JOB_STATUS_PAGES,
        maxItems: MAX_JOB_STATUS_PAGES * STATUS_PAGE_LIMIT,
        pageSize: STATUS_PAGE_LIMIT,
      },
    );
    return list.items.filter((request) => request.opID === undefined || request.opID === opId);
  }
}

/** A resource's hostnames: `cdn_url` and every `alias_domain`, bare and lower case. */
export function hostnamesOf(resource: MedianovaResource): string[] {
  return [resource.cdn_url, ...(resource.alias_domain ?? [])]
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) =>
      asciiHostname(
        name
          .trim()
          .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
          .replace(/[/:].*$/, ''),
      ),
    );
}

/**
 * A job failed when any URL of it says so: Medianova's panel shows jobs as
 * Running, Successful or Failed ("Manage Purge", clients.medianova.com), and
 * the API reports a word in `message` (or a string status) rather than a
 * documented code. Otherwise a job is done when every URL has `completedAt`.
 * The integer status codes are undocumented: shown with their message, never
 * read on their own.
 */
export function jobState(id: string, requests: readonly JobRequest[]): TaskStatus {
  if (requests.length === 0)
    return { id, state: 'pending', detail: 'not listed by Medianova (yet)' };
  const finished = requests.filter((request) => !!request.completedAt).length;
  const failed = requests.filter(saysFailed);
  const labels = new Map<string, number>();
  for (const request of failed.length > 0 ? failed : requests) {
    const label = `status ${request.status ?? '?'}${request.message ? `: ${request.message}` : ''}`;
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const codes = [...labels].map(([label, count]) => (count > 1 ? `${label} (×${count})` : label));
  if (failed.length > 0) {
    const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
    return {
      id,
      state: 'failed',
      detail: `${failed.length} of ${requests.length} failed${example}; ${codes.join(', ')}`,
    };
  }
  return {
    id,
    state: finished === requests.length ? 'done' : 'pending',
    detail: `${finished} of ${requests.length} finished; ${codes.join(', ')}`,
  };
}

const FAILURE_WORDS = /fail|error/i;

function saysFailed(request: JobRequest): boolean {
  return [request.message, request.status, request.state].some(
    (word) => typeof word === 'string' && FAILURE_WORDS.test(word),
  );
}

/** Medianova saw the request and said no (not a throttle, outage or expired token). */
function isRefusal(error: ProviderError): boolean {
  const status = error.status;
  return status !== undefined && status < 500 && status !== 401 && status !== 429;
}
