import type { RateLimit } from '../../http/pacing.js';

/** Medianova's published limits (its API documentation, Purge page), and our own where it publishes none. */
export const MEDIANOVA_BASE_URL = 'https://cloud.medianova.com';

/** Purge: "1 to 100 paths per request" (official). Prefetch's limit is unpublished: the same. */
export const MAX_PATHS_PER_REQUEST = 100;

/** The job status call needs `limit` between 1 and 100: we read the most a page allows. */
export const STATUS_PAGE_LIMIT = 100;

/**
 * Upper bound on pages read from one paginated list (resources, job statuses),
 * so an answer whose `last_page` or `total` never ends cannot loop for ever.
 */
export const MAX_LIST_PAGES = 500;
/** Resources kept from the list at most. */
export const MAX_LIST_ITEMS = 50_000;
/**
 * Pages of one job's status read at most: a job holds at most 100 paths (one
 * page), so more pages mean the `opID` filter was ignored.
 */
export const MAX_JOB_STATUS_PAGES = 10;

/**
 * Medianova publishes no rate limit. cdnkit assumes one anyway, plans with it
 * (time-model.ts) and paces to it, so that a big purge neither counts on an
 * unknown allowance nor bursts: 10 jobs a minute per resource and job kind
 * (purge URL and wildcard jobs go to the same endpoint and count together;
 * prefetch jobs count apart). That is within what other CDN APIs publish for
 * purge calls (Gcore 2 URL + 1 pattern a minute, CDNetworks 10 per 5 minutes,
 * OnApp CDN 40 per 5 minutes) and still sends 1,000 URLs at once.
 * Our assumption, not Medianova's: change it here when a limit is published.
 * A 429 is still retried with backoff (honouring Retry-After) by the HTTP layer.
 */
export const ASSUMED_JOBS_PER_MINUTE = 10;

/** The assumed job window of one resource and job kind: a minute plus a second of margin. */
export const jobLimit = (resourceId: string, kind: 'purge' | 'prefetch'): RateLimit => ({
  key: `medianova:${kind}-jobs:${resourceId}`,
  requests: ASSUMED_JOBS_PER_MINUTE,
  windowMs: 61_000,
});

/** How often `wait` polls job statuses. */
export const POLL_INTERVAL_MS = 5_000;
