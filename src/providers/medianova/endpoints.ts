import { pathSegment as segment } from '../../http/paths.js';

/**
 * Every Medianova path, in one place so a wrong one is corrected here only.
 * Sources: the official API documentation (login, purge, Stook) and the
 * unofficial Go client fatihusta/medianova-go (resource list, prefetch path).
 */

/**
 * Where Stook lives: the first prefix, unless the first Stook call of a run
 * answers 404 there and the second answers (stook.ts). The docs page's
 * endpoint headers, an earlier revision of it and the unofficial client all
 * say `/api/v2`; only the page's generated HTTP samples (seed 002) show
 * `/api/api/v2`, a server URL ending in `/api` joined to a path starting with it.
 */
export const STOOK_PREFIXES = ['/api/v2/stook', '/api/api/v2/stook'] as const;
export type StookPrefix = (typeof STOOK_PREFIXES)[number];

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
  credentials: (prefix: StookPrefix, organization: string) =>
    `${prefix}/${segment(organization)}/credential`,
  /** GET, PUT, DELETE one credential */
  credential: (prefix: StookPrefix, organization: string, id: string) =>
    `${prefix}/${segment(organization)}/credential/${segment(id)}`,
  /** POST: create. Note the plural, unlike every other credential call. */
  createCredential: (prefix: StookPrefix, organization: string) =>
    `${prefix}/${segment(organization)}/credentials`,
} as const;
