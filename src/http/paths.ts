/** `value` as one segment of a URL path: `/`, `?`, `#`, `%` and every other reserved character percent-encoded. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}
