/** The planner benchmark's synthetic sites and its section of BENCHMARKS.md. */
import { describe, expect, it } from 'vitest';
import type { PlannerBench } from '../../scripts/bench/planner.js';
import { plannerSection, plannerSummary } from '../../scripts/bench/planner-report.js';
import { changedFiles, seededRandom, syntheticSite } from '../../scripts/bench/site-tree.js';
import { splitDirectory } from '../../src/planner/directory-tree.js';

describe('synthetic sites', () => {
  const site = syntheticSite(50_000, '', 1);

  it('has exactly the files asked for, each once, the same on every run', () => {
    expect(site.urls).toHaveLength(50_000);
    expect(new Set(site.urls).size).toBe(50_000);
    expect(syntheticSite(50_000, '', 1).urls).toEqual(site.urls);
    expect(syntheticSite(1_000, 'https://cdn.example.com', 1).urls[0]).toBe(
      'https://cdn.example.com/index.html',
    );
    expect(site.leaves.flat().length + 1 + 20 * 11).toBe(50_000);
  });

  it('draws changed files from the site: clustered ones in far fewer directories', () => {
    const directories = (urls: string[]) =>
      new Set(urls.map((url) => splitDirectory(url).directory)).size;
    const clustered = changedFiles(site, 10_000, 'clustered', 3);
    const scattered = changedFiles(site, 10_000, 'scattered', 3);
    const served = new Set(site.urls);
    for (const changed of [clustered, scattered]) {
      expect(new Set(changed).size).toBe(10_000);
      expect(changed.every((url) => served.has(url))).toBe(true);
    }
    expect(changedFiles(site, 10_000, 'clustered', 3)).toEqual(clustered);
    expect(directories(clustered)).toBeLessThan(directories(scattered) / 2);
    expect(() => changedFiles(site, 50_001, 'scattered', 3)).toThrow(/50001 changed files/);
  });

  it('seeds a PRNG that repeats and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the at-real-limits section', () => {
  const at = (median: number) => ({ median, p10: median * 0.9, p90: median * 1.2, n: 3 });
  const scenario = (provider: string, extra: number, predictedMs: number, urls = 400) => ({
    provider,
    changed: 10_000,
    shape: 'clustered' as const,
    siteFiles: 50_000,
    exact: { requests: 100, predictedMs: 2_989_000, fits: false, over: ['max-duration'] },
    planned: {
      mode: 'collapsed' as const,
      fits: true,
      urls,
      prefixes: 20,
      requests: 6,
      predictedMs,
      extra,
    },
    blindExtra: extra + 100,
    cpu: at(30),
  });
  const bench = (gcoreMs: number, cpuMs: number): PlannerBench => ({
    scenarios: [
      scenario('gcore', 1_163, gcoreMs),
      {
        ...scenario('cdnetworks', 218, 0, 4_774),
        exact: {
          requests: 20,
          predictedMs: 310_000,
          fits: false,
          over: ['max-duration', 'url-quota'],
        },
      },
      {
        ...scenario('medianova', 627, 61_000),
        changed: 100,
        planned: {
          mode: 'exact',
          fits: true,
          urls: 100,
          prefixes: 0,
          requests: 1,
          predictedMs: 0,
          extra: 0,
        },
      },
    ],
    cpu: [
      {
        provider: 'gcore',
        case: 'all 100,000 changed, site unknown',
        urls: 100_000,
        cpu: at(cpuMs),
      },
    ],
  });

  it('states each goal with what was measured, and the table of plans', () => {
    const section = plannerSection(bench(61_000, 60));
    expect(section).toMatch(/^## 5\. At real limits: the collapse planner\n/);
    expect(section).toMatch(
      /\| gcore: 10,000 clustered changed files of 50,000 in ≤ 2 min at real limits +\| 1 min 1 s \(exact: 49 min 49 s\) +\| yes \|/,
    );
    expect(section).toMatch(/\| cdnetworks: 10,000 clustered .* \| 4,774 URLs, 20 dirs +\| yes \|/);
    expect(section).toMatch(
      /\| gcore: extra objects ≤ 10\.0 % of the site \(10,000 clustered\) +\| 1,163 = 2\.3 % +\| yes \|/,
    );
    expect(section).toMatch(
      /\| planner ≤ 200\.0 ms CPU for 100,000 URLs \(slowest case\) +\| 60\.0 ms/,
    );
    expect(section).toMatch(
      /\| cdnetworks +\| +10,000 \| clustered \| +20 \| 5 min 10 s \(over url-quota\) +\| 4,774 URLs \+ 20 prefixes \|/,
    );
    expect(section).toMatch(
      /\| medianova +\| +100 \| clustered \| +100 \| 49 min 49 s +\| exact +\|/,
    );
    expect(section).not.toContain('medianova: extra'); // its big deploy is missing from this fixture
  });

  it('puts the prediction next to the emulator clock when the measured run ran', () => {
    const section = plannerSection({
      ...bench(61_000, 60),
      measured: {
        provider: 'gcore',
        siteFiles: 5_000,
        changed: 1_500,
        scale: 0.02,
        plan: { urls: 399, prefixes: 16, requests: 6, extra: 101 },
        exactMs: 427_000,
        predictedRealMs: 61_000,
        predictedMs: 1_220,
        measured: { median: 1_227, p10: 1_227, p90: 1_229, n: 3 },
      },
    });
    expect(section).toContain("### Predicted against the emulator's clock");
    expect(section).toMatch(
      /\| gcore +\| 399 URLs \+ 16 patterns \| +6 \| +101 \| +7 min 7 s \| +1 min 1 s \| +0\.02 \| +1\.22 s \| 1\.23 s \(p10 1\.23 s, p90 1\.23 s\) +\| +7\.0 ms \|/,
    );
    expect(plannerSection(bench(61_000, 60))).not.toContain('emulator');
  });

  it('marks missed goals, also in the summary', () => {
    const missed = bench(122_000, 250);
    expect(plannerSection(missed)).toMatch(
      /in ≤ 2 min at real limits +\| 2 min 2 s .*\| \*\*no\*\* \|/,
    );
    expect(plannerSummary(missed)).toContain(
      'planner: planner ≤ 200.0 ms CPU for 100,000 URLs (slowest case): 250.0 ms (p10 225.0 ms, p90 300.0 ms): gcore, all 100,000 changed, site unknown (NOT met)',
    );
  });
});
