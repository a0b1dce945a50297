import { InputError } from '../errors.js';
import { splitTarget, targetParts } from './url.js';

/** The part of a CDN resource the host check needs (structurally a provider `Resource`). */
export interface ResourceHosts {
  readonly id: string;
  /** undefined when unknown (dry run): hosts are then not checked */
  readonly hostnames?: readonly string[];
}

/**
 * Providers that take paths without a domain (Gcore, Medianova): a full URL is
 * reduced to path + query once its host is known to belong to the resource;
 * every foreign host is named in one error.
 */
export function toResourcePaths(
  targets: readonly string[],
  resource: ResourceHosts,
  input: string,
): string[] {
  const hostnames = resource.hostnames?.map((host) => host.toLowerCase());
  const known = hostnames && new Set(hostnames);
  const foreign = new Set<string>();
  const paths = targets.map((target) => {
    const { host, path } = targetParts(target);
    if (host !== undefined && known !== undefined && !known.has(host)) foreign.add(host);
    return path;
  });
  if (foreign.size > 0) {
    throw new InputError(
      input,
      `host${foreign.size === 1 ? '' : 's'} ${[...foreign].join(', ')} ${foreign.size === 1 ? 'does' : 'do'} not belong to resource ${resource.id} (its hostnames: ${hostnames?.join(', ') || 'none'})`,
    );
  }
  return paths;
}

/**
 * What a path-based provider purges for `target`: its path + query when its host
 * is the resource's (or unknown, or absent), undefined for another host. For
 * planning, where a URL the resource does not serve is simply not its object.
 */
export function resourcePathOf(target: string, resource: ResourceHosts): string | undefined {
  if (target.startsWith('/')) return target;
  // a normalised URL (normaliseTarget): scheme://host[:port]/path?query, the host lower case;
  // read without new URL(): a site walk calls this for every file
  const found = /^[a-z]+:\/\/([^/?#]*)(.*)$/.exec(target);
  if (!found) return splitTarget(target).path;
  const path = found[2] || '/';
  if (resource.hostnames === undefined) return path;
  const host = found[1]!.replace(/:\d+$/, '');
  return resource.hostnames.some((name) => name.toLowerCase() === host) ? path : undefined;
}
