/**
 * Medianova (CDN jobs and Stook credentials) as its documents describe it:
 * login with an API key/secret pair for an expiring bearer token, the
 * paginated resource list, purge/prefetch jobs that finish (or fail) after
 * `taskDelayMs`, their paginated status, and Stook credential CRUD whose create
 * answer carries no keys. Failures answer `{ status: false, message }` as
 * Medianova does. Where sources disagree, `MedianovaOptions` plays each variant.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, ProviderModule } from './server.js';

/**
 * Where Stook answers. The docs page's endpoint headers and the unofficial
 * client (fatihusta/medianova-go, CloudAPIv2 ".../api/v2") say `/api/v2/stook`;
 * only the page's generated HTTP samples (seed 002) show `/api/api/v2/stook`.
 */
export type StookPrefix = '/api/v2/stook' | '/api/api/v2/stook';
const LOGIN_PATH = '/api/v1/auth/login/token';
const UNAUTHORIZED = 'Unauthorized. Missing or invalid access token.';

export interface MedianovaResourceState {
  resource_uuid: string;
  resource_name: string;
  resource_type: string;
  cdn_url: string;
  alias_domain: string[];
  server_name: string;
  status: string;
  /** the resource's "Wildcard Purge Suffix" option: wildcard purges are refused without it */
  wildcardPurgeSuffix: boolean;
  /** the SSL certificate bound (medianova.md: "Bound: `ssl_uuid` of the resource") */
  ssl_uuid?: string | null;
}

/** One SSL certificate as the unofficial client reads it (fatihusta/medianova-go `cdn/ssl/model.go`). */
export interface MedianovaSslState {
  uuid: string;
  organization_uuid: string;
  ssl_name: string;
  /** format unknown (medianova.md); this emulator answers ISO 8601 */
  expire_date: string;
  common_name: string;
  created_at: string;
  type: string;
}

export interface MedianovaJob {
  opID: string;
  kind: 'purge' | 'prefetch';
  resourceUuid: string;
  paths: string[];
  createdAt: number;
  doneAt: number;
}

export interface StookBucketState {
  uuid: string;
  organization_uuid: string;
  name: string;
  region: string;
  size: string;
  tags: { key: string; label: string }[];
}

export interface StookCredentialState {
  uuid: string;
  name: string;
  is_readonly: boolean;
  access_key: string;
  secret_key: string;
  subfolder: string;
  buckets: string[];
}

export interface MedianovaOptions {
  /** ms after which a purge or prefetch job is completed */
  taskDelayMs?: number;
  /** how long a login token is accepted (default 4 hours, as Medianova documents) */
  tokenLifetimeMs?: number;
  apiKey?: string;
  apiSecret?: string;
  /** resources per page of the resource list (small, so pagination is exercised) */
  resourcePageSize?: number;
  /**
   * true: a create answer carries `access_key` and `secret_key` (undocumented).
   * Default false: the documented answer `{ uuid, name, is_readonly, buckets }`
   * (clients.medianova.com/api-documentation/object-storage-stook/credentials; seed 002).
   */
  returnSecretOnCreate?: boolean;
  /** the prefix Stook answers under (default `/api/v2/stook`); any other path answers 404 */
  stookPrefix?: StookPrefix;
}

export class MedianovaEmulator implements ProviderModule {
  readonly name = 'medianova';
  readonly organization = '3f6c2a9e-7b1d-4c58-9e0a-5d2b8f41c7a3';
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly resources: MedianovaResourceState[] = [
    resource('b7e4d2a1-5c3f-4e8a-9b6d-1f0c2e7a4d95', 'www', 'example.mncdn.com', [
      'cdn.example.com',
    ]),
    {
      ...resource('c8f5e3b2-6d4a-4f9b-8c7e-2a1d3f8b5e06', 'static', 'static-example.mncdn.com', [
        'static.example.org',
      ]),
      wildcardPurgeSuffix: false,
    },
    resource('d9a6f4c3-7e5b-4a0c-9d8f-3b2e4a9c6f17', 'media', 'media-example.mncdn.com', [
      'media.example.net',
      'video.example.net',
    ]),
  ];
  readonly jobs: MedianovaJob[] = [];
  readonly buckets: StookBucketState[] = [
    bucket('e1b2c3d4-1111-4a5b-8c6d-7e8f9a0b1c2d', this.organization, 'assets'),
    bucket('e1b2c3d4-2222-4a5b-8c6d-7e8f9a0b1c2d', this.organization, 'backups'),
  ];
  readonly credentials: StookCredentialState[] = [];
  readonly sslCertificates: MedianovaSslState[] = [];
  /** certificates a page of the SSL list holds at most, whatever `limit` asks (pagination is exercised) */
  sslPageSize = 100;
  /** bearer token -> expiry (epoch ms) */
  readonly tokens = new Map<string, number>();
  /** successful logins */
  logins = 0;
  tokenLifetimeMs: number;
  returnSecretOnCreate: boolean;
  stookPrefix: StookPrefix;
  /** a job with a path containing this marker ends Failed */
  failMarker = '/fail-me';
  private readonly issued: string[] = [];
  private readonly taskDelayMs: number;
  private readonly resourcePageSize: number;
  private nextOp = 1;

  constructor(options: MedianovaOptions = {}) {
    this.apiKey = options.apiKey ?? 'mn-test-api-key-0001';
    this.apiSecret = options.apiSecret ?? 'mn-test-api-secret-7f3a9c';
    this.taskDelayMs = options.taskDelayMs ?? 0;
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? 4 * 3600_000;
    this.resourcePageSize = options.resourcePageSize ?? 2;
    this.returnSecretOnCreate = options.returnSecretOnCreate ?? false;
    this.stookPrefix = options.stookPrefix ?? '/api/v2/stook';
  }

  /** Every token, session and secret key the emulator handed out: none may leak. */
  issuedSecrets(): string[] {
    return [...this.issued];
  }

  /** Adds a credential directly (test fixtures); its secret counts as issued. */
  addCredential(settings: Partial<StookCredentialState> & { name: string }): StookCredentialState {
    const credential: StookCredentialState = {
      uuid: settings.uuid ?? uuid(),
      is_readonly: false,
      subfolder: '',
      buckets: [this.buckets[0]!.uuid],
      access_key: accessKey(),
      secret_key: this.issue(secretKey()),
      ...settings,
    };
    this.credentials.push(credential);
    return credential;
  }

  handle(request: EmulatorRequest): EmulatorResponse {
    const { method, path } = request;
    // seed 000 (API documentation, Authentication): POST {api_key, api_secret} -> {status, token, session, expire}
    if (method === 'POST' && path === LOGIN_PATH) return this.login(request.json);
    if (!this.authorized(request)) return failure(401, UNAUTHORIZED);
    const ssl = /^\/api\/v1\/ssl\/([^/]+)$/.exec(path);
    if (ssl && method === 'GET')
      return this.organizationKnown(ssl[1]!) ?? this.sslPage(request.query);
    const cdn = /^\/api\/v1\/cdn\/([^/]+)(\/.*)$/.exec(path);
    if (cdn) return this.organizationKnown(cdn[1]!) ?? this.cdn(method, cdn[2]!, request);
    const stook = this.stookPrefix;
    // clients.medianova.com/api-documentation/object-storage-stook/credentials (seed 002)
    if (path.startsWith(`${stook}/`)) {
      const [organization = '', ...rest] = path.slice(stook.length + 1).split('/');
      return this.organizationKnown(organization) ?? this.stook(method, rest, request.json);
    }
    return failure(404, 'Not found.');
  }

  private login(body: unknown): EmulatorResponse {
    const { api_key, api_secret } = (body ?? {}) as Record<string, unknown>;
    if (typeof api_key !== 'string' || typeof api_secret !== 'string')
      return failure(400, 'Invalid request payload.');
    if (api_key !== this.apiKey || api_secret !== this.apiSecret)
      return failure(401, 'Invalid API key or secret.');
    const token = this.issue(`mnt_${randomBytes(24).toString('hex')}`);
    const session = this.issue(`mns_${randomBytes(12).toString('hex')}`);
    const expiresAt = Date.now() + this.tokenLifetimeMs;
    this.tokens.set(token, expiresAt);
    this.logins++;
    return {
      status: 200,
      body: { status: true, token, session, expire: Math.floor(expiresAt / 1000) },
    };
  }

  private authorized(request: EmulatorRequest): boolean {
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
    const expiresAt = bearer ? this.tokens.get(bearer[1]!) : undefined;
    return expiresAt !== undefined && Date.now() < expiresAt;
  }

  private organizationKnown(organization: string): EmulatorResponse | undefined {
    return decodeURIComponent(organization) === this.organization
      ? undefined
      : failure(404, 'Organization not found.');
  }

  private cdn(method: string, rest: string, request: EmulatorRequest): EmulatorResponse {
    // fatihusta/medianova-go cdn/resource/list.go (unofficial): GET ?page=N, paginated
    if (method === 'GET' && rest === '/resource') return this.resourcePage(request.query);
    let match = /^\/resource\/([^/]+)$/.exec(rest);
    // API documentation (official): GET /api/v1/cdn/{organization_uuid}/resource/{resource_uuid}
    if (method === 'GET' && match) {
      const found = this.resource(match[1]!);
      return found ? ok({ data: visibleResource(found) }) : failure(404, 'Resource not found.');
    }
    match = /^\/job\/([^/]+)\/(purge|prefetch)$/.exec(rest);
    if (!match) return failure(404, 'Not found.');
    const found = this.resource(match[1]!);
    if (!found) return failure(404, 'Resource not found.');
    const kind = match[2] as MedianovaJob['kind'];
    // purge: API documentation "Purge" (official); prefetch: fatihusta/medianova-go cdn/prefetch/prefetch.go
    if (method === 'POST') return this.startJob(found, kind, request.json);
    // API documentation "Purge" status (official): GET ?page&limit(1-100)&opID; prefetch alike (unofficial)
    if (method === 'GET') return this.jobStatus(found, kind, request.query);
    return failure(405, 'Method not allowed.');
  }

  /** `GET /api/v1/ssl/{org}?page&limit` (fatihusta/medianova-go `cdn/ssl/ssl.go`): data[] and paginate. */
  private sslPage(query: URLSearchParams): EmulatorResponse {
    const size = Math.min(this.sslPageSize, Math.max(1, Number(query.get('limit') ?? 100) || 100));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const total = this.sslCertificates.length;
    const data = this.sslCertificates.slice((page - 1) * size, page * size).map((ssl) => ({
      ...ssl,
      challenge_subdomain: null,
      resources: this.resources
        .filter((r) => r.ssl_uuid === ssl.uuid)
        .map(({ resource_uuid, resource_name, cdn_url }) => ({
          resource_uuid,
          resource_name,
          cdn_url,
        })),
    }));
    return ok({
      data,
      paginate: {
        current_page: page,
        per_page: size,
        total,
        last_page: Math.max(1, Math.ceil(total / size)),
      },
    });
  }

  private resourcePage(query: URLSearchParams): EmulatorResponse {
    const size = this.resourcePageSize;
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const lastPage = Math.max(1, Math.ceil(this.resources.length / size));
    const data = this.resources.slice((page - 1) * size, page * size).map(visibleResource);
    return ok({
      data: { current_page: page, last_page: lastPage, total: this.resources.length, data },
    });
  }

  private resource(id: string): MedianovaResourceState | undefined {
    return this.resources.find((candidate) => candidate.resource_uuid === id);
  }

  private startJob(
    found: MedianovaResourceState,
    kind: MedianovaJob['kind'],
    body: unknown,
  ): EmulatorResponse {
    const { resource_uuid, file_path } = (body ?? {}) as Record<string, unknown>;
    if (
      resource_uuid !== found.resource_uuid ||
      !Array.isArray(file_path) ||
      file_path.length < 1 ||
      file_path.length > 100 ||
      !file_path.every((path) => typeof path === 'string' && path.startsWith('/'))
    ) {
      return failure(400, 'Invalid request payload.');
    }
    const paths = file_path as string[];
    const wildcards = paths.some((path) => path.includes('*'));
    if (wildcards && kind === 'prefetch')
      return failure(400, 'Prefetch accepts file paths only, without wildcards.');
    if (wildcards && !found.wildcardPurgeSuffix)
      return failure(400, 'Wildcard purge is not enabled for this resource.');
    const now = Date.now();
    const opID = `op-${kind}-${String(this.nextOp++).padStart(6, '0')}`;
    this.jobs.push({
      opID,
      kind,
      resourceUuid: found.resource_uuid,
      paths,
      createdAt: now,
      doneAt: now + this.taskDelayMs,
    });
    return ok({ opID, message: `${kind === 'purge' ? 'Purge' : 'Prefetch'} request received.` });
  }

  /** One entry per URL of the job(s); `page` and `limit` (1-100) are required, as documented. */
  private jobStatus(
    found: MedianovaResourceState,
    kind: MedianovaJob['kind'],
    query: URLSearchParams,
  ): EmulatorResponse {
    const page = Number(query.get('page'));
    const limit = Number(query.get('limit'));
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 100)
      return failure(400, 'Invalid request payload.');
    const opID = query.get('opID');
    const now = Date.now();
    const requests = this.jobs
      .filter((job) => job.resourceUuid === found.resource_uuid && job.kind === kind)
      .filter((job) => !opID || job.opID === opID)
      .flatMap((job) =>
        job.paths.map((url) => {
          const done = now >= job.doneAt;
          // "Running, Successful, or Failed" (clients.medianova.com, Manage Purge); the codes are not documented
          const failed = done && url.includes(this.failMarker);
          return {
            opID: job.opID,
            url,
            status: done ? (failed ? 3 : 2) : 1,
            message: done ? (failed ? 'Failed' : 'Completed') : 'Processing',
            createdAt: new Date(job.createdAt).toISOString(),
            startedAt: new Date(job.createdAt).toISOString(),
            completedAt: done ? new Date(job.doneAt).toISOString() : null,
          };
        }),
      );
    return ok({
      data: {
        page,
        total: requests.length,
        limit,
        requests: requests.slice((page - 1) * limit, page * limit),
      },
    });
  }

  private stook(method: string, rest: string[], body: unknown): EmulatorResponse {
    const [collection, id, ...extra] = rest;
    if (extra.length > 0) return failure(404, 'Not found.');
    // docs "Create a new credential": POST /credentials -> { uuid, name, is_readonly, buckets } (no keys)
    if (collection === 'credentials' && id === undefined) {
      return method === 'POST' ? this.createCredential(body) : failure(405, 'Method not allowed.');
    }
    if (collection !== 'credential') return failure(404, 'Not found.');
    if (id === undefined) {
      // docs "Retrieve credentials": GET /credential (creating is POST /credentials, plural)
      return method === 'GET'
        ? ok({ data: this.credentials.map(listedCredential(this.buckets)) })
        : failure(405, 'Method not allowed.');
    }
    const index = this.credentials.findIndex((credential) => credential.uuid === id);
    if (index < 0) return failure(404, 'Credential not found.');
    const credential = this.credentials[index]!;
    // docs "Retrieve credential details": GET /credential/{uuid}, with access_key, never secret_key
    if (method === 'GET') return ok({ data: listedCredential(this.buckets)(credential) });
    // docs "Update an existing credential": PUT /credential/{uuid} -> { uuid, name, is_readonly, buckets: [uuids], subfolder }
    if (method === 'PUT') {
      const settings = this.settings(body);
      if (!settings) return failure(400, 'Invalid request payload.');
      Object.assign(credential, settings);
      const { access_key: _key, secret_key: _secret, ...visible } = credential;
      return ok({ data: visible, message: 'Credential successfully updated.' });
    }
    // docs "Delete a credential": DELETE /credential/{uuid} -> { status, message }
    if (method === 'DELETE') {
      this.credentials.splice(index, 1);
      return ok({ message: 'Credential successfully deleted.' });
    }
    return failure(405, 'Method not allowed.');
  }

  private createCredential(body: unknown): EmulatorResponse {
    const settings = this.settings(body);
    if (!settings) return failure(400, 'Invalid request payload.');
    const credential = this.addCredential(settings);
    const { uuid: id, name, is_readonly, access_key, secret_key } = credential;
    const buckets = credential.buckets.map((bucketId) => {
      const { uuid: bucketUuid, name: bucketName, region, size } = this.bucket(bucketId)!;
      return { uuid: bucketUuid, name: bucketName, region, size };
    });
    const data = { uuid: id, name, is_readonly, buckets };
    return ok({
      data: this.returnSecretOnCreate ? { ...data, access_key, secret_key } : data,
      message: 'Credential successfully created.',
    });
  }

  /** `{ name, is_readonly, buckets: [uuids], subfolder }`, validated; undefined when invalid. */
  private settings(
    body: unknown,
  ): Pick<StookCredentialState, 'name' | 'is_readonly' | 'buckets' | 'subfolder'> | undefined {
    const { name, is_readonly, buckets, subfolder } = (body ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '' || typeof is_readonly !== 'boolean')
      return undefined;
    if (!Array.isArray(buckets) || buckets.length === 0) return undefined;
    if (!buckets.every((id) => typeof id === 'string' && this.bucket(id))) return undefined;
    if (subfolder !== undefined && subfolder !== null && typeof subfolder !== 'string')
      return undefined;
    return { name, is_readonly, buckets: buckets as string[], subfolder: subfolder ?? '' };
  }

  private bucket(id: string): StookBucketState | undefined {
    return this.buckets.find((candidate) => candidate.uuid === id);
  }

  private issue(secret: string): string {
    this.issued.push(secret);
    return secret;
  }
}

function resource(
  id: string,
  name: string,
  cdnUrl: string,
  aliases: string[],
): MedianovaResourceState {
  return {
    resource_uuid: id,
    resource_name: name,
    resource_type: 'small',
    cdn_url: cdnUrl,
    alias_domain: aliases,
    server_name: `${name}-origin.example.com`,
    status: 'active',
    wildcardPurgeSuffix: true,
  };
}

function visibleResource({ wildcardPurgeSuffix: _option, ...visible }: MedianovaResourceState) {
  return visible;
}

function bucket(id: string, organization: string, name: string): StookBucketState {
  return {
    uuid: id,
    organization_uuid: organization,
    name,
    region: 'eu-central',
    size: '0 B',
    tags: [],
  };
}

/** A credential as list and get show it: buckets expanded, never the secret key. */
function listedCredential(buckets: readonly StookBucketState[]) {
  return ({ secret_key: _secret, ...credential }: StookCredentialState) => ({
    ...credential,
    buckets: credential.buckets.map((id) => buckets.find((candidate) => candidate.uuid === id)),
  });
}

function ok(body: Record<string, unknown>): EmulatorResponse {
  return { status: 200, body: { status: true, ...body } };
}

function failure(status: number, message: string): EmulatorResponse {
  return { status, body: { status: false, message } };
}

function uuid(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function accessKey(): string {
  return `MNAK${randomBytes(8).toString('hex').toUpperCase()}`;
}

function secretKey(): string {
  return `mnsk_${randomBytes(24).toString('base64url')}`;
}
