/**
 * CDNetworks certificates and their binding to domains (certificates.md;
 * `cdnetworks-api/cdnetworks-sdk-go` `cdnetworks/certificationmanage/` and
 * `cdnetworks/domainconfigurtion/`: READMEs and `models.go`). Two rules hold
 * for every call: an empty `certificateId` is never sent (it unbinds, "置空时为
 * 取消关联证书"), and no path that answers with a private key is ever called.
 */
import { comparableSerial } from '../../certificates/facts.js';
import { ProviderError, RefusalError } from '../../errors.js';
import { asciiWildcardHostname } from '../../hostnames.js';
import type { HttpClient, HttpResponse, Method } from '../../http/client.js';
import type { RateLimit } from '../../http/pacing.js';
import { pathSegment as segment } from '../../http/paths.js';
import {
  array,
  either,
  fits,
  id,
  map,
  nullable,
  number,
  object,
  optional,
  type Shape,
  type ShapeOf,
  string,
  unknown,
  word,
} from '../../http/shape.js';
import {
  type BindingState,
  type BindReceipt,
  type CertificateManager,
  type CertificateTarget,
  type CertificateUpload,
  isoSeconds,
  type LocalCertificate,
  providerText,
  type StoredCertificate,
  type TargetBinding,
} from '../certificates.js';
import type { RequestSigner } from './auth.js';
import { accountLimit, endpointLimit } from './limits.js';

/** Every certificate path, in one place. */
export const CDNETWORKS_CERTIFICATE_PATHS = {
  /** GET: `ssl-certificates[]` (SDK; the spec says `ssl-certificate`): id, serial, CST validity, related domains */
  list: '/api/ssl/certificate',
  /** POST {name, certificate, privateKey}: the id is the last segment of `Location` */
  create: '/api/certificate',
  /** DELETE: `code` 0; refused while in use */
  certificate: (id: string) => `/api/certificate/${segment(id)}`,
  /** GET: data.domains[] {domainId, domainName} */
  domains: (id: string) => `/api/certificate/${segment(id)}/domain`,
  /** GET: data.certificateId; PUT {"certificateId":"N"} binds (202, x-cnc-request-id) */
  domainCertificate: (domain: string) => `/api/config/certificate/${segment(domain)}`,
  /** PUT {"certificateId":N,"domainNames":[...]} */
  batch: '/api/config/certificate/batch',
  /** GET: `cname-label`, `status` (Deployed | InProgress), `ssl` */
  domain: (domain: string) => `/api/domain/${segment(domain)}`,
  /** POST (SDK README; GET on 405, inferred): `async-result` WAIT | INPROGRESS | SUCCESS | FAIL */
  deployRequest: (requestId: string) => `/api/request/${segment(requestId)}`,
} as const;

/** Paths that answer with private keys: never called, whatever else changes. */
export const KEY_RETURNING_PATHS = [
  /^\/api\/ssl\/content/,
  /^\/api\/terraform\/certificate/,
  /^\/api\/certificate\/[^/]+\/content/,
] as const;

/** A domain as CDNetworks names it: a leading dot for a wildcard domain. */
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** Domains of an old certificate read when looking for the ones sharing a cname-label. */
const MAX_GROUP_DOMAINS = 200;

/** CDNetworks validity times are CST (UTC+8) `YYYY-MM-DD HH:MM:SS` (SDK models.go; certimate). */
const CST_OFFSET_MS = 8 * 3600_000;
const CST_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * Where an answer would carry the private key (the create call's body, and the
 * key-returning calls never made): registered as a secret before the answer is
 * read, and never read.
 */
const KEY_FIELDS = ['privateKey', 'data.privateKey'];

/** `code` and `message`: 0 (or "0") for success on the certificate calls (SDK models.go). */
const CODE_FIELDS = { code: optional(either(number, string)), message: optional(string) };
const CODE_ANSWER = optional(object(CODE_FIELDS));

/** A certificate id where none may be bound: absent, null, 0 or "" all mean none. */
const BOUND_ID = optional(
  either(
    id,
    map(word(['']), () => undefined),
  ),
);

/** One certificate as the list gives it (SDK `models.go`). */
const LISTED = object({
  'certificate-id': id,
  name: nullable(string),
  'certificate-serial': nullable(string),
  'certificate-validity-from': nullable(string),
  'certificate-validity-to': nullable(string),
  'certificate-issuer': nullable(string),
  /** objects with `domain-name` (SDK list), or plain names */
  'related-domains': optional(
    array(
      either(
        string,
        map(object({ 'domain-name': optional(string) }), (entry) => entry['domain-name']),
      ),
    ),
  ),
  'dns-names': optional(array(string)),
});
type ListedCertificate = ShapeOf<typeof LISTED>;

/** The list, under the key the SDK reads or the one the API spec names. */
const LIST = map(
  object({
    'ssl-certificates': optional(array(LISTED)),
    'ssl-certificate': optional(array(LISTED)),
  }),
  (body) => body['ssl-certificates'] ?? body['ssl-certificate'] ?? [],
);

const DOMAINS = object({
  ...CODE_FIELDS,
  data: optional(
    either(
      object({ domains: optional(array(object({ domainName: optional(string) }))) }),
      // `data: []` comes with a refusal
      map(array(unknown), () => ({ domains: undefined })),
    ),
  ),
});

const DOMAIN_CERTIFICATE = object({
  data: optional(object({ certificateId: BOUND_ID })),
});

const DOMAIN_INFO = object({ status: optional(string), 'cname-label': optional(string) });

const DEPLOY_REQUEST = object({
  'async-result': optional(string),
  'async-message': optional(string),
});

export interface CdnetworksCertificatesOptions {
  /** the key rate limits count against */
  account: string;
  sign: RequestSigner;
}

export class CdnetworksCertificates implements CertificateManager {
  readonly provider = 'cdnetworks' as const;

  constructor(
    private readonly http: HttpClient,
    private readonly options: CdnetworksCertificatesOptions,
  ) {}

  async list(): Promise<StoredCertificate[]> {
    const { body } = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.list, LIST);
    return body.map(toStored);
  }

  async get(id: string): Promise<StoredCertificate> {
    const found = (await this.list()).find((certificate) => certificate.id === id);
    if (!found) {
      throw new ProviderError('cdnetworks', `no certificate has the id ${id}`, {
        action: `GET ${CDNETWORKS_CERTIFICATE_PATHS.list}`,
      });
    }
    return found;
  }

  /** The same serial (lower case, no colons or leading zeros) is the same certificate. */
  matches(stored: StoredCertificate, local: LocalCertificate): boolean {
    return (
      stored.serial !== undefined &&
      comparableSerial(stored.serial) === comparableSerial(local.serial)
    );
  }

  async upload(upload: CertificateUpload): Promise<StoredCertificate> {
    const path = CDNETWORKS_CERTIFICATE_PATHS.create;
    const response = await this.call(
      'POST',
      path,
      CODE_ANSWER,
      {
        name: upload.name,
        certificate: upload.certificatePem,
        privateKey: upload.privateKeyPem,
      },
      'throttled-only',
    );
    const location = header(response, 'location');
    const certificateId = location
      ?.replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .pop();
    // an id goes into paths: never '.' or '..'
    if (!certificateId || !/^[\w.-]+$/.test(certificateId) || !fits(id, certificateId)) {
      throw new ProviderError(
        'cdnetworks',
        `the answer carries no certificate id in its Location header, although certificate '${upload.name}' may have been created: run list-certificates`,
        { status: response.status, requestId: response.requestId, action: `POST ${path}` },
      );
    }
    return { id: certificateId, name: upload.name, automated: false };
  }

  async usage(id: string): Promise<string[]> {
    return (await this.domainsOf(id)).map((name) => `domain ${name}`);
  }

  /** The domains certificate `id` is bound to (at most MAX_GROUP_DOMAINS are read). */
  private async domainsOf(id: string): Promise<string[]> {
    const path = CDNETWORKS_CERTIFICATE_PATHS.domains(id);
    const response = await this.call('GET', path, DOMAINS);
    this.expectCodeZero(response, path);
    return (response.body.data?.domains ?? [])
      .map((domain) => providerText(domain.domainName, 253))
      .filter((name): name is string => name !== undefined);
  }

  /**
   * Domains sharing a `cname-label` are served by one certificate (the
   * cname-label doc): the old certificate's other domains with a label of
   * `targets` switch in the same batch (certificates.md, inferred).
   */
  async bindingGroup(targets: readonly CertificateTarget[]): Promise<CertificateTarget[]> {
    const group = [...targets];
    const labels = new Map(targets.flatMap((t) => (t.cnameLabel ? [[t.cnameLabel, t.id]] : [])));
    const seen = new Set(targets.map((target) => target.id));
    const oldIds = new Set(targets.flatMap((target) => target.certificateId ?? []));
    for (const oldId of labels.size > 0 ? oldIds : []) {
      for (const domain of (await this.domainsOf(oldId)).slice(0, MAX_GROUP_DOMAINS)) {
        const name = domain.toLowerCase();
        if (seen.has(name) || !DOMAIN.test(name)) continue;
        seen.add(name);
        const [target] = await this.targets(name);
        const label = target?.cnameLabel;
        if (!target || !label || !labels.has(label)) continue;
        group.push({
          ...target,
          joinedBecause: `it shares cname-label '${label}' with ${labels.get(label)} and certificate ${oldId}`,
        });
      }
    }
    return group;
  }

  async delete(id: string): Promise<void> {
    const path = CDNETWORKS_CERTIFICATE_PATHS.certificate(id);
    this.expectCodeZero(await this.call('DELETE', path, CODE_ANSWER), path);
  }

  /** `resource`: one or more domains, comma-separated; a wildcard domain is written `.a.com`. */
  async targets(resource: string): Promise<CertificateTarget[]> {
    const targets: CertificateTarget[] = [];
    for (const domain of parseCertificateDomains(resource)) {
      const config = await this.call(
        'GET',
        CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(domain),
        DOMAIN_CERTIFICATE,
      );
      const info = await this.call('GET', CDNETWORKS_CERTIFICATE_PATHS.domain(domain), DOMAIN_INFO);
      targets.push(toTarget(domain, config.body.data?.certificateId, info.body));
    }
    return targets;
  }

  /** One domain: `PUT /api/config/certificate/{d}`; several: the batch call. Never an empty id. */
  async bind(targets: readonly CertificateTarget[], certificateId: string): Promise<BindReceipt> {
    if (!/^\d+$/.test(certificateId)) {
      // an empty certificateId unbinds the domain: refuse before anything is sent
      throw new RefusalError(
        `refusing to bind certificate id '${certificateId}': CDNetworks takes an empty or invalid certificateId as "unbind"`,
      );
    }
    if (targets.length === 0)
      throw new RefusalError('no CDNetworks domain to bind the certificate to');
    const response =
      targets.length === 1
        ? await this.call(
            'PUT',
            CDNETWORKS_CERTIFICATE_PATHS.domainCertificate(targets[0]!.id),
            CODE_ANSWER,
            { certificateId },
          )
        : await this.call('PUT', CDNETWORKS_CERTIFICATE_PATHS.batch, CODE_ANSWER, {
            certificateId: Number(certificateId),
            domainNames: targets.map((target) => target.id),
          });
    // the request id goes into the deploy-status path: one that is no id is not followed
    const requestId = response.requestId;
    return {
      certificateId,
      targets,
      ...(requestId && fits(id, requestId) ? { requestId } : {}),
    };
  }

  /** The bind's deploy request first, then each domain's certificate and `Deployed` status. */
  async bindingState(receipt: BindReceipt): Promise<TargetBinding[]> {
    const request = receipt.requestId ? await this.deployRequest(receipt.requestId) : undefined;
    if (request && request.state !== 'done') {
      return receipt.targets.map((target) => ({ target, ...request }));
    }
    const current = await this.targets(receipt.targets.map((target) => target.id).join(','));
    return current.map((target) => {
      const state: BindingState =
        target.certificateId !== receipt.certificateId || target.state === 'Reviewing'
          ? 'failed'
          : target.state === 'Deployed'
            ? 'done'
            : 'pending';
      return {
        target,
        state,
        detail: `certificate ${target.certificateId ?? 'none'}, status ${target.state ?? 'unknown'}`,
      };
    });
  }

  private async deployRequest(requestId: string): Promise<{ state: BindingState; detail: string }> {
    const path = CDNETWORKS_CERTIFICATE_PATHS.deployRequest(requestId);
    let response: HttpResponse<ShapeOf<typeof DEPLOY_REQUEST>>;
    try {
      response = await this.call('POST', path, DEPLOY_REQUEST);
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 405) throw error;
      response = await this.call('GET', path, DEPLOY_REQUEST);
    }
    const result = providerText(response.body['async-result']) ?? 'unknown';
    const message = providerText(response.body['async-message']);
    const state: BindingState =
      result === 'SUCCESS' ? 'done' : result === 'FAIL' ? 'failed' : 'pending';
    return {
      state,
      detail: `deploy request ${requestId}: ${result}${message ? ` (${message})` : ''}`,
    };
  }

  private call<T>(
    method: Method,
    path: string,
    shape: Shape<T>,
    body?: unknown,
    retry: 'always' | 'throttled-only' = method === 'GET' ? 'always' : 'throttled-only',
  ): Promise<HttpResponse<T>> {
    if (KEY_RETURNING_PATHS.some((pattern) => pattern.test(path)))
      throw new Error(`refusing to call ${path}: it answers with private keys`);
    return this.http.request({
      method,
      path,
      body,
      retry,
      shape,
      secretFields: KEY_FIELDS,
      limits: this.limits(method, path),
      authorize: this.options.sign.authorize,
      authorizeTickMs: this.options.sign.tickMs,
    });
  }

  /** The account limit, and the per-interface one keyed by the path with its id left out. */
  private limits(method: Method, path: string): RateLimit[] {
    const template = path.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, '/{id}');
    return [
      accountLimit(this.options.account),
      endpointLimit(this.options.account, `${method} ${template}`),
    ];
  }

  /** Certificate calls answer `{ code, message }`, `code` 0 for success (SDK models.go). */
  private expectCodeZero(
    response: HttpResponse<{ code?: number | string; message?: string } | undefined>,
    path: string,
  ): void {
    const body = response.body;
    if (body?.code === undefined || body.code === 0 || body.code === '0') return;
    throw new ProviderError(
      'cdnetworks',
      `${providerText(body.message) ?? 'the call failed'} (code ${providerText(body.code) ?? '?'})`,
      { status: response.status, requestId: response.requestId, action: path },
    );
  }
}

/** `a.com, .b.com`: domains as CDNetworks names them (a leading dot for a wildcard domain). */
export function parseCertificateDomains(resource: string): string[] {
  const domains = resource
    .split(',')
    .map((entry) => asciiWildcardHostname(entry))
    .filter((entry) => entry !== '');
  for (const domain of domains) {
    if (!DOMAIN.test(domain))
      throw new RefusalError(
        `'${domain.slice(0, 80)}' (input 'resource') is not a CDNetworks domain; give domain names, comma-separated (a wildcard domain as .example.com)`,
      );
  }
  return [...new Set(domains)];
}

/** "2026-12-31 08:00:00" in CST (UTC+8) as ISO 8601 UTC; undefined when it is not that shape. */
export function cstToIso(value: unknown): string | undefined {
  const match = typeof value === 'string' ? CST_TIME.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return isoSeconds(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - CST_OFFSET_MS);
}

function toStored(item: ListedCertificate): StoredCertificate {
  const serial = providerText(item['certificate-serial']);
  const issuer = providerText(item['certificate-issuer']);
  const notBefore = cstToIso(item['certificate-validity-from']);
  const notAfter = cstToIso(item['certificate-validity-to']);
  const commonName = providerText(item['dns-names']?.[0], 253);
  return {
    id: item['certificate-id'],
    name: providerText(item.name) ?? '',
    ...(commonName ? { commonName } : {}),
    ...(serial ? { serial } : {}),
    ...(issuer ? { issuer } : {}),
    ...(notBefore ? { notBefore } : {}),
    ...(notAfter ? { notAfter } : {}),
    automated: false,
    boundTo: (item['related-domains'] ?? [])
      .map((name) => providerText(name, 253))
      .filter((name): name is string => name !== undefined)
      .map((name) => `domain ${name}`),
  };
}

function toTarget(
  domain: string,
  bound: string | undefined,
  info: ShapeOf<typeof DOMAIN_INFO>,
): CertificateTarget {
  const state = providerText(info.status);
  const cnameLabel = providerText(info['cname-label'], 253);
  return {
    id: domain,
    label: `domain ${domain}`,
    hostnames: [domain.startsWith('.') ? `*${domain}` : domain],
    ...(bound && bound !== '0' ? { certificateId: bound } : {}),
    ...(state ? { state } : {}),
    ...(cnameLabel ? { cnameLabel } : {}),
  };
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
