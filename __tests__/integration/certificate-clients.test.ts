/**
 * The certificate clients against the emulator, below the operations: binding
 * (Gcore PATCH only, CDNetworks single and batch, never an empty id), read-back
 * and deploy progress, the wire variants the sources disagree on, and the
 * paths that must never be called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import { ProviderError } from '../../src/errors.js';
import { type CertificateManager, isCertificateManager } from '../../src/providers/certificates.js';
import { createProvider } from '../../src/providers/create-provider.js';
import { CDNETWORKS_KEYS, GCORE_TOKEN } from '../helpers/certificate-e2e.js';
import { chainFor } from '../helpers/certificates.js';
import { testContext } from '../helpers/context.js';

describe('certificate clients against the emulator', () => {
  let env: AllProviders;
  /** The certificate client as operations get it: from the provider, loaded on first use. */
  const manager = async (inputs: Record<string, string>): Promise<CertificateManager> => {
    const provider = await createProvider(
      testContext({ operation: 'list-certificates', ...inputs }, { now: Date.now() }),
    );
    const certificates = await provider.certificates!();
    if (!isCertificateManager(certificates)) throw new Error('not a manager');
    return certificates;
  };
  const gcore = () =>
    manager({ provider: 'gcore', 'api-token': GCORE_TOKEN, 'api-url': env.emulator.url('gcore') });
  const cdnetworks = () =>
    manager({
      provider: 'cdnetworks',
      ...CDNETWORKS_KEYS,
      'api-url': env.emulator.url('cdnetworks'),
    });

  beforeAll(async () => {
    // separate clients of one test send identical signed GETs within a second: not a replay of one client
    env = createEmulator({ cdnetworks: { rejectReplays: false } });
    await env.emulator.start();
  });
  afterAll(async () => {
    await env.emulator.stop();
  });

  it('Gcore binds with PATCH {sslEnabled, sslData} only, and reads the binding back', async () => {
    const chain = await chainFor(['cdn.example.com']);
    const stored = env.gcore.certificates.add({
      name: 'bind-me',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    const client = await gcore();
    const targets = await client.targets('static.example.com');
    expect(targets.map((t) => [t.id, t.hostnames])).toEqual([
      ['123', ['cdn.example.com', 'static.example.com']],
    ]);
    const receipt = await client.bind(targets, String(stored.id));
    const patches = env.emulator.requestsTo('gcore', {
      method: 'PATCH',
      path: '/cdn/resources/123',
    });
    expect(patches.map((p) => p.json)).toEqual([{ sslEnabled: true, sslData: stored.id }]);
    expect(env.emulator.requestsTo('gcore', { method: 'PUT' })).toEqual([]);
    expect((await client.bindingState(receipt)).map((b) => [b.state, b.detail])).toEqual([
      ['done', `sslData ${stored.id}, status active`],
    ]);
    expect(await client.usage(String(stored.id))).toEqual(['resource 123 (cdn.example.com)']);
  });

  it("Gcore: a bind during a Let's Encrypt issuance is refused with Gcore's words", async () => {
    const chain = await chainFor(['media.example.org']);
    const stored = env.gcore.certificates.add({
      name: 'le-busy',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    env.gcore.certificates.leIssuing.add(456);
    const client = await gcore();
    const error = await client.bind(await client.targets('456'), String(stored.id)).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).status).toBe(400);
    expect((error as Error).message).toMatch(/issuing attempt is in progress/);
    env.gcore.certificates.leIssuing.clear();
  });

  it('Gcore: the #97 refusal of a delete in use reaches the caller', async () => {
    const chain = await chainFor(['cdn.example.com']);
    const stored = env.gcore.certificates.add({
      name: 'in-use-97',
      cert: chain.fullchain,
      key: chain.leaf.key.pem,
    });
    Object.assign(env.gcore.resources[0]!, { sslEnabled: true, sslData: stored.id });
    const error = await (await gcore()).delete(String(stored.id)).catch((e) => e);
    expect((error as ProviderError).status).toBe(400);
    expect((error as Error).message).toMatch(
      /You cannot delete this certificate because it used by resources/,
    );
  });

  it('CDNetworks binds one domain by PUT with a string id, several in one batch, then follows the deploy', async () => {
    env.cdnetworks.certificates.deployDelayMs = 300;
    const chain = await chainFor(['www.example.com', 'img.example.com']);
    const client = await cdnetworks();
    const stored = await client.upload({
      name: 'deploy-me',
      certificatePem: chain.fullchain,
      privateKeyPem: chain.leaf.key.pem,
    });
    const targets = await client.targets('www.example.com,img.example.com');
    expect(targets.map((t) => t.cnameLabel)).toEqual(['shared', 'shared']);
    const single = await client.bind([targets[0]!], stored.id);
    expect(
      env.emulator
        .requestsTo('cdnetworks', {
          method: 'PUT',
          path: '/api/config/certificate/www.example.com',
        })
        .map((r) => r.json),
    ).toEqual([{ certificateId: stored.id }]);
    const batch = await client.bind(targets, stored.id);
    expect(
      env.emulator
        .requestsTo('cdnetworks', { method: 'PUT', path: '/api/config/certificate/batch' })
        .map((r) => r.json),
    ).toEqual([
      { certificateId: Number(stored.id), domainNames: ['www.example.com', 'img.example.com'] },
    ]);
    expect(single.requestId).toMatch(/^cnc-/);
    expect((await client.bindingState(batch)).map((b) => b.state)).toEqual(['pending', 'pending']);
    expect(
      env.emulator.requestsTo('cdnetworks', {
        method: 'POST',
        path: `/api/request/${batch.requestId}`,
      }),
    ).toHaveLength(1);
    // the old certificate is served until the deploy is done
    expect(env.cdnetworks.certificates.servedFor('www.example.com')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await client.bindingState(batch)).map((b) => [b.state, b.detail])).toEqual([
      ['done', `certificate ${stored.id}, status Deployed`],
      ['done', `certificate ${stored.id}, status Deployed`],
    ]);
    expect(env.cdnetworks.certificates.servedFor('www.example.com')?.cert).toBe(chain.fullchain);
    env.cdnetworks.certificates.deployDelayMs = 0;
  });

  it('CDNetworks never sends an empty certificateId, and never calls a key-returning path', async () => {
    const client = await cdnetworks();
    const targets = await client.targets('www.example.com');
    const puts = env.emulator.requestsTo('cdnetworks', { method: 'PUT' }).length;
    await expect(client.bind(targets, '')).rejects.toThrow(/refusing to bind certificate id ''/);
    await expect(client.bind(targets, ' ')).rejects.toThrow(/unbind/);
    expect(env.emulator.requestsTo('cdnetworks', { method: 'PUT' })).toHaveLength(puts);
    await client.list();
    await client.usage((await client.list())[0]!.id);
    expect(env.emulator.requestsTo('cdnetworks', { path: /content|terraform/ })).toEqual([]);
  });

  it('CDNetworks: reads the list under either key, a wildcard domain as *.name, and both in-use refusals', async () => {
    const chain = await chainFor(['*.example.net']);
    const stored = env.cdnetworks.certificates.add('wild', chain.fullchain, chain.leaf.key.pem);
    env.cdnetworks.certificates.bindNow('.example.net', stored.id);
    env.cdnetworks.certificates.listKey = 'ssl-certificate';
    const client = await cdnetworks();
    const listed = (await client.list()).find((c) => c.id === stored.id);
    expect(listed?.boundTo).toEqual(['domain .example.net']);
    expect(
      client.matches(listed!, { name: 'x', serial: `00${chain.leaf.serial}`, notAfter: '' }),
    ).toBe(true);
    env.cdnetworks.certificates.listKey = 'ssl-certificates';
    expect((await client.targets('.example.net'))[0]?.hostnames).toEqual(['*.example.net']);
    for (const refusal of ['code', 'status'] as const) {
      env.cdnetworks.certificates.inUseRefusal = refusal;
      await expect(client.delete(stored.id)).rejects.toThrow(/in use/);
    }
    expect(env.cdnetworks.certificates.certificates.has(stored.id)).toBe(true);
  });

  it("CDNetworks: the old certificate's domains sharing a cname-label join the bind", async () => {
    const certificates = env.cdnetworks.certificates;
    for (const name of ['a.group.example', 'b.group.example', 'c.group.example'])
      certificates.addDomain(name, name.startsWith('c') ? 'other' : 'group');
    const old = await chainFor(['a.group.example', 'b.group.example', 'c.group.example']);
    const stored = certificates.add('group-old', old.fullchain, old.leaf.key.pem);
    for (const name of ['a.group.example', 'b.group.example', 'c.group.example'])
      certificates.bindNow(name, stored.id);
    const next = certificates.add('group-new', old.fullchain, old.leaf.key.pem);
    const client = await cdnetworks();
    const own = await client.targets('a.group.example');
    const group = await client.bindingGroup(own);
    expect(group.map((t) => [t.id, t.joinedBecause])).toEqual([
      ['a.group.example', undefined],
      [
        'b.group.example',
        `it shares cname-label 'group' with a.group.example and certificate ${stored.id}`,
      ],
    ]);
    // the emulator refuses a split label when told to (inferred from the cname-label doc)
    certificates.sharedLabels = 'one-certificate';
    await expect(client.bind(own, next.id)).rejects.toThrow(/must use one certificate/);
    await client.bind(group, next.id);
    certificates.sharedLabels = 'free';
    expect(certificates.domains.get('b.group.example')?.certificateId).toBe(next.id);
    expect(certificates.domains.get('c.group.example')?.certificateId).toBe(stored.id);
  });

  it('CDNetworks: a deploy request answered 405 to POST is read with GET', async () => {
    const chain = await chainFor(['img.example.com']);
    const stored = env.cdnetworks.certificates.add('via-get', chain.fullchain, chain.leaf.key.pem);
    const client = await cdnetworks();
    const receipt = await client.bind(await client.targets('img.example.com'), stored.id);
    env.emulator.fault({
      provider: 'cdnetworks',
      method: 'POST',
      path: /^\/api\/request\//,
      status: 405,
    });
    expect((await client.bindingState(receipt)).map((b) => b.state)).toEqual(['done']);
    expect(
      env.emulator.requestsTo('cdnetworks', {
        method: 'GET',
        path: `/api/request/${receipt.requestId}`,
      }),
    ).toHaveLength(1);
  });

  it('an upload whose answer carries no id says a certificate may have been created', async () => {
    const chain = await chainFor(['img.example.com']);
    const upload = {
      name: 'lost',
      certificatePem: chain.fullchain,
      privateKeyPem: chain.leaf.key.pem,
    };
    env.emulator.fault({
      provider: 'cdnetworks',
      method: 'POST',
      path: '/api/certificate',
      status: 201,
      body: { code: '0' },
    });
    await expect((await cdnetworks()).upload(upload)).rejects.toThrow(
      /no certificate id in its Location header, although certificate 'lost' may have been created/,
    );
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      path: '/cdn/sslData',
      status: 201,
      body: {},
    });
    await expect((await gcore()).upload(upload)).rejects.toThrow(
      /no certificate id, although certificate 'lost' may have been created/,
    );
  });

  it('Gcore reads the certificate list page by page while pages come back full', async () => {
    const full = Array.from({ length: 1000 }, (_, i) => ({ id: 90_000 + i, name: `bulk-${i}` }));
    env.emulator.fault({
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/sslData',
      status: 200,
      // a count past the page: the list goes on
      body: { count: 1001, next: null, previous: null, results: full },
    });
    // page 1 is the full page above; page 2 (offset 1000) is the emulator's own, empty: the end
    const listed = await (await gcore()).list();
    expect(listed.slice(0, 1000).map((c) => c.name)).toEqual(full.map((c) => c.name));
    const pages = env.emulator
      .requestsTo('gcore', { method: 'GET', path: '/cdn/sslData' })
      .slice(-2);
    expect(pages.map((p) => [p.query.get('limit'), p.query.get('offset')])).toEqual([
      ['1000', '0'],
      ['1000', '1000'],
    ]);
  });
});
