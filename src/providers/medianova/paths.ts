import { InputError } from '../../errors.js';

/**
 * A `prefixes` entry as a Medianova wildcard path: kept when it already has a
 * `*`, else every object below the directory (`/css` and `/css/` -> `/css/*`).
 */
export function toWildcardPath(path: string): string {
  if (path.includes('*')) return path;
  return path.endsWith('/') ? `${path}*` : `${path}/*`;
}

export function hasWildcard(paths: readonly string[]): boolean {
  return paths.some((path) => path.includes('*'));
}

/** Prefetch takes specific files only: a wildcard is refused before anything is sent. */
export function checkPrefetchPaths(paths: readonly string[]): void {
  const wild = paths.filter((path) => path.includes('*'));
  if (wild.length > 0) {
    throw new InputError(
      'urls',
      `Medianova prefetch takes specific files, not wildcards: ${wild.slice(0, 3).join(', ')}${wild.length > 3 ? ` and ${wild.length - 3} more` : ''}`,
    );
  }
}

/** The hint added when Medianova refuses a request that carries wildcards. */
export const WILDCARD_HINT =
  'Wildcard purges (paths with *) work only when the resource\'s "Wildcard Purge Suffix" option is on: turn it on in the resource\'s settings in the Medianova panel, or purge exact URLs instead';
