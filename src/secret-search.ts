/**
 * Finds which of many registered strings occur in a text in one pass over the
 * text, however many there are: CDNetworks registers a signature (a dozen
 * forms) per request, so a search per form grew with the request count for
 * every line logged. Each string is indexed by its first three characters: a
 * bit set of their hash answers most positions of a text at once, a map of the
 * exact three characters the rest. Kept up to date on each add.
 */

/** Strings shorter than this cannot be indexed by three characters: they are always candidates. */
const KEY_LENGTH = 3;
/** 2^18 bits (32 KiB): a few per cent of positions pass the filter at 10,000 strings. */
const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

function hash(a: number, b: number, c: number): number {
  return (
    ((Math.imul((a * 1031) ^ (b * 97) ^ c, 0x9e3779b1) >>> 0) >>> (32 - HASH_BITS)) & HASH_MASK
  );
}

/** Three UTF-16 code units as one exact number (below 2^48). */
function key(a: number, b: number, c: number): number {
  return a * 0x1_0000_0000 + b * 0x1_0000 + c;
}

export class StringSearch {
  private readonly filter = new Uint32Array((1 << HASH_BITS) / 32);
  private readonly byKey = new Map<number, string[]>();
  private readonly short: string[] = [];

  /** Indexes `value` (once: adding it again changes nothing). */
  add(value: string): void {
    if (value.length < KEY_LENGTH) {
      if (!this.short.includes(value)) this.short.push(value);
      return;
    }
    const a = value.charCodeAt(0);
    const b = value.charCodeAt(1);
    const c = value.charCodeAt(2);
    const bit = hash(a, b, c);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
    const exact = key(a, b, c);
    const bucket = this.byKey.get(exact);
    if (!bucket) this.byKey.set(exact, [value]);
    else if (!bucket.includes(value)) bucket.push(value);
  }

  /** Every indexed string that occurs in `text`, each once (in no particular order). */
  occurringIn(text: string): string[] {
    const found = new Set<string>();
    for (const value of this.short) if (text.includes(value)) found.add(value);
    const { filter, byKey } = this;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let end = KEY_LENGTH - 1; end < text.length; end++) {
      const c = text.charCodeAt(end);
      const bit = hash(a, b, c);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
        const start = end - (KEY_LENGTH - 1);
        for (const value of byKey.get(key(a, b, c)) ?? []) {
          if (text.startsWith(value, start)) found.add(value);
        }
      }
      a = b;
      b = c;
    }
    return [...found];
  }
}
