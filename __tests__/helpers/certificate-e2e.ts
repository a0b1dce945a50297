/** Shared set-up of the certificate end-to-end tests: the TLS edge, a test root CA, inputs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
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

/** The serial (upper-case hex) the edge at `address` serves for `host` (SNI). */
export function servedSerial(address: string, host: string): Promise<string> {
  const [ip, port] = address.split(':');
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: ip,
      port: Number(port),
      servername: host,
      rejectUnauthorized: false,
    });
    socket.setTimeout(2000, () => socket.destroy(new Error('handshake timed out')));
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      const serial = socket.getPeerX509Certificate()?.serialNumber.toUpperCase();
      socket.end();
      if (serial) resolve(serial);
      else reject(new Error('no certificate'));
    });
  });
}

/**
 * Handshakes with the edge for each host, over and over, while a run goes on:
 * which serials each served, and every handshake that got none.
 */
export function watchServed(address: string, hosts: readonly string[]) {
  const serials = new Map<string, Set<string>>(hosts.map((host) => [host, new Set<string>()]));
  const failures: string[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const host of hosts) {
        try {
          serials.get(host)!.add(await servedSerial(address, host));
        } catch (error) {
          failures.push(`${host}: ${(error as Error).message}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { serials, failures };
    },
  };
}
