import { type PurgeTimeModel, WILDCARD_PREFIX } from '../time-model.js';
import { ASSUMED_JOBS_PER_MINUTE, jobLimit, MAX_PATHS_PER_REQUEST } from './limits.js';

/**
 * Medianova purge jobs of one resource (medianova.md, "Purge"): 1 to 100 paths
 * a job, at the rate cdnkit assumes and paces to (limits.ts: none is
 * published). Wildcard jobs are kept apart from URL jobs, so a resource whose
 * "Wildcard Purge Suffix" option is off refuses only the wildcard jobs.
 */
export function medianovaPurgeModel(resourceId: string): PurgeTimeModel {
  const limits = [jobLimit(resourceId, 'purge')];
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
      `no published rate limit: ${ASSUMED_JOBS_PER_MINUTE} jobs per resource per minute is cdnkit's assumption, and its pacing`,
      'wildcards are recursive: clients.medianova.com Performance CDN > Purge',
    ],
  };
}
