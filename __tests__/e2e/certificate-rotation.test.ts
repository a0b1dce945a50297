/**
 * rotate-certificate through dist/index.js against the emulator and its TLS
 * edge (certificates.md, acceptance 1, 3, 4 and 6): each step fails in turn
 * for Gcore and CDNetworks, leaving the state the spec tables, a certificate
 * served at every hostname throughout, and a rerun that finishes with exactly
 * one upload.
 */
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../emulator/server.js';
import {
  cdnetworksInputs,
  gcoreInputs,
  useCertificateEnv,
  watchServed,
} from '../helpers/certificate-e2e.js';
import { bodyLines, chainFor, type TestCertificate } from '../helpers/certificates.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';

type ProviderName = 'gcore' | 'cdnetworks';

/** One site to rotate: its hostnames, the certificate bound now and the new one. */
interface Site {
  readonly provider: ProviderName;
  /** the `resource` input */
  readonly resource: string;
  readonly hosts: readonly string[];
  readonly old: { id: string; serial: string };
  readonly next: { leaf: TestCertificate; fullchain: string };
  /** emulator paths where faults are injected: the first read, the upload, the old one's delete */
  readonly paths: { read: string; upload: string; deleteOld: string };
  inputs(extra?: Record<string, string>): Record<string, string>;
  /** the certificate id bound to each target now */
  bound(): string[];
  exists(id: string): boolean;
  /** certificates stored with the new serial */
  copies(): number;
  /** upload calls the emulator received for this site */
  uploads(): RecordedRequest[];
}

const same = (a: string, b: string) =>
  a.replace(/^0+/, '').toLowerCase() === b.replace(/^0+/, '').toLowerCase();

describe('rotate-certificate through dist/index.js', () => {
  const env = useEmulator({ cdnetworks: { rejectReplays: false } });
  const certs = useCertificateEnv(env);
  let sites = 0;

  beforeAll(() => {
    env.cdnetworks.certificates.sharedLabels = 'one-certificate';
  });

  /** A Gcore resource of its own with two hostnames and a certificate bound. */
  async function gcoreSite(options: { covers?: string[] } = {}): Promise<Site> {
    const n = ++sites;
    const id = 900 + n;
    const hosts = [`cdn${n}.rotate.example`, `static${n}.rotate.example`];
    env.gcore.resources.push({
      id,
      cname: hosts[0]!,
      secondaryHostnames: [hosts[1]!],
      status: 'active',
      deleted: false,
      name: `rotate ${n}`,
    });
    const oldChain = await chainFor(hosts, { root: certs.root, notAfterDays: 20 });
    const old = env.gcore.certificates.add({
      name: `old-${n}`,
      cert: oldChain.fullchain,
      key: oldChain.leaf.key.pem,
    });
    Object.assign(env.gcore.resources.find((r) => r.id === id)!, {
      sslEnabled: true,
      sslData: old.id,
    });
    const next = await chainFor(options.covers ?? hosts, { root: certs.root, notAfterDays: 90 });
    const resource = () => env.gcore.resources.find((r) => r.id === id)!;
    return {
      provider: 'gcore',
      resource: String(id),
      hosts,
      old: { id: String(old.id), serial: oldChain.leaf.serial },
      paths: {
        read: `/cdn/resources/${id}`,
        upload: '/cdn/sslData',
        deleteOld: `/cdn/sslData/${old.id}`,
      },
      next,
      inputs: (extra = {}) =>
        gcoreInputs(env, 'rotate-certificate', {
          certificate: next.fullchain,
          'private-key': next.leaf.key.pem,
          resource: String(id),
          'max-retries': '0',
          ...extra,
        }),
      bound: () => [String(resource().sslData)],
      exists: (certificate) =>
        env.gcore.certificates.certificates.some((c) => String(c.id) === certificate && !c.deleted),
      copies: () =>
        env.gcore.certificates.certificates.filter(
          (c) =>
            !c.deleted &&
            c.served !== undefined &&
            same(new X509Certificate(c.served.cert).serialNumber, next.leaf.serial),
        ).length,
      uploads: () =>
        env.emulator
          .requestsTo('gcore', { method: 'POST', path: '/cdn/sslData' })
          .filter((r) =>
            (r.json as { sslCertificate?: string })?.sslCertificate?.includes(
              next.leaf.pem.split('\n')[1]!,
            ),
          ),
    };
  }

  /**
   * Two CDNetworks domains sharing a cname-label, the old certificate on both;
   * `resource` names the first alone: the second must switch with it.
   */
  async function cdnetworksSite(options: { covers?: string[] } = {}): Promise<Site> {
    const n = ++sites;
    const hosts = [`www${n}.rotate.example`, `img${n}.rotate.example`];
    for (const host of hosts) env.cdnetworks.certificates.addDomain(host, `label-${n}`);
    const oldChain = await chainFor(hosts, { root: certs.root, notAfterDays: 20 });
    const old = env.cdnetworks.certificates.add(
      `old-${n}`,
      oldChain.fullchain,
      oldChain.leaf.key.pem,
    );
    for (const host of hosts) env.cdnetworks.certificates.bindNow(host, old.id);
    const next = await chainFor(options.covers ?? hosts, { root: certs.root, notAfterDays: 90 });
    const stored = () => [...env.cdnetworks.certificates.certificates.values()];
    return {
      provider: 'cdnetworks',
      resource: hosts[0]!,
      hosts,
      old: { id: old.id, serial: oldChain.leaf.serial },
      paths: {
        read: `/api/config/certificate/${hosts[0]}`,
        upload: '/api/certificate',
        deleteOld: `/api/certificate/${old.id}`,
      },
      next,
      inputs: (extra = {}) =>
        cdnetworksInputs(env, 'rotate-certificate', {
          certificate: next.fullchain,
          'private-key': next.leaf.key.pem,
          resource: hosts[0]!,
          'max-retries': '0',
          ...extra,
        }),
      bound: () =>
        hosts.map((host) => env.cdnetworks.certificates.domains.get(host)!.certificateId!),
      exists: (certificate) => env.cdnetworks.certificates.certificates.has(certificate),
      copies: () => stored().filter((c) => same(c.serial, next.leaf.serial)).length,
      uploads: () =>
        env.emulator
          .requestsTo('cdnetworks', { method: 'POST', path: '/api/certificate' })
          .filter((r) =>
            (r.json as { certificate?: string })?.certificate?.includes(
              next.leaf.pem.split('\n')[1]!,
            ),
          ),
    };
  }

  const makeSite = (provider: ProviderName, options: { covers?: string[] } = {}) =>
    provider === 'gcore' ? gcoreSite(options) : cdnetworksSite(options);

  /** Runs the rotation while every hostname is probed: none may ever go without a certificate. */
  async function rotate(site: Site, extra: Record<string, string> = {}) {
    const watch = watchServed(certs.probeEnv.CDNKIT_PROBE_CONNECT!, site.hosts);
    const run = await env.run(site.inputs(extra), {
      secrets: bodyLines(site.next.leaf.key.pem),
      env: certs.probeEnv,
    });
    const served = await watch.stop();
    expect(served.failures, 'a hostname served no certificate').toEqual([]);
    for (const host of site.hosts) {
      for (const serial of served.serials.get(host)!)
        expect(
          same(serial, site.old.serial) || same(serial, site.next.leaf.serial),
          `${host} served ${serial}`,
        ).toBe(true);
    }
    return { run, served };
  }

  const writesTo = (provider: ProviderName, since: number) =>
    env.emulator.requests
      .slice(since)
      .filter((r) => r.provider === provider && r.method !== 'GET')
      .filter((r) => !(r.method === 'POST' && r.path.startsWith('/api/request/')));

  /** The rerun after a failure: succeeds, the new certificate bound and stored once. */
  async function rerunSucceeds(site: Site) {
    const { run } = await rotate(site);
    expect(run.exitCode, run.stdout).toBe(0);
    const id = run.outputs['certificate-id']!;
    expect(site.bound().every((bound) => bound === id)).toBe(true);
    expect(site.uploads()).toHaveLength(1);
    expect(site.copies()).toBe(1);
    expect(run.outputs.serial).toBe(site.next.leaf.serial);
    return run;
  }

  describe.each(['gcore', 'cdnetworks'] as const)('%s', (provider) => {
    const label = provider === 'gcore' ? 'Gcore' : 'CDNetworks';

    it('rotates: uploads, binds, verifies by read-back and probe, then deletes the old one', async () => {
      const site = await makeSite(provider);
      const { run, served } = await rotate(site, { 'warn-days': '30' });
      expect(run.exitCode, run.stdout).toBe(0);
      const id = run.outputs['certificate-id']!;
      expect(site.bound()).toEqual(site.bound().map(() => id));
      expect(site.exists(site.old.id)).toBe(false);
      expect(site.uploads()).toHaveLength(1);
      // each hostname served the old certificate, then the new one
      for (const host of site.hosts)
        expect([...served.serials.get(host)!].some((s) => same(s, site.next.leaf.serial))).toBe(
          true,
        );
      const result = JSON.parse(run.outputs.result!);
      expect(result.old).toEqual([expect.objectContaining({ id: site.old.id, deleted: true })]);
      expect(result.probes.map((p: { served: boolean }) => p.served)).toEqual([true, true]);
      expect(run.summary).toMatch(/\| Days left \|/);
      expect(run.summary).toMatch(
        new RegExp(
          `certificate ${id} .*\\(new\\) \\| ${site.next.leaf.serial} \\| .* \\| 8[89] \\|`,
        ),
      );
      if (provider === 'cdnetworks') {
        // the sibling sharing the cname-label switched in the same batch
        expect(
          env.emulator
            .requestsTo('cdnetworks', { method: 'PUT', path: '/api/config/certificate/batch' })
            .at(-1)?.json,
        ).toEqual({ certificateId: Number(id), domainNames: [...site.hosts] });
      }

      // run again: nothing to do, nothing sent but reads
      const before = env.emulator.requests.length;
      const again = await rotate(site);
      expect(again.run.exitCode, again.run.stdout).toBe(0);
      expect(writesTo(provider, before)).toEqual([]);
      expect(JSON.parse(again.run.outputs.result!).new).toMatchObject({
        reused: true,
        boundBefore: true,
      });
    });

    it('validate fails: nothing is sent', async () => {
      const site = await makeSite(provider);
      const before = env.emulator.requests.length;
      const { run } = await rotate(site, { hostnames: 'elsewhere.example.org' });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^::error::Input 'hostnames': 'elsewhere\.example\.org' is not covered/,
        ),
      ]);
      expect(env.emulator.requests.length).toBe(before);
      await rerunSucceeds(site);
    });

    it('read fails: nothing changed', async () => {
      const site = await makeSite(provider);
      env.emulator.fault({
        provider,
        method: 'GET',
        path: site.paths.read,
        status: 500,
        times: 5,
      });
      const before = env.emulator.requests.length;
      const { run } = await rotate(site);
      env.emulator.clearFaults();
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /^::error::Reading the binding failed: .*status 500.*\. No certificate was created\.$/,
        ),
      ]);
      expect(writesTo(provider, before)).toEqual([]);
      expect(site.bound().every((bound) => bound === site.old.id)).toBe(true);
      await rerunSucceeds(site);
    });

    it('the hostname check after the read fails: nothing changed', async () => {
      const site = await makeSite(provider);
      const narrow = await chainFor([site.hosts[0]!], { root: certs.root });
      const before = env.emulator.requests.length;
      const run = await env.run(
        site.inputs({ certificate: narrow.fullchain, 'private-key': narrow.leaf.key.pem }),
        { secrets: bodyLines(narrow.leaf.key.pem), env: certs.probeEnv },
      );
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error::Checking the hostnames failed: Input 'resource': .*serves '${site.hosts[1]!.replace(/\./g, '\\.')}', which the certificate does not cover.*Nothing was created or deleted: certificate ${site.old.id} \\('old-\\d+'\\) is unchanged\\.$`,
          ),
        ),
      ]);
      if (provider === 'cdnetworks')
        expect(errorLines(run)[0]).toMatch(/shares cname-label 'label-\d+'/);
      expect(writesTo(provider, before)).toEqual([]);
      await rerunSucceeds(site);
    });

    it('upload fails after the provider stored it (a lost answer): the rerun reuses it', async () => {
      const site = await makeSite(provider);
      env.emulator.fault({
        provider,
        method: 'POST',
        path: site.paths.upload,
        status: 502,
        afterProvider: true,
      });
      const { run } = await rotate(site);
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error::Uploading the new certificate failed: .*status 502.*Nothing was deleted: certificate ${site.old.id} \\('old-\\d+'\\) is unchanged\\. The request may have reached ${label}: check list-certificates for a certificate named '.*-${site.next.leaf.serial}'\\. A rerun finds that upload and reuses it\\.$`,
          ),
        ),
      ]);
      expect(site.bound().every((bound) => bound === site.old.id)).toBe(true);
      expect(site.copies()).toBe(1);
      const rerun = await rerunSucceeds(site);
      expect(JSON.parse(rerun.outputs.result!).new.reused).toBe(true);
    });

    it('bind fails: the old one stays bound, the new one is named and reused by the rerun', async () => {
      const site = await makeSite(provider);
      if (provider === 'gcore') env.gcore.certificates.leIssuing.add(Number(site.resource));
      else
        env.emulator.fault({
          provider,
          method: 'PUT',
          path: '/api/config/certificate/batch',
          status: 500,
        });
      const { run } = await rotate(site);
      env.gcore.certificates.leIssuing.clear();
      env.emulator.clearFaults();
      expect(run.exitCode).toBe(1);
      const id = run.outputs['certificate-id']!;
      expect(id).toMatch(/^\d+$/);
      const name = JSON.parse(run.outputs.result!).new.name;
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error::Binding the new certificate failed: .*status (400|500).*\\. Certificates now: new ${id} \\('${name}', uploaded, not bound, not verified\\); old ${site.old.id} \\('old-\\d+'\\) is still bound\\. Certificate ${id} is uploaded but not bound; ${site.old.id} is still bound\\. Run again: the rerun reuses it\\.$`,
          ),
        ),
      ]);
      expect(site.bound().every((bound) => bound === site.old.id)).toBe(true);
      expect(site.exists(id)).toBe(true);
      const rerun = await rerunSucceeds(site);
      expect(rerun.outputs['certificate-id']).toBe(id);
      expect(site.exists(site.old.id)).toBe(false);
    });

    it('verify fails: the new one is bound (or deploying), the old one kept; the rerun resumes', async () => {
      const site = await makeSite(provider);
      if (provider === 'gcore') env.gcore.certificates.edgeDelayMs = 60_000;
      else env.cdnetworks.certificates.deployDelayMs = 60_000;
      const { run } = await rotate(site, { 'wait-timeout': '2' });
      env.gcore.certificates.edgeDelayMs = 0;
      env.cdnetworks.certificates.deployDelayMs = 0;
      expect(run.exitCode).toBe(1);
      const id = run.outputs['certificate-id']!;
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          provider === 'gcore'
            ? /^::error::Probing the hostnames failed: wait-timeout \(2 s\) ended before every hostname served serial \w+: cdn\d+\.rotate\.example:443 serves serial \w+/
            : /^::error::Reading the binding back failed: still deploying when wait-timeout \(2 s\) ended: domain www\d+\.rotate\.example \(deploy request cnc-\d+: INPROGRESS/,
        ),
      ]);
      expect(errorLines(run)[0]).toContain(
        `Run again to resume: the rerun reuses certificate ${id}, finds it bound and checks again (wait-timeout 2 s). The rerun cannot tell which certificate it replaced: delete ${site.old.id} with delete-certificate once the new one is served.`,
      );
      expect(site.bound().every((bound) => bound === id)).toBe(true);
      expect(site.exists(site.old.id)).toBe(true);

      if (provider === 'gcore') env.gcore.certificates.settleEdge();
      else env.cdnetworks.certificates.finishDeploys();
      const rerun = await rerunSucceeds(site);
      expect(
        writesTo(provider, 0).filter(
          (r) => r.method === 'DELETE' && r.path.endsWith(`/${site.old.id}`),
        ),
      ).toEqual([]);
      expect(rerun.summary).toMatch(/none: the new one was bound before this run/);
    });

    it('delete fails: a warning, the step succeeds, the new one served and the old one kept', async () => {
      const site = await makeSite(provider);
      env.emulator.fault({
        provider,
        method: 'DELETE',
        path: site.paths.deleteOld,
        status: 500,
      });
      const { run } = await rotate(site);
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toMatch(
        new RegExp(
          `::warning::Deleting the old certificate failed: .*status 500\\. Delete certificate ${site.old.id} with delete-certificate\\.`,
        ),
      );
      expect(site.exists(site.old.id)).toBe(true);
      expect(site.uploads()).toHaveLength(1);
    });
  });

  it('CDNetworks: a deploy held for review stops the verification', async () => {
    const site = await cdnetworksSite();
    env.cdnetworks.certificates.review = true;
    const { run } = await rotate(site);
    env.cdnetworks.certificates.review = false;
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::Reading the binding back failed: the provider reports the binding failed: domain www\d+\.rotate\.example \(certificate \d+, status Reviewing\)/,
    );
    expect(site.exists(site.old.id)).toBe(true);
  });

  it('Gcore without probe: verified by read-back, the old one kept with a warning', async () => {
    const site = await gcoreSite();
    const { run } = await rotate(site, { probe: 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(site.exists(site.old.id)).toBe(true);
    expect(run.stdout).toMatch(
      new RegExp(
        `::warning::The old certificate ${site.old.id} 'old-\\d+' is kept: Gcore gives no deploy signal and no TLS probe showed the new certificate served \\('probe: false'\\)\\.`,
      ),
    );
  });

  it('dry run: validates, sends nothing and opens no TLS connection', async () => {
    const site = await gcoreSite();
    const requests = env.emulator.requests.length;
    const handshakes = env.edge.handshakes.length;
    const run = await env.run(site.inputs({ 'dry-run': 'true' }), {
      secrets: bodyLines(site.next.leaf.key.pem),
      env: certs.probeEnv,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.emulator.requests.length).toBe(requests);
    expect(env.edge.handshakes.length).toBe(handshakes);
    const { steps } = JSON.parse(run.outputs.result!);
    expect(steps[0]).toMatch(/^validated the certificate: serial /);
    expect(steps.join('\n')).toMatch(/private key \d+ bytes/);
  });

  it('masks every key line before anything else, in stdout, debug, outputs, summary and result', async () => {
    const site = await cdnetworksSite();
    const lines = bodyLines(site.next.leaf.key.pem);
    const run = await env.run(site.inputs(), {
      secrets: lines,
      env: { ...certs.probeEnv, RUNNER_DEBUG: '1' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const stdout = run.stdout.split('\n');
    const firstOther = stdout.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
    for (const line of lines)
      expect(stdout.indexOf(`::add-mask::${line}`)).toBeLessThan(firstOther);
    expect(run.stdout).toMatch(/::debug::/);
  });

  // last, so it sees the requests of every run above
  it('never sent a resource PUT, an empty certificateId, or a key-returning path', () => {
    const requests = env.emulator.requests;
    expect(requests.filter((r) => r.provider === 'gcore' && r.method === 'PUT')).toEqual([]);
    const binds = requests.filter(
      (r) =>
        r.provider === 'cdnetworks' &&
        r.method === 'PUT' &&
        r.path.startsWith('/api/config/certificate/'),
    );
    expect(binds.length).toBeGreaterThan(0);
    for (const bind of binds)
      expect(String((bind.json as { certificateId?: unknown }).certificateId ?? '')).toMatch(
        /^\d+$/,
      );
    expect(requests.filter((r) => /content|terraform/.test(r.path))).toEqual([]);
  });
});
