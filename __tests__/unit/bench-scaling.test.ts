/** The bench's scaling plan and its report sections (issue 18): pure, so tested with made-up runs. */
import { describe, expect, it } from 'vitest';
import type { OneUrlPurge } from '../../scripts/bench/one-url.js';
import {
  PEER_COLD_STARTS,
  scalingGoalRows,
  scalingSection,
  startPathSection,
} from '../../scripts/bench/report-scaling.js';
import { SCALING_SIZES, type ScalingRow, scalingPlan } from '../../scripts/bench/scaling.js';

const at = (median: number) => ({ median, p10: median * 0.9, p90: median * 1.1, n: 3 });

function scalingRow(urls: number, wallRatio: number, rssBytes: number): ScalingRow {
  return {
    provider: 'gcore',
    urls,
    pairs: 3,
    purgeCalls: urls / 100,
    cdnkit: { wall: at(1000 * wallRatio), maxRss: at(rssBytes) },
    floor: { wall: at(1000), maxRss: at(50e6) },
    wallRatio: at(wallRatio),
    rssRatio: at(rssBytes / 50e6),
  };
}

function oneUrlRun(ratio: number): OneUrlPurge {
  return {
    provider: 'cdnetworks',
    label: 'node dist/index.js (purge of one URL, cdnetworks)',
    subject: at(20 * ratio),
    reference: at(20),
    overNode: at(20 * ratio - 20),
    ratio: at(ratio),
  };
}

describe('the scaling plan', () => {
  it("defaults to issue 18's sizes, 1,000 to 200,000 URLs", () => {
    expect(scalingPlan([]).map((size) => size.urls)).toEqual([1_000, 10_000, 100_000, 200_000]);
    expect(scalingPlan([])).toEqual(SCALING_SIZES);
  });

  it('takes fewer sizes and other pair counts from flags, ignoring flags not its own', () => {
    expect(scalingPlan(['--write', '--sizes=1000,10k'])).toEqual([
      { urls: 1_000, pairs: 5 },
      { urls: 10_000, pairs: 7 },
    ]);
    expect(scalingPlan(['--sizes=200_000', '--scaling-pairs=1'])).toEqual([
      { urls: 200_000, pairs: 1 },
    ]);
    expect(() => scalingPlan(['--sizes=ten'])).toThrow(/'ten' is not a URL count/);
    expect(() => scalingPlan(['--scaling-pairs=0'])).toThrow(/not a positive whole number/);
  });
});

describe('the scaling report', () => {
  it('turns the goals into rows: one-URL start, floor ratio from 10,000 URLs, RSS at 200,000', () => {
    const rows = scalingGoalRows(
      [oneUrlRun(2.1), oneUrlRun(2.5)],
      [scalingRow(1_000, 3, 60e6), scalingRow(10_000, 1.5, 70e6), scalingRow(200_000, 2.5, 310e6)],
    );
    expect(rows.map(([goal, , ok]) => `${goal}: ${ok}`)).toEqual([
      'cdnetworks: one-URL purge ≤ 2.20× node -e 0: yes',
      'cdnetworks: one-URL purge ≤ 2.20× node -e 0: **no**',
      "gcore: 10,000 URLs in ≤ 2.00× the floor's wall time: yes",
      'gcore: 200,000 URLs succeed, peak RSS ≤ 300.0 MB: **no**',
      "gcore: 200,000 URLs in ≤ 2.00× the floor's wall time: **no**",
    ]);
    expect(rows[0]![1]).toBe('2.10× (p10 1.89×, p90 2.31×)');
  });

  it('tables each size with both sides and the per-pair ratios', () => {
    const section = scalingSection([scalingRow(200_000, 1.8, 150e6)]);
    expect(section).toMatch(/^## 6\. Scaling against the floor\n/);
    expect(section).toMatch(
      /\| gcore +\| +200,000 \| +3 \| +2,000 \| 1\.80 s \(p10 1\.62 s, p90 1\.98 s\) +\| 1\.00 s .*\| +1\.80× \| 150\.0 MB .*\| 50\.0 MB .*\| +3\.00× \|/,
    );
  });

  it('sets the one-URL purge beside the fail-fast start, and quotes the peers', () => {
    const failFast = {
      ...oneUrlRun(1.8),
      label: 'node dist/index.js (no inputs: fails on provider)',
    };
    const section = startPathSection(failFast, [oneUrlRun(2.1)]);
    expect(section).toContain('| node dist/index.js (no inputs: fails on provider)');
    expect(section).toContain('| node dist/index.js (purge of one URL, cdnetworks)');
    expect(section).toContain('3 pairs with');
    for (const [name, value] of PEER_COLD_STARTS)
      expect(section).toMatch(
        new RegExp(`\\| ${name.replace(/[()/]/g, '\\$&')} +\\| +${value.toFixed(2)}× \\|`),
      );
  });

  it('adds the minified entry and the floor action, and what the goal leaves cdnkit', () => {
    const failFast = {
      ...oneUrlRun(1.9),
      label: 'node dist/index.js (no inputs: fails on provider)',
    };
    const minified = {
      ...oneUrlRun(1.75),
      label: 'node dist/index.js minified (not shipped) (no inputs: fails on provider)',
    };
    const floor = {
      ...oneUrlRun(2.05),
      label: 'floor action: @actions/core and the purge call alone (cdnetworks)',
    };
    const plain = startPathSection(failFast, [oneUrlRun(3.1)]);
    expect(plain).not.toContain('floor action');
    expect(plain).not.toContain('minified');
    const section = startPathSection(failFast, [oneUrlRun(3.1)], { floor: [floor], minified });
    expect(section).toContain(
      '| node dist/index.js minified (not shipped) (no inputs: fails on provider)',
    );
    expect(section).toContain(
      'the entry starts 1.75× node against the shipped\n1.90× (0.15× less;',
    );
    expect(section).toContain(
      '| floor action: @actions/core and the purge call alone (cdnetworks)',
    );
    // node 20 ms: cdnkit 62 ms, the floor 41 ms, the goal 44 ms
    expect(section).toMatch(/\| cdnetworks +\| +2\.05× \| +21\.0 ms \| +3\.0 ms \|/);
  });
});
