/**
 * Dates from answers, which may lie about them: an expiry of 99999999999999
 * seconds, or a JWT `exp` of 1e13, is past what a JavaScript Date holds
 * (8.64e15 ms, year 275760) and `toISOString` would throw a RangeError.
 * Anything past year 9999 reads as FAR_FUTURE: a four-digit-year ISO date
 * every parser reads, and what such an expiry means in practice.
 */

/** The last millisecond of year 9999. */
export const FAR_FUTURE = '9999-12-31T23:59:59.999Z';
const FAR_FUTURE_MS = Date.parse(FAR_FUTURE);

/** `ms` since the epoch as ISO 8601 UTC; FAR_FUTURE past year 9999; undefined for NaN or before year 0. */
export function isoDate(ms: number): string | undefined {
  if (Number.isNaN(ms)) return undefined;
  if (ms > FAR_FUTURE_MS) return FAR_FUTURE;
  const date = new Date(ms);
  // NaN (past the Date range) is not >= 0 either
  return date.getUTCFullYear() >= 0 ? date.toISOString() : undefined;
}
