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

/** Why a purge of `needed` URLs and directories would exceed `quota`, or undefined if it fits. */
export function quotaShortfall(
  needed: { urls: number; dirs: number },
  quota: PurgeQuota,
): string | undefined {
  const over: string[] = [];
  if (needed.urls > quota.remainingUrlQuota)
    over.push(
      `${needed.urls} URLs, but only ${quota.remainingUrlQuota} of the daily ${quota.urlQuota} remain`,
    );
  if (needed.dirs > quota.remainingDirQuota)
    over.push(
      `${needed.dirs} directories, but only ${quota.remainingDirQuota} of the daily ${quota.dirQuota} remain`,
    );
  return over.length === 0 ? undefined : `this purge needs ${over.join('; and ')}`;
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
