/**
 * The report's sections for issue 18 (performance at any size): the one-URL
 * purge next to the fail-fast start, peers' starts as quoted, and the scaling
 * of cdnkit against the floor client from 1,000 to 200,000 URLs.
 */
import type { StartupComparison } from './cold-start.js';
import {
  formatCount,
  formatMegabytes,
  formatMs,
  formatRatio,
  formatSpread,
  table,
} from './markdown.js';
import type { OneUrlPurge } from './one-url.js';
import type { ScalingRow } from './scaling.js';

export const SCALING_GOALS = {
  oneUrlRatio: 2.2,
  /** cdnkit ÷ floor wall time, from this many URLs up */
  floorRatio: 2,
  floorRatioFromUrls: 10_000,
  /** the largest list must succeed within this peak RSS */
  largestUrls: 200_000,
  largestRssBytes: 300e6,
};

/**
 * Cold starts of other JavaScript actions, quoted from issue 18 (paired runs
 * against `node -e 0` on this kind of machine); their bundles are not vendored
 * here, so the bench cannot re-measure them.
 */
export const PEER_COLD_STARTS: readonly [string, number][] = [
  ['actions/typescript-action (the template)', 2.9],
  ['fjogeleit/http-request-action', 4.9],
  ['aws-actions/configure-aws-credentials', 5.5],
  ['bunny-deploy', 7.6],
  ['a CDN invalidator action', 8.4],
];
/** cdnkit's own figure in the same measurement, before issue 18. */
export const CDNKIT_QUOTED_COLD_START = 2.05;

const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const ratioSpread = (value: { median: number; p10: number; p90: number }) =>
  `${formatRatio(value.median)} (p10 ${formatRatio(value.p10)}, p90 ${formatRatio(value.p90)})`;

/** Goal rows for the report's goal table. */
export function scalingGoalRows(oneUrl: readonly OneUrlPurge[], scaling: readonly ScalingRow[]) {
  const rows: string[][] = oneUrl.map((run) => [
    `${run.provider}: one-URL purge ≤ ${formatRatio(SCALING_GOALS.oneUrlRatio)} node -e 0`,
    ratioSpread(run.ratio),
    met(run.ratio.median <= SCALING_GOALS.oneUrlRatio),
  ]);
  for (const row of scaling) {
    if (row.urls === SCALING_GOALS.largestUrls)
      rows.push([
        `${row.provider}: ${formatCount(row.urls)} URLs succeed, peak RSS ≤ ${formatMegabytes(SCALING_GOALS.largestRssBytes)}`,
        formatSpread(row.cdnkit.maxRss, formatMegabytes),
        met(row.cdnkit.maxRss.median <= SCALING_GOALS.largestRssBytes),
      ]);
    if (row.urls >= SCALING_GOALS.floorRatioFromUrls)
      rows.push([
        `${row.provider}: ${formatCount(row.urls)} URLs in ≤ ${formatRatio(SCALING_GOALS.floorRatio)} the floor's wall time`,
        ratioSpread(row.wallRatio),
        met(row.wallRatio.median <= SCALING_GOALS.floorRatio),
      ]);
  }
  return rows;
}

/**
 * The fail-fast start and the one-URL purges side by side, the floor action's
 * purges when measured, and the peers as quoted.
 */
export function startPathSection(
  failFast: StartupComparison,
  oneUrl: readonly OneUrlPurge[],
  { floor = [], minified }: { floor?: readonly OneUrlPurge[]; minified?: StartupComparison } = {},
) {
  const pairs = oneUrl[0]?.ratio.n ?? 0;
  return [
    '### Fail-fast start and a one-URL purge',
    '',
    'The fail-fast start above next to the smallest useful run: `node dist/index.js` purging one URL',
    '(`urls-file`, pacing off) against an emulator in the bench process, which adds the lazily loaded',
    `operation and provider, the first requests, the outputs and the summary. ${pairs} pairs with`,
    '`node -e 0` each, alternating; both sides started asynchronously, as the emulator must keep',
    'answering.',
    '',
    table(
      ['run', 'start to exit (median, p10, p90)', 'over node', '× node (median, p10, p90)'],
      [failFast, ...(minified ? [minified] : []), ...oneUrl, ...floor].map((run) => [
        run.label,
        formatSpread(run.subject),
        formatSpread(run.overNode),
        ratioSpread(run.ratio),
      ]),
    ),
    ...(minified ? ['', minifiedNote(failFast, minified)] : []),
    ...(floor.length ? ['', floorBudget(oneUrl, floor)] : []),
    '',
    '### Other actions, as quoted',
    '',
    'Cold starts of other JavaScript actions measured the same way (paired with `node -e 0`), quoted',
    `from issue 18, where cdnkit measured ${formatRatio(CDNKIT_QUOTED_COLD_START)} on its fail-fast path; their bundles are not`,
    'part of this repository, so they are not re-measured here.',
    '',
    table(
      ['action', '× node -e 0 (quoted)'],
      PEER_COLD_STARTS.map(([name, value]) => [name, formatRatio(value)]),
      ['left', 'right'],
    ),
  ].join('\n');
}

/** What minifying the entry would buy, and why the bundles ship without it. */
function minifiedNote(failFast: StartupComparison, minified: StartupComparison) {
  const saved = failFast.ratio.median - minified.ratio.median;
  return [
    `Minified by ncc's terser, the entry starts ${formatRatio(minified.ratio.median)} node against the shipped`,
    `${formatRatio(failFast.ratio.median)} (${saved.toFixed(2)}× less; ncc minifies the entry file only). The bundles`,
    'ship unminified: `dist/` is the code every workflow runs, and it stays readable where it is',
    'committed and reviewed.',
  ].join('\n');
}

/**
 * What the one-URL goal leaves cdnkit: the floor action (scripts/bench/floor-action.ts) is
 * `@actions/core` and the purge call alone, so the goal's time over node minus the floor's is
 * all that validation, redaction, pacing, retries, answer checks, the plan and the report may
 * cost. Medians of each run's own pairs.
 */
function floorBudget(oneUrl: readonly OneUrlPurge[], floor: readonly OneUrlPurge[]) {
  const goal = SCALING_GOALS.oneUrlRatio;
  const rows = floor.flatMap((floorRun) => {
    const run = oneUrl.find((candidate) => candidate.provider === floorRun.provider);
    if (!run) return [];
    const node = floorRun.reference.median;
    return [
      [
        floorRun.provider,
        formatRatio(floorRun.ratio.median),
        formatMs(run.subject.median - floorRun.subject.median),
        formatMs(goal * node - floorRun.subject.median),
      ],
    ];
  });
  return [
    'The floor action (`scripts/bench/floor-action.ts`, bundled as the action is) is the least an',
    'action on the toolkit does for the same run: `@actions/core` reads the inputs and masks the',
    'credentials, the purge call goes out as the floor client sends it, and the run ends with the',
    '`result` output and one summary line; nothing is validated, redacted, paced, retried or',
    'checked. cdnkit also makes the calls the floor skips: Gcore reads the resource and the purge',
    `statuses, Medianova the resource. What the ${formatRatio(goal)} goal leaves cdnkit is its time over`,
    "node minus the floor's:",
    '',
    table(
      [
        'provider',
        'floor action × node',
        'cdnkit over the floor action',
        `left for cdnkit's own work by ${formatRatio(goal)}`,
      ],
      rows,
      ['left', 'right', 'right', 'right'],
    ),
  ].join('\n');
}

export function scalingSection(scaling: readonly ScalingRow[]) {
  return [
    '## 6. Scaling against the floor',
    '',
    'Purges of growing `urls-file` lists, `node dist/index.js` against the floor: a minimal client',
    'written for the bench (`scripts/bench/floor-client.ts`) that reads the file, splits it, batches',
    "it to the provider's per-call limit and sends the batches over one keep-alive connection with",
    "cdnkit's authentication, and nothing else (no validation, deduplication, retries or output).",
    'Both are their own Node process, each run with its own emulator enforcing no rate limit; pacing',
    'off. The pairs alternate which side runs first; ratios are taken per pair, then their median.',
    'Peak RSS is `maxRSS` of each process. The emulator answers from the bench process, so its own',
    'work is in both wall times.',
    '',
    table(
      [
        'provider',
        'URLs',
        'pairs',
        'calls',
        'cdnkit wall',
        'floor wall',
        'wall ×',
        'cdnkit peak RSS',
        'floor peak RSS',
        'RSS ×',
      ],
      scaling.map((row) => [
        row.provider,
        formatCount(row.urls),
        String(row.pairs),
        formatCount(row.purgeCalls),
        formatSpread(row.cdnkit.wall),
        formatSpread(row.floor.wall),
        formatRatio(row.wallRatio.median),
        formatSpread(row.cdnkit.maxRss, formatMegabytes),
        formatSpread(row.floor.maxRss, formatMegabytes),
        formatRatio(row.rssRatio.median),
      ]),
      ['left', 'right', 'right', 'right', 'left', 'left', 'right', 'left', 'left', 'right'],
    ),
  ].join('\n');
}

/** Lines for the terminal summary. */
export function scalingSummary(
  oneUrl: readonly OneUrlPurge[],
  scaling: readonly ScalingRow[],
  floor: readonly OneUrlPurge[] = [],
) {
  const floorOf = (provider: string) => floor.find((run) => run.provider === provider);
  return [
    ...oneUrl.map((run) => {
      const floorRun = floorOf(run.provider);
      const floorText = floorRun ? `, the floor action ${formatRatio(floorRun.ratio.median)}` : '';
      return `${run.provider}: one-URL purge ${formatRatio(run.ratio.median)} node -e 0 (goal ≤ ${formatRatio(SCALING_GOALS.oneUrlRatio)})${floorText}`;
    }),
    ...scaling.map(
      (row) =>
        `${row.provider}: ${formatCount(row.urls)} URLs ${formatRatio(row.wallRatio.median)} the floor's wall time, peak RSS ${formatMegabytes(row.cdnkit.maxRss.median)} (floor ${formatMegabytes(row.floor.maxRss.median)})`,
    ),
  ];
}
