/**
 * check-certificate levels and probes, the certificate bad-input matrix, and
 * dry runs: through dist/index.js against the emulator and its TLS edge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strayKeyLines } from '../../src/certificates/pem.js';
import {
  bindGcoreResource,
  gcoreInputs,
  useCertificateEnv,
  visibleStdout,
} from '../helpers/certificate-e2e.js';
import {
  bodyLines,
  chainFor,
  encryptedPem,
  issue,
  makeKey,
  type TestCertificate,
} from '../helpers/certificates.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';

describe('check-certificate through dist/index.js', () => {
  const env = useEmulator();
  const certs = useCertificateEnv(env);
  const probe = (hostnames: string, extra: Record<string, string> = {}) =>
    env.run(
      { provider: 'gcore', operation: 'check-certificate', hostnames, 'warn-days': '7', ...extra },
      { env: certs.probeEnv },
    );
  const serve = async (host: string, notAfterDays: number) => {
    const chain = await chainFor([host], { root: certs.root, notAfterDays });
    env.edge.serve(host, { cert: chain.fullchain, key: chain.leaf.key.pem });
    return chain.leaf;
  };

  it('probes any hostname with no provider credentials: ok far from expiry', async () => {
    const leaf = await serve('ok.example.org', 60);
    const before = env.emulator.requests.length;
    const run = await probe('ok.example.org');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.serial).toBe(leaf.serial);
    expect(run.outputs['days-left']).toBe('59');
    expect(run.outputs['certificate-id']).toBe('');
    expect(env.emulator.requests.length).toBe(before);
    const [checked] = JSON.parse(run.outputs.result!).certificates;
    expect(checked).toMatchObject({ source: 'served', trusted: true, state: 'ok' });
    expect(run.stdout).not.toMatch(/::(warning|error)/);
  });

  it('warns at warn-days', async () => {
    await serve('soon.example.org', 5);
    const run = await probe('soon.example.org');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::The certificate served at soon\.example\.org:443 expires in 4 days/,
    );
    expect(run.outputs['days-left']).toBe('4');
  });

  it('errors within one day and fails the step, as the certificate is served', async () => {
    await serve('today.example.org', 0.5);
    const run = await probe('soon.example.org, today.example.org');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The certificate served at today\.example\.org:443 expires within a day/,
    );
    expect(run.outputs['days-left']).toBe('0');
    expect(run.summary).toContain('today.example.org:443');
  });

  it('an unreachable host is an error', async () => {
    const run = await probe('nowhere.example.org');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::TLS probe failed: nowhere\.example\.org:443/);
  });

  it('marks a certificate no trusted root signed', async () => {
    const self = await issue({ names: ['self.example.org'] });
    env.edge.serve('self.example.org', { cert: self.pem, key: self.key.pem });
    const run = await probe('self.example.org');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::The certificate served at self\.example\.org:443 is not trusted/,
    );
  });

  it("reads the certificate bound to a Gcore resource and probes the resource's hostnames", async () => {
    const chain = await chainFor(['cdn.example.com', 'static.example.com'], {
      root: certs.root,
      notAfterDays: 30,
    });
    const stored = env.gcore.certificates.add({
      name: 'bound',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    bindGcoreResource(env, 123, stored.id);
    const handshakes = env.edge.handshakes.length;
    const run = await env.run(gcoreInputs(env, 'check-certificate', { resource: '123' }), {
      env: certs.probeEnv,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const checked = JSON.parse(run.outputs.result!).certificates;
    expect(checked.map((c: { source: string }) => c.source)).toEqual([
      'stored',
      'served',
      'served',
    ]);
    expect(checked[0].where).toEqual(['resource 123 (cdn.example.com)']);
    expect(checked.slice(1).map((c: { serial: string }) => c.serial)).toEqual([
      chain.leaf.serial,
      chain.leaf.serial,
    ]);
    expect(env.edge.handshakes.slice(handshakes)).toEqual([
      'cdn.example.com',
      'static.example.com',
    ]);
    expect(run.outputs['certificate-id']).toBe(String(stored.id));
  });

  it('a stored certificate within a day fails the step only while it is bound', async () => {
    const chain = await chainFor(['media.example.org'], { root: certs.root, notAfterDays: 0.5 });
    const stored = env.gcore.certificates.add({
      name: 'ending',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    const check = () =>
      env.run(gcoreInputs(env, 'check-certificate', { 'certificate-id': String(stored.id) }));
    const unbound = await check();
    expect(unbound.exitCode, unbound.stdout).toBe(0);
    expect(unbound.stdout).toMatch(/::error::Gcore certificate \d+ 'ending' expires within a day/);
    bindGcoreResource(env, 456, stored.id);
    const bound = await check();
    expect(bound.exitCode).toBe(1);
    expect(errorLines(bound).at(-1)).toMatch(
      /1 certificate check\(s\) failed: certificate \d+ 'ending' expires within a day/,
    );
    expect(JSON.parse(bound.outputs.result!).certificates[0].where).toEqual([
      'resource 456 (media.example.org)',
    ]);
  });

  it('dry-run: no request and no TLS connection', async () => {
    const requests = env.emulator.requests.length;
    const handshakes = env.edge.handshakes.length;
    const run = await env.run(
      gcoreInputs(env, 'check-certificate', {
        resource: '123',
        hostnames: 'ok.example.org',
        'dry-run': 'true',
      }),
      { env: certs.probeEnv },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/dry run: step 2\/3: probe over TLS: ok\.example\.org:443/);
    expect(env.emulator.requests.length).toBe(requests);
    expect(env.edge.handshakes.length).toBe(handshakes);
  });

  it('refuses a CDNKIT_PROBE_CONNECT that is not loopback', async () => {
    const run = await env.run(
      { provider: 'gcore', operation: 'check-certificate', hostnames: 'ok.example.org' },
      { env: { CDNKIT_PROBE_CONNECT: '10.0.0.1:443' } },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/CDNKIT_PROBE_CONNECT must be a loopback address/);
  });
});

describe('upload-certificate bad inputs: exit 1, one ::error::, no request, no key line shown', () => {
  const env = useEmulator();
  const certs = useCertificateEnv(env);
  let good: { leaf: TestCertificate; intermediate: TestCertificate; fullchain: string };
  const cases: [string, () => Promise<Record<string, string>>, string, RegExp][] = [];
  const add = (
    label: string,
    make: () => Promise<Record<string, string>>,
    input: string,
    message: RegExp,
  ) => cases.push([label, make, input, message]);

  beforeAll(async () => {
    good = await chainFor(['cdn.example.com', '*.static.example.com'], { root: certs.root });
  });
  const material = (extra: Record<string, string> = {}) => ({
    certificate: good.fullchain,
    'private-key': good.leaf.key.pem,
    ...extra,
  });
  add(
    'mismatched key',
    async () => material({ 'private-key': (await makeKey()).pem }),
    'private-key',
    /does not belong/,
  );
  add(
    'expired',
    async () => {
      const old = await chainFor(['cdn.example.com'], {
        root: certs.root,
        notBeforeDays: -90,
        notAfterDays: -1,
      });
      return { certificate: old.fullchain, 'private-key': old.leaf.key.pem };
    },
    'certificate',
    /expired/,
  );
  add(
    'not yet valid',
    async () => {
      const future = await chainFor(['cdn.example.com'], { root: certs.root, notBeforeDays: 3 });
      return { certificate: future.fullchain, 'private-key': future.leaf.key.pem };
    },
    'certificate',
    /not valid yet/,
  );
  add(
    'wrong SAN',
    async () => material({ hostnames: 'www.example.org' }),
    'hostnames',
    /not covered/,
  );
  add(
    'two-label wildcard',
    async () => material({ hostnames: 'a.b.static.example.com' }),
    'hostnames',
    /exactly one label/,
  );
  add(
    'chain out of order',
    async () => material({ certificate: good.intermediate.pem + good.leaf.pem }),
    'certificate',
    /out of order/,
  );
  add(
    'garbage',
    async () => material({ certificate: 'not a certificate' }),
    'certificate',
    /not PEM/,
  );
  add(
    'key in certificate',
    async () => material({ certificate: good.fullchain + (await makeKey()).pem }),
    'certificate',
    /private key block/,
  );
  add(
    'encrypted key',
    async () => material({ 'private-key': encryptedPem(good.leaf.key) }),
    'private-key',
    /encrypted/,
  );
  add(
    '1-character key',
    async () => material({ 'private-key': 'k' }),
    'private-key',
    // refused with every secret input too short to mask, before it is read as PEM
    /is 1 character long/,
  );
  add(
    'RSA 1024',
    async () => {
      const weak = await issue({ names: ['cdn.example.com'], key: await makeKey('rsa1024') });
      return { certificate: weak.pem, 'private-key': weak.key.pem };
    },
    'private-key',
    /1024 bits/,
  );
  add(
    'certificate and certificate-file both',
    async () => material({ 'certificate-file': '/nonexistent' }),
    'certificate',
    /not both/,
  );

  it.for(cases)('%s', async ([, make, input, message]) => {
    const inputs = await make();
    const requests = env.emulator.requests.length;
    // the key's lines, and those of a key pasted into the certificate: all masked, none shown
    const keyLines = [
      ...bodyLines(inputs['private-key'] ?? ''),
      ...strayKeyLines(inputs.certificate ?? ''),
    ].filter((line) => line.length >= 4);
    const run = await env.run(gcoreInputs(env, 'upload-certificate', inputs), {
      secrets: keyLines,
    });
    const errors = errorLines(run);
    expect(run.exitCode).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Input '${input}'`);
    expect(errors[0]).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(env.emulator.requests.length).toBe(requests);
    for (const line of keyLines) {
      expect(run.stdout).toContain(`::add-mask::${line}`);
      expect(visibleStdout(run.stdout)).not.toContain(line);
    }
  });

  it('dry-run validates, plans sizes only, and sends nothing', async () => {
    const requests = env.emulator.requests.length;
    const run = await env.run(
      gcoreInputs(env, 'upload-certificate', { 'dry-run': 'true', ...material() }),
      { secrets: bodyLines(good.leaf.key.pem) },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/private key \d+ bytes/);
    expect(env.emulator.requests.length).toBe(requests);
  });
});
