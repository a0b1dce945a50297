/**
 * Reads a certificate chain and its private key with node:crypto. Every
 * problem is one InputError naming the input and what is wrong, never the value.
 */
import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import type { InputName } from '../config/inputs.js';
import { InputError } from '../errors.js';
import { isPrivateKeyLabel, type PemBlock, splitPem } from './pem.js';

/** PEM text and the input it came from (`certificate` or `certificate-file`, …). */
export interface PemInput {
  readonly text: string;
  readonly input: InputName;
}

export interface CertificateMaterial {
  readonly leaf: X509Certificate;
  /** leaf first, then each issuer as given */
  readonly chain: readonly X509Certificate[];
  readonly key: KeyObject;
  /** the chain as uploaded: blocks joined by \n, ending in \n (Gcore's troubleshooting page) */
  readonly certificatePem: string;
  /** the key block as given, ending in \n */
  readonly privateKeyPem: string;
}

/** More blocks than any real chain has: a bound on the work a hostile file can cause. */
export const MAX_CHAIN_BLOCKS = 10;
export const MIN_RSA_BITS = 2048;
/** Curves every CDN edge serves (provider limits are unpublished: inferred). */
export const EC_CURVES = ['prime256v1', 'secp384r1'] as const;
const ALLOWED_KEYS = `RSA of ${MIN_RSA_BITS} bits or more, or EC on ${EC_CURVES.join(' or ')}`;

/** Parses the chain, then the key; nothing here is sent anywhere. */
export function readCertificateMaterial(
  certificate: PemInput,
  privateKey: PemInput,
): CertificateMaterial {
  const chain = readChain(certificate);
  const { key, pem } = readPrivateKey(privateKey);
  return {
    leaf: chain[0]!,
    chain,
    key,
    certificatePem: `${chain.map((cert) => cert.toString().trim()).join('\n')}\n`,
    privateKeyPem: pem,
  };
}

export function readChain({ text, input }: PemInput): X509Certificate[] {
  const blocks = splitPem(text);
  if (blocks.some((block) => isPrivateKeyLabel(block.label))) {
    throw new InputError(
      input,
      "holds a private key block: give the certificate chain alone, and the key in 'private-key' (the key's lines were masked)",
    );
  }
  if (blocks.length === 0) {
    throw new InputError(
      input,
      'is not PEM: no -----BEGIN CERTIFICATE----- block found; give the leaf certificate, then its intermediates',
    );
  }
  if (blocks.length > MAX_CHAIN_BLOCKS) {
    throw new InputError(
      input,
      `holds ${blocks.length} PEM blocks; a chain has at most ${MAX_CHAIN_BLOCKS}`,
    );
  }
  return blocks.map((block, index) => parseCertificate(block, index, blocks.length, input));
}

function parseCertificate(
  block: PemBlock,
  index: number,
  count: number,
  input: InputName,
): X509Certificate {
  const where = count === 1 ? 'the PEM block' : `block ${index + 1} of ${count}`;
  if (block.label !== 'CERTIFICATE') {
    throw new InputError(
      input,
      `${where} is a '${block.label}' block; only CERTIFICATE blocks are allowed`,
    );
  }
  if (!block.complete)
    throw new InputError(input, `${where} has no matching -----END CERTIFICATE----- line`);
  try {
    return new X509Certificate(block.text);
  } catch {
    throw new InputError(input, `${where} cannot be parsed as an X.509 certificate`);
  }
}

/** The one private key block: PKCS#8, PKCS#1 or SEC1, unencrypted. */
export function readPrivateKey({ text, input }: PemInput): { key: KeyObject; pem: string } {
  const blocks = splitPem(text);
  const encrypted = blocks.some(
    (block) =>
      block.label === 'ENCRYPTED PRIVATE KEY' ||
      block.headers.some((header) => /^Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(header)),
  );
  if (encrypted) {
    // refused by its header: Node's own error for this names no passphrase
    throw new InputError(
      input,
      'is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem) and keep it in a secret',
    );
  }
  const keys = blocks.filter((block) => isPrivateKeyLabel(block.label));
  const others = blocks.filter(
    (block) => !isPrivateKeyLabel(block.label) && block.label !== 'EC PARAMETERS',
  );
  if (keys.length === 0) {
    throw new InputError(
      input,
      'is not a PEM private key: no -----BEGIN PRIVATE KEY----- (or RSA / EC PRIVATE KEY) block found',
    );
  }
  if (keys.length > 1 || others.length > 0) {
    throw new InputError(
      input,
      `must hold one private key block and nothing else; found ${keys.length} key block(s) and ${others.length} other block(s)`,
    );
  }
  const block = keys[0]!;
  let key: KeyObject;
  try {
    if (!block.complete) throw new Error('unterminated');
    key = createPrivateKey({ key: block.text, format: 'pem' });
  } catch {
    throw new InputError(
      input,
      'cannot be read as an unencrypted PKCS#8, PKCS#1 (RSA) or SEC1 (EC) private key',
    );
  }
  checkKeyStrength(key, input);
  return { key, pem: `${block.text}\n` };
}

function checkKeyStrength(key: KeyObject, input: InputName): void {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'rsa') {
    const bits = details.modulusLength ?? 0;
    if (bits >= MIN_RSA_BITS) return;
    throw new InputError(input, `is an RSA key of ${bits} bits; use ${ALLOWED_KEYS}`);
  }
  if (type === 'ec') {
    const curve = details.namedCurve ?? 'an unnamed curve';
    if ((EC_CURVES as readonly string[]).includes(curve)) return;
    throw new InputError(input, `is an EC key on ${curve}; use ${ALLOWED_KEYS}`);
  }
  throw new InputError(input, `is a ${type ?? 'unknown'} key; use ${ALLOWED_KEYS}`);
}
