/**
 * Medianova SSL certificates, read only. The list is unofficial (fatihusta/
 * medianova-go `cdn/ssl/ssl.go`, `model.go`): `GET /api/v1/ssl/{org}?page&limit`
 * -> `data[]{uuid, ssl_name, expire_date, common_name, resources[]}` and
 * `paginate.last_page`. No source documents upload, binding or deletion.
 */
import { ProviderError } from '../../errors.js';
import {
  type CertificateReader,
  type CertificateTarget,
  isoOrUndefined,
  providerText,
  type StoredCertificate,
} from '../certificates.js';
import type { MedianovaAuth } from './auth.js';
import { MedianovaCdn } from './cdn.js';
import { ENDPOINTS } from './endpoints.js';
import { MAX_LIST_PAGES } from './limits.js';

/** Paths in one place: the list is unofficial, the resource read official. */
export const MEDIANOVA_CERTIFICATE_PATHS = {
  /** GET ?page=N&limit=100 (unofficial) */
  list: (organization: string) => `/api/v1/ssl/${encodeURIComponent(organization)}`,
  /** GET: one resource, whose `ssl_uuid` is the certificate bound (official path) */
  resource: (organization: string, uuid: string) =>
    `${ENDPOINTS.resources(organization)}/${encodeURIComponent(uuid)}`,
} as const;

const PAGE_LIMIT = 100;

interface ListedSsl {
  uuid?: unknown;
  ssl_name?: unknown;
  expire_date?: unknown;
  common_name?: unknown;
  resources?: unknown;
}

interface SslPage {
  data?: unknown;
  paginate?: { last_page?: unknown };
}

export class MedianovaCertificates implements CertificateReader {
  readonly provider = 'medianova' as const;

  constructor(
    private readonly auth: MedianovaAuth,
    private readonly organization: string,
  ) {}

  /** Every page up to `paginate.last_page`, never more than MAX_LIST_PAGES. */
  async list(): Promise<StoredCertificate[]> {
    const all: StoredCertificate[] = [];
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
      const response = await this.auth.send<SslPage>({
        method: 'GET',
        path: MEDIANOVA_CERTIFICATE_PATHS.list(this.organization),
        query: { page, limit: PAGE_LIMIT },
      });
      const items = Array.isArray(response.body?.data) ? (response.body.data as ListedSsl[]) : [];
      for (const item of items) {
        const stored = toStored(item);
        if (stored) all.push(stored);
      }
      const lastPage = Number(response.body?.paginate?.last_page ?? page);
      if (items.length === 0 || !Number.isFinite(lastPage) || page >= lastPage) break;
    }
    return all;
  }

  async get(id: string): Promise<StoredCertificate> {
    const found = (await this.list()).find((certificate) => certificate.id === id);
    if (!found) {
      throw new ProviderError('medianova', `no SSL certificate has the uuid ${id}`, {
        action: `GET ${MEDIANOVA_CERTIFICATE_PATHS.list(this.organization)}`,
      });
    }
    return found;
  }

  /** `resource` (uuid or hostname) and the `ssl_uuid` bound to it. */
  async targets(resource: string): Promise<CertificateTarget[]> {
    const cdn = new MedianovaCdn(this.auth, {
      organization: this.organization,
      resource,
      checkHosts: true,
    });
    const found = await cdn.resolveResource();
    const response = await this.auth.send<{ data?: { ssl_uuid?: unknown; status?: unknown } }>({
      method: 'GET',
      path: MEDIANOVA_CERTIFICATE_PATHS.resource(this.organization, found.id),
    });
    const bound = providerText(response.body?.data?.ssl_uuid);
    const state = providerText(response.body?.data?.status);
    return [
      {
        id: found.id,
        label: `resource ${found.id}${found.hostnames?.[0] ? ` (${found.hostnames[0]})` : ''}`,
        hostnames: found.hostnames ?? [],
        ...(bound ? { certificateId: bound } : {}),
        ...(state ? { state } : {}),
      },
    ];
  }
}

function toStored(item: ListedSsl): StoredCertificate | undefined {
  const id = providerText(item.uuid);
  if (id === undefined) return undefined;
  const commonName = providerText(item.common_name, 253);
  // expire_date's format is unknown: whatever Date.parse reads, else nothing
  const notAfter = isoOrUndefined(item.expire_date);
  const resources = Array.isArray(item.resources) ? item.resources : [];
  return {
    id,
    name: providerText(item.ssl_name) ?? '',
    ...(commonName ? { commonName } : {}),
    ...(notAfter ? { notAfter } : {}),
    automated: false,
    boundTo: resources
      .map((resource) => {
        const entry = resource as { resource_uuid?: unknown; cdn_url?: unknown };
        return providerText(entry?.cdn_url, 253) ?? providerText(entry?.resource_uuid);
      })
      .filter((name): name is string => name !== undefined)
      .map((name) => `resource ${name}`),
  };
}
