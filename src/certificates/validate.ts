/**
 * The checks a certificate must pass before anything is sent (certificates.md,
 * "Local validation"): key matches leaf, chain order and signatures, validity
 * window, names. Pure apart from node:crypto; the clock is passed in.
 */
import type { X509Certificate } from 'node:crypto';
import type { InputName } from '../config/inputs.js';
import { InputError } from '../errors.js';
import { DAY_MS } from '../operations/token-dates.js';
import { dnsNames } from './facts.js';
import type { CertificateMaterial } from './material.js';
import { isoSeconds, parseX509Time } from './x509-dates.js';

/** A hostname the certificate must cover, and the input that named it. */
export interface RequiredName {
  readonly name: string;
  readonly input: InputName;
}

export interface ValidationOptions {
  readonly nowMs: number;
  readonly warnDays: number;
  readonly names: readonly RequiredName[];
  /** the input the chain came from, for error messages */
  readonly certificateInput: InputName;
  readonly keyInput: InputName;
}

/** Throws the first problem as an InputError; returns warnings the user can act on later. */
export function validateMaterial(
  material: CertificateMaterial,
  options: ValidationOptions,
): string[] {
  const { leaf, chain, key } = material;
  const { certificateInput: input } = options;
  checkChain(chain, input);
  if (!leaf.checkPrivateKey(key)) {
    throw new InputError(
      options.keyInput,
      `does not belong to the certificate (the first block of '${input}'): give the key the certificate was issued for`,
    );
  }
  for (const [index, certificate] of chain.entries()) {
    checkValidity(certificate, index, chain.length, input, options.nowMs);
  }
  checkNames(leaf, options.names);

  const warnings: string[] = [];
  if (chain.length === 1 && !leaf.checkIssued(leaf)) {
    warnings.push(
      `'${input}' holds the leaf certificate only: most clients also need its intermediates; give the full chain (e.g. fullchain.pem)`,
    );
  }
  const notAfter = parseX509Time(leaf.validTo);
  if (notAfter - options.nowMs <= options.warnDays * DAY_MS) {
    warnings.push(
      `the certificate expires within ${options.warnDays} days (${isoSeconds(notAfter)}): renew it before rotating it in`,
    );
  }
  return warnings;
}

/** Each certificate is issued and signed by the next one. */
function checkChain(chain: readonly X509Certificate[], input: InputName): void {
  for (let i = 0; i + 1 < chain.length; i++) {
    const [subject, issuer] = [chain[i]!, chain[i + 1]!];
    if (!subject.checkIssued(issuer) || !subject.verify(issuer.publicKey)) {
      const later =
        issuer.checkIssued(subject) ||
        chain.some((other, index) => index > i + 1 && subject.checkIssued(other));
      throw new InputError(
        input,
        `block ${i + 2} is not the issuer of block ${i + 1}${later ? ' (the chain is out of order)' : ''}: order the PEM leaf first, then each issuer in turn`,
      );
    }
  }
}

function checkValidity(
  certificate: X509Certificate,
  index: number,
  count: number,
  input: InputName,
  nowMs: number,
): void {
  const from = parseX509Time(certificate.validFrom);
  const to = parseX509Time(certificate.validTo);
  const which = index === 0 ? 'the certificate' : `block ${index + 1} of ${count}`;
  if (Number.isNaN(from) || Number.isNaN(to))
    throw new InputError(input, `${which} has a validity period that cannot be read`);
  if (nowMs < from)
    throw new InputError(
      input,
      `${which} is not valid yet: its validity starts ${isoSeconds(from)}`,
    );
  if (nowMs >= to) throw new InputError(input, `${which} expired ${isoSeconds(to)}`);
}

/**
 * RFC 6125 §6.4.3 as Node implements it with partial wildcards off: `*` stands
 * for one whole left-most label. A wildcard hostname needs that very wildcard.
 */
function checkNames(leaf: X509Certificate, names: readonly RequiredName[]): void {
  for (const { name, input } of names) {
    if (!covers(leaf, name))
      throw new InputError(
        input,
        `'${name}' is not covered by the certificate's DNS names (${listedNames(leaf)}); a wildcard covers exactly one label`,
      );
  }
}

/** The certificate serves `name`: a wildcard hostname only by that very wildcard. */
export function covers(leaf: X509Certificate, name: string): boolean {
  const wanted = name.toLowerCase();
  return wanted.startsWith('*.')
    ? dnsNames(leaf.subjectAltName).some((san) => san.toLowerCase() === wanted)
    : leaf.checkHost(wanted, { subject: 'never', partialWildcards: false }) !== undefined;
}

/** The first DNS names of the certificate, for messages. */
export function listedNames(leaf: X509Certificate): string {
  const sans = dnsNames(leaf.subjectAltName);
  if (sans.length === 0) return 'none';
  return `${sans.slice(0, 5).join(', ')}${sans.length > 5 ? ', …' : ''}`;
}
