/**
 * CDNetworks' Content Management API as its documents describe it
 * (documents.cdnetworks.com API pages; cdnetworks-api/cdnetworks-sdk-go). It
 * verifies both signatures with its own code (never importing src/), refuses a
 * replayed AK/SK signature, keeps each interface's per-user limit (429 past it)
 * and the account's (446 `WPLUS_AccountApiTooFrequence`), takes dirs only in the
 * documented `http://domain/…/` form and refuses `dirAction: delete` without
 * its permission. Every answer carries `x-cnc-request-id`. Where sources
 * disagree, `CdnetworksOptions` plays each variant.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  type CdnetworksCertificateOptions,
  CdnetworksCertificatesEmulator,
} from './cdnetworks-certificates.js';
import {
  type EmulatorRequest,
  type EmulatorResponse,
  type ProviderModule,
  RateWindow,
} from './server.js';

export interface CdnetworksAccount {
  /** API-Key auth */
  username: string;
  apiKey: string;
  /** AK/SK auth */
  accessKey: string;
  secretKey: string;
}

export interface CdnetworksQuota {
  urlQuota: number;
  remainingUrlQuota: number;
  dirQuota: number;
  remainingDirQuota: number;
}

export interface CdnetworksOptions {
  /** multiplies the 5-minute rate windows (CDNKIT_PACING_SCALE's counterpart) */
  scale?: number;
  /** ms over which a task's entries go wait -> run -> success */
  taskDelayMs?: number;
  account?: Partial<CdnetworksAccount>;
  quota?: Partial<CdnetworksQuota>;
  /**
   * Refuse an AK/SK signature already seen within 5 minutes (default true):
   * "Identical x-cnc-timestamp, within 5 min … does not allow for repetition"
   * (documents.cdnetworks.com/document/api-doc/ak-sk-authentication, Signature).
   */
  rejectReplays?: boolean;
  /**
   * Schemes a dir may start with. 'http' (default): "It must start with
   * 'http://domain name/'" (cdnetworks-sdk-go cacherefresh/models.go
   * PurgeRequest.Dirs); 'http-or-https': as third-party scripts send them.
   */
  dirSchemes?: 'http' | 'http-or-https';
  /**
   * The account may send `dirAction: delete` (default false: "the permission
   * does not open by default", PurgeRequest.DirAction). The refusal's shape is
   * not documented: a 200 with `Code: 0` and a message, as other failures.
   */
  dirDeletePermitted?: boolean;
  certificates?: CdnetworksCertificateOptions;
}

export interface CdnetworksTask {
  itemId: string;
  kind: 'purge' | 'prefetch';
  entries: { url: string; isDir: boolean }[];
  createdAt: number;
}

export const DEFAULT_CDNETWORKS_ACCOUNT: CdnetworksAccount = {
  username: 'cdnkit-user',
  apiKey: 'cdnetworks-test-api-key',
  accessKey: 'cdnetworks-test-access-key',
  secretKey: 'cdnetworks-test-secret-key',
};
/** CDNetworks' default daily quotas. */
export const DEFAULT_CDNETWORKS_QUOTA: CdnetworksQuota = {
  urlQuota: 5000,
  remainingUrlQuota: 5000,
  dirQuota: 500,
  remainingDirQuota: 500,
};

const FIVE_MINUTES = 5 * 60_000;
const MAX_SKEW_MS = 5 * 60_000;
const PURGE_ACTIONS = ['default', 'delete', 'expire'];
/** Calls per user per 5 minutes at the account level (seed 003). */
const ACCOUNT_CALLS = 300;
/**
 * Per interface, each API page's "single user call frequency"
 * (documents.cdnetworks.com Content Management API: Purge 10/5min,
 * QueryPurgeStatus 10/5min, QueryPrefetchStatus 1/5min); others the seed's 30.
 */
const INTERFACE_CALLS: Readonly<Record<string, number>> = {
  'POST /ccm/purge/ItemIdReceiver': 10,
  'POST /ccm/purge/ItemIdQuery': 10,
  'POST /ccm/fetch/ItemIdQuery': 1,
};
const DEFAULT_INTERFACE_CALLS = 30;

type Answer = EmulatorResponse;

export class CdnetworksEmulator implements ProviderModule {
  readonly name = 'cdnetworks';
  readonly account: CdnetworksAccount;
  /** today's quota; purges consume it */
  quota: CdnetworksQuota;
  readonly tasks = new Map<string, CdnetworksTask>();
  readonly certificates: CdnetworksCertificatesEmulator;
  /** a task entry whose URL contains this marker ends in `failure` */
  failMarker = '/fail-me';
  rejectReplays: boolean;
  dirSchemes: 'http' | 'http-or-https';
  dirDeletePermitted: boolean;
  private readonly accountWindow: RateWindow;
  private readonly interfaceWindows = new Map<string, RateWindow>();
  private readonly scale: number;
  /** AK/SK signatures seen, with when, for the replay check */
  private readonly signatures = new Map<string, number>();
  private readonly taskDelayMs: number;
  private nextRequest = 1;
  private nextItem = 1;

  constructor(options: CdnetworksOptions = {}) {
    this.scale = options.scale ?? 1;
    this.accountWindow = new RateWindow(ACCOUNT_CALLS, FIVE_MINUTES, this.scale);
    this.rejectReplays = options.rejectReplays ?? true;
    this.dirSchemes = options.dirSchemes ?? 'http';
    this.dirDeletePermitted = options.dirDeletePermitted ?? false;
    this.taskDelayMs = options.taskDelayMs ?? 0;
    this.account = { ...DEFAULT_CDNETWORKS_ACCOUNT, ...options.account };
    this.quota = { ...DEFAULT_CDNETWORKS_QUOTA, ...options.quota };
    this.certificates = new CdnetworksCertificatesEmulator(options.certificates);
  }

  handle(request: EmulatorRequest): EmulatorResponse {
    const requestId = `cnc-${String(this.nextRequest++).padStart(6, '0')}`;
    const answer = this.answer(request, requestId);
    return { ...answer, headers: { 'x-cnc-request-id': requestId, ...answer.headers } };
  }

  private answer(request: EmulatorRequest, requestId: string): Answer {
    const denied = this.authenticate(request);
    if (denied) return denied;
    const throttled = this.throttle(`${request.method} ${request.path}`);
    if (throttled) return throttled;
    const certificates = this.certificates.handle(request, requestId);
    if (certificates) return certificates;
    const body = (request.json ?? {}) as Record<string, unknown>;
    if (request.method !== 'POST') return error(405, 'MethodNotAllowed', 'Use POST');
    switch (request.path) {
      // cdnetworks-sdk-go cacherefresh README "Purge"; models.go PurgeRequest
      case '/ccm/purge/ItemIdReceiver':
        return this.purge(body);
      // cdnetworks-sdk-go fileprefetch README "Prefetch"; models.go
      case '/ccm/fetch/ItemIdReceiver':
        return this.prefetch(body);
      // cdnetworks-sdk-go cacherefresh README "Getpurgestatus"; models.go GetPurgeStatusRequest
      case '/ccm/purge/ItemIdQuery':
        return this.query('purge', body);
      // documents.cdnetworks.com API page "QueryPrefetchStatus"; cdnetworks-sdk-go fileprefetch README
      case '/ccm/fetch/ItemIdQuery':
        return this.query('prefetch', body);
      // cdnetworks-sdk-go cacherefresh README "Getpurgequota"
      case '/ccm/purge/quota':
        return { status: 200, body: { Code: 1, Message: 'success', ...this.quota } };
      default:
        return error(404, 'NotFound', `no API at ${request.path}`);
    }
  }

  /** 446 past the account's 300 calls, 429 past the interface's own limit, per 5 minutes. */
  private throttle(api: string): Answer | undefined {
    if (!this.accountWindow.allow('account')) {
      return {
        status: 446,
        body: {
          code: 'WPLUS_AccountApiTooFrequence',
          message: 'The account calls the API too frequently',
        },
      };
    }
    let window = this.interfaceWindows.get(api);
    if (!window) {
      const calls = INTERFACE_CALLS[api] ?? DEFAULT_INTERFACE_CALLS;
      window = new RateWindow(calls, FIVE_MINUTES, this.scale);
      this.interfaceWindows.set(api, window);
    }
    return window.allow('user')
      ? undefined
      : error(429, 'TooManyRequests', `${api} allows fewer calls per 5 minutes`);
  }

  /** AK/SK when `x-cnc-auth-method: AKSK`, else API-Key (Basic); undefined when accepted. */
  private authenticate(request: EmulatorRequest): Answer | undefined {
    const { headers } = request;
    if ((headers['x-cnc-auth-method'] ?? '').toUpperCase() === 'AKSK')
      return this.verifyAksk(request);
    const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
    if (!basic) return error(401, 'AuthFailure', 'Missing or unsupported Authorization header');
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const username = decoded.slice(0, colon);
    if (colon < 0 || username !== this.account.username)
      return error(401, 'UserNameInvalid', 'The user name does not exist');
    const date = headers['x-cnc-date'] ?? headers.date;
    if (!date) return error(401, 'AuthFailure', 'The Date header is missing');
    const skewed = this.skewed(Date.parse(date));
    if (skewed) return skewed;
    const expected = createHmac('sha1', this.account.apiKey).update(date).digest('base64');
    return same(decoded.slice(colon + 1), expected)
      ? undefined
      : error(401, 'AuthFailure', 'The signature of the API key does not match');
  }

  private verifyAksk(request: EmulatorRequest): Answer | undefined {
    const { headers } = request;
    const match =
      /^CNC-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(
        headers.authorization ?? '',
      );
    if (!match) return error(401, 'AuthFailure', 'Malformed CNC-HMAC-SHA256 Authorization');
    const [, credential, signedHeaders, signature] = match as unknown as string[];
    if (credential !== this.account.accessKey || headers['x-cnc-accesskey'] !== credential)
      return error(401, 'InvalidAccessKeyId', 'The access key does not exist');
    const timestamp = headers['x-cnc-timestamp'] ?? '';
    if (!/^\d+$/.test(timestamp)) return error(401, 'AuthFailure', 'x-cnc-timestamp is missing');
    const skewed = this.skewed(Number(timestamp) * 1000);
    if (skewed) return skewed;

    const names = signedHeaders!.split(';');
    if (!names.includes('host') || !names.includes('content-type'))
      return error(401, 'AuthFailure', 'SignedHeaders must include content-type and host');
    const canonicalHeaders = [...names]
      .sort()
      .map((name) => `${name}:${(headers[name] ?? '').trim().toLowerCase()}\n`)
      .join('');
    const query =
      request.method === 'POST'
        ? ''
        : [...request.query.entries()].map(([key, value]) => `${key}=${value}`).join('&');
    const hashedBody = hex(request.method === 'GET' ? '' : request.body);
    const canonical = [
      request.method,
      request.rawPath,
      query,
      canonicalHeaders,
      names.join(';'),
      hashedBody,
    ].join('\n');
    const expected = createHmac('sha256', this.account.secretKey)
      .update(`CNC-HMAC-SHA256\n${timestamp}\n${hex(canonical)}`)
      .digest('hex');
    if (!same(signature!, expected))
      return error(401, 'SignatureDoesNotMatch', 'The request signature does not match');
    return this.replayed(signature!);
  }

  /** A signature (so a timestamp) seen within 5 minutes is a replay. */
  private replayed(signature: string): Answer | undefined {
    if (!this.rejectReplays) return undefined;
    const now = Date.now();
    for (const [seen, at] of this.signatures) {
      if (at > now - MAX_SKEW_MS) break;
      this.signatures.delete(seen);
    }
    if (this.signatures.has(signature))
      return error(
        401,
        'AuthFailure',
        'The same x-cnc-timestamp and signature were already used within 5 minutes',
      );
    this.signatures.set(signature, now);
    return undefined;
  }

  private skewed(atMs: number): Answer | undefined {
    if (Number.isFinite(atMs) && Math.abs(Date.now() - atMs) <= MAX_SKEW_MS) return undefined;
    return error(
      401,
      'RequestTimeTooSkewed',
      'The request time differs from the server time by more than 5 minutes',
    );
  }

  private purge(body: Record<string, unknown>): Answer {
    const urls = body.urls ?? [];
    const dirs = body.dirs ?? [];
    if (!isStringArray(urls) || !isStringArray(dirs))
      return error(400, 'ParseParameterError', 'urls and dirs must be lists of strings');
    const total = urls.length + dirs.length;
    if (total === 0 || total > 500)
      return error(
        400,
        'ParseParameterError',
        `urls + dirs must hold 1 to 500 entries, got ${total}`,
      );
    for (const action of [body.urlAction, body.dirAction]) {
      if (action !== undefined && !PURGE_ACTIONS.includes(action as string))
        return error(400, 'ParseParameterError', `unknown action ${String(action)}`);
    }
    const badUrl = urls.find((url) => !/^https?:\/\/[^/]+\//.test(url) || url.length > 2000);
    if (badUrl) return error(400, 'ParseParameterError', `invalid url ${badUrl.slice(0, 100)}`);
    const dirStart = this.dirSchemes === 'http' ? /^http:\/\/[^/]+\// : /^https?:\/\/[^/]+\//;
    const badDir = dirs.find(
      (dir) => !dirStart.test(dir) || !dir.endsWith('/') || dir.length > 1000,
    );
    if (badDir) return error(400, 'ParseParameterError', `invalid dir ${badDir.slice(0, 100)}`);
    if (dirs.length > 0 && body.dirAction === 'delete' && !this.dirDeletePermitted)
      return {
        status: 200,
        body: { Code: 0, Message: 'The account has no permission for dirAction delete' },
      };
    if (urls.length > this.quota.remainingUrlQuota || dirs.length > this.quota.remainingDirQuota)
      return { status: 200, body: { Code: 0, Message: 'The daily purge quota is exceeded' } };
    this.quota.remainingUrlQuota -= urls.length;
    this.quota.remainingDirQuota -= dirs.length;
    return this.accept('purge', [
      ...urls.map((url) => ({ url, isDir: false })),
      ...dirs.map((url) => ({ url, isDir: true })),
    ]);
  }

  private prefetch(body: Record<string, unknown>): Answer {
    const { urls } = body;
    if (!isStringArray(urls) || urls.length === 0 || urls.length > 400)
      return error(400, 'ParseParameterError', 'urls must hold 1 to 400 URLs');
    return this.accept(
      'prefetch',
      urls.map((url) => ({ url, isDir: false })),
    );
  }

  private accept(kind: CdnetworksTask['kind'], entries: CdnetworksTask['entries']): Answer {
    const itemId = `item-${kind}-${this.nextItem++}`;
    this.tasks.set(itemId, { itemId, kind, entries, createdAt: Date.now() });
    return { status: 200, body: { Code: 1, Message: 'handle success', itemId } };
  }

  /** One page of a task's entries, each wait -> run -> success over taskDelayMs. */
  private query(kind: CdnetworksTask['kind'], body: Record<string, unknown>): Answer {
    const pageNo = Number(body.pageNo ?? 1);
    const pageSize = Number(body.pageSize ?? 50);
    if (
      !Number.isInteger(pageNo) ||
      pageNo < 1 ||
      !Number.isInteger(pageSize) ||
      pageSize < 1 ||
      pageSize > 100
    )
      return error(400, 'ParseParameterError', 'pageNo >= 1 and pageSize 1..100 are required');
    const task = this.tasks.get(String(body.itemId));
    const elapsed = task ? Date.now() - task.createdAt : 0;
    const status = (url: string): string => {
      if (elapsed < this.taskDelayMs / 2) return 'wait';
      if (elapsed < this.taskDelayMs) return 'run';
      return url.includes(this.failMarker) ? 'failure' : 'success';
    };
    // the documented `status` filter: success, failure, wait, run
    const wanted = typeof body.status === 'string' ? body.status : undefined;
    const entries = (task && task.kind === kind ? task.entries : []).filter(
      (entry) => wanted === undefined || status(entry.url) === wanted,
    );
    const page = entries.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((entry) => ({
      url: entry.url,
      status: status(entry.url),
      rate: status(entry.url) === 'success' ? 100 : 0,
      isDir: entry.isDir ? 1 : 0,
      createTime: new Date(task!.createdAt).toISOString(),
    }));
    return {
      status: 200,
      body: {
        Code: 1,
        Message: 'success',
        count: entries.length,
        pageNo,
        pageSize,
        resultDetail: page,
      },
    };
  }
}

function error(status: number, code: string, message: string): Answer {
  return { status, body: { code, message } };
}

function hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
