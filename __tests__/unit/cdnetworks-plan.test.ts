import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { pacedDurationMs } from '../../src/http/pacing.js';
import type { CdnetworksPurgeBody } from '../../src/providers/cdnetworks/cdn.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import { parseDomains, toDir } from '../../src/providers/cdnetworks/targets.js';
import { testContext } from '../helpers/context.js';

const AKSK = { provider: 'cdnetworks', 'api-key': 'AK-plan', 'api-secret': 'SK-plan' } as const;

function plan(inputs: Record<string, string>, operation: 'purge' | 'prefetch' = 'purge') {
  const ctx = testContext({ ...AKSK, operation, ...inputs });
  const { cdn } = createCdnetworksProvider(ctx);
  const resource = cdn.unresolvedResource();
  return operation === 'purge'
    ? cdn.planPurge(ctx.config.targets, resource)
    : cdn.planPrefetch(ctx.config.targets.urls, resource);
}

const urls = (count: number, host = 'cdn.example.com') =>
  Array.from({ length: count }, (_, i) => `https://${host}/assets/file-${i}.js`).join('\n');

describe('CDNetworks purge planning', () => {
  it('sends 1,200 URLs in 3 calls of at most 500, with the purge-action', () => {
    const requests = plan({ urls: urls(1200), 'purge-action': 'delete' });
    expect(requests.map((r) => r.items.length)).toEqual([500, 500, 200]);
    const body = requests[0]!.body as CdnetworksPurgeBody;
    expect(Object.keys(body)).toEqual(['urls', 'urlAction']);
    expect(body.urlAction).toBe('delete');
    expect(body.urls![0]).toBe('https://cdn.example.com/assets/file-0.js');
    expect(requests.every((r) => r.path === '/ccm/purge/ItemIdReceiver')).toBe(true);
  });

  it('counts urls and dirs together against the 500 per call', () => {
    const prefixes = Array.from({ length: 100 }, (_, i) => `/dir-${i}/*`).join('\n');
    const requests = plan({ urls: urls(450), prefixes, resource: 'cdn.example.com' });
    const bodies = requests.map((r) => r.body as CdnetworksPurgeBody);
    expect(bodies.map((b) => [b.urls?.length ?? 0, b.dirs?.length ?? 0])).toEqual([
      [450, 50],
      [0, 50],
    ]);
    expect(bodies[0]).toMatchObject({ urlAction: 'default', dirAction: 'default' });
    expect(bodies[1]!.dirs![0]).toBe('http://cdn.example.com/dir-50/');
    expect(requests.map((r) => r.kind)).toEqual(['purge URLs and dirs', 'purge dirs']);
  });

  it('puts bare paths on the resource domain and names resource when it is missing', () => {
    const [request] = plan({ urls: '/index.html', resource: 'https://cdn.example.com/' });
    expect((request!.body as CdnetworksPurgeBody).urls).toEqual([
      'https://cdn.example.com/index.html',
    ]);
    expect(() => plan({ urls: '/index.html' })).toThrowError(
      /^Input 'resource': is required for paths without a host such as '\/index.html'/,
    );
    expect(() => plan({ urls: '/a.html', resource: 'a.example.com,b.example.com' })).toThrowError(
      /^Input 'resource': names 2 domains/,
    );
  });

  it('purges the root directory of every domain for purge-all', () => {
    const [request] = plan({ 'purge-all': 'true', resource: 'a.example.com, b.example.com' });
    expect(request!.body).toEqual({
      dirs: ['http://a.example.com/', 'http://b.example.com/'],
      dirAction: 'default',
    });
    expect(() => plan({ 'purge-all': 'true' })).toThrowError(
      /^Input 'resource': is required for purge-all/,
    );
  });

  it('subjects every call to the account and its interface limit: purge 10, prefetch 30 per 5 minutes', () => {
    const [purge] = plan({ urls: urls(1) });
    expect(purge!.limits.map((l) => [l.requests, l.windowMs])).toEqual([
      [300, 310_000],
      [10, 310_000],
    ]);
    expect(purge!.limits.map((l) => l.key).join(' ')).not.toContain('AK-plan');
    const [prefetch] = plan({ urls: urls(1) }, 'prefetch');
    expect(prefetch!.limits.map((l) => l.requests)).toEqual([300, 30]);
  });

  it('predicts the duration from the purge interface limit of 10 calls per 5 minutes', () => {
    expect(pacedDurationMs(plan({ urls: urls(5_000) }))).toBe(0);
    // the 11th call waits for the window of the purge interface
    expect(pacedDurationMs(plan({ urls: urls(5_001) }))).toBe(310_000);
    expect(pacedDurationMs(plan({ urls: urls(15_001) }))).toBe(3 * 310_000);
  });

  it('with purge-action delete, sends dirs in calls of their own, never with URLs', () => {
    const prefixes = Array.from({ length: 3 }, (_, i) => `/dir-${i}/*`).join('\n');
    const requests = plan({
      urls: urls(499),
      prefixes,
      resource: 'cdn.example.com',
      'purge-action': 'delete',
    });
    expect(requests.map((r) => r.body)).toEqual([
      { urls: expect.any(Array), urlAction: 'delete' },
      {
        dirs: [
          'http://cdn.example.com/dir-0/',
          'http://cdn.example.com/dir-1/',
          'http://cdn.example.com/dir-2/',
        ],
        dirAction: 'delete',
      },
    ]);
    expect(requests.map((r) => r.kind)).toEqual(['purge URLs', 'purge dirs']);
    // other actions still share a call
    expect(plan({ urls: urls(2), prefixes, resource: 'cdn.example.com' })).toHaveLength(1);
  });
});

describe('CDNetworks prefetch planning', () => {
  it('sends at most 400 URLs a call with isRange 0', () => {
    const requests = plan({ urls: urls(1000) }, 'prefetch');
    expect(requests.map((r) => r.items.length)).toEqual([400, 400, 200]);
    expect(requests[2]!.body).toEqual({
      urls: expect.arrayContaining(['https://cdn.example.com/assets/file-999.js']),
      isRange: 0,
    });
    expect(requests[0]!.path).toBe('/ccm/fetch/ItemIdReceiver');
  });
});

describe('CDNetworks targets', () => {
  it('turns prefixes into directories ending in /', () => {
    // the documented form: "must start with 'http://domain name/'"
    expect(toDir('/images/*', ['cdn.example.com'])).toBe('http://cdn.example.com/images/');
    expect(toDir('https://x.example.com/a/', [])).toBe('http://x.example.com/a/');
    expect(() => toDir('/images', ['cdn.example.com'])).toThrowError(
      "Input 'prefixes': '/images' must end in '/' or '/*': CDNetworks purges directories",
    );
    expect(() => toDir('/img/*.png', ['cdn.example.com'])).toThrowError(/not wildcard patterns/);
    expect(() => toDir(`/${'d'.repeat(1000)}/`, ['cdn.example.com'])).toThrowError(
      /at most 1000 are allowed/,
    );
  });

  it('reads the domains of resource', () => {
    expect(parseDomains('CDN.example.com, https://static.example.com/,cdn.example.com')).toEqual([
      'cdn.example.com',
      'static.example.com',
    ]);
    expect(parseDomains(undefined)).toEqual([]);
    expect(() => parseDomains('https://cdn.example.com/path')).toThrowError(InputError);
    expect(() => parseDomains('not a domain')).toThrowError(/^Input 'resource': 'not a domain'/);
  });
});
