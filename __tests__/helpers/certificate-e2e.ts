/** Shared set-up of the certificate end-to-end tests: the TLS edge, a test root CA, inputs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { issue, type TestCertificate } from './certificates.js';
import type { E2E } from './e2e.js';

export const GCORE_TOKEN = '7711$gcore-test-token-secret';
export const CDNETWORKS_KEYS = {
  'api-key': 'cdnetworks-test-access-key',
  'api-secret': 'cdnetworks-test-secret-key',
};

export interface CertificateEnv {
  root: TestCertificate;
  /** env for runs: CDNKIT_PROBE_CONNECT to the edge, the root trusted */
  probeEnv: Record<string, string>;
  dir: string;
}

/** Starts the edge and a root CA the action trusts (NODE_EXTRA_CA_CERTS) for the test file. */
export function useCertificateEnv(env: E2E): CertificateEnv {
  const handle = {} as CertificateEnv;
  beforeAll(async () => {
    handle.root = await issue({ commonName: 'cdnkit test root', ca: true, notAfterDays: 3650 });
    handle.dir = mkdtempSync(join(tmpdir(), 'cdnkit-certs-'));
    const caFile = join(handle.dir, 'root.pem');
    writeFileSync(caFile, handle.root.pem);
    const address = await env.edge.start();
    handle.probeEnv = { CDNKIT_PROBE_CONNECT: address, NODE_EXTRA_CA_CERTS: caFile };
  });
  afterAll(async () => {
    await env.edge?.stop();
  });
  return handle;
}

/** Lines of stdout that are not `::add-mask::` registrations. */
export function visibleStdout(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Inputs of a Gcore certificate operation against the emulator. */
export function gcoreInputs(env: E2E, operation: string, extra: Record<string, string> = {}) {
  return {
    provider: 'gcore',
    operation,
    'api-token': GCORE_TOKEN,
    'api-url': env.emulator.url('gcore'),
    ...extra,
  };
}

/** Inputs of a CDNetworks certificate operation against the emulator (AK/SK). */
export function cdnetworksInputs(env: E2E, operation: string, extra: Record<string, string> = {}) {
  return {
    provider: 'cdnetworks',
    operation,
    ...CDNETWORKS_KEYS,
    'api-url': env.emulator.url('cdnetworks'),
    ...extra,
  };
}

/** Binds a stored certificate to an emulated Gcore resource directly (fixtures). */
export function bindGcoreResource(env: E2E, resourceId: number, certificateId: number): void {
  Object.assign(env.gcore.resources.find((r) => r.id === resourceId)!, {
    sslEnabled: true,
    sslData: certificateId,
  });
}
