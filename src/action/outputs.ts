/**
 * Outputs within GitHub's limit of 1 MB each, whatever the list sizes: the
 * `result` JSON keeps its shape and loses the tails of its longest lists,
 * saying how many entries each lost; any other output is cut at the limit.
 */

/** GitHub's limit for one output (1 MB), with room for the runner's own framing. */
export const MAX_OUTPUT_BYTES = 1_000_000 - 1024;

/** Where a list was cut (`notSent`, `tasks[2].urls`) -> how many entries it lost. */
export type Truncated = Record<string, number>;

/**
 * `value` as JSON of at most `maxBytes`. While it is too long, the longest
 * list in it loses its second half; an object result gets a `truncated` field
 * naming each cut list and how many entries it lost.
 */
export function boundedJson(
  value: unknown,
  maxBytes = MAX_OUTPUT_BYTES,
): { json: string; truncated: Truncated } {
  let json = JSON.stringify(value) ?? 'null';
  const truncated: Truncated = {};
  if (bytes(json) <= maxBytes) return { json, truncated };
  const copy = JSON.parse(json) as unknown;
  for (let round = 0; round < 200 && bytes(json) > maxBytes; round++) {
    const longest = longestList(copy, '');
    if (!longest || longest.list.length === 0) break;
    const keep = Math.floor(longest.list.length / 2);
    truncated[longest.path] = (truncated[longest.path] ?? 0) + longest.list.length - keep;
    longest.list.length = keep;
    json = JSON.stringify(withTruncated(copy, truncated));
  }
  if (bytes(json) > maxBytes) {
    // no list left to cut: one huge string; say so rather than write a broken output
    json = JSON.stringify({ truncated: true, reason: `the result is over ${maxBytes} bytes` });
  }
  return { json, truncated };
}

/** A plain output cut at `maxBytes` (on a character boundary), and the bytes it lost. */
export function boundedOutput(
  value: string,
  maxBytes = MAX_OUTPUT_BYTES,
): { value: string; lostBytes: number } {
  const size = bytes(value);
  if (size <= maxBytes) return { value, lostBytes: 0 };
  let cut = Buffer.from(value).subarray(0, maxBytes).toString('utf8');
  // a character split at the limit decodes as U+FFFD: drop it
  if (cut.endsWith('\ufffd')) cut = cut.slice(0, -1);
  return { value: cut, lostBytes: size - bytes(cut) };
}

function withTruncated(value: unknown, truncated: Truncated): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...value, truncated };
}

/** The list with the longest JSON in `value`, and its path. */
function longestList(
  value: unknown,
  path: string,
): { list: unknown[]; path: string; size: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let best: { list: unknown[]; path: string; size: number } | undefined;
  const consider = (found: typeof best) => {
    if (found && (!best || found.size > best.size)) best = found;
  };
  if (Array.isArray(value)) {
    consider({ list: value, path: path || '(result)', size: bytes(JSON.stringify(value)) });
    for (const [index, item] of value.entries()) {
      consider(longestList(item, `${path}[${index}]`));
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'truncated' && path === '') continue;
      consider(longestList(item, path ? `${path}.${key}` : key));
    }
  }
  return best;
}

function bytes(text: string): number {
  return Buffer.byteLength(text);
}
