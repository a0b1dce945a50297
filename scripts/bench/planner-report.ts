/** The "at real limits" section of BENCHMARKS.md and its summary lines: pure, unit-tested. */
import { formatCount, formatLongDuration, formatMs, formatSpread, table } from './markdown.js';
import {
  PLANNER_GOALS,
  PLANNER_SETUP,
  type PlannedScenario,
  type PlannerBench,
} from './planner.js';
import { MEASURED_SETUP, type MeasuredCollapse } from './planner-measured.js';

const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

/** The goals of issue 15, each with what was measured. */
export function plannerGoals(bench: PlannerBench): Goal[] {
  const big = (provider: string) =>
    bench.scenarios.find(
      (each) =>
        each.provider === provider &&
        each.shape === 'clustered' &&
        each.changed === Math.max(...PLANNER_SETUP.changedCounts),
    );
  const goals: Goal[] = [];
  const gcore = big('gcore');
  if (gcore)
    goals.push({
      goal: `gcore: ${formatCount(gcore.changed)} clustered changed files of ${formatCount(gcore.siteFiles)} in ≤ ${formatLongDuration(PLANNER_GOALS.gcoreMs)} at real limits`,
      measured: `${formatLongDuration(gcore.planned.predictedMs)} (exact: ${formatLongDuration(gcore.exact.predictedMs)})`,
      met: gcore.planned.fits && gcore.planned.predictedMs <= PLANNER_GOALS.gcoreMs,
    });
  const cdnetworks = big('cdnetworks');
  if (cdnetworks)
    goals.push({
      goal: `cdnetworks: ${formatCount(cdnetworks.changed)} clustered changed files within the default daily quota (5,000 URLs, 500 dirs)`,
      measured: `${formatCount(cdnetworks.planned.urls)} URLs, ${formatCount(cdnetworks.planned.prefixes)} dirs`,
      met:
        cdnetworks.planned.fits &&
        cdnetworks.planned.urls <= 5000 &&
        cdnetworks.planned.prefixes <= 500,
    });
  for (const provider of ['gcore', 'cdnetworks', 'medianova']) {
    const scenario = big(provider);
    if (!scenario) continue;
    goals.push({
      goal: `${provider}: extra objects ≤ ${share(PLANNER_GOALS.extraShare, 1)} of the site (${formatCount(scenario.changed)} clustered)`,
      measured: `${formatCount(scenario.planned.extra)} = ${share(scenario.planned.extra, scenario.siteFiles)}`,
      met: scenario.planned.extra <= PLANNER_GOALS.extraShare * scenario.siteFiles,
    });
  }
  if (bench.cpu.length > 0) {
    const slowest = bench.cpu.reduce((a, b) => (b.cpu.median > a.cpu.median ? b : a));
    goals.push({
      goal: `planner ≤ ${formatMs(PLANNER_GOALS.plannerCpuMs)} CPU for 100,000 URLs (slowest case)`,
      measured: `${formatSpread(slowest.cpu)}: ${slowest.provider}, ${slowest.case}`,
      met: slowest.cpu.median <= PLANNER_GOALS.plannerCpuMs,
    });
  }
  return goals;
}

export function plannerSection(bench: PlannerBench): string {
  return [
    '## 5. At real limits: the collapse planner',
    '',
    `A synthetic static site of ${formatCount(PLANNER_SETUP.siteFiles)} files (20 sections × 10 topics × leaf directories of`,
    '5 to 45 files, an index page at every level) and deploys of it: **clustered** (4 runs of consecutive leaf',
    'directories, 90 % of their files changed, plus 1 % of the changes anywhere: index pages, sitemaps) and',
    '**scattered** (changed files drawn uniformly from the whole site). Seeded: every run plans the same deploys.',
    `Budget: \`max-duration\` ${PLANNER_SETUP.maxDurationSeconds} s, and CDNetworks' default daily quota (5,000 URLs, 500 dirs).`,
    '',
    "Times are predicted at the providers' real limits by the time model (`src/providers/<name>/time-model.ts`),",
    "from the first request to the last, with requests under separate windows interleaved; Medianova's",
    'limit is unpublished and assumed (10 jobs a minute). **Extra** counts the objects of the site a plan',
    "purges that did not change, from the site's URLs; **without the site** is the plan made without them",
    '(deepest directories preferred, extra unknown to the planner), its extra counted afterwards. The bench',
    'checks every plan itself, and fails on a broken one: every changed URL purged, extra recounted, a',
    'collapsed plan within its budget. CPU: `process.cpuUsage()` of one `planCollapse` call, tree building',
    `included, median of ${PLANNER_SETUP.scenarioRuns} runs after a warm-up.`,
    '',
    '### Goals',
    '',
    table(
      ['goal', 'measured', 'met'],
      plannerGoals(bench).map((goal) => [goal.goal, goal.measured, met(goal.met)]),
    ),
    '',
    '### Exact against planned',
    '',
    table(
      [
        'provider',
        'changed',
        'shape',
        'exact: requests',
        'exact: time',
        'planned',
        'requests',
        'time',
        'extra (share of site)',
        'without the site',
        'planner CPU',
      ],
      bench.scenarios.map(scenarioRow),
      [
        'left',
        'right',
        'left',
        'right',
        'left',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
      ],
    ),
    '',
    '### Planner CPU time at 100,000 URLs',
    '',
    `\`planCollapse\` on a ${formatCount(PLANNER_SETUP.cpuSiteFiles)}-file site: ${PLANNER_SETUP.cpuRuns} runs after ${PLANNER_SETUP.cpuWarmups} warm-ups. "URLs in" counts the`,
    "changed URLs and the site's URLs the planner reads.",
    '',
    table(
      ['provider', 'case', 'URLs in', 'CPU (median, p10, p90)'],
      bench.cpu.map((each) => [
        each.provider,
        each.case,
        formatCount(each.urls),
        formatSpread(each.cpu),
      ]),
      ['left', 'left', 'right', 'left'],
    ),
    ...(bench.measured ? ['', ...measuredSection(bench.measured)] : []),
  ].join('\n');
}

function measuredSection(run: MeasuredCollapse): string[] {
  return [
    "### Predicted against the emulator's clock",
    '',
    `A ${MEASURED_SETUP.shape} deploy of ${formatCount(run.changed)} files of a ${formatCount(run.siteFiles)}-file site written to disk, purged on ${run.provider}`,
    'through `dist/index.js` with `changed-files` + `url-map` over the workspace and every window scaled',
    `by ${run.scale} (the emulator enforcing the same windows). Predicted: the plan's \`predictedMs\` from the`,
    "`result` output, times the scale. Measured: the first purge call's arrival at the emulator to the",
    `last's, ${run.measured.n} runs. The pacer counts a call when its answer arrives, so each window waited adds one`,
    'round trip. The bench checks every changed path was purged and recounts the extra objects.',
    '',
    table(
      [
        'provider',
        'plan',
        'requests',
        'extra',
        'exact at real limits',
        'planned at real limits',
        'scale',
        'predicted',
        'measured',
        'measured − predicted',
      ],
      [
        [
          run.provider,
          `${formatCount(run.plan.urls)} URLs + ${formatCount(run.plan.prefixes)} patterns`,
          formatCount(run.plan.requests),
          formatCount(run.plan.extra),
          formatLongDuration(run.exactMs),
          formatLongDuration(run.predictedRealMs),
          String(run.scale),
          formatMs(run.predictedMs),
          formatSpread(run.measured),
          formatMs(run.measured.median - run.predictedMs),
        ],
      ],
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right'],
    ),
  ];
}

function scenarioRow(scenario: PlannedScenario): string[] {
  const { exact, planned } = scenario;
  const over = exact.over.filter((limit) => limit !== 'max-duration');
  return [
    scenario.provider,
    formatCount(scenario.changed),
    scenario.shape,
    formatCount(exact.requests),
    `${formatLongDuration(exact.predictedMs)}${over.length > 0 ? ` (over ${over.join(', ')})` : ''}`,
    planned.mode === 'exact'
      ? 'exact'
      : `${formatCount(planned.urls)} URLs + ${formatCount(planned.prefixes)} prefix${planned.prefixes === 1 ? '' : 'es'}`,
    formatCount(planned.requests),
    formatLongDuration(planned.predictedMs),
    `${formatCount(planned.extra)} (${share(planned.extra, scenario.siteFiles)})`,
    planned.mode === 'exact' ? '—' : share(scenario.blindExtra, scenario.siteFiles),
    formatMs(scenario.cpu.median),
  ];
}

/** Lines for the terminal summary. */
export function plannerSummary(bench: PlannerBench): string[] {
  const lines = plannerGoals(bench).map(
    (goal) => `planner: ${goal.goal}: ${goal.measured} (${goal.met ? 'met' : 'NOT met'})`,
  );
  const { measured } = bench;
  if (measured)
    lines.push(
      `planner: ${measured.provider} collapse through the action, predicted ${formatMs(measured.predictedMs)}, measured ${formatSpread(measured.measured)}`,
    );
  return lines;
}
