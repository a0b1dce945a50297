import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateFacts,
  comparableSerial,
  defaultCertificateName,
  dnsNames,
  opensslSerial,
} from '../../src/certificates/facts.js';
import { readCertificateMaterial } from '../../src/certificates/material.js';
import { privateKeySecretLines, splitPem, strayKeyLines } from '../../src/certificates/pem.js';
import { type ValidationOptions, validateMaterial } from '../../src/certificates/validate.js';
import { parseX509Time } from '../../src/certificates/x509-dates.js';
import { InputError } from '../../src/errors.js';
import {
  bodyLines,
  chainFor,
  encryptedPem,
  issue,
  makeKey,
  type TestCertificate,
  traditionalPem,
} from '../helpers/certificates.js';

const cert = (text: string) => ({ text, input: 'certificate' as const });
const key = (text: string) => ({ text, input: 'private-key' as const });

function options(names: string[] = [], extra: Partial<ValidationOptions> = {}): ValidationOptions {
  return {
    nowMs: Date.now(),
    warnDays: 14,
    names: names.map((name) => ({ name, input: 'hostnames' })),
    certificateInput: 'certificate',
    keyInput: 'private-key',
    ...extra,
  };
}

function problem(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('PEM text', () => {
  it('splits blocks, keeps headers apart from body lines, ignores text between blocks', () => {
    const text =
      'subject=CN x\n-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES,00\n\nQUJD\r\nREVG\n-----END RSA PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nR0hJ\n';
    const blocks = splitPem(text);
    expect(blocks.map((b) => [b.label, b.headers.length, b.body, b.complete])).toEqual([
      ['RSA PRIVATE KEY', 2, ['QUJD', 'REVG'], true],
      ['CERTIFICATE', 0, ['R0hJ'], false],
    ]);
    expect(strayKeyLines(text)).toEqual(['QUJD', 'REVG']);
    expect(privateKeySecretLines(text)).toEqual(['subject=CN x', 'QUJD', 'REVG', 'R0hJ']);
  });

  it('masks every line of garbage given as a key', () => {
    expect(privateKeySecretLines('not a key\n  at all  ')).toEqual(['not a key', 'at all']);
  });
});

describe('dates, serials and names', () => {
  it('parses OpenSSL time strings, single-digit days included', () => {
    expect(parseX509Time('Dec 30 14:23:04 2026 GMT')).toBe(Date.UTC(2026, 11, 30, 14, 23, 4));
    expect(parseX509Time('Jan  5 00:00:00 2030 GMT')).toBe(Date.UTC(2030, 0, 5));
    expect(parseX509Time('2030-01-05')).toBeNaN();
  });

  it('prints serials as openssl does and compares them as CDNetworks lists them', () => {
    expect(opensslSerial('a1b2c')).toBe('0A1B2C');
    expect(comparableSerial('00:0A:1B:2C')).toBe(comparableSerial('a1b2c'));
  });

  it('reads DNS names, quoted ones included, and names certificates by CN and serial', () => {
    expect(dnsNames('DNS:a.com, IP Address:1.2.3.4, DNS:"b, c.com", DNS:*.d.com')).toEqual([
      'a.com',
      'b, c.com',
      '*.d.com',
    ]);
    expect(
      defaultCertificateName({
        serial: '0A',
        commonName: '*.example.com',
        dnsNames: [],
        fingerprint: '',
        issuer: '',
        notBefore: '',
        notAfter: '',
      }),
    ).toBe('wildcard.example.com-0A');
  });
});

describe('certificate material', () => {
  let good: Awaited<ReturnType<typeof chainFor>>;
  let other: TestCertificate;

  beforeAll(async () => {
    good = await chainFor(['cdn.example.com', '*.static.example.com'], { serial: '0a1b2c3d' });
    other = await issue({ names: ['cdn.example.com'] });
  });

  it('accepts a full chain with its key and reports its facts like openssl', () => {
    const material = readCertificateMaterial(cert(good.fullchain), key(good.leaf.key.pem));
    expect(material.chain).toHaveLength(2);
    expect(material.certificatePem.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
    expect(
      validateMaterial(material, options(['cdn.example.com', 'a.static.example.com'])),
    ).toEqual([]);
    const facts = certificateFacts(material.leaf);
    expect(facts.serial).toBe('0A1B2C3D');
    expect(facts.fingerprint).toBe(new X509Certificate(good.leaf.pem).fingerprint256);
    expect(facts.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(facts.dnsNames).toEqual(['cdn.example.com', '*.static.example.com']);
    expect(Date.parse(facts.notAfter)).toBeGreaterThan(Date.now());
  });

  it('reads PKCS#1 and SEC1 keys as well as PKCS#8', async () => {
    const rsa = await issue({ names: ['a.example.com'], key: await makeKey('rsa2048') });
    for (const [leaf, pem] of [
      [rsa, traditionalPem(rsa.key)],
      [good.leaf, traditionalPem(good.leaf.key)],
    ] as const) {
      const material = readCertificateMaterial(cert(leaf.pem), key(pem));
      expect(material.leaf.checkPrivateKey(material.key)).toBe(true);
    }
  });

  it('warns about a lone leaf and about a certificate within warn-days', async () => {
    const { leaf: soon } = await chainFor(['a.example.com'], { notAfterDays: 5 });
    const material = readCertificateMaterial(cert(soon.pem), key(soon.key.pem));
    const warnings = validateMaterial(material, options());
    expect(warnings.join('\n')).toMatch(/leaf certificate only/);
    expect(warnings.join('\n')).toMatch(/expires within 14 days/);
  });

  const cases: [string, () => Promise<[string, string, string[]]>, string, RegExp][] = [
    [
      'mismatched key',
      async () => [good.fullchain, other.key.pem, []],
      'private-key',
      /does not belong/,
    ],
    [
      'expired',
      async () => {
        const old = await issue({
          names: ['a.example.com'],
          notBeforeDays: -100,
          notAfterDays: -1,
        });
        return [old.pem, old.key.pem, []];
      },
      'certificate',
      /expired/,
    ],
    [
      'not yet valid',
      async () => {
        const future = await issue({ names: ['a.example.com'], notBeforeDays: 2 });
        return [future.pem, future.key.pem, []];
      },
      'certificate',
      /not valid yet/,
    ],
    [
      'wrong SAN',
      async () => [good.fullchain, good.leaf.key.pem, ['www.example.org']],
      'hostnames',
      /not covered/,
    ],
    [
      'two-label wildcard',
      async () => [good.fullchain, good.leaf.key.pem, ['a.b.static.example.com']],
      'hostnames',
      /exactly one label/,
    ],
    [
      'wildcard hostname needs that wildcard',
      async () => [good.fullchain, good.leaf.key.pem, ['*.example.com']],
      'hostnames',
      /not covered/,
    ],
    [
      'chain out of order',
      async () => {
        const chain = await chainFor(['a.example.com']);
        return [chain.intermediate.pem + chain.leaf.pem, chain.leaf.key.pem, []];
      },
      'certificate',
      /out of order/,
    ],
    [
      'intermediate before its issuer is missing',
      async () => [good.leaf.pem + good.root.pem, good.leaf.key.pem, []],
      'certificate',
      /is not the issuer of block 1/,
    ],
    ['garbage', async () => ['hello world', good.leaf.key.pem, []], 'certificate', /not PEM/],
    [
      'garbage inside a block',
      async () => [
        '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
        good.leaf.key.pem,
        [],
      ],
      'certificate',
      /cannot be parsed/,
    ],
    [
      'key in certificate',
      async () => [good.fullchain + good.leaf.key.pem, good.leaf.key.pem, []],
      'certificate',
      /private key block/,
    ],
    [
      'encrypted key (PKCS#8)',
      async () => [good.fullchain, encryptedPem(good.leaf.key), []],
      'private-key',
      /encrypted/,
    ],
    [
      'encrypted key (Proc-Type)',
      async () => [good.fullchain, encryptedPem(good.leaf.key, 'traditional'), []],
      'private-key',
      /encrypted/,
    ],
    [
      '1-character key',
      async () => [good.fullchain, 'x', []],
      'private-key',
      /not a PEM private key/,
    ],
    [
      'RSA 1024',
      async () => {
        const weak = await issue({ names: ['a.example.com'], key: await makeKey('rsa1024') });
        return [weak.pem, weak.key.pem, []];
      },
      'private-key',
      /RSA key of 1024 bits/,
    ],
    [
      'EC P-521',
      async () => {
        const odd = await issue({ names: ['a.example.com'], key: await makeKey('ec521') });
        return [odd.pem, odd.key.pem, []];
      },
      'private-key',
      /secp521r1/,
    ],
  ];

  it.for(cases)('refuses: %s', async ([, make, input, message]) => {
    const [chain, privateKey, names] = await make();
    const error = problem(() =>
      validateMaterial(readCertificateMaterial(cert(chain), key(privateKey)), options(names)),
    );
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    for (const line of bodyLines(privateKey)) expect(error.message).not.toContain(line);
  });
});
