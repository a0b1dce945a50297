import type { PurgeAction } from '../../config/config.js';
import type { PurgeTimeModel } from '../time-model.js';
import { ENDPOINTS } from './endpoints.js';
import {
  accountLimit,
  DEFAULT_DAILY_QUOTA,
  endpointLimit,
  MAX_DIR_LENGTH,
  MAX_ITEMS_PER_PURGE,
} from './limits.js';

/**
 * CDNetworks purges of one account: one call carries up to 500 `urls` and
 * `dirs` together, except with `purge-action: delete`, where dirs travel in
 * calls of their own (cdn.ts), so a refused dir delete cannot take URLs down.
 * Every call counts against the purge interface (10 per 5 minutes) and the
 * account (300 per 5 minutes): the windows of limits.ts, which the client sends with.
 */
export function cdnetworksPurgeModel(account: string, purgeAction: PurgeAction): PurgeTimeModel {
  const limits = [accountLimit(account), endpointLimit(account, ENDPOINTS.purge)];
  return {
    provider: 'cdnetworks',
    byUrl: { name: 'purge URLs', itemsPerRequest: MAX_ITEMS_PER_PURGE, limits },
    byPrefix: { name: 'purge dirs', itemsPerRequest: MAX_ITEMS_PER_PURGE, limits },
    mixed: purgeAction !== 'delete',
    dailyQuota: DEFAULT_DAILY_QUOTA,
    prefix: {
      // a directory purge refreshes every file below it (documents.cdnetworks.com/document/15915)
      write: (directory) => directory,
      accepts: (directory) => !directory.includes('*') && directory.length <= MAX_DIR_LENGTH,
    },
    sources: [
      'cdnetworks.md: 500 urls + dirs per purge call',
      'cdnetworks.md: purge calls 10 per 5 minutes per user; 300 API calls per 5 minutes per account',
      'cdnetworks.md: default daily quota 5,000 URLs and 500 dirs (check-quota reads what is left)',
      'windows are 310 s: five minutes plus 10 s of margin (src/providers/cdnetworks/limits.ts)',
    ],
  };
}
