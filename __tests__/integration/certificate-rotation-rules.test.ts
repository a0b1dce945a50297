/**
 * When rotate-certificate keeps the old certificate although `delete-old` is
 * set: issued by the provider, not older than the new one, or still bound
 * elsewhere. In process, against the emulator and its TLS edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import { runCertificateOperation } from '../../src/operations/certificates/run.js';
import type { OperationReport } from '../../src/operations/report.js';
import { GCORE_TOKEN } from '../helpers/certificate-e2e.js';
import { chainFor, type TestCertificate } from '../helpers/certificates.js';
import { testContext } from '../helpers/context.js';

describe('rotate-certificate keeps the old certificate when it must', () => {
  let env: AllProviders;
  let edge: { host: string; port: number };
  let root: TestCertificate;

  beforeAll(async () => {
    env = createEmulator();
    await env.emulator.start();
    const [host, port] = (await env.edge.start()).split(':');
    edge = { host: host!, port: Number(port) };
    root = (await chainFor(['x.example'])).root;
  });
  afterAll(async () => {
    await env.edge.stop();
    await env.emulator.stop();
  });

  /** Binds `old` to resource 123 (and to 456 with `alsoOn456`), then rotates 123. */
  async function rotate(old: {
    automated?: boolean;
    notAfterDays?: number;
    alsoOn456?: boolean;
  }): Promise<{ report: OperationReport; oldId: number }> {
    const hosts = ['cdn.example.com', 'static.example.com'];
    const oldChain = await chainFor([...hosts, 'media.example.org'], {
      root,
      notAfterDays: old.notAfterDays ?? 30,
    });
    const stored = env.gcore.certificates.add({
      name: `old-${Date.now()}-${Math.random()}`,
      ...(old.automated
        ? { automated: true }
        : { cert: oldChain.fullchain, key: oldChain.leaf.key.pem }),
    });
    for (const resource of env.gcore.resources) {
      if (resource.id === 123 || (old.alsoOn456 && resource.id === 456))
        Object.assign(resource, { sslEnabled: true, sslData: stored.id });
    }
    const next = await chainFor(hosts, { root, notAfterDays: 90 });
    const ctx = testContext(
      {
        provider: 'gcore',
        operation: 'rotate-certificate',
        'api-token': GCORE_TOKEN,
        'api-url': env.emulator.url('gcore'),
        certificate: next.fullchain,
        'private-key': next.leaf.key.pem,
        resource: '123',
      },
      { now: Date.now() },
    );
    ctx.config.certificate.probeConnect = edge;
    const report = await runCertificateOperation(ctx);
    expect(report.failure).toBeUndefined();
    expect(env.gcore.resources.find((r) => r.id === 123)?.sslData).not.toBe(stored.id);
    return { report, oldId: stored.id };
  }

  const warnings = (report: OperationReport) =>
    (report.annotations ?? []).filter((a) => a.level === 'warning').map((a) => a.message);
  const exists = (id: number) =>
    env.gcore.certificates.certificates.some((c) => c.id === id && !c.deleted);

  it('issued by Gcore (Let’s Encrypt)', async () => {
    const { report, oldId } = await rotate({ automated: true });
    expect(exists(oldId)).toBe(true);
    expect(warnings(report)).toEqual([
      expect.stringMatching(
        new RegExp(`^The old certificate ${oldId} .* is kept: Gcore issues and renews it`),
      ),
    ]);
  });

  it('expiring no earlier than the new one', async () => {
    const { report, oldId } = await rotate({ notAfterDays: 200 });
    expect(exists(oldId)).toBe(true);
    expect(warnings(report)[0]).toMatch(/is kept: it does not expire before the new one/);
  });

  it('still bound to another resource: the delete step warns and succeeds', async () => {
    const { report, oldId } = await rotate({ alsoOn456: true });
    expect(exists(oldId)).toBe(true);
    expect(warnings(report)).toEqual([
      `Deleting the old certificate failed: certificate ${oldId} is still bound to resource 456 (media.example.org). Delete certificate ${oldId} with delete-certificate.`,
    ]);
    expect(env.emulator.requestsTo('gcore', { method: 'DELETE' })).toEqual([]);
  });
});
