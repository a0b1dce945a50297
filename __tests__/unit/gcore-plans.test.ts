/** Gcore purge and prefetch plans: batches at the per-request limits, pacing at the per-resource ones. */
import { describe, expect, it } from 'vitest';
import type { Targets } from '../../src/config/config.js';
import { pacedDurationMs } from '../../src/http/pacing.js';
import { silentLogger } from '../../src/log.js';
import type { GcoreApi } from '../../src/providers/gcore/api.js';
import { GcoreCdn } from '../../src/providers/gcore/cdn.js';
import {
  type GcorePurgeStatus,
  matchPurgeIds,
  type PurgePayload,
  payloadKey,
} from '../../src/providers/gcore/purge-history.js';
import { toResourcePaths } from '../../src/targets/resource-paths.js';

const cdn = new GcoreCdn({} as GcoreApi, '123', silentLogger);
const resource = {
  id: '123',
  cname: 'cdn.example.com',
  hostnames: ['cdn.example.com', 'static.example.com'],
};
const MINUTE = 61_000; // Gcore's minute plus a second of margin

function targets(partial: Partial<Targets>): Targets {
  return { urls: [], prefixes: [], purgeAll: false, ...partial };
}
const paths = (n: number, prefix = '/f') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('purge by URL', () => {
  it('sends 100 URLs a request, 2 requests a minute', () => {
    const plan = cdn.planPurge(targets({ urls: paths(250) }), resource);
    expect(plan.map((r) => (r.body as { urls: string[] }).urls.length)).toEqual([100, 100, 50]);
    expect(plan.every((r) => r.method === 'POST' && r.path === '/cdn/resources/123/purge')).toBe(
      true,
    );
    expect(plan[0]!.limits).toEqual([
      { key: 'gcore:purge-urls:123', requests: 2, windowMs: MINUTE },
    ]);
    // requests 1 and 2 at once, the 3rd when the 1st leaves the window
    expect(pacedDurationMs(plan)).toBe(MINUTE);
    expect(pacedDurationMs(cdn.planPurge(targets({ urls: paths(200) }), resource))).toBe(0);
  });

  it('takes 50 minutes for 10,000 URLs (100 requests at 2 a minute)', () => {
    const plan = cdn.planPurge(targets({ urls: paths(10_000) }), resource);
    expect(plan).toHaveLength(100);
    expect(pacedDurationMs(plan)).toBe(49 * MINUTE);
  });

  it('keeps the original targets as items and sends path + query', () => {
    const urls = ['https://static.example.com/a.js?v=2', '/b.css'];
    const [request] = cdn.planPurge(targets({ urls }), resource);
    expect(request!.body).toEqual({ urls: ['/a.js?v=2', '/b.css'] });
    expect(request!.items).toEqual(urls);
    expect(request!.kind).toBe('purge by URL');
  });
});

describe('purge by pattern and purge all', () => {
  it('sends 10 patterns a request, 1 request a minute', () => {
    const plan = cdn.planPurge(
      targets({ prefixes: paths(25, '/dir').map((p) => `${p}/*`) }),
      resource,
    );
    expect(plan.map((r) => (r.body as { paths: string[] }).paths.length)).toEqual([10, 10, 5]);
    expect(plan[0]!.kind).toBe('purge by pattern');
    expect(pacedDurationMs(plan)).toBe(2 * MINUTE);
  });

  it('purges everything with paths: [] under the same 1-a-minute limit', () => {
    const plan = cdn.planPurge(targets({ purgeAll: true }), resource);
    expect(plan).toEqual([
      {
        kind: 'purge all',
        method: 'POST',
        path: '/cdn/resources/123/purge',
        body: { paths: [] },
        items: ['/*'],
        limits: [{ key: 'gcore:purge-paths:123', requests: 1, windowMs: MINUTE }],
      },
    ]);
  });

  it('paces URLs and patterns separately: each kind has its own limit', () => {
    const plan = cdn.planPurge(
      targets({ urls: paths(300), prefixes: paths(20, '/d').map((p) => `${p}/*`) }),
      resource,
    );
    expect(plan.map((r) => r.kind)).toEqual([
      'purge by URL',
      'purge by URL',
      'purge by URL',
      'purge by pattern',
      'purge by pattern',
    ]);
    // URLs: 0, 0, 61 s; patterns start at 61 s (sent in order) and then 1 a minute
    expect(pacedDurationMs(plan)).toBe(2 * MINUTE);
  });
});

describe('prefetch', () => {
  it('sends 100 paths a request, 1 request a minute', () => {
    const plan = cdn.planPrefetch(paths(150), resource);
    expect(plan.map((r) => r.path)).toEqual([
      '/cdn/resources/123/prefetch',
      '/cdn/resources/123/prefetch',
    ]);
    expect(plan.map((r) => (r.body as { paths: string[] }).paths.length)).toEqual([100, 50]);
    expect(plan[0]!.limits).toEqual([{ key: 'gcore:prefetch:123', requests: 1, windowMs: MINUTE }]);
    expect(pacedDurationMs(plan)).toBe(MINUTE);
  });

  it('says that Gcore has no prefetch status to wait for', () => {
    expect(cdn.noStatus.prefetch).toMatch(/no status for prefetch/);
  });
});

describe('hosts of the resource', () => {
  it('reduces full URLs of the cname and secondary hostnames to path + query', () => {
    expect(
      toResourcePaths(
        ['https://cdn.example.com/a?x=1', 'http://static.example.com/b', '/c'],
        resource,
        'urls',
      ),
    ).toEqual(['/a?x=1', '/b', '/c']);
  });

  it('names every foreign host in one error', () => {
    expect(() =>
      toResourcePaths(
        ['https://evil.example.net/a', 'https://cdn.example.com/b', 'https://other.example.org/c'],
        resource,
        'urls',
      ),
    ).toThrow(
      "Input 'urls': hosts evil.example.net, other.example.org do not belong to resource 123 (its hostnames: cdn.example.com, static.example.com)",
    );
    expect(() => cdn.planPrefetch(['https://evil.example.net/a'], resource)).toThrow(
      /Input 'urls': host evil.example.net does not belong to resource 123/,
    );
  });

  it('names the prefixes input for a foreign host in a pattern', () => {
    expect(() =>
      cdn.planPurge(targets({ prefixes: ['https://evil.example.net/img/*'] }), resource),
    ).toThrow(/^Input 'prefixes': host evil.example.net does not belong/);
  });

  it('checks no host when the hostnames are unknown (dry run)', () => {
    expect(toResourcePaths(['https://any.example.net/a'], { id: '123' }, 'urls')).toEqual(['/a']);
  });
});

describe('matching purge statuses to what was sent', () => {
  it('compares the kind of list and its items as paths, in any order', () => {
    expect(payloadKey({ urls: ['/b', '/a'] })).toBe(payloadKey({ urls: ['/a', '/b'] }));
    expect(payloadKey({ urls: ['https://cdn.example.com/a?x=1'] })).toBe(
      payloadKey({ urls: ['/a?x=1'] }),
    );
    expect(payloadKey([{ paths: ['/img/*'] }])).toBe(payloadKey({ paths: ['/img/*'] }));
    expect(payloadKey({ paths: [] })).not.toBe(payloadKey({ urls: [] }));
    expect(payloadKey({ paths: ['/a'] })).not.toBe(payloadKey({ urls: ['/a'] }));
  });

  /** `requests` purges of 100 URLs each, and their statuses among `others` unrelated ones. */
  function history(requests: number, others: number) {
    const sent: PurgePayload[] = Array.from({ length: requests }, (_, r) => ({
      urls: Array.from({ length: 100 }, (_, u) => `/r${r}/u${u}.js`),
    }));
    const statuses: GcorePurgeStatus[] = [
      ...Array.from({ length: others }, (_, i) => ({
        purge_id: String(1_000_000 + i),
        status: 'Successful',
        created: '2026-11-23T10:00:00Z',
        payload: { urls: [`/other/${i}.js`] },
      })),
      ...sent.map((payload, r) => ({
        purge_id: String(r + 1),
        status: 'In progress',
        created: '2026-11-23T10:00:01Z',
        payload: { urls: [...(payload.urls ?? [])].reverse() },
      })),
    ];
    return { sent, statuses };
  }

  it('computes each key once per status and once per request: linear in both', () => {
    for (const [requests, others] of [
      [100, 1_000],
      [200, 2_000],
      [1_000, 20_000],
    ] as const) {
      const { sent, statuses } = history(requests, others);
      let computed = 0;
      const counting = (payload: GcorePurgeStatus['payload']) => {
        computed++;
        return payloadKey(payload);
      };
      const ids = matchPurgeIds(sent, statuses, counting);
      expect(ids).toEqual(sent.map((_, r) => String(r + 1)));
      expect(computed).toBe(statuses.length + sent.length);
    }
  });

  it('gives repeated payloads the newest statuses first, each id once, duplicates ignored', () => {
    const payload = { urls: ['/same.js'] };
    const status = (id: number, second: number) => ({
      purge_id: String(id),
      status: 'In progress',
      created: `2026-11-23T10:00:0${second}Z`,
      payload,
    });
    const statuses = [status(1, 1), status(3, 3), status(2, 2), status(3, 3)];
    expect(matchPurgeIds([payload, payload], statuses)).toEqual(['3', '2']);
    expect(matchPurgeIds([payload, payload, payload, payload], statuses)).toEqual(['3', '2', '1']);
  });
});
