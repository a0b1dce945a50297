/** BENCHMARKS.md and the short stdout summary, from the measured results. */
import type { Comparison } from './alternative.js';
import type { BundleFile } from './bundle.js';
import { certificateSection, certificateSummary } from './certificate-report.js';
import type { CertificateStartBench } from './certificate-start.js';
import type { StartupComparison } from './cold-start.js';
import type { Machine } from './machine.js';
import {
  formatBytes,
  formatCount,
  formatLongDuration,
  formatMegabytes,
  formatMs,
  formatRatio,
  formatSpread,
  table,
} from './markdown.js';
import type { OneUrlPurge } from './one-url.js';
import type { PlannerBench } from './planner.js';
import { plannerSection, plannerSummary } from './planner-report.js';
import type { LargePurge, PacedPurge } from './purge.js';
import {
  scalingGoalRows,
  scalingSection,
  scalingSummary,
  startPathSection,
} from './report-scaling.js';
import type { ScalingRow } from './scaling.js';
import type { StartupPartResult } from './startup-parts.js';
import { ratio } from './stats.js';

export const GOALS = {
  coldStartRatio: 1.5,
  largePurgeWallMs: 2000,
  largePurgeRssBytes: 100e6,
};

export interface BenchResults {
  date: Date;
  machine: Machine;
  providers: string[];
  skipped: string[];
  runs: {
    coldStartPairs: number;
    partPairs: number;
    warmups: number;
    large: number;
    paced: number;
    alternative: number;
  };
  coldStart: StartupComparison;
  /** the fail-fast start of the entry minified by ncc, which is not shipped */
  minified?: StartupComparison;
  parts: StartupPartResult[];
  bundle: BundleFile[];
  large: LargePurge[];
  paced: PacedPurge[];
  comparisons: Comparison[];
  /** the collapse planner at real limits (section 5) */
  planner?: PlannerBench;
  /** one-URL purges against node -e 0, per provider (issue 18) */
  oneUrl?: OneUrlPurge[];
  /** the same purges by the floor action: @actions/core and the purge call alone */
  oneUrlFloor?: OneUrlPurge[];
  /** cdnkit against the floor client at growing list sizes (issue 18) */
  scaling?: ScalingRow[];
  /** certificate operations' cold start next to a purge, and `pairs` timed per operation */
  certificates?: { bench: CertificateStartBench; pairs: number };
  benchMs: number;
}

const met = (ok: boolean) => (ok ? 'yes' : '**no**');

export function renderReport(results: BenchResults): string {
  return [
    header(results),
    goals(results),
    coldStart(results),
    bundle(results.bundle),
    largePurges(results),
    alternative(results),
    ...(results.planner ? [plannerSection(results.planner)] : []),
    ...(results.scaling?.length ? [scalingSection(results.scaling)] : []),
    ...(results.certificates
      ? [certificateSection(results.certificates.bench, results.certificates.pairs)]
      : []),
  ].join('\n\n');
}

function header({ date, machine, providers, skipped, benchMs }: BenchResults): string {
  const rows: [string, string][] = [
    ['date', date.toISOString().replace(/\.\d+Z$/, 'Z')],
    ['commit', machine.commit],
    ['CPU', machine.cpu],
    ['cores', String(machine.cores)],
    ['memory', formatBytes(machine.memoryBytes)],
    ['OS', machine.os],
    ['Node', machine.node],
    ['load average (1 min) at start', machine.loadAverage.toFixed(2)],
    [
      'providers',
      providers.join(', ') +
        (skipped.length ? ` (skipped, not in src/providers yet: ${skipped.join(', ')})` : ''),
    ],
    ['bench duration', formatMs(benchMs)],
  ];
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench -- --write` (scripts/bench.ts): do not edit by hand; rerun it. -->',
    '',
    'Every timing is the **median** of its runs with the 10th and 90th percentiles as the spread:',
    '`median (p10, p90)`. All runs are on this machine, against the built-in emulator on loopback;',
    'no network is involved. A load average near or above the core count means the machine was',
    'busy and the timings are noisy: rerun on a quiet machine before comparing.',
    '',
    table(['', ''], rows),
  ].join('\n');
}

function goals({ coldStart, large, oneUrl = [], scaling = [] }: BenchResults): string {
  const rows = [
    [
      `cold start ≤ ${formatRatio(GOALS.coldStartRatio)} node -e 0`,
      `${formatRatio(coldStart.ratio.median)} (p10 ${formatRatio(coldStart.ratio.p10)}, p90 ${formatRatio(coldStart.ratio.p90)})`,
      met(coldStart.ratio.median <= GOALS.coldStartRatio),
    ],
    ...large.flatMap((purge) => [
      [
        `${purge.provider}: ${formatCount(purge.urls)} URLs in ≤ ${formatMs(GOALS.largePurgeWallMs)}`,
        formatSpread(purge.wall),
        met(purge.wall.median <= GOALS.largePurgeWallMs),
      ],
      [
        `${purge.provider}: peak RSS ≤ ${formatMegabytes(GOALS.largePurgeRssBytes)}`,
        formatSpread(purge.maxRss, formatMegabytes),
        met(purge.maxRss.median <= GOALS.largePurgeRssBytes),
      ],
      [
        `${purge.provider}: requests = ceil(URLs / per-call limit)`,
        `${purge.purgeCalls} = ${purge.lowerBound}`,
        met(purge.purgeCalls === purge.lowerBound),
      ],
    ]),
    ...scalingGoalRows(oneUrl, scaling),
  ];
  return [
    '## Goals',
    '',
    'A goal is met when its median is within it. Request counts are not goals but invariants: the',
    'bench fails, and writes nothing, when one is broken.',
    '',
    table(['goal', 'measured', 'met'], rows),
  ].join('\n');
}

function coldStart({
  coldStart: cold,
  parts,
  runs,
  oneUrl = [],
  oneUrlFloor = [],
  minified,
}: BenchResults): string {
  const row = (comparison: StartupComparison, bytes?: number) => [
    comparison.label,
    bytes === undefined ? '' : formatBytes(bytes),
    formatSpread(comparison.subject),
    formatSpread(comparison.overNode),
    formatRatio(comparison.ratio.median),
  ];
  return [
    '## 1. Cold start',
    '',
    `\`node dist/index.js\` with no inputs (it fails at once on the missing \`provider\`, as a`,
    `misconfigured step would) against \`node -e 0\`: ${runs.coldStartPairs} pairs after ${runs.warmups} warm-up pairs, the two`,
    'alternating (order flipped every pair). The ratio is taken per pair, then its median.',
    '',
    table(
      ['', 'median (p10, p90)'],
      [
        ['node -e 0', formatSpread(cold.reference)],
        ['node dist/index.js', formatSpread(cold.subject)],
        ['difference per pair', formatSpread(cold.overNode)],
        [
          'ratio per pair',
          `${formatRatio(cold.ratio.median)} (p10 ${formatRatio(cold.ratio.p10)}, p90 ${formatRatio(cold.ratio.p90)})`,
        ],
      ],
    ),
    '',
    '### What start-up is made of',
    '',
    'Tiny entries bundled with ncc into a temporary directory as the action is (scripts/ncc.ts:',
    'CommonJS, one file, undici replaced by `shims/undici-unbundled.cjs`), each started against',
    `\`node -e 0\` in alternating pairs (${runs.partPairs} pairs after ${runs.warmups} warm-ups). "over node" is the per-pair`,
    'difference: what that entry costs before any code of the action runs. The ESM rows are what ncc',
    'emits by default for this `"type": "module"` package: their difference to the CommonJS rows is',
    'what Node\'s ESM loader costs. "real undici" rows bundle undici as the package would without the',
    'stand-in. The bundle column shows what rides along.',
    '',
    table(
      ['entry', 'bundle', 'start (median, p10, p90)', 'over node (median, p10, p90)', '× node'],
      [...parts.map((part) => row(part, part.bundleBytes)), row(cold)],
      ['left', 'right', 'left', 'left', 'right'],
    ),
    ...(oneUrl.length
      ? ['', startPathSection(cold, oneUrl, { floor: oneUrlFloor, minified })]
      : []),
  ].join('\n');
}

function bundle(files: BundleFile[]): string {
  const [main, ...chunks] = files;
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const contributors = (file: BundleFile, top: number) =>
    table(
      ['package', 'bytes', 'share'],
      file.contributors
        .slice(0, top)
        .map(([name, bytes]) => [
          name,
          formatBytes(bytes),
          `${((100 * bytes) / file.bytes).toFixed(1)} %`,
        ]),
      ['left', 'right', 'right'],
    );
  return [
    '## 2. Bundle',
    '',
    table(
      ['file', 'size', 'loaded'],
      [
        [`dist/${main!.name}`, formatBytes(main!.bytes), 'at start'],
        ...chunks.map((chunk) => [
          `dist/${chunk.name}`,
          formatBytes(chunk.bytes),
          'on demand (after the inputs parse, or when first needed)',
        ]),
        ['total', formatBytes(total), ''],
      ],
      ['left', 'right', 'left'],
    ),
    '',
    'Contributors: every byte of the file is attributed, through its source map (`mappings`), to the',
    'source it was generated from, and summed per package; bytes with no mapping are webpack glue.',
    'The rows add up to the file size.',
    '',
    `### dist/${main!.name}`,
    '',
    contributors(main!, 12),
    ...chunks.flatMap((chunk) => ['', `### dist/${chunk.name}`, '', contributors(chunk, 5)]),
  ].join('\n');
}

function largePurges({ large, paced, runs }: BenchResults): string {
  const first = large[0];
  const sections = [
    '## 3. Large purge',
    '',
    `${formatCount(first?.urls ?? 0)} URLs per provider through \`urls-file\`, \`node dist/index.js\` as the runner runs it,`,
    `pacing off (\`CDNKIT_PACING_SCALE=0.000001\`, the emulator at the same scale); ${runs.large} runs each, every`,
    'run with its own emulator. Requests: purge calls the emulator received, the `requests-count`',
    'output, and the lower bound ceil(URLs / per-call limit); "all requests" adds lookups, login and',
    'status reads. Peak RSS is `process.resourceUsage().maxRSS` of the action process, written at',
    'exit by a hook `runAction({ measureRss: true })` preloads (emulator/runner.ts).',
    '',
    table(
      [
        'provider',
        'per call',
        'lower bound',
        'purge calls',
        'requests-count',
        'all requests',
        'wall time',
        'peak RSS',
      ],
      large.map((purge) => [
        purge.provider,
        formatCount(purge.perCall),
        String(purge.lowerBound),
        String(purge.purgeCalls),
        String(purge.requestsCount),
        String(purge.allRequests),
        formatSpread(purge.wall),
        formatSpread(purge.maxRss, formatMegabytes),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
    ),
    '',
    '### Pacing on: predicted against measured',
    '',
    'A case per provider large enough for its rate limits to matter, with pacing on at a scale that',
    'shrinks every window (the emulator enforcing the same shrunken windows). Predicted: `pacedDurationMs`',
    "(src/http/pacing.ts, which the action's own plan uses) over the planned calls, from the first call",
    `to the last, times the scale. Measured: the first call's arrival at the emulator to the last's. ${runs.paced} runs`,
    'each. The pacer counts a call when its answer arrives, so each full window adds one round trip.',
    '',
  ];
  if (paced.length === 0) sections.push('No provider with published rate limits ran.');
  else
    sections.push(
      table(
        [
          'provider',
          'URLs',
          'calls',
          'at real limits',
          'scale',
          'predicted',
          'measured',
          'measured − predicted',
        ],
        paced.map((run) => [
          run.provider,
          formatCount(run.urls),
          String(run.calls),
          formatLongDuration(run.predictedRealMs),
          String(run.scale),
          formatMs(run.predictedMs),
          formatSpread(run.sending),
          formatMs(run.sending.median - run.predictedMs),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'right'],
      ),
    );
  const unpaced = large.filter((purge) => !paced.some((run) => run.provider === purge.provider));
  if (unpaced.length > 0)
    sections.push(
      '',
      `Not paced (no published rate limits): ${unpaced.map((purge) => purge.provider).join(', ')}.`,
    );
  return sections.join('\n');
}

function alternative({ comparisons, runs }: BenchResults): string {
  const first = comparisons[0];
  const urls = formatCount(first?.urls ?? 0);
  return [
    '## 4. Against the usual alternative',
    '',
    `The same ${urls}-URL purge done the way it is done without cdnkit: one generic request per URL,`,
    "sequential, with Node's own `fetch`, from its own Node process (so both sides pay a process start),",
    "with the provider's plainest correct auth (Gcore `Authorization: APIKey …`; CDNetworks API-Key",
    'Basic auth over the `Date`; Medianova one login, then `Bearer`). The emulator enforces no rate',
    `limit here, for either side. ${runs.alternative} runs of each.`,
    '',
    table(
      [
        'provider',
        'cdnkit requests',
        'alternative requests',
        'requests ×',
        'cdnkit wall',
        'alternative wall',
        'wall ×',
      ],
      comparisons.map((c) => [
        c.provider,
        `${c.cdnkit.purgeCalls} purge (${c.cdnkit.allRequests} all)`,
        `${c.alternative.purgeCalls} purge (${c.alternative.allRequests} all)`,
        formatRatio(ratio(c.alternative.allRequests, c.cdnkit.allRequests)),
        formatSpread(c.cdnkit.wall),
        formatSpread(c.alternative.wall),
        formatRatio(ratio(c.alternative.wall.median, c.cdnkit.wall.median)),
      ]),
      ['left', 'left', 'left', 'right', 'left', 'left', 'right'],
    ),
    '',
    '### At the real rate limits',
    '',
    'Without an emulator the rate limits decide. From the first purge call to the last, computed with',
    '`pacedDurationMs` from the limits in `src/providers/<name>/limits.ts` (a window plus its margin).',
    'The alternative does not pace: sent faster than this, its calls are answered 429 and must be',
    'retried, so this is the least it can take.',
    '',
    table(
      ['provider', 'limit', 'cdnkit', 'alternative'],
      comparisons.map((c) =>
        c.atRealLimits
          ? [
              c.provider,
              c.limits,
              formatLongDuration(c.atRealLimits.cdnkitMs),
              formatLongDuration(c.atRealLimits.alternativeMs),
            ]
          : [c.provider, c.limits, '—', '—'],
      ),
    ),
  ].join('\n');
}

/** A few lines for the terminal. */
export function renderSummary(results: BenchResults): string {
  const { coldStart: cold } = results;
  const lines = [
    `cold start: ${formatMs(cold.subject.median)} vs node ${formatMs(cold.reference.median)} = ${formatRatio(cold.ratio.median)} (goal ≤ ${formatRatio(GOALS.coldStartRatio)}: ${cold.ratio.median <= GOALS.coldStartRatio ? 'met' : 'NOT met'})`,
    `bundle: dist/index.js ${formatBytes(results.bundle[0]!.bytes)}, largest part ${results.bundle[0]!.contributors[0]![0]} ${formatBytes(results.bundle[0]!.contributors[0]![1])}`,
    ...results.large.map(
      (purge) =>
        `${purge.provider}: ${formatCount(purge.urls)} URLs in ${purge.purgeCalls} calls (= lower bound), ${formatMs(purge.wall.median)}, peak RSS ${formatMegabytes(purge.maxRss.median)}`,
    ),
    ...results.paced.map(
      (run) =>
        `${run.provider} paced: predicted ${formatMs(run.predictedMs)}, measured ${formatMs(run.sending.median)}`,
    ),
    ...results.comparisons.map(
      (c) =>
        `${c.provider} vs one request per URL: ${formatRatio(ratio(c.alternative.allRequests, c.cdnkit.allRequests))} the requests, ${formatRatio(ratio(c.alternative.wall.median, c.cdnkit.wall.median))} the wall time${c.atRealLimits ? `; at real limits ${formatLongDuration(c.atRealLimits.alternativeMs)} vs ${formatLongDuration(c.atRealLimits.cdnkitMs)}` : ''}`,
    ),
  ];
  if (results.planner) lines.push(...plannerSummary(results.planner));
  lines.push(
    ...scalingSummary(results.oneUrl ?? [], results.scaling ?? [], results.oneUrlFloor ?? []),
  );
  if (results.certificates) lines.push(...certificateSummary(results.certificates.bench));
  if (results.skipped.length)
    lines.push(`skipped (not in src/providers yet): ${results.skipped.join(', ')}`);
  return lines.join('\n');
}
