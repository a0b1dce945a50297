import { InputError } from '../errors.js';
import { CONTROL_CHARACTERS, preview } from '../text.js';

/** Longest URL or path we accept (CDNetworks' limit, the strictest of the three). */
export const MAX_URL_LENGTH = 2000;

/**
 * Normalises one purge target: a full http(s) URL (host lower-cased, default port
 * and fragment dropped) or an absolute path (dot segments resolved, unsafe
 * characters percent-encoded). Anything else is an InputError naming `input`.
 * A target already in that form (isNormalised) is returned as it is, unparsed.
 */
export function normaliseTarget(
  entry: string,
  input: string,
  /** how errors name the entry instead of quoting it (a line of a file) */
  label?: string,
): string {
  return isNormalised(entry) ? entry : normaliseWithUrlParser(entry, input, label);
}

/** normaliseTarget by the WHATWG URL parser, whatever the entry. */
export function normaliseWithUrlParser(entry: string, input: string, label?: string): string {
  const quoted = label ?? `'${preview(entry)}'`;
  if (CONTROL_CHARACTERS.test(entry) || /\s/.test(entry)) {
    throw new InputError(input, `${quoted} contains white space or control characters`);
  }
  let normalised: string;
  if (entry.startsWith('/') && !entry.startsWith('//')) {
    const url = new URL(entry, 'http://path.invalid');
    normalised = url.pathname + url.search;
    if (normalised.startsWith('//')) {
      throw new InputError(
        input,
        `${quoted} resolves to ${label ? 'a path' : `'${preview(normalised)}'`}, which reads as a host, not a path`,
      );
    }
  } else if (/^https?:\/\//i.test(entry)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new InputError(input, `${quoted} is not a valid URL`);
    }
    if (url.username || url.password) {
      throw new InputError(
        input,
        `${label ?? `'${preview(url.host)}…'`} must not contain user credentials`,
      );
    }
    url.hash = '';
    normalised = url.href;
  } else {
    throw new InputError(
      input,
      `${quoted} is neither a full http(s) URL nor an absolute path starting with '/'`,
    );
  }
  if (normalised.length > MAX_URL_LENGTH) {
    throw new InputError(
      input,
      `${quoted} is ${normalised.length} characters long; at most ${MAX_URL_LENGTH} are allowed`,
    );
  }
  return normalised;
}

const SLASH = 0x2f;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const QUESTION_MARK = 0x3f;
const PERCENT = 0x25;

/** Characters the URL parser keeps as they are, in a path and in a query. */
const KEPT_IN_PATH = 1;
const KEPT_IN_QUERY = 2;
/** Letters, digits, -._~ and !$&()*+,;=:@/% (not ' | ^ ` { } [ ] \ " < > # or white space). */
const KEPT = (() => {
  const table = new Uint8Array(128);
  const both = KEPT_IN_PATH | KEPT_IN_QUERY;
  for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@/%')
    table[c.charCodeAt(0)] = both;
  table[QUESTION_MARK] = KEPT_IN_QUERY;
  return table;
})();

/**
 * Whether `entry` is a target normaliseTarget would return unchanged, decided
 * without parsing it: `http(s)://` in lower case, a host of lower-case ASCII
 * labels (none empty or `xn--`, the last starting with a letter: no IP address,
 * no port, no credentials), then a path and query of characters the URL parser
 * keeps, with no dot segment (nor `%2e`), no fragment and no empty query; or
 * such a path alone. Anything else is left to the parser: this only has to be
 * right when it says yes (a property test holds it to the parser).
 */
export function isNormalised(entry: string): boolean {
  if (entry.length === 0 || entry.length > MAX_URL_LENGTH) return false;
  if (entry.charCodeAt(0) === SLASH)
    return entry.charCodeAt(1) !== SLASH && isPathAndQuery(entry, 0);
  const hostStart = entry.startsWith('https://') ? 8 : entry.startsWith('http://') ? 7 : -1;
  if (hostStart < 0) return false;
  const pathStart = hostEnd(entry, hostStart);
  return pathStart > 0 && isPathAndQuery(entry, pathStart);
}

/** Where a plain lower-case domain name starting at `start` ends (at a `/`), or -1. */
function hostEnd(entry: string, start: number): number {
  let label = start;
  for (let at = start; at < entry.length; at++) {
    const c = entry.charCodeAt(at);
    if (c === DOT || c === SLASH) {
      if (at === label || entry.startsWith('xn--', label)) return -1;
      // a last label starting with a digit may make the host an IPv4 address
      if (c === SLASH) return isLowerLetter(entry.charCodeAt(label)) ? at : -1;
      label = at + 1;
    } else if (!isLowerLetter(c) && !(c >= 0x30 && c <= 0x39) && c !== HYPHEN) {
      return -1;
    }
  }
  return -1;
}

/** `/path[?query]` from `start` to the end, as the parser would leave it. */
function isPathAndQuery(entry: string, start: number): boolean {
  let segment = start + 1;
  let inQuery = false;
  for (let at = start + 1; at < entry.length; at++) {
    const c = entry.charCodeAt(at);
    if (c >= 128 || (KEPT[c]! & (inQuery ? KEPT_IN_QUERY : KEPT_IN_PATH)) === 0) {
      if (c !== QUESTION_MARK || inQuery) return false;
      if (isDotSegment(entry, segment, at)) return false;
      inQuery = true;
    } else if (!inQuery && c === SLASH) {
      if (isDotSegment(entry, segment, at)) return false;
      segment = at + 1;
    } else if (
      !inQuery &&
      c === PERCENT &&
      entry[at + 1] === '2' &&
      (entry[at + 2] === 'e' || entry[at + 2] === 'E')
    ) {
      return false;
    }
  }
  // an empty query is dropped from a bare path
  if (inQuery) return entry.charCodeAt(entry.length - 1) !== QUESTION_MARK;
  return !isDotSegment(entry, segment, entry.length);
}

function isDotSegment(entry: string, start: number, end: number): boolean {
  return (
    (end - start === 1 && entry.charCodeAt(start) === DOT) ||
    (end - start === 2 && entry.charCodeAt(start) === DOT && entry.charCodeAt(start + 1) === DOT)
  );
}

function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Splits a URL into host (undefined for a bare path) and path + query, by the URL parser. */
export function splitTarget(target: string): { host: string | undefined; path: string } {
  if (target.startsWith('/')) return { host: undefined, path: target };
  const url = new URL(target);
  return { host: url.hostname, path: url.pathname + url.search };
}

/**
 * splitTarget for a target normaliseTarget gave, read without parsing it
 * again: `scheme://host[:port]/path[?query]` (no credentials, no fragment),
 * or a bare path.
 */
export function targetParts(target: string): { host: string | undefined; path: string } {
  if (target.startsWith('/')) return { host: undefined, path: target };
  const hostStart = target.indexOf('//') + 2;
  const pathStart = target.indexOf('/', hostStart);
  const authority = target.slice(hostStart, pathStart);
  // a port follows the last colon, unless that colon is inside an IPv6 address's brackets
  const colon = authority.lastIndexOf(':');
  const host = colon > authority.lastIndexOf(']') ? authority.slice(0, colon) : authority;
  const rest = target.slice(pathStart);
  // an empty query is no search (URL.search is '')
  const path = rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest;
  return { host, path };
}
