import type { PurgeAction, Targets } from '../../config/config.js';
import { ProviderError } from '../../errors.js';
import type { HttpClient, HttpResponse } from '../../http/client.js';
import type { RateLimit } from '../../http/pacing.js';
import {
  either,
  id,
  map,
  number,
  object,
  optional,
  type Shape,
  type ShapeOf,
  string,
  word,
} from '../../http/shape.js';
import type { Logger } from '../../log.js';
import { batch } from '../../targets/list.js';
import type { CdnClient, PlannedRequest, QuotaLeft, Resource, TaskStatus } from '../provider.js';
import type { PurgeTimeModel } from '../time-model.js';
import type { RequestSigner } from './auth.js';
import { ENDPOINTS } from './endpoints.js';
import { accountLimit, endpointLimit, MAX_URLS_PER_PREFETCH, pollIntervalMs } from './limits.js';
import { isSuccessCode } from './protocol.js';
import { QUOTA } from './quota.js';
import { fullUrl, type PurgeItem, purgeItems } from './targets.js';
import { QUERY_ANSWER, readTaskStatus, type TaskQuery } from './tasks.js';
import { cdnetworksPurgeModel } from './time-model.js';

/** `POST /ccm/purge/ItemIdReceiver`: a list that would be empty is left out. */
export interface CdnetworksPurgeBody {
  urls?: string[];
  dirs?: string[];
  urlAction?: PurgeAction;
  dirAction?: PurgeAction;
}

/** The purge and prefetch answer: `Code` 1 and the task's `itemId`, or `Code` 0 and why. */
const RECEIVER_ANSWER = object({
  Code: optional(either(number, string)),
  Message: optional(string),
  itemId: optional(
    either(
      id,
      map(word(['']), () => undefined),
    ),
  ),
});

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

/** The permission `dirAction: delete` needs, as a refusal of it is explained. */
export const DIR_DELETE_HINT =
  "Directory delete (dirAction 'delete') needs a permission CDNetworks does not open by default: ask CDNetworks support to enable it, or use purge-action 'expire' or 'default' for prefixes";

/** Purge, prefetch, task status and quota of one CDNetworks account. */
export class CdnetworksCdn implements CdnClient {
  readonly pollIntervalMs = pollIntervalMs(ENDPOINTS.purgeStatus);
  readonly statusPace = {
    purge: { intervalMs: pollIntervalMs(ENDPOINTS.purgeStatus) },
    prefetch: {
      intervalMs: pollIntervalMs(ENDPOINTS.prefetchStatus),
      note: "CDNetworks lets a prefetch's status be read once every 5 minutes",
    },
  };
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

  /** Purge calls take their batch size and windows from the time model the planner uses. */
  purgeModel(_resource: Resource): PurgeTimeModel {
    return cdnetworksPurgeModel(this.options.account, this.options.purgeAction);
  }

  /** CDNetworks purges full URLs: a bare path goes on the one domain `resource` names. */
  purgeKey(target: string, _resource: Resource): string | undefined {
    try {
      return fullUrl(target, this.options.domains, 'urls');
    } catch {
      return undefined;
    }
  }

  /**
   * At most 500 urls and dirs a call. With `purge-action: delete` dirs go in
   * calls of their own: their delete needs a permission that is off by
   * default, and a refused dir call must not take URLs down with it.
   */
  planPurge(targets: Targets, resource: Resource): PlannedRequest[] {
    const model = this.purgeModel(resource);
    const items = purgeItems(targets, this.options.domains);
    const groups = model.mixed
      ? [items]
      : [items.filter((item) => item.kind === 'url'), items.filter((item) => item.kind === 'dir')];
    return groups.flatMap((group) =>
      batch(group, model.byUrl.itemsPerRequest).map((chunk) => this.purgeRequest(chunk, model)),
    );
  }

  private purgeRequest(chunk: readonly PurgeItem[], model: PurgeTimeModel): PlannedRequest {
    const action = this.options.purgeAction;
    const urls = chunk.filter((item) => item.kind === 'url').map((item) => item.value);
    const dirs = chunk.filter((item) => item.kind === 'dir').map((item) => item.value);
    const body: CdnetworksPurgeBody = {
      ...(urls.length > 0 ? { urls, urlAction: action } : {}),
      ...(dirs.length > 0 ? { dirs, dirAction: action } : {}),
    };
    return {
      kind:
        urls.length === 0
          ? model.byPrefix.name
          : dirs.length === 0
            ? model.byUrl.name
            : 'purge URLs and dirs',
      method: 'POST',
      path: ENDPOINTS.purge,
      body,
      items: chunk.map((item) => item.original),
      // the same windows as this.limits(ENDPOINTS.purge): the purge interface and the account
      limits: model.byUrl.limits,
    };
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

  /**
   * With `check-quota`: what the daily purge quota has left, read before the
   * purge is planned (the plan must fit it); undefined without `check-quota`.
   */
  async remainingQuota(): Promise<QuotaLeft | undefined> {
    if (!this.options.checkQuota) return undefined;
    const { body: quota } = await this.post(ENDPOINTS.quota, {}, QUOTA);
    return {
      urls: quota.remainingUrlQuota,
      prefixes: quota.remainingDirQuota,
      dailyUrls: quota.urlQuota,
      dailyPrefixes: quota.dirQuota,
    };
  }

  async send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }> {
    let response: HttpResponse<ShapeOf<typeof RECEIVER_ANSWER>>;
    try {
      response = await this.post(request.path, request.body, RECEIVER_ANSWER, request.limits);
    } catch (error) {
      throw withDirDeleteHint(error, request);
    }
    const { Code, Message, itemId } = response.body;
    if (!isSuccessCode(Code)) {
      const said = Message ? `: ${Message}` : '';
      throw withDirDeleteHint(
        this.error(response, request.path, `answered Code ${String(Code)}${said}`),
        request,
      );
    }
    return { taskIds: itemId === undefined ? [] : [itemId], attempts: response.attempts };
  }

  /**
   * Done and failed tasks stay so: they are read once, which spares the
   * status interfaces' budgets (10 purge and 1 prefetch status reads per 5 minutes).
   */
  async taskStatus(
    taskIds: readonly string[],
    _resource: Resource,
    kind: 'purge' | 'prefetch',
    options: { deadline?: number } = {},
  ): Promise<TaskStatus[]> {
    const path = kind === 'purge' ? ENDPOINTS.purgeStatus : ENDPOINTS.prefetchStatus;
    const query: TaskQuery = async (body) =>
      (
        await this.http.request({
          method: 'POST',
          path,
          body,
          limits: this.limits(path),
          authorize: this.options.sign.authorize,
          authorizeTickMs: this.options.sign.tickMs,
          deadline: options.deadline,
          shape: QUERY_ANSWER,
        })
      ).body;
    const statuses: TaskStatus[] = [];
    for (const id of taskIds) {
      const key = `${kind}:${id}`;
      const status = this.settled.get(key) ?? (await readTaskStatus(id, query));
      if (status.state !== 'pending') this.settled.set(key, status);
      statuses.push(status);
    }
    return statuses;
  }

  private post<T>(
    path: string,
    body: unknown,
    shape: Shape<T>,
    limits: readonly RateLimit[] = this.limits(path),
  ): Promise<HttpResponse<T>> {
    return this.http.request({
      method: 'POST',
      path,
      body,
      limits,
      shape,
      authorize: this.options.sign.authorize,
      authorizeTickMs: this.options.sign.tickMs,
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

/** A refused `dirAction: delete` call, with the permission it needs named. */
function withDirDeleteHint(error: unknown, request: PlannedRequest): unknown {
  const body = request.body as CdnetworksPurgeBody;
  // CDNetworks looked at the call and said no (a 4xx, or Code 0): not a throttle, outage or bad signature
  const status = error instanceof ProviderError ? error.status : undefined;
  const refused =
    error instanceof ProviderError &&
    error.details.throttled !== true &&
    status !== undefined &&
    status < 500 &&
    status !== 401;
  if (!refused || body.dirAction !== 'delete') return error;
  return new ProviderError(
    error.provider,
    `${error.message.replace(/\.?$/, '.')} ${DIR_DELETE_HINT}`,
    error.details,
  );
}
