/**
 * Targets -> what CDNetworks purges: full URLs (`urls`) and directories
 * (`dirs`, ending in `/`). Pure: every problem is an InputError naming the input.
 */
import type { Targets } from '../../config/config.js';
import { InputError } from '../../errors.js';
import { asciiHostname } from '../../hostnames.js';
import { MAX_URL_LENGTH } from '../../targets/url.js';
import { preview } from '../../text.js';
import { MAX_DIR_LENGTH } from './limits.js';

export interface PurgeItem {
  readonly kind: 'url' | 'dir';
  /** as sent to CDNetworks */
  readonly value: string;
  /** as the user gave it (normalised), for the summary */
  readonly original: string;
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The domains `resource` names: hostnames (or `https://host/`), comma-separated.
 * CDNetworks purges by full URL, so the domain is only needed for bare paths and purge-all.
 */
export function parseDomains(resource: string | undefined): string[] {
  if (resource === undefined) return [];
  const domains = resource
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      // an IDN (bücher.example) in its ASCII form, as the URLs' hosts are
      const host = /^https?:\/\//i.test(entry) ? hostOfRoot(entry) : asciiHostname(entry);
      if (host === undefined || !HOSTNAME.test(host)) {
        throw new InputError(
          'resource',
          `'${entry.slice(0, 80)}' is not a domain; give the CDN hostname(s), e.g. cdn.example.com, comma-separated`,
        );
      }
      return host;
    });
  return [...new Set(domains)];
}

/**
 * urls -> `urls`, prefixes -> `dirs`, purge-all -> the root dir of every domain.
 * Dirs take the documented form, which "must start with 'http://domain name/'
 * and end with '/'" (cdnetworks-sdk-go cacherefresh/models.go PurgeRequest.Dirs).
 */
export function purgeItems(targets: Targets, domains: readonly string[]): PurgeItem[] {
  if (targets.purgeAll) {
    if (domains.length === 0) {
      throw new InputError(
        'resource',
        'is required for purge-all on CDNetworks: name the domain(s) to purge entirely, comma-separated',
      );
    }
    return domains.map((domain) => {
      const root = `http://${domain}/`;
      return { kind: 'dir', value: root, original: root };
    });
  }
  return [
    ...targets.urls.map(
      (url): PurgeItem => ({ kind: 'url', value: fullUrl(url, domains, 'urls'), original: url }),
    ),
    ...targets.prefixes.map(
      (prefix): PurgeItem => ({ kind: 'dir', value: toDir(prefix, domains), original: prefix }),
    ),
  ];
}

/** A full URL; a bare path is put on the one domain `resource` names. */
export function fullUrl(target: string, domains: readonly string[], input: string): string {
  if (!target.startsWith('/')) return target;
  if (domains.length !== 1) {
    throw new InputError(
      'resource',
      domains.length === 0
        ? `is required for paths without a host such as '${preview(target)}' (input '${input}'): set it to the domain, e.g. cdn.example.com, or give full URLs`
        : `names ${domains.length} domains, so '${preview(target)}' (input '${input}') is ambiguous: give full URLs, or one domain`,
    );
  }
  const url = `https://${domains[0]}${target}`;
  if (url.length > MAX_URL_LENGTH) {
    throw new InputError(
      input,
      `'${preview(target)}' becomes ${url.length} characters with its domain; at most ${MAX_URL_LENGTH} are allowed`,
    );
  }
  return url;
}

/** A directory to purge: `/images/*` and `/images/` both become `http://<domain>/images/`. */
export function toDir(prefix: string, domains: readonly string[]): string {
  const url = fullUrl(prefix, domains, 'prefixes').replace(/^https?:\/\//i, 'http://');
  const dir = url.endsWith('/*') ? url.slice(0, -1) : url;
  if (dir.includes('*')) {
    throw new InputError(
      'prefixes',
      `'${preview(prefix)}': CDNetworks purges whole directories, not wildcard patterns; use '/dir/' or '/dir/*'`,
    );
  }
  if (!dir.endsWith('/')) {
    throw new InputError(
      'prefixes',
      `'${preview(prefix)}' must end in '/' or '/*': CDNetworks purges directories`,
    );
  }
  if (dir.length > MAX_DIR_LENGTH) {
    throw new InputError(
      'prefixes',
      `'${preview(prefix)}' is ${dir.length} characters as a directory URL; at most ${MAX_DIR_LENGTH} are allowed`,
    );
  }
  return dir;
}

function hostOfRoot(entry: string): string | undefined {
  try {
    const url = new URL(entry);
    return url.pathname === '/' && !url.search && !url.port ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}
