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

/** A label of lower-case ASCII, but not `xn--` (punycode, which the parser checks). */
const LABEL = '(?!xn--)[a-z0-9-]+';
/** Labels, the last starting with a letter: a host ending in a number reads as an IPv4 address. */
const HOST = String.raw`(?:${LABEL}\.)*(?!xn--)[a-z][a-z0-9-]*`;
/**
 * A path segment of characters the URL parser keeps as they are (not ' | ^ ` { }
 * [ ] \ " < > # or white space): not `.` or `..`, and no `%2e`, a dot in disguise.
 */
const SEGMENT = String.raw`\/(?!\.\.?(?:[/?]|$))(?:[\w\-.~!$&()*+,;=:@]|%(?!2[eE]))*`;
/** A query of characters the parser keeps, `?` among them; an empty one is left to the parser. */
const QUERY = String.raw`(?:\?[\w\-.~!$&()*+,;=:@/?%]*)?(?<!\?)`;
const NORMALISED = new RegExp(`^(?:https?:\\/\\/${HOST}|(?!\\/\\/))(?:${SEGMENT})+${QUERY}$`);

/**
 * Whether `entry` is a target normaliseTarget would return unchanged, decided
 * without parsing it: `http(s)://` and a host of lower-case ASCII labels (no IP
 * address, no port, no credentials), then a path and query of characters the
 * URL parser keeps, with no dot segment, no fragment and no empty query; or
 * such a path alone. Anything else is left to the parser: this only has to be
 * right when it says yes (a property test holds it to the parser).
 */
export function isNormalised(entry: string): boolean {
  return entry.length <= MAX_URL_LENGTH && NORMALISED.test(entry);
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
