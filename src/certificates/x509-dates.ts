/**
 * `X509Certificate.validFrom`/`validTo` as epoch ms. They are strings such as
 * `Dec 30 14:23:04 2026 GMT` (OpenSSL's ASN1_TIME_print); `validToDate` would
 * parse them for us, but needs Node 22.10 and cdnkit runs on Node 20 too.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ASN1_TIME = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\d{4}) GMT$/;

/** Epoch ms of an OpenSSL time string; NaN when it is not one. */
export function parseX509Time(text: string): number {
  const match = ASN1_TIME.exec(text.trim());
  if (!match) return Number.NaN;
  const [, month, day, hours, minutes, seconds, year] = match;
  const monthIndex = MONTHS.indexOf(month!);
  if (monthIndex < 0) return Number.NaN;
  return Date.UTC(
    Number(year),
    monthIndex,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
  );
}

/** ISO 8601 UTC without milliseconds, as every date cdnkit outputs. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
