/**
 * The collapse planner's predicted duration against the emulator's clock: a
 * deploy of a synthetic site written to disk, purged through dist/index.js
 * (changed-files + url-map over the workspace) with every window scaled down,
 * the emulator enforcing Gcore's windows at the same scale. Predicted: the
 * plan's `predictedMs` (result output) times the scale. Measured: the first
 * purge call's arrival at the emulator to the last's.
 */
import { join } from 'node:path';
import { runAction } from '../../emulator/runner.js';
import { withEmulator } from './emulated.js';
import { providerNamed } from './providers.js';
import { check, type Scratch } from './scratch.js';
import { changedFiles, syntheticSite } from './site-tree.js';
import { type Spread, spread } from './stats.js';

export const MEASURED_SETUP = {
  provider: 'gcore',
  siteFiles: 5_000,
  /** as a changed-files list: an input (one environment variable) must hold it */
  changed: 1_500,
  shape: 'clustered',
  /** Gcore's 61 s window becomes 1.22 s */
  scale: 0.02,
  runs: 3,
} as const;

export interface MeasuredCollapse {
  provider: string;
  siteFiles: number;
  changed: number;
  scale: number;
  /** the plan of the first run (every run plans the same deploy) */
  plan: { urls: number; prefixes: number; requests: number; extra: number };
  exactMs: number;
  /** first request to last at the real limits, as the plan predicts */
  predictedRealMs: number;
  /** the same, times the scale */
  predictedMs: number;
  measured: Spread;
}

interface PurgePlanJson {
  mode: string;
  predictedMs: number;
  requests: number;
  exactUrls: number;
  prefixes: { prefix: string }[];
  extraObjects: number | null;
  exact: { predictedMs: number };
}

export async function measureCollapse(scratch: Scratch): Promise<MeasuredCollapse> {
  const { siteFiles, changed: count, shape, scale, runs } = MEASURED_SETUP;
  const provider = providerNamed(MEASURED_SETUP.provider);
  const site = syntheticSite(siteFiles, '', 11);
  const workspace = scratch.dir('planner-site');
  for (const path of site.urls) scratch.file(join('planner-site', 'public', path), path);
  const changed = changedFiles(site, count, shape, 12);
  const results: { plan: PurgePlanJson; measuredMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(
      await withEmulator(provider, scale, async (providers) => {
        const run = await runAction({
          inputs: {
            ...provider.inputs(providers),
            'changed-files': changed.map((path) => `public${path}`).join('\n'),
            'url-map': 'public/** => https://cdn.example.com/{path}',
          },
          env: { CDNKIT_PACING_SCALE: String(scale), GITHUB_WORKSPACE: workspace },
          timeoutMs: 120_000,
        });
        const what = `planner: measured ${provider.name} collapse`;
        check(
          run.exitCode === 0,
          `${what} exited ${run.exitCode}:\n${run.stdout.slice(-2000)}${run.stderr.slice(-1000)}`,
        );
        const plan = (JSON.parse(run.outputs.result ?? '{}') as { purgePlan?: PurgePlanJson })
          .purgePlan;
        check(plan?.mode === 'collapsed', `${what}: the plan is ${plan?.mode}, not collapsed`);
        const calls = providers.emulator.requests.filter(provider.isPurgeCall);
        const refused = calls.filter((call) => call.status < 200 || call.status >= 300);
        check(refused.length === 0, `${what}: ${refused.length} purge calls were refused`);
        check(
          calls.length === plan.requests,
          `${what}: ${calls.length} purge calls, the plan has ${plan.requests}`,
        );
        checkCovered(
          changed,
          site.urls,
          calls.map((call) => call.json as { urls?: string[]; paths?: string[] }),
          plan.extraObjects,
          what,
        );
        return { plan, measuredMs: calls.at(-1)!.at - calls[0]!.at };
      }),
    );
  }
  const { plan } = results[0]!;
  return {
    provider: provider.name,
    siteFiles,
    changed: count,
    scale,
    plan: {
      urls: plan.exactUrls,
      prefixes: plan.prefixes.length,
      requests: plan.requests,
      extra: plan.extraObjects ?? Number.NaN,
    },
    exactMs: plan.exact.predictedMs,
    predictedRealMs: plan.predictedMs,
    predictedMs: plan.predictedMs * scale,
    measured: spread(results.map((result) => result.measuredMs)),
  };
}

/** Every changed path purged exactly or under a pattern; the extra objects as the action reports them. */
function checkCovered(
  changed: readonly string[],
  site: readonly string[],
  bodies: readonly { urls?: string[]; paths?: string[] }[],
  reported: number | null,
  what: string,
): void {
  const exact = new Set(bodies.flatMap((body) => body.urls ?? []));
  const directories = bodies.flatMap((body) => body.paths ?? []).map((path) => path.slice(0, -1));
  const under = (path: string) => directories.some((directory) => path.startsWith(directory));
  const missed = changed.filter((path) => !exact.has(path) && !under(path));
  check(
    missed.length === 0,
    `${what}: ${missed.length} changed paths not purged, e.g. ${missed[0]}`,
  );
  const changedSet = new Set(changed);
  const extra = site.filter((path) => !changedSet.has(path) && under(path)).length;
  check(reported === extra, `${what}: ${reported} extra objects reported, ${extra} recounted`);
}
