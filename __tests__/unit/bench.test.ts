/** The bench's pure helpers: the numbers in BENCHMARKS.md are only as right as these. */
import { describe, expect, it } from 'vitest';
import { attributeBytes, byPackage, decodeVlq, packageOf } from '../../scripts/bench/bundle.js';
import {
  formatBytes,
  formatLongDuration,
  formatMs,
  formatRatio,
  formatSpread,
  table,
} from '../../scripts/bench/markdown.js';
import { BENCH_USAGE, benchOptions } from '../../scripts/bench/options.js';
import { benchUrls } from '../../scripts/bench/providers.js';
import { type BenchResults, renderReport, renderSummary } from '../../scripts/bench/report.js';
import { SCALING_SIZES } from '../../scripts/bench/scaling.js';
import {
  lowerBound,
  median,
  paired,
  percentile,
  ratio,
  spread,
} from '../../scripts/bench/stats.js';

describe('bench statistics', () => {
  const samples = [7, 3, 10, 1, 5, 9, 2, 8, 6, 4];

  it('interpolates percentiles between closest ranks, whatever the input order', () => {
    expect(median(samples)).toBe(5.5);
    expect(percentile(samples, 10)).toBeCloseTo(1.9);
    expect(percentile(samples, 90)).toBeCloseTo(9.1);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(10);
    expect(median([42])).toBe(42);
    expect(median([3, 1, 2])).toBe(2);
    expect(samples).toEqual([7, 3, 10, 1, 5, 9, 2, 8, 6, 4]);
  });

  it('summarises a sample list as median, p10, p90 and count', () => {
    expect(spread(samples)).toEqual({
      median: 5.5,
      p10: expect.closeTo(1.9),
      p90: expect.closeTo(9.1),
      n: 10,
    });
  });

  it('refuses what has no answer instead of reporting NaN or Infinity', () => {
    expect(() => median([])).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
    expect(() => ratio(1, 0)).toThrow(/non-zero/);
    expect(() => paired([1, 2], [1], (a, b) => a - b)).toThrow(/differ in length/);
    expect(() => lowerBound(10, 0)).toThrow(/at least 1/);
  });

  it('pairs runs element by element, and takes ratios', () => {
    expect(paired([10, 20, 30], [5, 10, 20], ratio)).toEqual([2, 2, 1.5]);
    expect(paired([10, 20], [5, 12], (a, b) => a - b)).toEqual([5, 8]);
  });

  it('computes the fewest requests a per-request limit allows', () => {
    expect(lowerBound(10_000, 100)).toBe(100);
    expect(lowerBound(10_000, 500)).toBe(20);
    expect(lowerBound(1_001, 100)).toBe(11);
    expect(lowerBound(1, 100)).toBe(1);
    expect(lowerBound(0, 100)).toBe(0);
  });
});

describe('bench markdown', () => {
  it('renders a padded table, right-aligning the columns asked for and escaping pipes', () => {
    expect(
      table(
        ['name', 'ms'],
        [
          ['a|b', '1.5'],
          ['longer name', '12.0'],
        ],
        ['left', 'right'],
      ),
    ).toBe(
      [
        '| name        |   ms |',
        '| ----------- | ---: |',
        '| a\\|b        |  1.5 |',
        '| longer name | 12.0 |',
      ].join('\n'),
    );
  });

  it('refuses a row whose cell count differs from the header', () => {
    expect(() => table(['a', 'b'], [['only one']])).toThrow(/1 cells, header has 2/);
  });

  it('formats times, sizes, ratios and spreads', () => {
    expect(formatMs(41.234)).toBe('41.2 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(-5.55)).toBe('-5.5 ms');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(56_092)).toBe('54.8 KiB');
    expect(formatBytes(1_128_042)).toBe('1.08 MiB');
    expect(formatBytes(24 * 1024 ** 3)).toBe('24.0 GiB');
    expect(formatRatio(1.4249)).toBe('1.42×');
    expect(formatSpread({ median: 41.2, p10: 38, p90: 1200, n: 30 })).toBe(
      '41.2 ms (p10 38.0 ms, p90 1.20 s)',
    );
  });

  it('formats paced durations at real limits in hours, minutes and seconds', () => {
    expect(formatLongDuration(0)).toBe('0 s');
    expect(formatLongDuration(244_000)).toBe('4 min 4 s');
    expect(formatLongDuration(120_000)).toBe('2 min');
    // Gcore: 1,000 single-URL calls, 2 per 61 s
    expect(formatLongDuration(499 * 61_000)).toBe('8 h 27 min');
  });
});

describe('bench bundle attribution', () => {
  it('decodes base64 VLQ source-map segments', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('C')).toEqual([1]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2H')).toEqual([123]);
    expect(decodeVlq('7D')).toEqual([-61]);
    expect(() => decodeVlq('g')).toThrow(/mid-number/);
    expect(() => decodeVlq('A!')).toThrow(/not a base64 digit/);
  });

  it('attributes every UTF-8 byte to the source its mapping names, the rest to webpack glue', () => {
    // line 0: "ab" from source 0, "cd" from source 1 (column +2, source +1)
    // line 1: "x" from source 1 (the source index carries over lines), "yz" after a column-only segment
    // line 2: no mapping at all; "é" is two bytes
    const code = 'abcd\nxyz\né';
    const map = {
      sources: ['.././node_modules/pkg/a.js', '.././src/b.ts'],
      mappings: 'AAAA,ECAA;AAAA,C;',
    };
    const totals = attributeBytes(code, map);
    expect(Object.fromEntries(totals)).toEqual({
      '.././node_modules/pkg/a.js': 2,
      '.././src/b.ts': 3,
      '(unmapped: webpack glue)': 6,
    });
    expect([...totals.values()].reduce((a, b) => a + b)).toBe(Buffer.byteLength(code));
  });

  it('names the package a source belongs to', () => {
    expect(packageOf('.././node_modules/undici-real/lib/core/util.js')).toBe('undici-real');
    expect(packageOf('.././node_modules/@actions/core/lib/core.js')).toBe('@actions/core');
    expect(packageOf('.././node_modules/a/node_modules/@s/b/x.js')).toBe('@s/b');
    expect(packageOf('.././src/http/pacing.ts')).toBe('cdnkit (src/)');
    expect(packageOf('.././shims/undici-lazy/index.js')).toBe('cdnkit (shims/)');
    expect(packageOf('../webpack/runtime/define property getters')).toBe('webpack runtime');
    expect(packageOf('../external node-commonjs "node:http"')).toBe('Node built-in import stubs');
  });

  it('sums sources per package', () => {
    const perSource = new Map([
      ['.././node_modules/@actions/core/lib/a.js', 10],
      ['.././node_modules/@actions/core/lib/b.js', 5],
      ['.././src/main.ts', 7],
      ['(unmapped: webpack glue)', 3],
    ]);
    expect(Object.fromEntries(byPackage(perSource))).toEqual({
      '@actions/core': 15,
      'cdnkit (src/)': 7,
      '(unmapped: webpack glue)': 3,
    });
  });
});

describe('bench inputs', () => {
  it('makes distinct URLs on one host', () => {
    const urls = benchUrls(1000);
    expect(new Set(urls).size).toBe(1000);
    expect(urls[0]).toBe('https://cdn.example.com/bench/d0/asset-0.js');
  });
});

describe('bench report', () => {
  const at = (median: number) => ({ median, p10: median * 0.9, p90: median * 1.2, n: 5 });
  const comparison = (label: string, subject: number) => ({
    label,
    subject: at(subject),
    reference: at(40),
    overNode: at(subject - 40),
    ratio: at(subject / 40),
  });
  const results = (coldStartMs: number, wallMs: number): BenchResults => ({
    date: new Date('2026-11-23T10:00:00.123Z'),
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryBytes: 8 * 1024 ** 3,
      os: 'Test OS',
      node: 'v20.0.0',
      loadAverage: 0.5,
      commit: 'abc1234',
    },
    providers: ['gcore'],
    skipped: ['medianova'],
    runs: { coldStartPairs: 30, partPairs: 30, warmups: 3, large: 5, paced: 3, alternative: 3 },
    coldStart: comparison('node dist/index.js', coldStartMs),
    parts: [{ ...comparison('@actions/core', 55), bundleBytes: 1_065_131 }],
    bundle: [
      {
        name: 'index.js',
        bytes: 1000,
        contributors: [
          ['undici-real', 800],
          ['cdnkit (src/)', 200],
        ],
      },
      { name: '810.index.js', bytes: 100, contributors: [['cdnkit (src/)', 100]] },
    ],
    large: [
      {
        provider: 'gcore',
        urls: 10_000,
        perCall: 100,
        lowerBound: 100,
        purgeCalls: 100,
        requestsCount: 100,
        allRequests: 102,
        wall: at(wallMs),
        maxRss: at(80e6),
      },
    ],
    paced: [
      {
        provider: 'gcore',
        urls: 1000,
        calls: 10,
        scale: 0.008,
        predictedRealMs: 244_000,
        predictedMs: 1952,
        sending: at(1978),
        wall: at(2100),
      },
    ],
    comparisons: [
      {
        provider: 'gcore',
        urls: 1000,
        limits: '2 URL-purge calls per minute per resource',
        cdnkit: { purgeCalls: 10, allRequests: 12, wall: at(120) },
        alternative: { purgeCalls: 1000, allRequests: 1000, wall: at(1920) },
        atRealLimits: { cdnkitMs: 244_000, alternativeMs: 499 * 61_000 },
      },
    ],
    benchMs: 90_000,
  });

  it('writes the machine, every section, and each goal as met or not', () => {
    const report = renderReport(results(56, 350));
    expect(report).toMatch(/^# Benchmarks\n/);
    for (const heading of [
      '## Goals',
      '## 1. Cold start',
      '### What start-up is made of',
      '## 2. Bundle',
      '## 3. Large purge',
      '### Pacing on',
      '## 4. Against the usual alternative',
      '### At the real rate limits',
    ])
      expect(report).toContain(heading);
    expect(report).toContain('| date                          | 2026-11-23T10:00:00Z');
    expect(report).toContain('gcore (skipped, not in src/providers yet: medianova)');
    expect(report).toMatch(
      /\| cold start ≤ 1\.50× node -e 0 +\| 1\.40× \(p10 1\.26×, p90 1\.68×\) +\| yes +\|/,
    );
    expect(report).toMatch(/\| gcore: 10,000 URLs in ≤ 2\.00 s +\| 350\.0 ms .*\| yes +\|/);
    expect(report).toMatch(
      /\| gcore: requests = ceil\(URLs \/ per-call limit\) +\| 100 = 100 +\| yes +\|/,
    );
    expect(report).toMatch(/\| undici-real +\| +800 B \| 80\.0 % \|/);
    expect(report).toMatch(
      /\| gcore +\| 2 URL-purge calls per minute per resource \| 4 min 4 s \| 8 h 27 min +\|/,
    );
    expect(report).toMatch(/\| gcore +\| 10 purge \(12 all\) .*\| +83\.33× \|.*\| +16\.00× \|/);
  });

  it('adds the certificate cold-start section when it ran, each row against a dry-run purge', () => {
    const bench = {
      operations: [
        comparison('purge, dry-run', 60),
        comparison('rotate-certificate, dry-run', 62),
        comparison('check-certificate, 1 TLS probe', 90),
      ],
      chunks: [{ name: '333.index.js', bytes: 60_000, holds: 'the certificate operations' }],
    };
    expect(renderReport(results(56, 350))).not.toContain('## Certificate operations');
    const report = renderReport({ ...results(56, 350), certificates: { bench, pairs: 15 } });
    expect(report).toContain('## 7. Certificate operations: cold start');
    expect(report).toMatch(
      /\| rotate-certificate, dry-run +\| 62\.0 ms .*\| +1\.55× \| +2\.0 ms \|/,
    );
    expect(report).toMatch(/\| check-certificate, 1 TLS probe +\| .*\| +30\.0 ms \|/);
    expect(report).toMatch(/\| dist\/333\.index\.js \| 58\.6 KiB \| the certificate operations \|/);
    expect(renderSummary({ ...results(56, 350), certificates: { bench, pairs: 15 } })).toContain(
      'cold start by operation: purge, dry-run 60.0 ms, rotate-certificate, dry-run 62.0 ms',
    );
  });

  it('marks missed goals, and says so in the summary', () => {
    const missed = results(80, 2500);
    const report = renderReport(missed);
    expect(report).toMatch(/\| cold start ≤ 1\.50× node -e 0 +\| 2\.00× .*\| \*\*no\*\* \|/);
    expect(report).toMatch(/\| gcore: 10,000 URLs in ≤ 2\.00 s +\| 2\.50 s .*\| \*\*no\*\* \|/);
    const summary = renderSummary(missed);
    expect(summary).toContain('= 2.00× (goal ≤ 1.50×: NOT met)');
    expect(summary).toContain(
      'gcore: 10,000 URLs in 100 calls (= lower bound), 2.50 s, peak RSS 80.0 MB',
    );
    expect(summary).toContain('at real limits 8 h 27 min vs 4 min 4 s');
    expect(summary).toContain('skipped (not in src/providers yet): medianova');
  });

  it('adds the one-URL purge, its goal and the scaling section when they were measured', () => {
    const plain = renderReport(results(56, 350));
    expect(plain).not.toContain('one-URL purge');
    expect(plain).not.toContain('## 6. Scaling');
    const oneUrl = {
      ...comparison('node dist/index.js (purge of one URL, gcore)', 84),
      provider: 'gcore',
    };
    const scaling = {
      provider: 'gcore',
      urls: 200_000,
      pairs: 3,
      purgeCalls: 2000,
      cdnkit: { wall: at(3000), maxRss: at(200e6) },
      floor: { wall: at(2000), maxRss: at(90e6) },
      wallRatio: at(1.5),
      rssRatio: at(2.2),
    };
    const report = renderReport({ ...results(56, 350), oneUrl: [oneUrl], scaling: [scaling] });
    expect(report).toMatch(/\| gcore: one-URL purge ≤ 2\.20× node -e 0 +\| 2\.10× .*\| yes +\|/);
    expect(report).toMatch(
      /\| gcore: 200,000 URLs succeed, peak RSS ≤ 300\.0 MB +\| 200\.0 MB .*\| yes +\|/,
    );
    expect(report).toContain('### Fail-fast start and a one-URL purge');
    expect(report.indexOf('### Fail-fast start')).toBeLessThan(report.indexOf('## 2. Bundle'));
    expect(report.trimEnd()).toMatch(
      /## 6\. Scaling against the floor\n[\s\S]*\| gcore +\| +200,000 \|[^\n]*\|$/,
    );
    expect(renderSummary({ ...results(56, 350), oneUrl: [oneUrl], scaling: [scaling] })).toContain(
      "gcore: 200,000 URLs 1.50× the floor's wall time, peak RSS 200.0 MB (floor 90.0 MB)",
    );
  });
});

describe('bench options', () => {
  it('writes BENCHMARKS.md only with --write, and refuses anything else', () => {
    expect(benchOptions([])).toEqual({ write: false, scaling: SCALING_SIZES });
    expect(benchOptions(['--write'])).toEqual({ write: true, scaling: SCALING_SIZES });
    expect(() => benchOptions(['--wirte'])).toThrow(`unknown argument; ${BENCH_USAGE}`);
  });

  it('takes the scaling sizes the README names for a quicker run', () => {
    expect(benchOptions(['--sizes=1000,10000', '--scaling-pairs=2'])).toEqual({
      write: false,
      scaling: [
        { urls: 1_000, pairs: 2 },
        { urls: 10_000, pairs: 2 },
      ],
    });
  });
});
