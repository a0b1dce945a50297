import { describe, expect, it } from 'vitest';
import { type CoverageSummary, coverageMarkdown } from '../../scripts/coverage/summary.js';

const counts = (covered: number, total: number) => ({
  lines: { covered, total },
  statements: { covered, total },
  functions: { covered: total === 0 ? 0 : 1, total: total === 0 ? 0 : 2 },
  branches: { covered: 0, total: 0 },
});

describe('coverageMarkdown', () => {
  it('totals, then one row per directory summed over its files', () => {
    const summary: CoverageSummary = {
      total: counts(15, 20),
      '/repo/src/main.ts': counts(5, 10),
      '/repo/src/cli/args.ts': counts(4, 4),
      '/repo/src/cli/main.ts': counts(6, 6),
    };
    expect(coverageMarkdown(summary, '/repo').split('\n').slice(4)).toEqual([
      '|           |   lines | statements | functions | branches |',
      '| --------- | ------: | ---------: | --------: | -------: |',
      '| **total** |  75.0 % |     75.0 % |    50.0 % |        – |',
      '| src       |  50.0 % |     50.0 % |    50.0 % |        – |',
      '| src/cli   | 100.0 % |    100.0 % |    50.0 % |        – |',
    ]);
  });
});
