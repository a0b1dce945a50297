/** Istanbul's coverage-summary.json as a Markdown table for the CI job summary. */
import { relative, sep } from 'node:path';
import { type Align, table } from '../bench/markdown.js';

interface Counts {
  total: number;
  covered: number;
}
const METRICS = ['lines', 'statements', 'functions', 'branches'] as const;
type Metric = (typeof METRICS)[number];
/** One entry of coverage-summary.json: `total`, then one per file (absolute path). */
export type CoverageSummary = Record<string, Record<Metric, Counts>>;

/** Totals, then one row per directory under `root` (src/cli, src/providers/gcore, …). */
export function coverageMarkdown(summary: CoverageSummary, root: string): string {
  const directories = new Map<string, Record<Metric, Counts>>();
  for (const [file, counts] of Object.entries(summary)) {
    if (file === 'total') continue;
    const path = relative(root, file).split(sep);
    const directory = path.slice(0, -1).join('/') || '.';
    const sum = directories.get(directory) ?? emptyCounts();
    for (const metric of METRICS) {
      sum[metric].total += counts[metric].total;
      sum[metric].covered += counts[metric].covered;
    }
    directories.set(directory, sum);
  }
  const row = (label: string, counts: Record<Metric, Counts>) => [
    label,
    ...METRICS.map((metric) => percent(counts[metric])),
  ];
  const rows = [
    row('**total**', summary.total ?? emptyCounts()),
    ...[...directories.keys()]
      .sort()
      .map((directory) => row(directory, directories.get(directory)!)),
  ];
  const align: Align[] = ['left', 'right', 'right', 'right', 'right'];
  return [
    '### Coverage',
    '',
    'Of `src/`, by the unit, nock and integration tests; the end-to-end tests run `dist/` in child processes, which V8 coverage does not follow.',
    '',
    table(['', ...METRICS], rows, align),
  ].join('\n');
}

function emptyCounts(): Record<Metric, Counts> {
  return Object.fromEntries(METRICS.map((metric) => [metric, { total: 0, covered: 0 }])) as Record<
    Metric,
    Counts
  >;
}

/** "87.5 %", or "–" when there is nothing to cover. */
function percent({ total, covered }: Counts): string {
  return total === 0 ? '–' : `${((covered / total) * 100).toFixed(1)} %`;
}
