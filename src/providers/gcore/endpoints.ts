import { pathSegment as segment } from '../../http/paths.js';

/** Every Gcore path cdnkit calls (Gcore API reference: CDN, IAM), in one place, so a moved endpoint is one edit. */
export const GCORE_PATHS = {
  jwtLogin: '/iam/auth/jwt/login',
  jwtRefresh: '/iam/auth/jwt/refresh',
  /** the user behind the credentials: used to verify a new token */
  usersMe: '/iam/users/me',
  /** the account (client) behind the credentials: its `id` is the client id */
  clientsMe: '/iam/clients/me',
  /** v2 token endpoints; v1 create is deprecated (removal announced for 2026-07-17) */
  tokens: (clientId: string) => `/iam/v2/clients/${segment(clientId)}/tokens`,
  token: (clientId: string, tokenId: string) =>
    `/iam/v2/clients/${segment(clientId)}/tokens/${segment(tokenId)}`,
  resources: '/cdn/resources',
  resource: (id: string) => `/cdn/resources/${segment(id)}`,
  purge: (resourceId: string) => `/cdn/resources/${segment(resourceId)}/purge`,
  prefetch: (resourceId: string) => `/cdn/resources/${segment(resourceId)}/prefetch`,
  purgeStatuses: '/cdn/purge_statuses',
} as const;
