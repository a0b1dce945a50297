/**
 * Gcore CDN as Gcore's documents describe it: resources, purge by URL /
 * pattern / all and prefetch with Gcore's per-request and per-resource limits
 * (429 past them), and the purge history, whose purges finish after
 * `taskDelayMs`. Gcore keeps no prefetch status, so neither does this.
 * Where sources disagree, `GcoreCdnOptions` plays each variant.
 */
import { type EmulatorRequest, type EmulatorResponse, RateWindow } from '../server.js';
import { failure, fieldError, isStringArray, notFound } from './answers.js';

export interface GcoreResourceState {
  id: number;
  cname: string;
  secondaryHostnames: string[];
  status: 'active' | 'suspended' | 'processed' | 'deleted';
  deleted: boolean;
  name: string;
  /** the certificate bound (cdn_api.yaml `sslData`), null for none */
  sslEnabled?: boolean;
  sslData?: number | null;
}

export interface GcorePurgeRecord {
  purge_id: number;
  status: 'In progress' | 'Successful' | 'Failed' | 'Status report disabled';
  created: string;
  purge_type: 'purge_by_url' | 'purge_by_pattern' | 'purge_all';
  payload: { urls: string[] } | { paths: string[] };
  resource: { id: number; cname: string };
  doneAt: number;
}

const MINUTE = 60_000;
/** "Required range: x <= 100" (API reference, Get purges history list). */
const MAX_STATUS_LIMIT = 100;

export interface GcoreCdnOptions {
  /**
   * What a purge or prefetch answers. 'none' (default): 201 without a body, as
   * the API reference ("Successful.", no example) and both SDKs (they read no
   * body) have it; 'urls': 201 with the purged list (the older knowledge-base
   * page); 'text': 200 with a non-JSON body.
   */
  purgeAnswer?: 'none' | 'urls' | 'text';
  /**
   * The purge history's shape when `limit` is sent. 'envelope' (default):
   * `{ count, next, previous, results }` (gcore-python cdn.py: "CDN API only
   * envelopes when limit>=1"); 'bare': a bare array, as the API reference's example shows.
   */
  statusPages?: 'envelope' | 'bare';
  /**
   * Order of the history. 'oldest-first' (default): `offset` counts "from the
   * beginning of the requested period" (API reference); 'newest-first' otherwise.
   */
  statusOrder?: 'oldest-first' | 'newest-first';
}

export class GcoreCdnEmulator {
  readonly resources: GcoreResourceState[] = [
    {
      id: 123,
      cname: 'cdn.example.com',
      secondaryHostnames: ['static.example.com'],
      status: 'active',
      deleted: false,
      name: 'example',
    },
    {
      id: 456,
      cname: 'media.example.org',
      secondaryHostnames: [],
      status: 'active',
      deleted: false,
      name: 'media',
    },
  ];
  readonly purges: GcorePurgeRecord[] = [];
  readonly prefetches: { resourceId: number; paths: string[] }[] = [];
  /** a purge of a path containing this marker ends Failed */
  failMarker = '/fail-me';
  /** resources whose purges end `Status report disabled` */
  readonly statusReportsDisabled = new Set<number>();
  private nextPurgeId = 1000;
  private readonly urlPurges: RateWindow;
  private readonly pathPurges: RateWindow;
  private readonly prefetchWindow: RateWindow;

  constructor(
    scale: number,
    private readonly taskDelayMs: number,
    readonly options: GcoreCdnOptions = {},
  ) {
    this.urlPurges = new RateWindow(2, MINUTE, scale);
    this.pathPurges = new RateWindow(1, MINUTE, scale);
    this.prefetchWindow = new RateWindow(1, MINUTE, scale);
  }

  /** Answers a CDN request, or undefined when the path is not a CDN one. */
  handle(request: EmulatorRequest): EmulatorResponse | undefined {
    const { method, path } = request;
    // API reference "List CDN resources"; gcore-go cdn/cdnresource.go List
    if (method === 'GET' && path === '/cdn/resources')
      return { status: 200, body: this.resources.filter((r) => !r.deleted) };
    let match = /^\/cdn\/resources\/(\d+)$/.exec(path);
    // API reference "Get CDN resource details"; gcore-go cdn/cdnresource.go Get
    if (method === 'GET' && match) {
      const resource = this.resource(match[1]!);
      return resource ? { status: 200, body: resource } : notFound();
    }
    match = /^\/cdn\/resources\/(\d+)\/purge$/.exec(path);
    // API reference "Purge cache" (gcore.com/docs/api-reference/cdn/tools/purge-cache); gcore-go cdn/cdnresource.go Purge
    if (method === 'POST' && match) return this.purge(match[1]!, request.json);
    match = /^\/cdn\/resources\/(\d+)\/prefetch$/.exec(path);
    // API reference "Prefetch content"; gcore-go cdn/cdnresource.go Prefetch
    if (method === 'POST' && match) return this.prefetch(match[1]!, request.json);
    // API reference "Get purges history list"; gcore-go cdn/cdn.go ListPurgeStatuses
    if (method === 'GET' && path === '/cdn/purge_statuses')
      return this.purgeStatuses(request.query);
    return undefined;
  }

  private resource(id: string): GcoreResourceState | undefined {
    return this.resources.find((resource) => String(resource.id) === id && !resource.deleted);
  }

  private purge(id: string, body: unknown): EmulatorResponse {
    const resource = this.resource(id);
    if (!resource) return notFound();
    const { urls, paths } = (body ?? {}) as { urls?: unknown; paths?: unknown };
    if (urls !== undefined) {
      if (!isStringArray(urls) || urls.length === 0)
        return fieldError('urls', 'A non-empty list of paths is required.');
      if (urls.length > 100)
        return fieldError('urls', 'Ensure this field has no more than 100 elements.');
      if (urls.some((url) => !url.startsWith('/')))
        return fieldError('urls', 'Each URL must be a path starting with /.');
      if (!this.urlPurges.allow(id)) return tooMany();
      return this.recordPurge(resource, 'purge_by_url', { urls });
    }
    if (paths !== undefined) {
      if (!isStringArray(paths)) return fieldError('paths', 'A list of paths is required.');
      if (paths.length > 10)
        return fieldError('paths', 'Ensure this field has no more than 10 elements.');
      if (!this.pathPurges.allow(id)) return tooMany();
      return this.recordPurge(resource, paths.length === 0 ? 'purge_all' : 'purge_by_pattern', {
        paths,
      });
    }
    return fieldError('paths', 'This field is required.');
  }

  private recordPurge(
    resource: GcoreResourceState,
    type: GcorePurgeRecord['purge_type'],
    payload: GcorePurgeRecord['payload'],
  ): EmulatorResponse {
    this.purges.push({
      purge_id: this.nextPurgeId++,
      // with reports disabled Gcore never says more than that
      status: this.statusReportsDisabled.has(resource.id)
        ? 'Status report disabled'
        : 'In progress',
      created: new Date().toISOString(),
      purge_type: type,
      payload,
      resource: { id: resource.id, cname: resource.cname },
      doneAt: Date.now() + this.taskDelayMs,
    });
    return this.accepted(payload);
  }

  /** A purge's or prefetch's success, in the answer shape `options.purgeAnswer` names. */
  private accepted(payload: object): EmulatorResponse {
    switch (this.options.purgeAnswer ?? 'none') {
      case 'urls':
        return { status: 201, body: payload };
      case 'text':
        return { status: 200, body: 'OK', headers: { 'content-type': 'text/plain' } };
      default:
        return { status: 201 };
    }
  }

  private prefetch(id: string, body: unknown): EmulatorResponse {
    const resource = this.resource(id);
    if (!resource) return notFound();
    const { paths } = (body ?? {}) as { paths?: unknown };
    if (!isStringArray(paths) || paths.length === 0)
      return fieldError('paths', 'This field is required.');
    if (paths.length > 100)
      return fieldError('paths', 'Ensure this field has no more than 100 elements.');
    if (!this.prefetchWindow.allow(id)) return tooMany();
    this.prefetches.push({ resourceId: resource.id, paths });
    return this.accepted({ paths });
  }

  /**
   * Filtered by cname, purge type and `from_created`..`to_created` (inclusive),
   * then paged by `limit` (at most 100) and `offset` when `limit` is sent.
   */
  private purgeStatuses(query: URLSearchParams): EmulatorResponse {
    const now = Date.now();
    for (const purge of this.purges) {
      if (purge.status === 'In progress' && now >= purge.doneAt) purge.status = this.outcome(purge);
    }
    const cname = query.get('cname');
    const from = query.get('from_created');
    const to = query.get('to_created');
    const type = query.get('purge_type');
    const list = this.purges
      .filter((purge) => !cname || purge.resource.cname === cname)
      .filter((purge) => !from || Date.parse(purge.created) >= Date.parse(from))
      .filter((purge) => !to || Date.parse(purge.created) <= Date.parse(to))
      .filter((purge) => !type || purge.purge_type === type)
      .map(({ doneAt: _doneAt, ...visible }) => visible);
    if (this.options.statusOrder === 'newest-first') list.reverse();
    const limit = query.get('limit');
    if (limit === null) return { status: 200, body: list };
    const size = Number(limit);
    const offset = Number(query.get('offset') ?? 0);
    if (!Number.isInteger(size) || size < 1 || size > MAX_STATUS_LIMIT)
      return fieldError('limit', `Ensure this value is less than or equal to ${MAX_STATUS_LIMIT}.`);
    if (!Number.isInteger(offset) || offset < 0)
      return fieldError('offset', 'A valid integer is required.');
    const page = list.slice(offset, offset + size);
    if (this.options.statusPages === 'bare') return { status: 200, body: page };
    return {
      status: 200,
      body: { count: list.length, next: null, previous: null, results: page },
    };
  }

  private outcome(purge: GcorePurgeRecord): GcorePurgeRecord['status'] {
    const items = 'urls' in purge.payload ? purge.payload.urls : purge.payload.paths;
    return items.some((item) => item.includes(this.failMarker)) ? 'Failed' : 'Successful';
  }
}

function tooMany(): EmulatorResponse {
  return failure(429, 'Request was throttled.');
}
