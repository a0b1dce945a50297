import { InputError } from '../errors.js';
import { CONTROL_CHARACTERS, preview } from '../text.js';

/** Longest URL or path we accept (CDNetworks' limit, the strictest of the three). */
export const MAX_URL_LENGTH = 2000;

/**
 * Normalises one purge target: a full http(s) URL (host lower-cased, default port
 * and fragment dropped) or an absolute path (dot segments resolved, unsafe
 * characters percent-encoded). Anything else is an InputError naming `input`.
 */
export function normaliseTarget(
  entry: string,
  input: string,
  /** how errors name the entry instead of quoting it (a line of a file) */
  label?: string,
): string {
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

/** Splits a normalised target into host (undefined for a bare path) and path + query. */
export function splitTarget(target: string): { host: string | undefined; path: string } {
  if (target.startsWith('/')) return { host: undefined, path: target };
  const url = new URL(target);
  return { host: url.hostname, path: url.pathname + url.search };
}
