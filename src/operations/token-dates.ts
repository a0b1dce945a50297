/** Dates of API tokens: pure, so expiry rules are tested with fixed clocks. */

export const DAY_MS = 86_400_000;

/** A token this close to expiry is an error, not a warning (Gcore's portal warns at 7 days and 1 day). */
export const EXPIRY_ERROR_DAYS = 1;

export type ExpiryLevel = 'never' | 'unknown' | 'ok' | 'warning' | 'error' | 'expired';

/** The expiry of a token created now: `days` from now (ISO 8601 UTC, whole seconds), or null. */
export function expiryFrom(days: number | 'never', nowMs: number): string | null {
  if (days === 'never') return null;
  return new Date(Math.floor((nowMs + days * DAY_MS) / 1000) * 1000).toISOString();
}

/** Whole days until `expiresAt` (rounded down, 0 once expired); undefined for never or unreadable. */
export function daysLeft(expiresAt: string | null, nowMs: number): number | undefined {
  const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.floor((at - nowMs) / DAY_MS));
}

/**
 * How urgent a token's expiry is: expired, within a day (error), within
 * `warnDays` (warning), later (ok), never, or an expiry that cannot be read.
 */
export function expiryLevel(
  token: { expiresAt: string | null; expired: boolean },
  nowMs: number,
  warnDays: number,
): ExpiryLevel {
  if (token.expired) return 'expired';
  if (token.expiresAt === null) return 'never';
  const at = Date.parse(token.expiresAt);
  if (Number.isNaN(at)) return 'unknown';
  const left = at - nowMs;
  if (left <= 0) return 'expired';
  if (left <= EXPIRY_ERROR_DAYS * DAY_MS) return 'error';
  if (left <= warnDays * DAY_MS) return 'warning';
  return 'ok';
}
