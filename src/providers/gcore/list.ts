/** Gcore lists are a bare array, or `{ count, next, previous, results }` when paginated. */
export function listItems<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const results = (body as { results?: unknown } | undefined)?.results;
  return Array.isArray(results) ? (results as T[]) : [];
}
