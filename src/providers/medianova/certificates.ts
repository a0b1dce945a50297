/**
 * Medianova SSL certificates, read only. The list is unofficial (fatihusta/
 * medianova-go `cdn/ssl/ssl.go`, `model.go`): `GET /api/v1/ssl/{org}?page&limit`
 * -> `data[]{uuid, ssl_name, expire_date, common_name, resources[]}` and
 * `paginate.last_page`. No source documents upload, binding or deletion.
 */
import { ProviderError } from '../../errors.js';
import { incompleteReason, readPages } from '../../http/pages.js';
import { pathSegment as segment } from '../../http/paths.js';
import {
  array,
  either,
  id,
  map,
  nullable,
  numeric,
  object,
  optional,
  type ShapeOf,
  string,
  word,
} from '../../http/shape.js';
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
import { MAX_LIST_ITEMS, MAX_LIST_PAGES } from './limits.js';

/** Paths in one place: the list is unofficial, the resource read official. */
export const MEDIANOVA_CERTIFICATE_PATHS = {
  /** GET ?page=N&limit=100 (unofficial) */
  list: (organization: string) => `/api/v1/ssl/${segment(organization)}`,
  /** GET: one resource, whose `ssl_uuid` is the certificate bound (official path) */
  resource: (organization: string, uuid: string) =>
    `${ENDPOINTS.resources(organization)}/${segment(uuid)}`,
} as const;

const PAGE_LIMIT = 100;

/** One certificate of the list (fatihusta/medianova-go `cdn/ssl/model.go`). */
const LISTED = object({
  uuid: id,
  ssl_name: nullable(string),
  /** format unknown: whatever Date.parse reads, else nothing */
  expire_date: nullable(string),
  common_name: nullable(string),
  resources: nullable(array(object({ resource_uuid: optional(id), cdn_url: nullable(string) }))),
});
type ListedSsl = ShapeOf<typeof LISTED>;

const SSL_PAGE = object({
  data: array(LISTED),
  paginate: optional(object({ last_page: optional(numeric), total: optional(numeric) })),
});

/** The resource read: `ssl_uuid` is the certificate bound (absent, null or "" for none). */
const RESOURCE_SSL = object({
  data: object({
    ssl_uuid: optional(
      either(
        id,
        map(word(['']), () => undefined),
      ),
    ),
    status: optional(either(string, map(numeric, String))),
  }),
});

export class MedianovaCertificates implements CertificateReader {
  readonly provider = 'medianova' as const;

  constructor(
    private readonly auth: MedianovaAuth,
    private readonly organization: string,
  ) {}

  /** Every page (readPages: `paginate.last_page`, bounded); a list read only in part is an error. */
  async list(): Promise<StoredCertificate[]> {
    const path = MEDIANOVA_CERTIFICATE_PATHS.list(this.organization);
    const list = await readPages(
      async (page) => {
        const { body } = await this.auth.send({
          method: 'GET',
          path,
          query: { page, limit: PAGE_LIMIT },
          shape: SSL_PAGE,
        });
        return {
          items: body.data,
          total: body.paginate?.total,
          lastPage: body.paginate?.last_page,
        };
      },
      (ssl) => ssl.uuid,
      { maxPages: MAX_LIST_PAGES, maxItems: MAX_LIST_ITEMS },
    );
    if (!list.complete) {
      throw new ProviderError(
        'medianova',
        `the SSL certificate list could not be read to its end (${incompleteReason(list)})`,
        { action: `GET ${path}` },
      );
    }
    return list.items.map(toStored);
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
    const { body } = await this.auth.send({
      method: 'GET',
      path: MEDIANOVA_CERTIFICATE_PATHS.resource(this.organization, found.id),
      shape: RESOURCE_SSL,
    });
    const bound = body.data.ssl_uuid;
    const state = providerText(body.data.status);
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

function toStored(item: ListedSsl): StoredCertificate {
  const commonName = providerText(item.common_name, 253);
  const notAfter = isoOrUndefined(item.expire_date);
  return {
    id: item.uuid,
    name: providerText(item.ssl_name) ?? '',
    ...(commonName ? { commonName } : {}),
    ...(notAfter ? { notAfter } : {}),
    automated: false,
    boundTo: (item.resources ?? [])
      .map((resource) => providerText(resource.cdn_url, 253) ?? resource.resource_uuid)
      .filter((name): name is string => name !== undefined)
      .map((name) => `resource ${name}`),
  };
}
