import type { RateLimit } from '../../http/pacing.js';
import { type PurgeTimeModel, WILDCARD_PREFIX } from '../time-model.js';
import { MAX_PATHS_PER_REQUEST } from './limits.js';

/**
 * Medianova publishes no rate limit. The planner assumes one anyway, so that a
 * big purge is planned to finish within `max-duration` without counting on an
 * unknown allowance: 10 purge jobs a minute per resource, URL and wildcard jobs
 * counted together (they go to the same endpoint). That is within what other CDN
 * APIs publish for purge calls (Gcore 2 URL + 1 pattern a minute, CDNetworks 10
 * per 5 minutes, OnApp CDN 40 per 5 minutes) and still sends 1,000 URLs at once.
 * Our assumption, not Medianova's: change it here when a limit is published.
 */
export const ASSUMED_JOBS_PER_MINUTE = 10;

const assumedJobLimit = (resourceId: string): RateLimit => ({
  key: `medianova:purge-jobs:${resourceId}`,
  requests: ASSUMED_JOBS_PER_MINUTE,
  windowMs: 61_000,
});

/**
 * Medianova purge jobs of one resource (medianova.md, "Purge"): 1 to 100 paths
 * a job. Wildcard jobs are kept apart from URL jobs, so a resource whose
 * "Wildcard Purge Suffix" option is off refuses only the wildcard jobs.
 */
export function medianovaPurgeModel(resourceId: string): PurgeTimeModel {
  const limits = [assumedJobLimit(resourceId)];
  return {
    provider: 'medianova',
    byUrl: { name: 'purge by URL', itemsPerRequest: MAX_PATHS_PER_REQUEST, limits },
    byPrefix: { name: 'purge by wildcard', itemsPerRequest: MAX_PATHS_PER_REQUEST, limits },
    mixed: false,
    // "/images/* removes all files and subdirectories inside /images/"
    // (clients.medianova.com, Performance CDN > Purge > Manage Purge)
    prefix: WILDCARD_PREFIX,
    sources: [
      'medianova.md: 1 to 100 paths per purge request (official)',
      `no published rate limit: ${ASSUMED_JOBS_PER_MINUTE} jobs per resource per minute is cdnkit's assumption`,
      'wildcards are recursive: clients.medianova.com Performance CDN > Purge',
    ],
  };
}
