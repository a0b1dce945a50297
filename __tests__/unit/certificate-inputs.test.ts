import { describe, expect, it } from 'vitest';
import { probeRedirect } from '../../src/certificates/probe-target.js';
import { parseHostname } from '../../src/config/certificate-inputs.js';
import type { InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import { configFromInputs } from '../../src/config/read.js';
import { InputError } from '../../src/errors.js';
import { parseCertificateDomains } from '../../src/providers/cdnetworks/certificates.js';
import { SecretRegistry } from '../../src/secret-registry.js';

type Inputs = Partial<Record<InputName, string>>;
const KEY =
  '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\nAwEHBG0wawIBAQQgAAAA\n-----END PRIVATE KEY-----\n';
const files: Record<string, string> = { '/ws/key.pem': KEY, '/ws/chain.pem': 'chain' };

function parse(inputs: Inputs) {
  return parseConfig((name) => inputs[name] ?? '', {
    env: { GITHUB_WORKSPACE: '/ws' },
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return content;
    },
    resolvePath: (base, path) => (path.startsWith('/') ? path : `${base}/${path}`),
  });
}

function refusal(inputs: Inputs): InputError {
  try {
    parse(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const gcore = { provider: 'gcore', 'api-token': '77$secret' };

describe('certificate inputs', () => {
  it('rotate-certificate needs a resource, and waits 1800 s unless told; other operations 300 s', () => {
    const material = { certificate: 'chain', 'private-key': KEY };
    expect(refusal({ ...gcore, operation: 'rotate-certificate', ...material }).message).toBe(
      "Input 'resource': is required for 'rotate-certificate': the Gcore resource (id or hostname) or the CDNetworks domain(s) the certificate goes to",
    );
    const rotate = { ...gcore, operation: 'rotate-certificate', resource: '123', ...material };
    expect(parse(rotate).waitTimeoutSeconds).toBe(1800);
    expect(parse({ ...rotate, 'wait-timeout': '60' }).waitTimeoutSeconds).toBe(60);
    for (const operation of ['upload-certificate', 'check-certificate', 'purge'])
      expect(
        parse({
          ...gcore,
          operation,
          resource: '123',
          ...(operation === 'upload-certificate' ? material : {}),
          ...(operation === 'purge' ? { urls: '/a' } : { hostnames: 'a.example.com' }),
        }).waitTimeoutSeconds,
        operation,
      ).toBe(300);
  });

  it('reads hostnames as host[:port], port 443 by default, wildcards kept', () => {
    const config = parse({
      ...gcore,
      operation: 'check-certificate',
      hostnames: 'CDN.example.com\n# a comment\n*.example.com:8443,\n',
    });
    expect(config.certificate).toMatchObject({
      hostnames: [
        { host: 'cdn.example.com', port: 443 },
        { host: '*.example.com', port: 8443 },
      ],
      probe: true,
    });
    for (const bad of ['https://a.com', 'a.com:99999', 'a..com', '*.*.a.com', 'localhost'])
      expect(() => parseHostname(bad)).toThrow(/is not host\[:port\]/);
  });

  it('reads an IDN hostname, and a CDNetworks domain, in its ASCII form', () => {
    expect(parseHostname('Bücher.example:8443')).toEqual({
      host: 'xn--bcher-kva.example',
      port: 8443,
    });
    expect(parseHostname('*.bücher.example').host).toBe('*.xn--bcher-kva.example');
    expect(parseCertificateDomains('.Bücher.example, a.example.com')).toEqual([
      '.xn--bcher-kva.example',
      'a.example.com',
    ]);
  });

  it('probes hostnames alone with no credentials, for every provider', () => {
    for (const provider of ['gcore', 'cdnetworks', 'medianova']) {
      const config = parse({
        provider,
        operation: 'check-certificate',
        hostnames: 'a.example.com',
      });
      expect(config.credentials).toEqual({});
    }
    expect(
      refusal({ provider: 'gcore', operation: 'check-certificate', resource: '1' }).input,
    ).toBe('api-token');
  });

  it('reads the chain and key from files, relative to GITHUB_WORKSPACE', () => {
    const config = parse({
      ...gcore,
      operation: 'upload-certificate',
      'certificate-file': 'chain.pem',
      'private-key-file': '/ws/key.pem',
    });
    expect(config.certificate.chain).toEqual({ text: 'chain', input: 'certificate-file' });
    expect(config.certificate.privateKey).toEqual({ text: KEY, input: 'private-key-file' });
  });

  it.each<[string, Inputs, InputName, RegExp]>([
    [
      'upload without a key',
      { operation: 'upload-certificate', certificate: 'c' },
      'private-key',
      /required/,
    ],
    [
      'upload without a chain',
      { operation: 'upload-certificate', 'private-key': KEY },
      'certificate',
      /required/,
    ],
    [
      'both inline and file',
      {
        operation: 'upload-certificate',
        certificate: 'c',
        'certificate-file': 'chain.pem',
        'private-key': KEY,
      },
      'certificate',
      /not both/,
    ],
    [
      'unreadable file',
      { operation: 'upload-certificate', certificate: 'c', 'private-key-file': 'nope.pem' },
      'private-key-file',
      /cannot read 'nope.pem' \(ENOENT\)/,
    ],
    ['delete without an id', { operation: 'delete-certificate' }, 'certificate-id', /required/],
    [
      'a key for check-certificate',
      { operation: 'check-certificate', 'private-key': KEY },
      'private-key',
      /upload-certificate and rotate-certificate only/,
    ],
    [
      'hostnames for a purge',
      { operation: 'purge', resource: '1', urls: '/a', hostnames: 'a.com' },
      'hostnames',
      /certificate operations/,
    ],
    [
      'an id with a slash',
      { operation: 'delete-certificate', 'certificate-id': '../1' },
      'certificate-id',
      /is not an id: ids go into request paths/,
    ],
    [
      "the id '..'",
      { operation: 'delete-certificate', 'certificate-id': '..' },
      'certificate-id',
      /is not an id: ids go into request paths/,
    ],
    [
      'an id of other characters',
      { operation: 'delete-certificate', 'certificate-id': 'a;b' },
      'certificate-id',
      /must be an id/,
    ],
    [
      'a huge chain',
      { operation: 'upload-certificate', certificate: 'x'.repeat(300_000), 'private-key': KEY },
      'certificate',
      /bytes long/,
    ],
  ])('refuses %s', (_label, inputs, input, message) => {
    const error = refusal({ ...gcore, ...inputs });
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('MIGHAgEA');
  });

  it('masks every key line before parsing, a key pasted into certificate too, and key files after', () => {
    const masked: string[] = [];
    const secrets = new SecretRegistry((value) => masked.push(value));
    const stray =
      '-----BEGIN EC PRIVATE KEY-----\nc3RyYXkga2V5IGxpbmU=\n-----END EC PRIVATE KEY-----';
    const read = (inputs: Inputs) => (name: InputName) => inputs[name] ?? '';
    expect(() =>
      configFromInputs(
        read({ provider: 'nope', certificate: `chain\n${stray}`, 'private-key': KEY }),
        secrets,
        {},
      ),
    ).toThrow(InputError);
    expect(masked).toEqual(
      expect.arrayContaining([
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49',
        'AwEHBG0wawIBAQQgAAAA',
        'c3RyYXkga2V5IGxpbmU=',
      ]),
    );
    expect(masked).not.toContain('-----BEGIN PRIVATE KEY-----');
    expect(
      secrets.redactJson({ privateKey: 'a', ssl_key: 'b', sslPrivateKey: 'c', name: 'd' }),
    ).toEqual({
      privateKey: '***',
      ssl_key: '***',
      sslPrivateKey: '***',
      name: 'd',
    });
  });

  it('CDNKIT_PROBE_CONNECT: loopback addresses only', () => {
    expect(probeRedirect({})).toBeUndefined();
    expect(probeRedirect({ CDNKIT_PROBE_CONNECT: '127.0.0.1:8443' })).toEqual({
      host: '127.0.0.1',
      port: 8443,
    });
    expect(probeRedirect({ CDNKIT_PROBE_CONNECT: '[::1]:443' })).toEqual({
      host: '::1',
      port: 443,
    });
    for (const bad of ['10.0.0.1:443', 'example.com:443', '127.0.0.1', 'localhost:0'])
      expect(() => probeRedirect({ CDNKIT_PROBE_CONNECT: bad })).toThrow(/loopback/);
  });
});
