/** The collapse planner on fixed deploys, per provider: what it chooses and what it reports. */
import { describe, expect, it } from 'vitest';
import { describeShortfall, planCollapse } from '../../src/planner/collapse.js';
import { buildDirectoryTree, splitDirectory } from '../../src/planner/directory-tree.js';
import { cdnetworksPurgeModel } from '../../src/providers/cdnetworks/time-model.js';
import { gcorePurgeModel } from '../../src/providers/gcore/time-model.js';
import { medianovaPurgeModel } from '../../src/providers/medianova/time-model.js';
import { collapse } from '../helpers/planner.js';

const MINUTE = 61_000;
const gcore = gcorePurgeModel('123');
const cdnetworks = cdnetworksPurgeModel('account', 'default');
const medianova = medianovaPurgeModel('res-1');
const files = (count: number, directory: string, name = 'file') =>
  Array.from({ length: count }, (_, i) => `${directory}${name}-${i}.js`);

/** A site: an index page, 600 scripts and 10 fonts in /assets/, 50 docs pages. */
const site = [
  '/index.html',
  ...files(600, '/assets/'),
  ...files(10, '/assets/fonts/', 'font'),
  ...files(50, '/docs/', 'page'),
];
/** A deploy that rebuilt every script, 5 docs pages and the index page. */
const deploy = ['/index.html', ...files(600, '/assets/'), ...files(5, '/docs/', 'page')];

describe('an exact plan that fits is left alone', () => {
  it('Gcore: 400 URLs are 4 requests in one minute', () => {
    const plan = collapse(files(400, '/a/'), gcore, 120, { siteUrls: site });
    expect(plan).toMatchObject({ mode: 'exact', fits: true, prefixes: [], extraObjects: 0 });
    expect(plan.urls).toHaveLength(400);
    expect(plan.requests).toEqual({ byUrl: 4, byPrefix: 0, mixed: 0 });
    expect(plan.predictedMs).toBe(MINUTE);
    expect(plan.shortfall).toEqual([]);
  });

  it('keeps each changed URL once', () => {
    const plan = collapse(['/a.js', '/a.js', '/b.js'], gcore, 0);
    expect(plan).toMatchObject({ mode: 'exact', changed: 2, urls: ['/a.js', '/b.js'] });
    expect(plan.extraObjects).toBeUndefined();
  });
});

describe('Gcore', () => {
  it('purges /assets/* and the rest exactly: 10 fonts extra instead of 3 minutes', () => {
    const plan = collapse(deploy, gcore, 120, { siteUrls: site });
    expect(plan.exact).toMatchObject({ requests: { byUrl: 7 }, predictedMs: 3 * MINUTE });
    expect(plan.exact.shortfall).toEqual([
      { limit: 'max-duration', predictedMs: 3 * MINUTE, maxMs: 120_000 },
    ]);
    expect(plan).toMatchObject({ mode: 'collapsed', fits: true, changed: 606, extraObjects: 10 });
    expect(
      plan.prefixes.map(({ prefix, extra, covers }) => [prefix, extra, covers.length]),
    ).toEqual([['/assets/*', 10, 600]]);
    expect(plan.urls).toEqual(['/index.html', ...files(5, '/docs/', 'page')]);
    expect(plan.requests).toEqual({ byUrl: 1, byPrefix: 1, mixed: 0 });
    expect(plan.predictedMs).toBe(0);
    expect(plan.siteObjects).toBe(661);
  });

  it('without the site, prefers the deepest directories and reports the extra as unknown', () => {
    // 901 URLs, 400 of them exact at most: '/a/*' would do, '/a/b/*' and '/a/c/*' purge less
    const changed = [...files(450, '/a/b/'), ...files(450, '/a/c/'), '/a/index.html'];
    const plan = collapse(changed, gcore, 120);
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual(['/a/b/*', '/a/c/*']);
    expect(plan.urls).toEqual(['/a/index.html']);
    expect(plan.extraObjects).toBeUndefined();
    expect(plan.prefixes[0]!.extra).toBeUndefined();
  });

  it('without the site, purges no more directories than the budget needs', () => {
    const changed = [...files(300, '/a/b/'), ...files(300, '/a/c/')];
    const plan = collapse(changed, gcore, 120);
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual(['/a/b/*']);
    expect(plan.urls).toHaveLength(300);
  });

  it('counts deleted files (changed, no longer served) as purged, never as extra', () => {
    const deleted = files(20, '/assets/', 'old');
    const plan = collapse([...deploy, ...deleted], gcore, 120, { siteUrls: site });
    expect(plan.prefixes[0]).toMatchObject({ prefix: '/assets/*', extra: 10 });
    expect(plan.prefixes[0]!.covers).toHaveLength(620);
  });

  it('never writes a directory with a * in it as a pattern; purges above it instead', () => {
    const plan = collapse(files(700, '/a*b/'), gcore, 120);
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual(['/*']);
  });

  it('finds the directory of a URL with a query, even one with slashes in it', () => {
    const changed = files(700, '/a/').map((url) => `${url}?v=1&from=/x/y`);
    const plan = collapse(changed, gcore, 120);
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual(['/a/*']);
  });
});

describe("the user's own prefixes", () => {
  it('count in the requests and the duration of every plan', () => {
    const fits = collapse(files(400, '/a/'), gcore, 120, { keptPrefixes: 10 });
    expect(fits).toMatchObject({ mode: 'exact', fits: true, predictedMs: MINUTE });
    expect(fits.requests).toEqual({ byUrl: 4, byPrefix: 1, mixed: 0 });
    // 25 patterns are 3 pattern requests, 2 minutes 2 seconds: no plan with them fits 2 minutes
    const over = collapse(files(400, '/a/'), gcore, 120, { keptPrefixes: 25 });
    expect(over).toMatchObject({ mode: 'exact', fits: false, notCollapsed: 'nothing-fits' });
  });

  it('leave fewer of the patterns a collapse may add', () => {
    const plan = collapse(deploy, gcore, 120, { siteUrls: site, keptPrefixes: 9 });
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual(['/assets/*']);
    expect(plan.requests).toEqual({ byUrl: 1, byPrefix: 1, mixed: 0 });
  });

  it('count in the daily directory quota', () => {
    const host = 'https://cdn.example.com';
    const plan = collapse(files(6000, `${host}/img/`), cdnetworks, 600, {
      quota: { prefixes: 3 },
      keptPrefixes: 3,
    });
    // the 3 directories left today are the user's: /img/ cannot be added
    expect(plan).toMatchObject({ fits: false, notCollapsed: 'nothing-fits' });
    const room = collapse(files(6000, `${host}/img/`), cdnetworks, 600, {
      quota: { prefixes: 3 },
      keptPrefixes: 2,
    });
    expect(room).toMatchObject({ mode: 'collapsed', fits: true });
    expect(room.prefixes.map((prefix) => prefix.prefix)).toEqual([`${host}/img/`]);
  });
});

describe('CDNetworks', () => {
  const host = 'https://cdn.example.com';
  const changed = [...files(6000, `${host}/img/`), ...files(10, `${host}/css/`)];

  it('stays within the daily quota of 5,000 URLs by purging a dir', () => {
    const plan = collapse(changed, cdnetworks, 120);
    expect(plan.exact.shortfall.map((each) => each.limit)).toEqual(['max-duration', 'url-quota']);
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual([`${host}/img/`]);
    expect(plan.urls).toEqual(files(10, `${host}/css/`));
    expect(plan.requests).toEqual({ byUrl: 0, byPrefix: 0, mixed: 1 });
    expect(plan.budget.quota).toEqual({ urls: 5000, prefixes: 500 });
  });

  it('uses what check-quota says is left instead of the default quota', () => {
    const plan = collapse(changed, cdnetworks, 120, { quota: { urls: 5 } });
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual([`${host}/css/`, `${host}/img/`]);
    expect(plan.urls).toEqual([]);
    expect(plan.budget.quota).toEqual({ urls: 5, prefixes: 500 });
  });

  it('plans each host on its own', () => {
    const other = 'https://static.example.com';
    const plan = collapse(
      [...files(6000, `${host}/a/`), ...files(6000, `${other}/a/`)],
      cdnetworks,
      120,
    );
    expect(plan.prefixes.map((prefix) => prefix.prefix)).toEqual([`${host}/a/`, `${other}/a/`]);
  });

  it('with collapse: never, names both the duration and the quota it exceeds', () => {
    const plan = planCollapse({
      changed,
      model: cdnetworks,
      maxDurationSeconds: 120,
      collapse: 'never',
    });
    expect(plan).toMatchObject({ mode: 'exact', fits: false, notCollapsed: 'collapse-never' });
    expect(plan.urls).toHaveLength(6010);
    expect(describeShortfall(plan.shortfall)).toBe(
      "takes 310 s at the provider's rate limits, more than max-duration (120 s); and needs 6010 URLs, more than the 5000 the daily quota has left",
    );
  });

  it('says when no plan fits: no directories left today and too many URLs', () => {
    const plan = collapse(changed, cdnetworks, 3600, { quota: { prefixes: 0 } });
    expect(plan).toMatchObject({ mode: 'exact', fits: false, notCollapsed: 'nothing-fits' });
    expect(describeShortfall(plan.shortfall)).toBe(
      'needs 6010 URLs, more than the 5000 the daily quota has left',
    );
  });
});

describe('Medianova', () => {
  it('purges a wildcard that costs nothing extra, within the assumed 10 jobs a minute', () => {
    const changed = [...deploy, ...files(1000, '/assets/v2/')];
    const plan = collapse(changed, medianova, 30, {
      siteUrls: [...site, ...files(1000, '/assets/v2/')],
    });
    expect(plan.exact).toMatchObject({ requests: { byUrl: 17 }, predictedMs: MINUTE });
    expect(plan.prefixes.map((prefix) => [prefix.prefix, prefix.extra])).toEqual([
      ['/assets/v2/*', 0],
    ]);
    expect(plan.requests).toEqual({ byUrl: 7, byPrefix: 1, mixed: 0 });
    expect(plan.predictedMs).toBe(0);
  });

  it('with collapse: never, names the duration', () => {
    const plan = planCollapse({
      changed: files(10_000, '/a/'),
      model: medianova,
      maxDurationSeconds: 120,
      collapse: 'never',
    });
    expect(describeShortfall(plan.shortfall)).toBe(
      "takes 549 s at the provider's rate limits, more than max-duration (120 s)",
    );
  });
});

describe('the directory tree', () => {
  it('finds the directory and host part of URLs and paths', () => {
    expect(splitDirectory('/a/b.js')).toEqual({ directory: '/a/', originLength: 0 });
    expect(splitDirectory('/a/b/')).toEqual({ directory: '/a/b/', originLength: 0 });
    expect(splitDirectory('/x?next=/y/z')).toEqual({ directory: '/', originLength: 0 });
    expect(splitDirectory('https://h.example/a/b?c=/d')).toEqual({
      directory: 'https://h.example/a/',
      originLength: 17,
    });
    expect(() => splitDirectory('https://h.example')).toThrow(/not a normalised URL/);
  });

  it('keeps only directories where a prefix is a real choice, and counts what is below', () => {
    const tree = buildDirectoryTree(
      ['/a/b/c/1', '/a/b/c/2', '/a/b/d/1', '/x/1'],
      ['/a/b/c/1', '/a/b/c/2', '/a/b/c/3', '/a/b/d/1', '/a/b/d/e/9', '/a/2', '/x/1', '/y/1'],
      () => true,
    );
    const nodes = Array.from({ length: tree.size }, (_, node) => ({
      directory: tree.directory[node],
      parent: tree.parent[node] === -1 ? undefined : tree.directory[tree.parent[node]!],
      changed: tree.changedBelow[node],
      extra: tree.unchangedBelow[node],
    }));
    // '/a/' has its changes in '/a/b/' only: dropped ('/a/b/' covers as much, purges less)
    expect(nodes).toEqual(
      expect.arrayContaining([
        { directory: '/', parent: undefined, changed: 4, extra: 4 },
        { directory: '/a/b/', parent: '/', changed: 3, extra: 2 },
        { directory: '/a/b/c/', parent: '/a/b/', changed: 2, extra: 1 },
        { directory: '/a/b/d/', parent: '/a/b/', changed: 1, extra: 1 },
        { directory: '/x/', parent: '/', changed: 1, extra: 0 },
      ]),
    );
    expect(nodes).toHaveLength(5);
    expect(tree.siteObjects).toBe(8);
    for (let node = 0; node < tree.size; node++) {
      const parent = tree.parent[node]!;
      if (parent >= 0) expect(parent).toBeGreaterThan(node);
    }
  });
});
