/**
 * Purges at the providers' real limits: for synthetic deploys, the exact plan
 * against the collapse planner's (src/planner), per provider: predicted wall
 * time, requests, extra objects purged, and the planner's own CPU time.
 * Pure computation: no emulator, no network. Every plan is checked here,
 * independently of the planner: all changed URLs covered, extra objects
 * recounted from the site, the plan within its budget.
 */
import { cpuUsage } from 'node:process';
import { type PurgePlan, planCollapse } from '../../src/planner/collapse.js';
import { cdnetworksPurgeModel } from '../../src/providers/cdnetworks/time-model.js';
import { gcorePurgeModel } from '../../src/providers/gcore/time-model.js';
import { medianovaPurgeModel } from '../../src/providers/medianova/time-model.js';
import { type PurgeTimeModel, totalRequests as total } from '../../src/providers/time-model.js';
import type { MeasuredCollapse } from './planner-measured.js';
import { check } from './scratch.js';
import { type ChangeShape, changedFiles, type SyntheticSite, syntheticSite } from './site-tree.js';
import { type Spread, spread } from './stats.js';

export const PLANNER_SETUP = {
  siteFiles: 50_000,
  changedCounts: [100, 1_000, 10_000],
  shapes: ['clustered', 'scattered'] as ChangeShape[],
  maxDurationSeconds: 120,
  /** the CPU-time cases: 100,000 URLs into the planner */
  cpuSiteFiles: 100_000,
  cpuRuns: 7,
  cpuWarmups: 2,
  scenarioRuns: 3,
} as const;

export const PLANNER_GOALS = {
  /** 10,000 changed files of 50,000, clustered: Gcore done within this, at real limits */
  gcoreMs: 120_000,
  extraShare: 0.1,
  plannerCpuMs: 200,
} as const;

const HOST = 'https://cdn.example.com';

interface Provider {
  name: string;
  model: PurgeTimeModel;
  /** CDNetworks purges full URLs; Gcore and Medianova take paths */
  origin: string;
}

const PROVIDERS: Provider[] = [
  { name: 'gcore', model: gcorePurgeModel('123'), origin: '' },
  { name: 'cdnetworks', model: cdnetworksPurgeModel('bench', 'default'), origin: HOST },
  { name: 'medianova', model: medianovaPurgeModel('bench'), origin: '' },
];

export interface PlannedScenario {
  provider: string;
  changed: number;
  shape: ChangeShape;
  siteFiles: number;
  exact: { requests: number; predictedMs: number; fits: boolean; over: string[] };
  planned: {
    mode: PurgePlan['mode'];
    fits: boolean;
    urls: number;
    prefixes: number;
    requests: number;
    predictedMs: number;
    extra: number;
  };
  /** the same deploy planned without the site's URLs (depth heuristic), its extra recounted */
  blindExtra: number;
  cpu: Spread;
}

export interface PlannerCpu {
  provider: string;
  case: string;
  urls: number;
  cpu: Spread;
}

export interface PlannerBench {
  scenarios: PlannedScenario[];
  cpu: PlannerCpu[];
  /** a collapsed purge through the action against the emulator's clock (planner-measured.ts) */
  measured?: MeasuredCollapse;
}

export function benchPlanner(log: (line: string) => void): PlannerBench {
  const scenarios: PlannedScenario[] = [];
  for (const provider of PROVIDERS) {
    const site = syntheticSite(PLANNER_SETUP.siteFiles, provider.origin, 1);
    for (const shape of PLANNER_SETUP.shapes) {
      for (const count of PLANNER_SETUP.changedCounts) {
        log(`planner: ${provider.name}, ${count} of ${site.urls.length} files changed, ${shape}`);
        scenarios.push(scenario(provider, site, count, shape));
      }
    }
  }
  return { scenarios, cpu: PROVIDERS.flatMap(cpuCases) };
}

function scenario(
  provider: Provider,
  site: SyntheticSite,
  count: number,
  shape: ChangeShape,
): PlannedScenario {
  const changed = changedFiles(site, count, shape, count);
  const input = {
    changed,
    model: provider.model,
    maxDurationSeconds: PLANNER_SETUP.maxDurationSeconds,
    collapse: 'auto' as const,
  };
  const plan = planCollapse({ ...input, siteUrls: site.urls });
  const what = `${provider.name}, ${count} ${shape}`;
  const extra = verify(plan, changed, site.urls, what);
  check(
    plan.extraObjects === extra,
    `${what}: the plan reports ${plan.extraObjects} extra objects, recounted ${extra}`,
  );
  const blind = planCollapse(input);
  const blindExtra = verify(blind, changed, site.urls, `${what} without the site`);
  const cpu = cpuTimes(
    () => planCollapse({ ...input, siteUrls: site.urls }),
    PLANNER_SETUP.scenarioRuns,
    1,
  );
  return {
    provider: provider.name,
    changed: count,
    shape,
    siteFiles: site.urls.length,
    exact: {
      requests: total(plan.exact.requests),
      predictedMs: plan.exact.predictedMs,
      fits: plan.exact.shortfall.length === 0,
      over: plan.exact.shortfall.map((each) => each.limit),
    },
    planned: {
      mode: plan.mode,
      fits: plan.fits,
      urls: plan.urls.length,
      prefixes: plan.prefixes.length,
      requests: total(plan.requests),
      predictedMs: plan.predictedMs,
      extra,
    },
    blindExtra,
    cpu,
  };
}

/**
 * Checks a plan against the deploy without trusting the planner: every changed
 * URL purged, the plan fitting whenever it collapsed. Returns the extra objects,
 * counted from the site's URLs.
 */
function verify(plan: PurgePlan, changed: string[], site: readonly string[], what: string): number {
  const directories = new Set(plan.prefixes.map((prefix) => prefix.directory));
  const underPrefix = (url: string) => {
    for (let slash = url.indexOf('/'); slash >= 0; slash = url.indexOf('/', slash + 1))
      if (directories.has(url.slice(0, slash + 1))) return true;
    return false;
  };
  const exact = new Set(plan.urls);
  const missed = changed.filter((url) => !exact.has(url) && !underPrefix(url));
  check(
    missed.length === 0,
    `${what}: ${missed.length} changed URLs not purged, e.g. ${missed[0]}`,
  );
  check(plan.mode === 'exact' || plan.fits, `${what}: a collapsed plan that does not fit`);
  const changedSet = new Set(changed);
  return site.filter((url) => !changedSet.has(url) && underPrefix(url)).length;
}

/** 100,000 URLs into the planner: a 100,000-file site with 10 % changed, and 100,000 changed alone. */
function cpuCases(provider: Provider): PlannerCpu[] {
  const site = syntheticSite(PLANNER_SETUP.cpuSiteFiles, provider.origin, 7);
  const cases: { name: string; changed: string[]; siteUrls?: readonly string[] }[] = [
    {
      name: `site of ${site.urls.length.toLocaleString('en-US')}, 10 % changed, scattered`,
      changed: changedFiles(site, site.urls.length / 10, 'scattered', 8),
      siteUrls: site.urls,
    },
    {
      name: `site of ${site.urls.length.toLocaleString('en-US')}, 10 % changed, clustered`,
      changed: changedFiles(site, site.urls.length / 10, 'clustered', 9),
      siteUrls: site.urls,
    },
    { name: 'all 100,000 changed, site unknown', changed: [...site.urls] },
  ];
  return cases.map((each) => ({
    provider: provider.name,
    case: each.name,
    urls: each.changed.length + (each.siteUrls?.length ?? 0),
    cpu: cpuTimes(
      () =>
        planCollapse({
          changed: each.changed,
          siteUrls: each.siteUrls,
          model: provider.model,
          maxDurationSeconds: PLANNER_SETUP.maxDurationSeconds,
          collapse: 'auto',
        }),
      PLANNER_SETUP.cpuRuns,
      PLANNER_SETUP.cpuWarmups,
    ),
  }));
}

/** CPU milliseconds (user + system) of `runs` calls after `warmups`. */
function cpuTimes(run: () => unknown, runs: number, warmups: number): Spread {
  for (let i = 0; i < warmups; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = cpuUsage();
    run();
    const used = cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return spread(samples);
}
