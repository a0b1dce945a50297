/**
 * Gcore CDN (and, as it grows, IAM) as the emulator speaks it. Mirrors
 * src/providers/gcore: per-request limits, per-resource rate limits answered
 * with 429, purge statuses that finish after `taskDelayMs`.
 */
import {
  type EmulatorRequest,
  type EmulatorResponse,
  type ProviderModule,
  RateWindow,
} from './server.js';

export interface GcoreResourceState {
  id: number;
  cname: string;
  secondaryHostnames: string[];
  status: 'active' | 'suspended' | 'processed' | 'deleted';
  deleted: boolean;
  name: string;
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

export interface GcoreOptions {
  /** multiplies every rate-limit window (CDNKIT_PACING_SCALE's counterpart) */
  scale?: number;
  /** ms after which a purge status turns Successful */
  taskDelayMs?: number;
  /** permanent API tokens the emulator accepts */
  apiTokens?: string[];
}

const MINUTE = 60_000;

export class GcoreEmulator implements ProviderModule {
  readonly name = 'gcore';
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
  readonly apiTokens: Set<string>;
  /** a purge of a path containing this marker ends Failed */
  failMarker = '/fail-me';
  private nextPurgeId = 1000;
  private readonly urlPurges: RateWindow;
  private readonly pathPurges: RateWindow;
  private readonly prefetchWindow: RateWindow;
  private readonly taskDelayMs: number;

  constructor(options: GcoreOptions = {}) {
    const scale = options.scale ?? 1;
    this.urlPurges = new RateWindow(2, MINUTE * scale);
    this.pathPurges = new RateWindow(1, MINUTE * scale);
    this.prefetchWindow = new RateWindow(1, MINUTE * scale);
    this.taskDelayMs = options.taskDelayMs ?? 0;
    this.apiTokens = new Set(options.apiTokens ?? ['7711$gcore-test-token-secret']);
  }

  handle(request: EmulatorRequest): EmulatorResponse {
    if (!this.authenticated(request)) {
      return { status: 401, body: { message: 'Invalid authentication credentials' } };
    }
    const { method, path } = request;
    if (method === 'GET' && path === '/cdn/resources')
      return { status: 200, body: this.resources.filter((r) => !r.deleted) };
    let match = /^\/cdn\/resources\/(\d+)$/.exec(path);
    if (method === 'GET' && match) {
      const resource = this.resource(match[1]!);
      return resource ? { status: 200, body: resource } : notFound();
    }
    match = /^\/cdn\/resources\/(\d+)\/purge$/.exec(path);
    if (method === 'POST' && match) return this.purge(match[1]!, request.json);
    match = /^\/cdn\/resources\/(\d+)\/prefetch$/.exec(path);
    if (method === 'POST' && match) return this.prefetch(match[1]!, request.json);
    if (method === 'GET' && path === '/cdn/purge_statuses')
      return this.purgeStatuses(request.query);
    return notFound();
  }

  private authenticated(request: EmulatorRequest): boolean {
    const header = request.headers.authorization ?? '';
    const apiKey = /^apikey\s+(.+)$/i.exec(header);
    return apiKey !== null && this.apiTokens.has(apiKey[1]!);
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
    const items = 'urls' in payload ? payload.urls : payload.paths;
    this.purges.push({
      purge_id: this.nextPurgeId++,
      status: 'In progress',
      created: new Date().toISOString(),
      purge_type: type,
      payload,
      resource: { id: resource.id, cname: resource.cname },
      doneAt: Date.now() + this.taskDelayMs,
    });
    void items;
    return { status: 201, body: payload };
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
    return { status: 201, body: { paths } };
  }

  private purgeStatuses(query: URLSearchParams): EmulatorResponse {
    const now = Date.now();
    for (const purge of this.purges) {
      if (purge.status === 'In progress' && now >= purge.doneAt) {
        const items = 'urls' in purge.payload ? purge.payload.urls : purge.payload.paths;
        purge.status = items.some((item) => item.includes(this.failMarker))
          ? 'Failed'
          : 'Successful';
      }
    }
    const cname = query.get('cname');
    const from = query.get('from_created');
    const type = query.get('purge_type');
    const list = this.purges
      .filter((purge) => !cname || purge.resource.cname === cname)
      .filter((purge) => !from || purge.created >= from)
      .filter((purge) => !type || purge.purge_type === type)
      .map(({ doneAt: _doneAt, ...visible }) => visible)
      .reverse();
    return { status: 200, body: list };
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function notFound(): EmulatorResponse {
  return { status: 404, body: { message: 'Not found.' } };
}

function fieldError(field: string, message: string): EmulatorResponse {
  return { status: 400, body: { errors: { [field]: [message] } } };
}

function tooMany(): EmulatorResponse {
  return { status: 429, body: { message: 'Request was throttled.' } };
}
