/** Backoff maths: pure, so the delays are tested without waiting. */

export interface BackoffPolicy {
  /** first retry's ceiling */
  readonly baseMs: number;
  /** no single wait is longer than this */
  readonly capMs: number;
  /** no wait is shorter than this (a throttled provider needs its window to pass) */
  readonly floorMs?: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 30_000 };

/** Longest `Retry-After` we honour; a larger value is cut to this. */
export const MAX_RETRY_AFTER_MS = 120_000;

/**
 * "Full jitter" exponential backoff: a random wait in [floor, min(cap, base * 2^attempt)).
 * `attempt` counts retries from 0.
 */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const floor = policy.floorMs ?? 0;
  const ceiling = Math.max(floor, Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
  return Math.floor(floor + random() * (ceiling - floor));
}

/**
 * Parses a `Retry-After` header: delta-seconds or an HTTP date. Returns the wait
 * in ms (capped at MAX_RETRY_AFTER_MS, never negative), or undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = date - nowMs;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.ceil(ms)));
}

/** Statuses worth another try: throttling and server-side failures. */
export function isRetryableStatus(status: number, extra: readonly number[] = []): boolean {
  return (
    status === 429 || status === 408 || (status >= 500 && status <= 599) || extra.includes(status)
  );
}
