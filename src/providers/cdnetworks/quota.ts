/** CDNetworks' daily purge quota, as `POST /ccm/purge/quota` reports it. */
export interface PurgeQuota {
  urlQuota: number;
  remainingUrlQuota: number;
  dirQuota: number;
  remainingDirQuota: number;
}

const QUOTA_FIELDS = ['urlQuota', 'remainingUrlQuota', 'dirQuota', 'remainingDirQuota'] as const;

/** The quota fields of an answer, or undefined when one is missing or not a number. */
export function readQuota(body: unknown): PurgeQuota | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const quota: Partial<PurgeQuota> = {};
  for (const field of QUOTA_FIELDS) {
    const value = toNumber((body as Record<string, unknown>)[field]);
    if (value === undefined) return undefined;
    quota[field] = value;
  }
  return quota as PurgeQuota;
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
