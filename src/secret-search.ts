/**
 * Finds which of many registered strings occur in a text in one pass over the
 * text, however many there are: CDNetworks registers a signature (a dozen
 * forms) per request, so a search per form grew with the request count for
 * every line logged. Strings are indexed by three-character keys: a bit set of
 * their hashes answers most probes of a text at once, a map of the keys the
 * rest. With every string at least `m` characters long, a text is probed
 * only every `m - 2` characters (up to MAX_STRIDE): each string is indexed by
 * its keys at that many offsets, one of which any occurrence puts on a probe.
 */

/** Characters in a key; strings shorter than this are searched for one by one. */
const KEY_LENGTH = 3;
/** Most offsets a string is indexed at: more would fill the bit set. */
const MAX_STRIDE = 8;
/** 2^20 bits (128 KiB): a few per cent of probes pass at 10,000 strings times MAX_STRIDE. */
const HASH_BITS = 20;

function hash(a: number, b: number, c: number): number {
  return Math.imul((a * 1031) ^ (b * 97) ^ c, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/** Three UTF-16 code units as a small integer (ten bits of each): entries are checked in full. */
function key(a: number, b: number, c: number): number {
  return ((a & 0x3ff) << 20) | ((b & 0x3ff) << 10) | (c & 0x3ff);
}

const NONE: readonly string[] = [];

/** `found` with `value` in it once. */
function withValue(found: string[] | undefined, value: string): string[] {
  if (!found) return [value];
  if (!found.includes(value)) found.push(value);
  return found;
}

/** A string indexed at one of its offsets. */
interface Entry {
  readonly value: string;
  readonly offset: number;
}

export class StringSearch {
  private readonly values = new Set<string>();
  private readonly short: string[] = [];
  private stride = MAX_STRIDE;
  private filter = new Uint32Array(0);
  private byKey = new Map<number, Entry[]>();

  /** Indexes `value` (once: adding it again changes nothing). */
  add(value: string): void {
    if (this.values.has(value)) return;
    this.values.add(value);
    if (value.length < KEY_LENGTH) {
      this.short.push(value);
      return;
    }
    const stride = Math.min(MAX_STRIDE, value.length - KEY_LENGTH + 1);
    if (this.filter.length === 0 || stride < this.stride) {
      // a shorter string than any before: every string is indexed again, at fewer offsets
      this.stride = stride;
      this.filter = new Uint32Array((1 << HASH_BITS) / 32);
      this.byKey = new Map();
      for (const indexed of this.values) if (indexed.length >= KEY_LENGTH) this.index(indexed);
    } else {
      this.index(value);
    }
  }

  /** Every indexed string that occurs in `text`, each once (in no particular order). */
  occurringIn(text: string): readonly string[] {
    // most texts hold none: nothing is allocated for them
    let found: string[] | undefined;
    for (const value of this.short) if (text.includes(value)) found = withValue(found, value);
    const { filter, byKey, stride } = this;
    for (let at = 0; at + KEY_LENGTH <= text.length; at += stride) {
      const a = text.charCodeAt(at);
      const b = text.charCodeAt(at + 1);
      const c = text.charCodeAt(at + 2);
      const bit = hash(a, b, c);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      for (const { value, offset } of byKey.get(key(a, b, c)) ?? []) {
        if (at >= offset && text.startsWith(value, at - offset)) found = withValue(found, value);
      }
    }
    return found ?? NONE;
  }

  private index(value: string): void {
    for (let offset = 0; offset < this.stride; offset++) {
      const a = value.charCodeAt(offset);
      const b = value.charCodeAt(offset + 1);
      const c = value.charCodeAt(offset + 2);
      const bit = hash(a, b, c);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
      const exact = key(a, b, c);
      const bucket = this.byKey.get(exact);
      if (bucket) bucket.push({ value, offset });
      else this.byKey.set(exact, [{ value, offset }]);
    }
  }
}
