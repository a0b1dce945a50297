import type { RateLimit } from '../../http/pacing.js';
import type { BackoffPolicy } from '../../http/retry.js';

/** Gcore's published per-request and per-resource limits (Gcore API reference, CDN "Purge cache" and "Prefetch content"). */
export const GCORE_BASE_URL = 'https://api.gcore.com';

export const MAX_URLS_PER_PURGE = 100;
export const MAX_PATTERNS_PER_PURGE = 10;
export const MAX_PATHS_PER_PREFETCH = 100;

/** A minute plus a second of margin for clock skew between us and Gcore. */
const MINUTE = 61_000;

/** 2 URL-purge requests per resource per minute. */
export const urlPurgeLimit = (resourceId: string): RateLimit => ({
  key: `gcore:purge-urls:${resourceId}`,
  requests: 2,
  windowMs: MINUTE,
});
/** Pattern purge and purge-all: 1 request per resource per minute, one shared count. */
export const patternPurgeLimit = (resourceId: string): RateLimit => ({
  key: `gcore:purge-paths:${resourceId}`,
  requests: 1,
  windowMs: MINUTE,
});
/** Prefetch: 1 request per resource per minute. */
export const prefetchLimit = (resourceId: string): RateLimit => ({
  key: `gcore:prefetch:${resourceId}`,
  requests: 1,
  windowMs: MINUTE,
});

/** 429 without Retry-After: the per-minute window has to pass. */
export const THROTTLE_BACKOFF: BackoffPolicy = { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 };

/** Permanent API tokens an account may hold. */
export const MAX_TOKENS_PER_ACCOUNT = 50;

/**
 * This run's purges are searched in the status list from a minute before the
 * first request, so a runner clock ahead of Gcore's does not hide them.
 */
export const PURGE_STATUS_CLOCK_SKEW_MS = 60_000;

/**
 * Purge statuses per page. Gcore's API reference caps `limit` at 100
 * ("x <= 100", Get purges history); gcore-python's default of 1000 exceeds it.
 */
export const STATUS_PAGE_LIMIT = 100;

/** Pages read from one window of the purge history at most (20,000 purges). */
export const MAX_STATUS_PAGES = 200;

/**
 * `purge-status` of an earlier run's task ids looks back this far, one window
 * at a time, stopping once every id is found: the history is never read whole.
 */
export const HISTORY_WINDOWS_DAYS = [1, 7, 30] as const;

/** How often `wait` polls purge statuses. */
export const POLL_INTERVAL_MS = 5_000;
