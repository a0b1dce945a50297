import { domainToASCII } from 'node:url';

/**
 * A hostname as DNS and URLs carry it: lower case, an IDN in its ASCII
 * (punycode) form, `bücher.example` -> `xn--bcher-kva.example`, the form `new
 * URL()` gives every URL's host. Both sides of every hostname comparison go
 * through here, whether a user or a provider wrote the name in Unicode. A name
 * that is not a valid domain comes back lower-cased, as it was.
 */
export function asciiHostname(name: string): string {
  const lower = name.trim().toLowerCase();
  // ASCII names stay as they are: domainToASCII would also read '1.2' as the IPv4 address 1.0.0.2
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, not control characters
  return /[^\u0000-\u007f]/.test(lower) ? domainToASCII(lower) || lower : lower;
}

/** A hostname that may start with a wildcard (`*.` or CDNetworks' `.`): the rest in ASCII form. */
export function asciiWildcardHostname(name: string): string {
  const trimmed = name.trim();
  const wildcard = /^(\*\.|\.)/.exec(trimmed)?.[0] ?? '';
  return `${wildcard}${asciiHostname(trimmed.slice(wildcard.length))}`;
}
