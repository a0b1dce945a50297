import type { X509Certificate } from 'node:crypto';
import { isoSeconds, parseX509Time } from './x509-dates.js';

/** What cdnkit reports and compares of a certificate (never anything secret). */
export interface CertificateFacts {
  /** hex as `openssl x509 -serial` prints it: upper case, whole bytes */
  readonly serial: string;
  /** SHA-256 of the DER, `AB:CD:…` (Node's fingerprint256) */
  readonly fingerprint: string;
  readonly commonName?: string;
  /** DNS subject alternative names, as written (wildcards included) */
  readonly dnsNames: readonly string[];
  readonly issuer: string;
  /** ISO 8601 UTC */
  readonly notBefore: string;
  readonly notAfter: string;
}

export function certificateFacts(certificate: X509Certificate): CertificateFacts {
  const commonName = attribute(certificate.subject, 'CN');
  return {
    serial: opensslSerial(certificate.serialNumber),
    fingerprint: certificate.fingerprint256,
    ...(commonName ? { commonName } : {}),
    dnsNames: dnsNames(certificate.subjectAltName),
    issuer: attribute(certificate.issuer, 'CN') ?? certificate.issuer.replace(/\n/g, ', '),
    notBefore: isoSeconds(parseX509Time(certificate.validFrom)),
    notAfter: isoSeconds(parseX509Time(certificate.validTo)),
  };
}

/** Node's serial hex as OpenSSL prints it: upper case, an even number of digits. */
export function opensslSerial(hex: string): string {
  const upper = hex.replace(/[^0-9a-f]/gi, '').toUpperCase() || '00';
  return upper.length % 2 === 1 ? `0${upper}` : upper;
}

/** A serial as CDNetworks lists it may differ in case, colons and leading zeros: compare this. */
export function comparableSerial(serial: string): string {
  return serial
    .replace(/[^0-9a-f]/gi, '')
    .toLowerCase()
    .replace(/^0+(?=.)/, '');
}

/** `<CN or first SAN, * as wildcard>-<serial>`: unique per certificate, readable in a panel. */
export function defaultCertificateName(facts: CertificateFacts): string {
  const subject = facts.commonName ?? facts.dnsNames[0] ?? 'certificate';
  const readable = subject
    .replace(/\*/g, 'wildcard')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 120);
  return `${readable}-${facts.serial}`;
}

/** The DNS names of Node's `subjectAltName` (`DNS:a.com, DNS:"quoted, name", IP Address:…`). */
export function dnsNames(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  const names: string[] = [];
  for (const match of subjectAltName.matchAll(/(?:^|, )DNS:(?:"((?:[^"\\]|\\.)*)"|([^,]*))/g)) {
    const name = (match[1] ?? match[2] ?? '').trim();
    if (name) names.push(name);
  }
  return names;
}

function attribute(distinguishedName: string, key: string): string | undefined {
  for (const line of distinguishedName.split('\n')) {
    const [name, ...rest] = line.split('=');
    if (name === key && rest.length > 0) return rest.join('=');
  }
  return undefined;
}
