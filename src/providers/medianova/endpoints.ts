import { pathSegment as segment } from '../../http/paths.js';

/**
 * Every Medianova path, in one place so a wrong one is corrected here only.
 * Sources: the official API documentation (login, purge, Stook) and the
 * unofficial Go client fatihusta/medianova-go (resource list, prefetch path).
 */

/**
 * Stook credentials live under this prefix. The seed page shows the doubled
 * `/api/api/v2/stook`; other pages of the same docs show `/api/v2/stook`.
 */
export const STOOK_PREFIX = '/api/api/v2/stook';

export const ENDPOINTS = {
  /** POST {api_key, api_secret} -> {status, token, session, expire} (official) */
  login: '/api/v1/auth/login/token',
  /** GET ?page=N -> {data: {current_page, last_page, total, data: [...]}} (unofficial) */
  resources: (organization: string) => `/api/v1/cdn/${segment(organization)}/resource`,
  /**
   * POST {resource_uuid, file_path} -> {status, opID}; GET ?page&limit&opID -> job statuses.
   * Purge is official; prefetch's path is the unofficial client's, same shape.
   */
  job: (organization: string, resource: string, kind: 'purge' | 'prefetch') =>
    `/api/v1/cdn/${segment(organization)}/job/${segment(resource)}/${kind}`,
  /** GET: list of credentials */
  credentials: (organization: string) => `${STOOK_PREFIX}/${segment(organization)}/credential`,
  /** GET, PUT, DELETE one credential */
  credential: (organization: string, id: string) =>
    `${STOOK_PREFIX}/${segment(organization)}/credential/${segment(id)}`,
  /** POST: create. Note the plural, unlike every other credential call. */
  createCredential: (organization: string) =>
    `${STOOK_PREFIX}/${segment(organization)}/credentials`,
} as const;
