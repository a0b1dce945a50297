/**
 * Gcore CDN certificates (`/cdn/sslData`) and their binding to CDN resources
 * (certificates.md; Gcore's OpenAPI spec `cdn_api.yaml`: "SSL certificates",
 * "CDN resources"). A resource is only ever changed with PATCH: a PUT replaces
 * the whole resource (certimate #595, #672). Every answer is read through a
 * shape (src/http/shape.ts); none declares a private key field.
 */
import { ProviderError, RefusalError } from '../../errors.js';
import { asciiHostname } from '../../hostnames.js';
import { incompleteReason, readPages } from '../../http/pages.js';
import { pathSegment as segment } from '../../http/paths.js';
import {
  array,
  boolean,
  either,
  id,
  lenient,
  map,
  nullable,
  number,
  object,
  optional,
  type ShapeOf,
  string,
} from '../../http/shape.js';
import {
  type BindReceipt,
  type CertificateManager,
  type CertificateTarget,
  type CertificateUpload,
  isoOrUndefined,
  type LocalCertificate,
  providerText,
  type StoredCertificate,
  type TargetBinding,
} from '../certificates.js';
import { type GcoreApi, listOf } from './api.js';
import { hostnamesOf, RESOURCE_FIELDS } from './cdn.js';
import { GCORE_PATHS } from './endpoints.js';

/** Every certificate path, in one place. */
export const GCORE_CERTIFICATE_PATHS = {
  /** GET ?limit&offset (envelope with limit, bare array without); POST: upload (201, id in body) */
  certificates: '/cdn/sslData',
  /** GET: name, cert_subject_cn, validity_not_after, automated; DELETE: 204, 400 while in use */
  certificate: (id: string) => `/cdn/sslData/${segment(id)}`,
  /** GET: { resources: [{ id, cname, status }] } */
  usage: (id: string) => `/cdn/sslData/${segment(id)}/usage`,
} as const;

/** Certificates listed per page; pages read at most (50,000 certificates). */
const PAGE_SIZE = 1000;
const MAX_PAGES = 50;

/**
 * Where an answer would carry the private key, were Gcore ever to echo it:
 * registered as a secret before the answer is read, and never read.
 */
const KEY_FIELDS = ['sslPrivateKey'];

const CERTIFICATE_FIELDS = {
  id,
  name: nullable(string),
  cert_subject_cn: nullable(string),
  cert_issuer: nullable(string),
  validity_not_before: nullable(string),
  validity_not_after: nullable(string),
  automated: optional(boolean),
  deleted: optional(boolean),
};
const CERTIFICATE = object(CERTIFICATE_FIELDS);

/** With `limit`: `{ count, next, previous, results }`; a bare array is the whole list. */
const CERTIFICATE_PAGE = either(
  map(array(CERTIFICATE), (items) => ({ items, whole: true, count: undefined })),
  map(object({ count: optional(number), results: array(CERTIFICATE) }), (page) => ({
    items: page.results,
    whole: false,
    count: page.count,
  })),
);

/**
 * The upload answer, read leniently: the certificate exists once Gcore
 * answered 2xx, so a field that does not fit is dropped, and a missing id is
 * reported as "may have been created", never as a shape error.
 */
const UPLOADED = object(lenient(CERTIFICATE_FIELDS));

/** A CDN resource with its certificate: `sslData` is the certificate id, null for none. */
const RESOURCE = object({
  ...RESOURCE_FIELDS,
  sslEnabled: optional(boolean),
  sslData: nullable(id),
});
type GcoreResource = ShapeOf<typeof RESOURCE>;

const USAGE = object({
  resources: optional(array(object({ id, cname: nullable(string) }))),
});

/** The PATCH answer: only `sslData` is compared; the read-back decides the rest. */
const PATCHED = optional(object(lenient({ sslData: nullable(id) })));

export class GcoreCertificates implements CertificateManager {
  readonly provider = 'gcore' as const;

  constructor(private readonly api: GcoreApi) {}

  /** Page by page (`limit`/`offset`, readPages); a list that cannot be read to its end is an error. */
  async list(): Promise<StoredCertificate[]> {
    const path = GCORE_CERTIFICATE_PATHS.certificates;
    const list = await readPages(
      async (page) => {
        const body = await this.api.get(path, CERTIFICATE_PAGE, {
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
        return { items: body.items, total: body.count, ...(body.whole ? { lastPage: page } : {}) };
      },
      (certificate) => certificate.id,
      { maxPages: MAX_PAGES, maxItems: MAX_PAGES * PAGE_SIZE, pageSize: PAGE_SIZE },
    );
    if (!list.complete) {
      throw new ProviderError(
        'gcore',
        `the certificate list could not be read to its end (${incompleteReason(list)})`,
        { action: `GET ${path}` },
      );
    }
    const bindings = await this.bindings();
    return list.items.flatMap((item) => {
      const certificate = toStored(item);
      return certificate ? [{ ...certificate, boundTo: bindings.get(certificate.id) ?? [] }] : [];
    });
  }

  /** Certificate id -> the resources it is bound to, from one read of the resource list. */
  private async bindings(): Promise<Map<string, string[]>> {
    const bound = new Map<string, string[]>();
    for (const resource of await this.api.get(GCORE_PATHS.resources, listOf(RESOURCE))) {
      const id = resource.sslEnabled === false ? undefined : (resource.sslData ?? undefined);
      if (id === undefined || resource.deleted === true) continue;
      bound.set(id, [...(bound.get(id) ?? []), resourceLabel(resource)]);
    }
    return bound;
  }

  /** The certificate, with the resources that use it (its own answer has only a flag). */
  async get(id: string): Promise<StoredCertificate> {
    const path = GCORE_CERTIFICATE_PATHS.certificate(id);
    const { body } = await this.api.request({
      method: 'GET',
      path,
      shape: CERTIFICATE,
      secretFields: KEY_FIELDS,
    });
    const found = toStored(body);
    if (!found) throw shapeError(`GET ${path}`, `certificate ${id} is deleted`);
    return { ...found, boundTo: await this.usage(id) };
  }

  /** Gcore lists no serial: the same name, subject CN and not-after mean the same certificate. */
  matches(stored: StoredCertificate, local: LocalCertificate): boolean {
    return (
      stored.name === local.name &&
      (stored.commonName ?? '').toLowerCase() === (local.commonName ?? '').toLowerCase() &&
      stored.notAfter === local.notAfter
    );
  }

  async upload(upload: CertificateUpload): Promise<StoredCertificate> {
    const path = GCORE_CERTIFICATE_PATHS.certificates;
    const response = await this.api.request({
      method: 'POST',
      path,
      shape: UPLOADED,
      secretFields: KEY_FIELDS,
      body: {
        name: upload.name,
        sslCertificate: upload.certificatePem,
        sslPrivateKey: upload.privateKeyPem,
        validate_root_ca: true,
      },
      // an upload must not run twice: only answers proving it was not processed are retried
      retry: 'throttled-only',
    });
    const stored = toStored({ name: upload.name, ...response.body });
    if (!stored) {
      throw new ProviderError(
        'gcore',
        `the answer carries no certificate id, although certificate '${upload.name}' may have been created: run list-certificates`,
        { status: response.status, requestId: response.requestId, action: `POST ${path}` },
      );
    }
    return stored;
  }

  async usage(id: string): Promise<string[]> {
    const { resources } = await this.api.get(GCORE_CERTIFICATE_PATHS.usage(id), USAGE);
    return (resources ?? []).map(resourceLabel);
  }

  async delete(id: string): Promise<void> {
    await this.api.request({ method: 'DELETE', path: GCORE_CERTIFICATE_PATHS.certificate(id) });
  }

  /** `resource`: a resource id, or one of its hostnames (cname or secondary hostname). */
  async targets(resource: string): Promise<CertificateTarget[]> {
    if (/^\d+$/.test(resource)) return [toTarget(await this.readResource(resource))];
    const wanted = asciiHostname(resource);
    const all = await this.api.get(GCORE_PATHS.resources, listOf(RESOURCE));
    const match = all.find(
      (candidate) =>
        candidate.deleted !== true &&
        candidate.status !== 'deleted' &&
        hostnamesOf(candidate).includes(wanted),
    );
    if (!match) {
      throw new ProviderError(
        'gcore',
        `no CDN resource has the hostname '${resource}' (checked the cname and secondaryHostnames of ${all.length} resources)`,
        { action: `GET ${GCORE_PATHS.resources}` },
      );
    }
    return [toTarget(match)];
  }

  /** A resource's certificate is its own: nothing else switches with it. */
  bindingGroup(targets: readonly CertificateTarget[]): Promise<CertificateTarget[]> {
    return Promise.resolve([...targets]);
  }

  /** `PATCH /cdn/resources/{id}` `{"sslEnabled":true,"sslData":N}` per resource, never PUT. */
  async bind(targets: readonly CertificateTarget[], certificateId: string): Promise<BindReceipt> {
    const sslData = numericId(certificateId);
    for (const target of targets) {
      const path = GCORE_PATHS.resource(target.id);
      const response = await this.api.request({
        method: 'PATCH',
        path,
        body: { sslEnabled: true, sslData },
        shape: PATCHED,
      });
      const answered = response.body?.sslData;
      if (answered !== undefined && answered !== null && answered !== String(sslData)) {
        throw new ProviderError(
          'gcore',
          `the resource answered sslData ${answered}, not ${sslData}`,
          { status: response.status, requestId: response.requestId, action: `PATCH ${path}` },
        );
      }
    }
    return { certificateId, targets };
  }

  /** Gcore has no deploy signal: the resource reads back `sslData == N` and `status: active`. */
  async bindingState(receipt: BindReceipt): Promise<TargetBinding[]> {
    const states: TargetBinding[] = [];
    for (const target of receipt.targets) {
      const resource = await this.readResource(target.id);
      const bound = resource.sslData ?? undefined;
      const status = providerText(resource.status) ?? 'unknown';
      const detail = `sslData ${bound ?? 'none'}, status ${status}`;
      const state =
        bound !== receipt.certificateId ? 'failed' : status === 'active' ? 'done' : 'pending';
      states.push({ target: toTarget(resource), state, detail });
    }
    return states;
  }

  private readResource(id: string): Promise<GcoreResource> {
    return this.api.get(GCORE_PATHS.resource(id), RESOURCE);
  }
}

function toStored(
  item: Partial<ShapeOf<typeof CERTIFICATE>> | undefined,
): StoredCertificate | undefined {
  if (!item?.id || item.deleted === true) return undefined;
  const commonName = providerText(item.cert_subject_cn, 253);
  const issuer = providerText(item.cert_issuer);
  const notBefore = isoOrUndefined(item.validity_not_before);
  const notAfter = isoOrUndefined(item.validity_not_after);
  return {
    id: item.id,
    name: providerText(item.name) ?? '',
    ...(commonName ? { commonName } : {}),
    ...(issuer ? { issuer } : {}),
    ...(notBefore ? { notBefore } : {}),
    ...(notAfter ? { notAfter } : {}),
    automated: item.automated === true,
  };
}

function resourceLabel(resource: { id: string; cname?: string | null }): string {
  const cname = providerText(resource.cname, 253);
  return `resource ${resource.id}${cname ? ` (${cname})` : ''}`;
}

function toTarget(resource: GcoreResource): CertificateTarget {
  const bound = resource.sslEnabled === false ? undefined : (resource.sslData ?? undefined);
  const state = providerText(resource.status);
  return {
    id: resource.id,
    label: resourceLabel(resource),
    hostnames: hostnamesOf(resource),
    ...(bound ? { certificateId: bound } : {}),
    ...(state ? { state } : {}),
  };
}

/** Gcore certificate ids are integers; `sslData` takes one. */
function numericId(id: string): number {
  if (!/^\d+$/.test(id)) throw new RefusalError(`Gcore certificate ids are numbers, not '${id}'`);
  return Number(id);
}

function shapeError(action: string, message: string): ProviderError {
  return new ProviderError('gcore', message, { action });
}
