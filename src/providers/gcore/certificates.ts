/**
 * Gcore CDN certificates (`/cdn/sslData`) and their binding to CDN resources
 * (certificates.md; Gcore's OpenAPI spec `cdn_api.yaml`: "SSL certificates",
 * "CDN resources"). A resource is only ever changed with PATCH: a PUT replaces
 * the whole resource (certimate #595, #672).
 */
import { ProviderError, RefusalError } from '../../errors.js';
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
import { unknown } from '../../http/shape.js';
import type { GcoreApi } from './api.js';
import { GCORE_PATHS } from './endpoints.js';

/** Every certificate path, in one place. */
export const GCORE_CERTIFICATE_PATHS = {
  /** GET ?limit&offset (envelope with limit, bare array without); POST: upload (201, id in body) */
  certificates: '/cdn/sslData',
  /** GET: name, cert_subject_cn, validity_not_after, automated; DELETE: 204, 400 while in use */
  certificate: (id: string) => `/cdn/sslData/${encodeURIComponent(id)}`,
  /** GET: { resources: [{ id, cname, status }] } */
  usage: (id: string) => `/cdn/sslData/${encodeURIComponent(id)}/usage`,
} as const;

/** Certificates listed per page; pages read at most (50,000 certificates). */
const PAGE_SIZE = 1000;
const MAX_PAGES = 50;

interface GcoreCertificate {
  id?: unknown;
  name?: unknown;
  cert_subject_cn?: unknown;
  cert_issuer?: unknown;
  validity_not_before?: unknown;
  validity_not_after?: unknown;
  automated?: unknown;
  deleted?: unknown;
}

interface GcoreResource {
  id?: unknown;
  cname?: unknown;
  secondaryHostnames?: unknown;
  status?: unknown;
  deleted?: unknown;
  sslEnabled?: unknown;
  sslData?: unknown;
}

export class GcoreCertificates implements CertificateManager {
  readonly provider = 'gcore' as const;

  constructor(private readonly api: GcoreApi) {}

  async list(): Promise<StoredCertificate[]> {
    const all: StoredCertificate[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await this.api.get(GCORE_CERTIFICATE_PATHS.certificates, unknown, {
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      });
      const items = listItems<GcoreCertificate>(body);
      for (const item of items) {
        const stored = toStored(item);
        if (stored) all.push(stored);
      }
      // a bare array is the whole list; an envelope ends when a page is short
      if (Array.isArray(body) || items.length < PAGE_SIZE) break;
    }
    const bindings = await this.bindings();
    return all.map((certificate) => ({
      ...certificate,
      boundTo: bindings.get(certificate.id) ?? [],
    }));
  }

  /** Certificate id -> the resources it is bound to, from one read of the resource list. */
  private async bindings(): Promise<Map<string, string[]>> {
    const bound = new Map<string, string[]>();
    for (const resource of listItems<GcoreResource>(
      await this.api.get(GCORE_PATHS.resources, unknown),
    )) {
      const id = resource.sslEnabled === false ? undefined : providerText(resource.sslData);
      if (id === undefined || resource.deleted === true) continue;
      bound.set(id, [...(bound.get(id) ?? []), resourceLabel(resource)]);
    }
    return bound;
  }

  /** The certificate, with the resources that use it (its own answer has only a flag). */
  async get(id: string): Promise<StoredCertificate> {
    const path = GCORE_CERTIFICATE_PATHS.certificate(id);
    const found = toStored((await this.api.get(path, unknown)) as GcoreCertificate);
    if (!found) throw shapeError(`GET ${path}`, 'the answer is not a certificate');
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
    const response = await this.api.request<GcoreCertificate>({
      method: 'POST',
      path,
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
    const body = (await this.api.get(GCORE_CERTIFICATE_PATHS.usage(id), unknown)) as {
      resources?: unknown;
    };
    const resources = Array.isArray(body?.resources) ? (body.resources as GcoreResource[]) : [];
    return resources.map((resource) => resourceLabel(resource));
  }

  async delete(id: string): Promise<void> {
    await this.api.request({ method: 'DELETE', path: GCORE_CERTIFICATE_PATHS.certificate(id) });
  }

  /** `resource`: a resource id, or one of its hostnames (cname or secondary hostname). */
  async targets(resource: string): Promise<CertificateTarget[]> {
    if (/^\d+$/.test(resource)) return [toTarget(await this.readResource(resource))];
    const wanted = resource.toLowerCase();
    const all = listItems<GcoreResource>(await this.api.get(GCORE_PATHS.resources, unknown));
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
      const response = await this.api.request<GcoreResource>({
        method: 'PATCH',
        path,
        body: { sslEnabled: true, sslData },
      });
      if (response.body?.sslData !== undefined && Number(response.body.sslData) !== sslData) {
        throw new ProviderError(
          'gcore',
          `the resource answered sslData ${String(response.body.sslData)}, not ${sslData}`,
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
      const bound = providerText(resource.sslData);
      const status = providerText(resource.status) ?? 'unknown';
      const detail = `sslData ${bound ?? 'none'}, status ${status}`;
      const state =
        bound !== receipt.certificateId ? 'failed' : status === 'active' ? 'done' : 'pending';
      states.push({ target: toTarget(resource), state, detail });
    }
    return states;
  }

  private readResource(id: string): Promise<GcoreResource> {
    return this.api.get(GCORE_PATHS.resource(id), unknown) as Promise<GcoreResource>;
  }
}

/** Gcore lists are a bare array, or `{ count, next, previous, results }` when paginated. */
function listItems<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const results = (body as { results?: unknown } | undefined)?.results;
  return Array.isArray(results) ? (results as T[]) : [];
}

function toStored(item: GcoreCertificate | undefined): StoredCertificate | undefined {
  const id = providerText(item?.id);
  if (!item || id === undefined || item.deleted === true) return undefined;
  const commonName = providerText(item.cert_subject_cn, 253);
  const issuer = providerText(item.cert_issuer);
  const notBefore = isoOrUndefined(item.validity_not_before);
  const notAfter = isoOrUndefined(item.validity_not_after);
  return {
    id,
    name: providerText(item.name) ?? '',
    ...(commonName ? { commonName } : {}),
    ...(issuer ? { issuer } : {}),
    ...(notBefore ? { notBefore } : {}),
    ...(notAfter ? { notAfter } : {}),
    automated: item.automated === true,
  };
}

function hostnamesOf(resource: GcoreResource): string[] {
  const secondary = Array.isArray(resource.secondaryHostnames) ? resource.secondaryHostnames : [];
  return [resource.cname, ...secondary]
    .map((name) => providerText(name, 253)?.toLowerCase())
    .filter((name): name is string => name !== undefined);
}

function resourceLabel(resource: GcoreResource): string {
  const cname = providerText(resource.cname, 253);
  return `resource ${providerText(resource.id) ?? '?'}${cname ? ` (${cname})` : ''}`;
}

function toTarget(resource: GcoreResource): CertificateTarget {
  const id = providerText(resource.id);
  if (id === undefined) throw shapeError('GET /cdn/resources', 'a resource carries no id');
  const bound = resource.sslEnabled === false ? undefined : providerText(resource.sslData);
  const state = providerText(resource.status);
  return {
    id,
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
