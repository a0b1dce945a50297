/** Gcore permanent API tokens: `<id>$<secret>` (v1) or `<id>_<secret>` (v2). */
export function tokenIdOf(token: string): string | undefined {
  return /^(\d+)[$_]/.exec(token)?.[1];
}

/** The Authorization header for a permanent API token. */
export function apiKeyHeader(token: string): Record<string, string> {
  return { authorization: `APIKey ${token}` };
}
