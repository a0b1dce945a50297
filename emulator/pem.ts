/** Certificate facts the emulators read from uploaded PEM, with their own code (never src/). */
import { X509Certificate } from 'node:crypto';

export interface UploadedChain {
  leaf: X509Certificate;
  /** the leaf's serial, upper-case hex */
  serial: string;
  commonName: string;
  dnsNames: string[];
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

/** Reads the first certificate of a PEM chain; undefined when it is not one. */
export function readChain(pem: unknown): UploadedChain | undefined {
  if (typeof pem !== 'string' || !pem.includes('-----BEGIN CERTIFICATE-----')) return undefined;
  try {
    const leaf = new X509Certificate(pem);
    const cn = /^CN=(.*)$/m.exec(leaf.subject)?.[1] ?? '';
    return {
      leaf,
      serial: leaf.serialNumber.toUpperCase(),
      commonName: cn,
      dnsNames: (leaf.subjectAltName ?? '')
        .split(', ')
        .filter((entry) => entry.startsWith('DNS:'))
        .map((entry) => entry.slice(4)),
      issuer: /^CN=(.*)$/m.exec(leaf.issuer)?.[1] ?? leaf.issuer,
      notBefore: new Date(leaf.validFrom),
      notAfter: new Date(leaf.validTo),
    };
  } catch {
    return undefined;
  }
}

/** A certificate and key the TLS edge can serve. */
export interface ServableCertificate {
  cert: string;
  key: string;
}
