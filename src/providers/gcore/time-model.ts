import { type PurgeTimeModel, WILDCARD_PREFIX } from '../time-model.js';
import {
  MAX_PATTERNS_PER_PURGE,
  MAX_URLS_PER_PURGE,
  patternPurgeLimit,
  urlPurgeLimit,
} from './limits.js';

/**
 * Gcore purges of one resource (gcore.md, "CDN purge"): URL purges carry 100
 * paths at 2 requests a minute; pattern purges carry 10 patterns at 1 a minute,
 * a count they share with purge-all. The two windows are separate, so URL and
 * pattern requests overlap in time. No daily quota is published.
 */
export function gcorePurgeModel(resourceId: string): PurgeTimeModel {
  return {
    provider: 'gcore',
    byUrl: {
      name: 'purge by URL',
      itemsPerRequest: MAX_URLS_PER_PURGE,
      limits: [urlPurgeLimit(resourceId)],
    },
    byPrefix: {
      name: 'purge by pattern',
      itemsPerRequest: MAX_PATTERNS_PER_PURGE,
      limits: [patternPurgeLimit(resourceId)],
    },
    mixed: false,
    // a pattern purge is recursive: '/dir/*' is every object below /dir/ (gcore.md)
    prefix: WILDCARD_PREFIX,
    sources: [
      'gcore.md: 100 URLs per request, 2 URL-purge requests per resource per minute',
      'gcore.md: 10 patterns per request, 1 pattern-purge request per resource per minute (shared with purge-all)',
      'windows are 61 s: a minute plus a second of margin (src/providers/gcore/limits.ts)',
    ],
  };
}
