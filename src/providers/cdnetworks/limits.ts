import type { RateLimit } from '../../http/pacing.js';
import type { BackoffPolicy } from '../../http/retry.js';
import { ENDPOINTS } from './endpoints.js';

/** CDNetworks' published per-call and per-account limits (documents.cdnetworks.com: API introduction, Content Management API pages). */
export const CDNETWORKS_BASE_URL = 'https://api.cdnetworks.com';

/** One purge call carries at most 500 `urls` and `dirs` together. */
export const MAX_ITEMS_PER_PURGE = 500;
export const MAX_URLS_PER_PREFETCH = 400;
/** `dirs` entries are at most 1000 characters (URLs: 2000, checked for every provider). */
export const MAX_DIR_LENGTH = 1000;
/** Entries per page when reading a task's status. */
export const STATUS_PAGE_SIZE = 50;

/**
 * Default daily purge quota per account (cdnetworks.md, "Purge": 5,000 URLs and
 * 500 dirs, adjustable by CDNetworks); `check-quota` reads what is left.
 */
export const DEFAULT_DAILY_QUOTA = { urls: 5000, prefixes: 500 } as const;

/** Five minutes plus 10 s of margin for clock skew and latency between us and CDNetworks. */
const FIVE_MINUTES = 310_000;

/** 300 API requests per 5 minutes per account, whatever the endpoint. */
export const accountLimit = (account: string): RateLimit => ({
  key: `cdnetworks:account:${account}`,
  requests: 300,
  windowMs: FIVE_MINUTES,
});

/**
 * Calls per user per 5 minutes, by interface, from each API page's "single
 * user call frequency" (documents.cdnetworks.com, Content Management API:
 * Purge, QueryPurgeStatus, QueryPrefetchStatus). They are stricter than the
 * seed's general "30 per 5 minutes per interface", which holds for the rest.
 */
const CALLS_PER_WINDOW: Readonly<Record<string, number>> = {
  [ENDPOINTS.purge]: 10,
  [ENDPOINTS.purgeStatus]: 10,
  [ENDPOINTS.prefetchStatus]: 1,
};
const DEFAULT_CALLS_PER_WINDOW = 30;

/** The limit of one interface (path) for one account. */
export const endpointLimit = (account: string, path: string): RateLimit => ({
  key: `cdnetworks:endpoint:${account}:${path}`,
  requests: CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW,
  windowMs: FIVE_MINUTES,
});

/** 429, and 446 `WPLUS_AccountApiTooFrequence`: both mean "slow down". */
export const THROTTLE_STATUSES = [429, 446] as const;

/** A throttled account waits for its 5-minute window to move: tens of seconds at least. */
export const THROTTLE_BACKOFF: BackoffPolicy = { floorMs: 20_000, baseMs: 40_000, capMs: 120_000 };

/**
 * How often `wait` polls a kind of task: no faster than its status interface
 * allows one read (purge status 10, prefetch status 1 per 5 minutes). Pacing
 * still spaces the reads when a poll needs several.
 */
export const pollIntervalMs = (path: string): number =>
  Math.ceil(FIVE_MINUTES / (CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW));
