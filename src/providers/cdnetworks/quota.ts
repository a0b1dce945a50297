import { numeric, object, type ShapeOf } from '../../http/shape.js';

/** CDNetworks' daily purge quota, as `POST /ccm/purge/quota` reports it (numbers, or strings of digits). */
export const QUOTA = object({
  urlQuota: numeric,
  remainingUrlQuota: numeric,
  dirQuota: numeric,
  remainingDirQuota: numeric,
});
export type PurgeQuota = ShapeOf<typeof QUOTA>;
