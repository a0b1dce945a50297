/**
 * Certificate operations through dist/index.js against the emulator and its
 * TLS edge: upload (and reuse), list, delete, check, masking and dry runs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bindGcoreResource,
  cdnetworksInputs,
  gcoreInputs,
  useCertificateEnv,
  visibleStdout,
} from '../helpers/certificate-e2e.js';
import { bodyLines, chainFor, type TestCertificate } from '../helpers/certificates.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';

describe('certificates through dist/index.js', () => {
  // each run is its own process: identical signed GETs of two runs within a second are not replays
  const env = useEmulator({ cdnetworks: { rejectReplays: false } });
  const certs = useCertificateEnv(env);
  let gcoreChain: { leaf: TestCertificate; fullchain: string };
  const gcore = (operation: string, extra: Record<string, string> = {}) =>
    gcoreInputs(env, operation, extra);
  const cdnetworks = (operation: string, extra: Record<string, string> = {}) =>
    cdnetworksInputs(env, operation, extra);

  beforeAll(async () => {
    const chain = await chainFor(['cdn.example.com', 'static.example.com'], { root: certs.root });
    gcoreChain = chain;
  });

  it('uploads to Gcore once, then reuses it; outputs serial, not-after, fingerprint, days-left', async () => {
    const inputs = gcore('upload-certificate', {
      certificate: gcoreChain.fullchain,
      'private-key': gcoreChain.leaf.key.pem,
      hostnames: 'cdn.example.com',
    });
    const secrets = bodyLines(gcoreChain.leaf.key.pem);
    const first = await env.run(inputs, { secrets, env: { RUNNER_DEBUG: '1' } });
    expect(first.exitCode, first.stdout).toBe(0);
    const uploads = env.emulator.requestsTo('gcore', { method: 'POST', path: '/cdn/sslData' });
    expect(uploads).toHaveLength(1);
    expect(first.outputs.serial).toBe(gcoreChain.leaf.serial);
    expect(first.outputs.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(Number(first.outputs['days-left'])).toBeGreaterThanOrEqual(89);
    expect(first.outputs['not-after']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const stored = env.gcore.certificates.certificates.find(
      (c) => String(c.id) === first.outputs['certificate-id'],
    );
    expect(stored?.name).toBe(`cdn.example.com-${gcoreChain.leaf.serial}`);
    // every key line registered, line by line, before anything else was written
    const stdoutLines = first.stdout.split('\n');
    const firstOther = stdoutLines.findIndex(
      (line) => line !== '' && !line.startsWith('::add-mask::'),
    );
    for (const line of secrets)
      expect(stdoutLines.indexOf(`::add-mask::${line}`)).toBeLessThan(firstOther);
    for (const text of [visibleStdout(first.stdout), first.summary, JSON.stringify(first.outputs)])
      for (const line of secrets) expect(text).not.toContain(line);

    const again = await env.run(inputs, { secrets });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(env.emulator.requestsTo('gcore', { method: 'POST', path: '/cdn/sslData' })).toHaveLength(
      1,
    );
    expect(again.outputs['certificate-id']).toBe(first.outputs['certificate-id']);
    expect(JSON.parse(again.outputs.result!).certificate.reused).toBe(true);
  });

  it('refuses a name that another certificate holds, before uploading', async () => {
    // another certificate: Gcore lists no serial, so it differs by its not-after
    const other = await chainFor(['cdn.example.com'], { root: certs.root, notAfterDays: 60 });
    env.gcore.certificates.add({
      name: 'taken-name',
      cert: other.fullchain,
      key: other.leaf.key.pem,
    });
    const before = env.emulator.requestsTo('gcore', { method: 'POST' }).length;
    const run = await env.run(
      gcore('upload-certificate', {
        certificate: gcoreChain.fullchain,
        'private-key': gcoreChain.leaf.key.pem,
        'certificate-name': 'taken-name',
      }),
      { secrets: bodyLines(gcoreChain.leaf.key.pem) },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /Input 'certificate-name': 'taken-name' is already the name/,
    );
    expect(env.emulator.requestsTo('gcore', { method: 'POST' })).toHaveLength(before);
  });

  it('uploads to CDNetworks from files: id from Location, reused by serial on a rerun', async () => {
    const chain = await chainFor(['www.example.com', 'img.example.com'], { root: certs.root });
    writeFileSync(join(certs.dir, 'fullchain.pem'), chain.fullchain);
    writeFileSync(join(certs.dir, 'privkey.pem'), chain.leaf.key.pem);
    const inputs = cdnetworks('upload-certificate', {
      'certificate-file': join(certs.dir, 'fullchain.pem'),
      'private-key-file': join(certs.dir, 'privkey.pem'),
      resource: 'www.example.com,img.example.com',
    });
    const secrets = bodyLines(chain.leaf.key.pem);
    const first = await env.run(inputs, { secrets });
    expect(first.exitCode, first.stdout).toBe(0);
    const id = first.outputs['certificate-id']!;
    expect(env.cdnetworks.certificates.certificates.get(id)?.serial).toBe(
      chain.leaf.serial.toLowerCase(),
    );
    for (const line of secrets) expect(first.stdout).toContain(`::add-mask::${line}`);
    const again = await env.run(inputs, { secrets });
    expect(again.outputs['certificate-id']).toBe(id);
    expect(
      env.emulator.requestsTo('cdnetworks', { method: 'POST', path: '/api/certificate' }),
    ).toHaveLength(1);
    expect(env.emulator.requestsTo('cdnetworks', { path: /content|terraform/ })).toEqual([]);
  });

  it('lists CDNetworks certificates with UTC not-after read from CST, and where they are bound', async () => {
    const chain = await chainFor(['img.example.com'], { root: certs.root });
    const added = env.cdnetworks.certificates.add('listed', chain.fullchain, chain.leaf.key.pem);
    env.cdnetworks.certificates.bindNow('img.example.com', added.id);
    const run = await env.run(cdnetworks('list-certificates'));
    expect(run.exitCode, run.stdout).toBe(0);
    const listed = JSON.parse(run.outputs.result!).certificates.find(
      (c: { id: string }) => c.id === added.id,
    );
    const notAfter = new Date(chain.leaf.certificate.notAfter)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    expect(listed.notAfter).toBe(notAfter);
    expect(listed.where).toEqual(['domain img.example.com']);
    expect(run.summary).toContain('domain img.example.com');
  });

  it('lists Gcore certificates with the resources they are bound to', async () => {
    const chain = await chainFor(['media.example.org'], { root: certs.root });
    const added = env.gcore.certificates.add({
      name: 'media',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    bindGcoreResource(env, 456, added.id);
    const run = await env.run(gcore('list-certificates'));
    expect(run.exitCode, run.stdout).toBe(0);
    const listed = JSON.parse(run.outputs.result!).certificates.find(
      (c: { id: string }) => c.id === String(added.id),
    );
    expect(listed.where).toEqual(['resource 456 (media.example.org)']);
  });

  it('deletes only what is unbound and not automated, and names what holds the rest', async () => {
    const chain = await chainFor(['cdn.example.com'], { root: certs.root });
    const bound = env.gcore.certificates.add({
      name: 'bound',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    bindGcoreResource(env, 123, bound.id);
    const automated = env.gcore.certificates.add({ name: 'le', automated: true });
    const free = env.gcore.certificates.add({
      name: 'free',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });

    const refused = await env.run(
      gcore('delete-certificate', { 'certificate-id': String(bound.id) }),
    );
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)[0]).toMatch(/still bound to resource 123 \(cdn\.example\.com\)/);
    const le = await env.run(
      gcore('delete-certificate', { 'certificate-id': String(automated.id) }),
    );
    expect(errorLines(le)[0]).toMatch(/Let's Encrypt/);
    expect(env.emulator.requestsTo('gcore', { method: 'DELETE' })).toEqual([]);

    const deleted = await env.run(
      gcore('delete-certificate', { 'certificate-id': String(free.id) }),
    );
    expect(deleted.exitCode, deleted.stdout).toBe(0);
    expect(free.deleted).toBe(true);
    expect(env.emulator.requestsTo('gcore', { method: 'PUT' })).toEqual([]);
  });

  it('CDNetworks: a bound certificate is not deleted; an unbound one is', async () => {
    const chain = await chainFor(['www.example.com'], { root: certs.root });
    const bound = env.cdnetworks.certificates.add('in-use', chain.fullchain, chain.leaf.key.pem);
    env.cdnetworks.certificates.bindNow('www.example.com', bound.id);
    const free = env.cdnetworks.certificates.add('unused', chain.fullchain, chain.leaf.key.pem);
    const refused = await env.run(cdnetworks('delete-certificate', { 'certificate-id': bound.id }));
    expect(errorLines(refused)[0]).toMatch(/still bound to domain www\.example\.com/);
    const deleted = await env.run(cdnetworks('delete-certificate', { 'certificate-id': free.id }));
    expect(deleted.exitCode, deleted.stdout).toBe(0);
    expect(env.cdnetworks.certificates.certificates.has(free.id)).toBe(false);
    expect(env.cdnetworks.certificates.certificates.has(bound.id)).toBe(true);
  });

  it('Medianova lists its certificates across pages, and refuses upload in one line', async () => {
    env.medianova.sslPageSize = 2;
    for (const n of [1, 2, 3]) {
      env.medianova.sslCertificates.push({
        uuid: `ssl-${n}`,
        organization_uuid: env.medianova.organization,
        ssl_name: `cert ${n}`,
        expire_date: new Date(Date.now() + n * 10 * 86_400_000).toISOString(),
        common_name: 'example.mncdn.com',
        created_at: new Date().toISOString(),
        type: 'custom',
      });
    }
    const medianova = (operation: string) => ({
      provider: 'medianova',
      operation,
      'api-key': env.medianova.apiKey,
      'api-secret': env.medianova.apiSecret,
      organization: env.medianova.organization,
      'api-url': env.emulator.url('medianova'),
    });
    const run = await env.run(medianova('list-certificates'), {
      secrets: env.medianova.issuedSecrets(),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.result!).certificates.map((c: { id: string }) => c.id)).toEqual([
      'ssl-1',
      'ssl-2',
      'ssl-3',
    ]);
    expect(env.emulator.requestsTo('medianova', { path: /\/api\/v1\/ssl\// })).toHaveLength(2);

    const check = await env.run({
      ...medianova('check-certificate'),
      'certificate-id': 'ssl-1',
      'warn-days': '30',
    });
    expect(check.exitCode, check.stdout).toBe(0);
    expect(check.outputs['days-left']).toBe('9');
    expect(check.stdout).toMatch(
      /::warning::Medianova certificate ssl-1 'cert 1' expires in 9 days/,
    );

    env.medianova.resources[0]!.ssl_uuid = 'ssl-3';
    const bound = await env.run(
      { ...medianova('check-certificate'), resource: 'cdn.example.com', probe: 'false' },
      { secrets: env.medianova.issuedSecrets() },
    );
    expect(bound.exitCode, bound.stdout).toBe(0);
    const [checked] = JSON.parse(bound.outputs.result!).certificates;
    expect(checked).toMatchObject({
      id: 'ssl-3',
      where: [expect.stringMatching(/^resource b7e4d2a1/)],
    });

    const before = env.emulator.requests.length;
    const upload = await env.run({
      ...medianova('upload-certificate'),
      certificate: 'x',
      'private-key': 'y',
    });
    expect(errorLines(upload)).toEqual([
      "::error::Input 'operation': 'upload-certificate' is not available for medianova: no source documents Medianova's certificate upload, binding or deletion API: upload in the panel, then use check-certificate",
    ]);
    expect(env.emulator.requests.length).toBe(before);
  });
});
