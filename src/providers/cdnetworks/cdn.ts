import type { PurgeAction, Targets } from '../../config/config.js';
import { ProviderError } from '../../errors.js';
import type { HttpClient, HttpResponse } from '../../http/client.js';
import type { RateLimit } from '../../http/pacing.js';
import type { Logger } from '../../log.js';
import { batch } from '../../targets/batch.js';
import type { CdnClient, PlannedRequest, Resource, TaskStatus } from '../provider.js';
import type { RequestSigner } from './auth.js';
import { ENDPOINTS } from './endpoints.js';
import {
  accountLimit,
  endpointLimit,
  MAX_ITEMS_PER_PURGE,
  MAX_URLS_PER_PREFETCH,
  POLL_INTERVAL_MS,
  STATUS_PAGE_SIZE,
} from './limits.js';
import { isSuccessCode } from './protocol.js';
import { QuotaError, quotaShortfall, readQuota } from './quota.js';
import { fullUrl, purgeItems } from './targets.js';
import { entryState, type ResultDetail, taskStatusOf } from './tasks.js';

/** `POST /ccm/purge/ItemIdReceiver`: a list that would be empty is left out. */
export interface CdnetworksPurgeBody {
  urls?: string[];
  dirs?: string[];
  urlAction?: PurgeAction;
  dirAction?: PurgeAction;
}

interface ReceiverAnswer {
  Code?: unknown;
  Message?: string;
  itemId?: string | number;
}

interface QueryAnswer {
  count?: number | string;
  resultDetail?: ResultDetail[];
}

export interface CdnetworksCdnOptions {
  /** from `resource`: the domain for bare paths, the roots for purge-all */
  domains: readonly string[];
  /** the key rate limits count against (a hash of the access key or username) */
  account: string;
  purgeAction: PurgeAction;
  checkQuota: boolean;
  sign: RequestSigner;
  logger: Logger;
}

/** Purge, prefetch, task status and quota of one CDNetworks account. */
export class CdnetworksCdn implements CdnClient {
  readonly pollIntervalMs = POLL_INTERVAL_MS;
  private readonly settled = new Map<string, TaskStatus>();

  constructor(
    private readonly http: HttpClient,
    private readonly options: CdnetworksCdnOptions,
  ) {}

  /** CDNetworks purges by full URL: there is nothing to look up. */
  resolveResource(): Promise<Resource> {
    return Promise.resolve(this.unresolvedResource());
  }

  unresolvedResource(): Resource {
    return { id: this.options.domains.join(', ') || 'domains of the URLs' };
  }

  planPurge(targets: Targets, _resource: Resource): PlannedRequest[] {
    const action = this.options.purgeAction;
    return batch(purgeItems(targets, this.options.domains), MAX_ITEMS_PER_PURGE).map((chunk) => {
      const urls = chunk.filter((item) => item.kind === 'url').map((item) => item.value);
      const dirs = chunk.filter((item) => item.kind === 'dir').map((item) => item.value);
      const body: CdnetworksPurgeBody = {
        ...(urls.length > 0 ? { urls, urlAction: action } : {}),
        ...(dirs.length > 0 ? { dirs, dirAction: action } : {}),
      };
      return {
        kind:
          urls.length === 0
            ? 'purge dirs'
            : dirs.length === 0
              ? 'purge URLs'
              : 'purge URLs and dirs',
        method: 'POST',
        path: ENDPOINTS.purge,
        body,
        items: chunk.map((item) => item.original),
        limits: this.limits(ENDPOINTS.purge),
      };
    });
  }

  planPrefetch(urls: readonly string[], _resource: Resource): PlannedRequest[] {
    const full = urls.map((url) => fullUrl(url, this.options.domains, 'urls'));
    return batch(
      full.map((url, i) => [url, urls[i]!] as const),
      MAX_URLS_PER_PREFETCH,
    ).map((chunk) => ({
      kind: 'prefetch',
      method: 'POST',
      path: ENDPOINTS.prefetch,
      body: { urls: chunk.map(([url]) => url), isRange: 0 },
      items: chunk.map(([, original]) => original),
      limits: this.limits(ENDPOINTS.prefetch),
    }));
  }

  /** With `check-quota`: refuses, before anything is purged, a purge the daily quota cannot take. */
  async preflight(requests: readonly PlannedRequest[]): Promise<void> {
    if (!this.options.checkQuota) return;
    const bodies = requests.map((request) => request.body as CdnetworksPurgeBody);
    const needed = {
      urls: bodies.reduce((sum, body) => sum + (body.urls?.length ?? 0), 0),
      dirs: bodies.reduce((sum, body) => sum + (body.dirs?.length ?? 0), 0),
    };
    const response = await this.post(ENDPOINTS.quota, {});
    const quota = readQuota(response.body);
    if (!quota) {
      throw this.error(
        response,
        ENDPOINTS.quota,
        'the quota answer lacks urlQuota, remainingUrlQuota, dirQuota or remainingDirQuota',
      );
    }
    const shortfall = quotaShortfall(needed, quota);
    if (shortfall) {
      throw new QuotaError(
        `CDNetworks daily purge quota: ${shortfall}. Nothing was purged; purge fewer URLs, use 'prefixes', or ask CDNetworks to raise the quota (quota read in request id ${response.requestId ?? 'unknown'})`,
      );
    }
    this.options.logger.info(
      `CDNetworks quota: ${quota.remainingUrlQuota} of ${quota.urlQuota} URLs and ${quota.remainingDirQuota} of ${quota.dirQuota} directories remain today; this purge uses ${needed.urls} and ${needed.dirs}`,
    );
  }

  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    const response = await this.post<ReceiverAnswer>(request.path, request.body, request.limits);
    if (!isSuccessCode(response.body?.Code)) {
      const said = response.body?.Message ? `: ${response.body.Message}` : '';
      throw this.error(
        response,
        request.path,
        `answered Code ${String(response.body?.Code)}${said}`,
      );
    }
    const itemId = response.body.itemId;
    return {
      taskIds: itemId === undefined || itemId === '' ? [] : [String(itemId)],
      attempts: response.attempts,
    };
  }

  /** Done and failed tasks stay so: they are read once, which spares the 30-per-5-minutes budget. */
  async taskStatus(
    taskIds: readonly string[],
    _resource: Resource,
    kind: 'purge' | 'prefetch',
  ): Promise<TaskStatus[]> {
    const path = kind === 'purge' ? ENDPOINTS.purgeStatus : ENDPOINTS.prefetchStatus;
    const statuses: TaskStatus[] = [];
    for (const id of taskIds) {
      const key = `${kind}:${id}`;
      const status = this.settled.get(key) ?? (await this.readTask(path, id));
      if (status.state !== 'pending') this.settled.set(key, status);
      statuses.push(status);
    }
    return statuses;
  }

  /**
   * A task's entries, page by page until `count` are read, or until a page
   * shows an entry not yet successful: the task cannot be done then, and the
   * remaining pages would only spend the interface's request budget.
   */
  private async readTask(path: string, itemId: string): Promise<TaskStatus> {
    const entries: ResultDetail[] = [];
    for (let pageNo = 1; ; pageNo++) {
      const { body } = await this.post<QueryAnswer>(path, {
        itemId,
        pageNo,
        pageSize: STATUS_PAGE_SIZE,
      });
      const page = Array.isArray(body?.resultDetail) ? body.resultDetail : [];
      for (const entry of page) entries.push(entry);
      const count = Number(body?.count) || entries.length;
      const unfinished = page.some((entry) => entryState(entry) !== 'done');
      if (page.length === 0 || entries.length >= count || unfinished)
        return taskStatusOf(itemId, entries, count);
    }
  }

  private post<T = unknown>(
    path: string,
    body: unknown,
    limits: readonly RateLimit[] = this.limits(path),
  ): Promise<HttpResponse<T>> {
    return this.http.request<T>({
      method: 'POST',
      path,
      body,
      limits,
      authorize: this.options.sign,
    });
  }

  /** Every call counts against the account and against its own interface. */
  private limits(path: string): RateLimit[] {
    return [accountLimit(this.options.account), endpointLimit(this.options.account, path)];
  }

  private error(response: HttpResponse, path: string, message: string): ProviderError {
    return new ProviderError('cdnetworks', message, {
      status: response.status,
      requestId: response.requestId,
      action: `POST ${path}`,
      attempts: response.attempts,
    });
  }
}
