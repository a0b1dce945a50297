/**
 * Test certificates, made at test time (node:crypto cannot sign certificates;
 * @peculiar/x509 can, on Node's WebCrypto). No private key is ever committed.
 */
import 'reflect-metadata';
import { createPrivateKey, randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKeyPair = webcrypto.CryptoKeyPair;
type KeyParams = webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams;

const DAY = 86_400_000;

export type KeyKind = 'ec256' | 'ec384' | 'ec521' | 'rsa2048' | 'rsa1024';

export interface TestKey {
  readonly kind: KeyKind;
  readonly pair: CryptoKeyPair;
  readonly algorithm: KeyParams;
  /** PKCS#8 PEM */
  readonly pem: string;
}

export interface TestCertificate {
  readonly pem: string;
  readonly key: TestKey;
  readonly certificate: x509.X509Certificate;
  /** hex, upper case as openssl prints it */
  readonly serial: string;
}

const ALGORITHMS: Record<KeyKind, KeyParams> = {
  ec256: { name: 'ECDSA', namedCurve: 'P-256' },
  ec384: { name: 'ECDSA', namedCurve: 'P-384' },
  ec521: { name: 'ECDSA', namedCurve: 'P-521' },
  rsa2048: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  rsa1024: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 1024,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
};

export async function makeKey(kind: KeyKind = 'ec256'): Promise<TestKey> {
  const algorithm = ALGORITHMS[kind];
  const pair = (await webcrypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { kind, pair, algorithm, pem: pemOf('PRIVATE KEY', der) };
}

export interface IssueOptions {
  /** subject CN (default: the first name) */
  commonName?: string;
  /** DNS subject alternative names */
  names?: string[];
  issuer?: TestCertificate;
  key?: TestKey;
  /** days from now (negative: in the past) */
  notBeforeDays?: number;
  notAfterDays?: number;
  ca?: boolean;
  serial?: string;
}

export async function issue(options: IssueOptions = {}): Promise<TestCertificate> {
  const key = options.key ?? (await makeKey());
  const names = options.names ?? [];
  const subject = `CN=${options.commonName ?? names[0] ?? 'cdnkit test'}`;
  const serial = options.serial ?? `1${randomBytes(8).toString('hex')}`;
  const now = Date.now();
  const signer = options.issuer?.key ?? key;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(options.ca === true, undefined, true),
  ];
  if (names.length > 0) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns', value }))),
    );
  }
  if (options.ca) {
    extensions.push(
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
    );
  }
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject,
    issuer: options.issuer?.certificate.subject ?? subject,
    notBefore: new Date(now + (options.notBeforeDays ?? -1) * DAY),
    notAfter: new Date(now + (options.notAfterDays ?? 90) * DAY),
    publicKey: key.pair.publicKey,
    signingKey: signer.pair.privateKey,
    signingAlgorithm: { ...signer.algorithm, hash: 'SHA-256' },
    extensions,
  });
  return {
    pem: `${certificate.toString('pem')}\n`,
    key,
    certificate,
    serial: serial.toUpperCase().padStart(serial.length + (serial.length % 2), '0'),
  };
}

/** A root, an intermediate and a leaf for `names`, like a real CA's chain. */
export async function chainFor(
  names: string[],
  options: Omit<IssueOptions, 'issuer' | 'names'> & { root?: TestCertificate } = {},
): Promise<{
  root: TestCertificate;
  intermediate: TestCertificate;
  leaf: TestCertificate;
  fullchain: string;
}> {
  const root =
    options.root ?? (await issue({ commonName: 'cdnkit test root', ca: true, notAfterDays: 3650 }));
  const intermediate = await issue({
    commonName: 'cdnkit test intermediate',
    ca: true,
    issuer: root,
    notAfterDays: 1825,
  });
  const leaf = await issue({ ...options, names, issuer: intermediate });
  return { root, intermediate, leaf, fullchain: leaf.pem + intermediate.pem };
}

/** The key in another encoding: PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`). */
export function traditionalPem(key: TestKey): string {
  const type = key.kind.startsWith('rsa') ? 'pkcs1' : 'sec1';
  return createPrivateKey(key.pem).export({ type, format: 'pem' }) as string;
}

/** The key encrypted with a passphrase, in the PKCS#8 or the old OpenSSL form. */
export function encryptedPem(key: TestKey, form: 'pkcs8' | 'traditional' = 'pkcs8'): string {
  const type = form === 'pkcs8' ? 'pkcs8' : key.kind.startsWith('rsa') ? 'pkcs1' : 'sec1';
  return createPrivateKey(key.pem).export({
    type,
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: 'correct horse',
  }) as string;
}

/** Every base64 line of a PEM text: what must never appear in any output. */
export function bodyLines(pem: string): string[] {
  return pem
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(': '));
}

function pemOf(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
