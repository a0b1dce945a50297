/** The per-provider time models: their numbers, their maths, and agreement with the clients' plans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pacedDurationMs } from '../../src/http/pacing.js';
import { silentLogger } from '../../src/log.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import { cdnetworksPurgeModel } from '../../src/providers/cdnetworks/time-model.js';
import type { GcoreApi } from '../../src/providers/gcore/api.js';
import { GcoreCdn } from '../../src/providers/gcore/cdn.js';
import { gcorePurgeModel } from '../../src/providers/gcore/time-model.js';
import { MedianovaCdn } from '../../src/providers/medianova/cdn.js';
import { medianovaPurgeModel } from '../../src/providers/medianova/time-model.js';
import type { PlannedRequest } from '../../src/providers/provider.js';
import {
  interleave,
  type PurgeTimeModel,
  predictDurationMs,
  requestCounts,
  windowBoundMs,
} from '../../src/providers/time-model.js';
import { testContext } from '../helpers/context.js';

const MINUTE = 61_000;
const FIVE_MINUTES = 310_000;
const gcore = gcorePurgeModel('123');
const cdnetworks = cdnetworksPurgeModel('account', 'default');
const medianova = medianovaPurgeModel('res-1');
const MODELS: [string, PurgeTimeModel][] = [
  ['gcore', gcore],
  ['cdnetworks', cdnetworks],
  ['cdnetworks, purge-action delete', cdnetworksPurgeModel('account', 'delete')],
  ['medianova', medianova],
];

const counts = (byUrl: number, byPrefix: number, mixed = 0) => ({ byUrl, byPrefix, mixed });

describe('the providers’ numbers', () => {
  it('Gcore: 100 URLs at 2 a minute, 10 patterns at 1 a minute, in separate windows', () => {
    expect(gcore.byUrl).toMatchObject({
      itemsPerRequest: 100,
      limits: [{ requests: 2, windowMs: MINUTE }],
    });
    expect(gcore.byPrefix).toMatchObject({
      itemsPerRequest: 10,
      limits: [{ requests: 1, windowMs: MINUTE }],
    });
    expect(gcore.byUrl.limits[0]!.key).not.toBe(gcore.byPrefix.limits[0]!.key);
    expect(gcore.mixed).toBe(false);
    expect(gcore.dailyQuota).toBeUndefined();
    expect(gcore.prefix.write('/assets/')).toBe('/assets/*');
  });

  it('CDNetworks: 500 items a call, 10 calls per 5 minutes and 300 per account, 5,000 URLs and 500 dirs a day', () => {
    expect(cdnetworks.byUrl.itemsPerRequest).toBe(500);
    expect(cdnetworks.byUrl.limits.map(({ requests, windowMs }) => [requests, windowMs])).toEqual([
      [300, FIVE_MINUTES],
      [10, FIVE_MINUTES],
    ]);
    expect(cdnetworks.mixed).toBe(true);
    expect(cdnetworksPurgeModel('account', 'delete').mixed).toBe(false);
    expect(cdnetworks.dailyQuota).toEqual({ urls: 5000, prefixes: 500 });
    expect(cdnetworks.prefix.write('https://cdn.example.com/a/')).toBe(
      'https://cdn.example.com/a/',
    );
    expect(cdnetworks.prefix.accepts(`https://cdn.example.com/${'d'.repeat(990)}/`)).toBe(false);
  });

  it('Medianova: 100 paths a job, an assumed 10 jobs a minute that URL and wildcard jobs share', () => {
    expect(medianova.byUrl.itemsPerRequest).toBe(100);
    expect(medianova.byUrl.limits).toEqual(medianova.byPrefix.limits);
    expect(medianova.byUrl.limits[0]).toMatchObject({ requests: 10, windowMs: MINUTE });
    expect(medianova.sources.join('\n')).toMatch(/no published rate limit.*assumption/);
    expect(medianova.prefix.write('/css/')).toBe('/css/*');
  });

  it('refuses directories with a * in them as prefixes, everywhere', () => {
    for (const [, model] of MODELS) expect(model.prefix.accepts('/a*b/')).toBe(false);
  });
});

describe('requestCounts', () => {
  it('batches each kind on its own, or both together where a request mixes them', () => {
    expect(requestCounts(gcore, { urls: 10_000, prefixes: 25 })).toEqual(counts(100, 3));
    expect(requestCounts(cdnetworks, { urls: 4_700, prefixes: 301 })).toEqual(counts(0, 0, 11));
    expect(
      requestCounts(cdnetworksPurgeModel('a', 'delete'), { urls: 4_700, prefixes: 301 }),
    ).toEqual(counts(10, 1));
    expect(requestCounts(medianova, { urls: 0, prefixes: 0 })).toEqual(counts(0, 0));
  });

  it('gives as many requests as each client plans for the same URLs and prefixes', () => {
    const urls = Array.from({ length: 1234 }, (_, i) => `/assets/file-${i}.js`);
    const prefixes = Array.from({ length: 57 }, (_, i) => `/dir-${i}/*`);
    const targets = { urls, prefixes, purgeAll: false, skippedFiles: [] };
    const gcoreCdn = new GcoreCdn({} as GcoreApi, '123', silentLogger);
    const medianovaCdn = new MedianovaCdn({} as ConstructorParameters<typeof MedianovaCdn>[0], {
      organization: 'org-1',
      resource: 'res-1',
      checkHosts: false,
    });
    const ctx = testContext({
      provider: 'cdnetworks',
      operation: 'purge',
      'api-key': 'AK-time-model',
      'api-secret': 'SK-time-model',
      resource: 'cdn.example.com',
      urls: '/index.html',
    });
    const cdnetworksCdn = createCdnetworksProvider(ctx).cdn;
    const planned: [PurgeTimeModel, PlannedRequest[]][] = [
      [gcore, gcoreCdn.planPurge(targets, { id: '123' })],
      [medianova, medianovaCdn.planPurge(targets, { id: 'res-1' })],
      [cdnetworks, cdnetworksCdn.planPurge(targets, cdnetworksCdn.unresolvedResource())],
    ];
    for (const [model, requests] of planned) {
      const predicted = requestCounts(model, { urls: urls.length, prefixes: prefixes.length });
      expect(predicted.byUrl + predicted.byPrefix + predicted.mixed).toBe(requests.length);
    }
    // Gcore's client paces to the same windows, so the durations agree too
    expect(predictDurationMs(gcore, requestCounts(gcore, { urls: 1234, prefixes: 57 }))).toBe(
      pacedDurationMs(interleave(planned[0]![1]).map(({ request }) => request)),
    );
  });
});

describe('predictDurationMs', () => {
  it('takes about 49 minutes for 10,000 URLs on Gcore, as the issue says', () => {
    expect(predictDurationMs(gcore, counts(100, 0))).toBe(49 * MINUTE);
    expect(predictDurationMs(gcore, counts(4, 2))).toBe(MINUTE);
    expect(predictDurationMs(gcore, counts(0, 0))).toBe(0);
  });

  it('runs URL and pattern requests side by side: their windows are separate', () => {
    const urlRequest = { name: 'url', limits: gcore.byUrl.limits };
    const patternRequest = { name: 'pattern', limits: gcore.byPrefix.limits };
    const requests = [
      urlRequest,
      urlRequest,
      urlRequest,
      urlRequest,
      patternRequest,
      patternRequest,
    ];
    // in the given order: 0, 0, 61, 61, then the patterns at 61 and 122 s
    expect(pacedDurationMs(requests)).toBe(2 * MINUTE);
    const order = interleave(requests);
    expect(order.map(({ request, atMs }) => [request.name, atMs / 1000])).toEqual([
      ['url', 0],
      ['url', 0],
      ['pattern', 0],
      ['url', 61],
      ['url', 61],
      ['pattern', 61],
    ]);
    expect(pacedDurationMs(order.map(({ request }) => request))).toBe(MINUTE);
  });

  it('CDNetworks: 20 calls of 500 take one 5-minute window more than 10', () => {
    expect(predictDurationMs(cdnetworks, counts(0, 0, 10))).toBe(0);
    expect(predictDurationMs(cdnetworks, counts(0, 0, 20))).toBe(FIVE_MINUTES);
  });

  it('agrees with the closed form windowBoundMs for every model and any counts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.nat({ max: 60 }),
        fc.nat({ max: 60 }),
        ([, model], urls, prefixes) => {
          const requests = requestCounts(model, {
            urls: urls * model.byUrl.itemsPerRequest,
            prefixes: prefixes * model.byPrefix.itemsPerRequest,
          });
          expect(windowBoundMs(model, requests)).toBe(predictDurationMs(model, requests));
        },
      ),
    );
  });
});
