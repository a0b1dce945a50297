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
 * No rate limits are published: requests are sent one after another, unpaced,
 * and a 429 or 5xx is retried with backoff (honouring Retry-After) by the HTTP layer.
 */
export const JOB_RATE_LIMITS = [] as const;

/** How often `wait` polls job statuses. */
export const POLL_INTERVAL_MS = 5_000;
