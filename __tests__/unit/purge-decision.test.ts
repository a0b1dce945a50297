/**
 * What a purge decides to send, before anything is sent: the targets as given
 * when they fit, one object per path, a collapse, or a refusal naming the
 * limits; the site counted from the workspace or left unknown, and why; and
 * the fallback when a provider refuses the prefixes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Targets } from '../../src/config/config.js';
import { InputError, ProviderError, QuotaError } from '../../src/errors.js';
import { purgeOrPrefetch } from '../../src/operations/purge.js';
import { decidePurge, fallBackToExact } from '../../src/operations/purge-decision.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import { createGcoreProvider } from '../../src/providers/gcore/provider.js';
import { createMedianovaProvider } from '../../src/providers/medianova/provider.js';
import type { Provider, QuotaLeft, Resource } from '../../src/providers/provider.js';
import type { ResolvedTargets } from '../../src/targets/resolve.js';
import { testContext } from '../helpers/context.js';

const GCORE = {
  provider: 'gcore',
  operation: 'purge',
  'api-token': '1$secret',
  resource: '123',
  urls: '/x',
};
const RESOURCE: Resource = { id: '123', hostnames: ['cdn.example.com', 'static.example.com'] };
const paths = (count: number, directory: string) =>
  Array.from({ length: count }, (_, i) => `${directory}f${i}.html`);
const resolvedOf = (targets: Partial<Targets>, changes = false): ResolvedTargets => ({
  targets: { urls: [], prefixes: [], purgeAll: false, ...targets },
  mapped: [],
  unmatched: [],
  ...(changes ? { changes: { mode: 'list' as const, files: targets.urls?.length ?? 0 } } : {}),
});

function gcore(inputs: Record<string, string> = {}) {
  const ctx = testContext({ ...GCORE, ...inputs });
  return { ctx, provider: createGcoreProvider(ctx) };
}

describe('decidePurge', () => {
  it('sends the targets as given when they fit, in the interleaved order, without reading the site', async () => {
    const { ctx, provider } = gcore();
    const urls = paths(300, '/a/');
    const decision = await decidePurge(
      provider,
      RESOURCE,
      resolvedOf({ urls, prefixes: ['/b/*', '/c/*'] }),
      ctx,
    );
    expect(decision).toMatchObject({ mode: 'exact', changed: 300, extraObjects: 0 });
    expect(decision.site).toBeUndefined();
    expect(decision.requests.map((request) => request.kind)).toEqual([
      'purge by URL',
      'purge by URL',
      'purge by pattern',
      'purge by URL',
    ]);
    expect(decision.schedule).toEqual([0, 0, 0, 61_000]);
    expect(decision.predictedMs).toBe(61_000);
  });

  it("plans one object per path: a URL under two of the resource's hostnames is sent once", async () => {
    const { ctx, provider } = gcore();
    // 500 URLs take 5 requests (2 min 2 s); their 250 paths take 3 (1 min 1 s)
    const urls = paths(250, '/a/').flatMap((path) => [
      `https://cdn.example.com${path}`,
      `https://static.example.com${path}`,
    ]);
    const decision = await decidePurge(provider, RESOURCE, resolvedOf({ urls }), ctx);
    expect(decision).toMatchObject({ mode: 'exact', changed: 250, predictedMs: 61_000 });
    expect(decision.exact).toMatchObject({ requests: 5, predictedMs: 122_000 });
    expect(decision.sent.urls).toEqual(urls.filter((_, i) => i % 2 === 0));
    expect(
      decision.requests.flatMap((request) => (request.body as { urls: string[] }).urls),
    ).toEqual(paths(250, '/a/'));
  });

  it('collapses with the extra objects unknown when the targets are URLs, and keeps the user’s prefixes', async () => {
    const { ctx, provider } = gcore();
    const urls = [...paths(450, '/a/'), ...paths(3, '/b/')];
    const decision = await decidePurge(
      provider,
      RESOURCE,
      resolvedOf({ urls, prefixes: ['/keep/*'] }),
      ctx,
    );
    expect(decision.mode).toBe('collapsed');
    expect(decision.prefixes.map((each) => each.prefix)).toEqual(['/a/*']);
    expect(decision.sent).toEqual({
      urls: paths(3, '/b/'),
      prefixes: ['/keep/*', '/a/*'],
      purgeAll: false,
    });
    expect(decision).toMatchObject({ changed: 453, covered: 450, extraObjects: undefined });
    expect(decision.site).toEqual({
      known: false,
      why: 'the targets are URLs, not files of a workspace tree (changed-files + url-map)',
    });
    expect(decision.coveredBy.get('/a/f0.html')).toBe('/a/*');
  });

  it('with collapse: never, refuses naming the duration, before anything is sent', async () => {
    const { ctx, provider } = gcore({ collapse: 'never', 'max-duration': '60' });
    const decision = decidePurge(provider, RESOURCE, resolvedOf({ urls: paths(500, '/a/') }), ctx);
    await expect(decision).rejects.toThrow(InputError);
    await expect(decision).rejects.toThrow(
      "Input 'collapse': is never, and purging the 500 URLs exactly (5 requests) takes 122 s at the provider's rate limits, more than max-duration (60 s)",
    );
  });

  it('refuses, without walking anything, a list of prefixes alone that outlasts max-duration', async () => {
    const { ctx, provider } = gcore();
    const prefixes = Array.from({ length: 50 }, (_, i) => `/p${i}/*`);
    await expect(decidePurge(provider, RESOURCE, resolvedOf({ prefixes }), ctx)).rejects.toThrow(
      "Input 'max-duration': purging 50 prefixes exactly (5 requests) takes 244 s at the provider's rate limits, more than max-duration (120 s). Nothing was purged: raise max-duration to at least 244 (4 min 4 s)",
    );
  });

  it('refuses a purge-all the daily quota cannot take, as a quota error', async () => {
    const ctx = testContext({
      provider: 'cdnetworks',
      operation: 'purge',
      'api-key': 'AK-decision',
      'api-secret': 'SK-decision',
      resource: 'cdn.example.com, static.example.com',
      'purge-all': 'true',
      'check-quota': 'true',
    });
    const real = createCdnetworksProvider(ctx);
    const left: QuotaLeft = { urls: 100, prefixes: 1, dailyUrls: 5000, dailyPrefixes: 500 };
    const cdn = Object.assign(Object.create(real.cdn), { remainingQuota: async () => left });
    const provider: Provider = { ...real, cdn };
    const decision = decidePurge(
      provider,
      cdn.unresolvedResource(),
      resolvedOf({ purgeAll: true }),
      ctx,
    );
    await expect(decision).rejects.toThrow(QuotaError);
    await expect(decision).rejects.toThrow(
      'purging everything exactly (1 request) needs 2 directories, more than the 1 the daily quota has left. Nothing was purged: purge fewer URLs today, or ask the provider to raise the daily quota',
    );
  });

  describe('the site, from the workspace', () => {
    const root = mkdtempSync(join(tmpdir(), 'cdnkit-decision-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), 'x');
    };
    for (const path of paths(460, 'public/a/')) write(path);
    for (const path of paths(40, 'public/b/')) write(path);
    // not under url-map's public/: never walked, however big
    for (const path of paths(50, 'node_modules/x/')) write(path);
    const changed = paths(450, '/a/');

    function withTree(workspace: string) {
      const { ctx, provider } = gcore({
        urls: '',
        'changed-files': 'public/a/f0.html',
        'url-map': 'public/** => https://cdn.example.com/{path}',
      });
      ctx.config.changedFiles!.workspace = workspace;
      return decidePurge(provider, RESOURCE, resolvedOf({ urls: changed }, true), ctx);
    }

    it('counts what each prefix purges besides the changes', async () => {
      const decision = await withTree(root);
      expect(decision.site).toEqual({ known: true, objects: 500, files: 500 });
      expect(decision.prefixes).toEqual([expect.objectContaining({ prefix: '/a/*', extra: 10 })]);
      expect(decision.extraObjects).toBe(10);
    });

    it('leaves it unknown, saying why, when the walk is cut short or finds none of the changes', async () => {
      write(`public/deep/${Array.from({ length: 33 }, (_, i) => `d${i}`).join('/')}/f.html`);
      const deep = await withTree(root);
      expect(deep.site).toEqual({
        known: false,
        why: 'the walk of the workspace stopped at its limit (100,000 files or directories, 32 levels)',
      });
      expect(deep.extraObjects).toBeUndefined();
      rmSync(join(root, 'public/deep'), { recursive: true });

      const empty = mkdtempSync(join(tmpdir(), 'cdnkit-decision-empty-'));
      try {
        const decision = await withTree(empty);
        expect(decision.site).toMatchObject({ known: false });
        expect(decision.site?.known === false && decision.site.why).toMatch(
          /holds none of the changed files url-map maps \(0 files looked at\)/,
        );
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });
});

describe('a prefetch, which cannot collapse', () => {
  it('is refused before anything is sent when it outlasts max-duration', async () => {
    const urls = paths(300, '/v/').join('\n');
    const { ctx, provider } = gcore({ operation: 'prefetch', urls, 'dry-run': 'true' });
    await expect(purgeOrPrefetch('prefetch', provider, ctx)).rejects.toThrow(
      "Input 'max-duration': prefetch: 300 items in 3 requests; expected duration 2 min 2 s at gcore's rate limits, longer than max-duration (120 s). A prefetch takes exact URLs: prefetch fewer, or raise 'max-duration' to at least 122",
    );
    const allowed = gcore({
      operation: 'prefetch',
      urls,
      'dry-run': 'true',
      'max-duration': '122',
    });
    const report = await purgeOrPrefetch('prefetch', allowed.provider, allowed.ctx);
    expect(report.outputs['urls-count']).toBe('300');
  });
});

describe('fallBackToExact', () => {
  const ctx = testContext({
    provider: 'medianova',
    operation: 'purge',
    'api-key': 'medianova-key',
    'api-secret': 'medianova-secret',
    organization: 'org',
    resource: 'res-1',
    urls: '/x',
    'max-duration': '0',
  });
  const provider = createMedianovaProvider(ctx);
  const resource: Resource = { id: 'res-1' };
  const refusal = new ProviderError('medianova', 'Wildcard purge is not enabled', { status: 400 });

  it('replans the unsent rest exactly: each refused prefix gives way to the URLs it covers', async () => {
    const urls = [...paths(1100, '/a/'), ...paths(5, '/b/')];
    const decision = await decidePurge(provider, resource, resolvedOf({ urls }), ctx);
    expect(decision.mode).toBe('collapsed');
    const wildcard = decision.requests.findIndex((request) => request.kind === 'purge by wildcard');
    const rest = fallBackToExact(
      refusal,
      decision.requests[wildcard]!,
      decision.requests.slice(wildcard),
      decision,
      provider,
      resource,
    )!;
    const sent = rest.requests.flatMap((request) => request.items);
    expect(rest.requests.every((request) => request.kind === 'purge by URL')).toBe(true);
    expect(new Set(sent)).toEqual(
      new Set([
        ...decision.prefixes.flatMap((each) => each.covers),
        ...decision.requests.slice(wildcard + 1).flatMap((request) => request.items),
      ]),
    );
    expect(rest.warning).toMatch(
      /^Medianova: Wildcard purge is not enabled; status 400\. Falling back to the exact plan: the \d+ URLs the 1 prefix covered are purged one by one, \d+ more requests, about 1 min 1 s at medianova's rate limits, longer than max-duration \(0 s\)\.$/,
    );
  });

  it("does not fall back from a refusal of the user's own prefixes, or of anything else", async () => {
    const decision = await decidePurge(
      provider,
      resource,
      resolvedOf({ urls: paths(1100, '/a/'), prefixes: ['/mine/*'] }),
      ctx,
    );
    const own = decision.requests.find((request) => request.items.includes('/mine/*'))!;
    expect(fallBackToExact(refusal, own, [own], decision, provider, resource)).toBeUndefined();
    const outage = new ProviderError('medianova', 'down', { status: 503 });
    const wildcard = decision.requests.find((request) => request.kind === 'purge by wildcard')!;
    expect(
      fallBackToExact(outage, wildcard, [wildcard], decision, provider, resource),
    ).toBeUndefined();
  });
});
