/**
 * Splits a list input: entries separated by newlines (and commas, unless
 * `commas` is false, as for files with one URL a line); blank entries and `#`
 * comment lines dropped; order kept, duplicates removed.
 */
export function parseList(text: string, { commas = true } = {}): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    for (const part of commas ? line.split(',') : [line]) {
      const entry = part.trim();
      if (entry !== '') seen.add(entry);
    }
  }
  return [...seen];
}

/** Unique entries, first occurrence kept. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Splits `items` into consecutive batches of at most `size`, order kept. */
export function batch<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
