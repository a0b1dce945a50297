/**
 * Redirects are never followed (neither `exchange` nor the GitHub client's
 * fetch follows one): credentials and bodies go only where the configured
 * base URL points. The message names the host the redirect led to, not the
 * whole Location, which may carry a token. The advice comes from the hint
 * table (src/hints.ts).
 */
export function redirectMessage(location: string | undefined, from: URL): string {
  let host: string | undefined;
  try {
    host = location === undefined ? undefined : new URL(location, from).host;
  } catch {
    host = 'an unreadable address';
  }
  return `answered a redirect${host ? ` to ${host}` : ''}, which cdnkit does not follow`;
}
