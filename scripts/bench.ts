/**
 * `npm run bench`: cold start (and a one-URL purge), bundle, large purges,
 * cdnkit against the usual one-request-per-URL purge, and cdnkit against a
 * minimal floor client from 1,000 to 200,000 URLs (`-- --sizes=1000,10000`
 * for a quicker run), measured on this machine. The report goes to stdout,
 * with a short summary; `npm run bench -- --write` also replaces BENCHMARKS.md
 * with it, so a plain run leaves the work tree clean. Exits non-zero, writing
 * nothing, when an invariant breaks (a purge taking more requests than its
 * lower bound, a run failing that should succeed). Timing goals are reported,
 * not asserted: timings depend on the machine.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../emulator/runner.js';
import { type Comparison, compareWithAlternative } from './bench/alternative.js';
import { measureBundle } from './bench/bundle.js';
import { benchCertificateStart } from './bench/certificate-start.js';
import { actionFailingFast, compareWithNode, minifiedFailingFast } from './bench/cold-start.js';
import { describeMachine } from './bench/machine.js';
import { floorAction, type OneUrlPurge, oneUrlPurge } from './bench/one-url.js';
import { type BenchOptions, benchOptions } from './bench/options.js';
import { benchPlanner } from './bench/planner.js';
import { measureCollapse } from './bench/planner-measured.js';
import { availableProviders } from './bench/providers.js';
import { type LargePurge, largePurge, type PacedPurge, pacedPurge } from './bench/purge.js';
import { type BenchResults, renderReport, renderSummary } from './bench/report.js';
import { measureScaling, type ScalingRow } from './bench/scaling.js';
import { BenchFailure, Scratch } from './bench/scratch.js';
import { measureStartupParts } from './bench/startup-parts.js';

const RUNS = { coldStartPairs: 30, partPairs: 30, warmups: 3, large: 5, paced: 3, alternative: 3 };
/** pairs per operation in the certificate cold-start section (each run is a whole action) */
const CERTIFICATE_PAIRS = 15;
const LARGE_PURGE_URLS = 10_000;
/** Pairs of a one-URL purge and node -e 0, per provider. */
const ONE_URL_PAIRS = 20;
const ALTERNATIVE_URLS = 1_000;

const log = (line: string) => console.log(`bench: ${line}`);

async function bench(scratch: Scratch, options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const machine = describeMachine(ROOT);
  const { providers, skipped } = availableProviders(ROOT);
  for (const name of skipped) log(`skipping ${name}: src/providers/${name} does not exist yet`);
  log(
    `machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.toFixed(2)}; commit ${machine.commit}`,
  );

  log(`cold start: ${RUNS.coldStartPairs} pairs against node -e 0`);
  const coldStart = compareWithNode(actionFailingFast(ROOT, scratch), {
    pairs: RUNS.coldStartPairs,
    warmups: RUNS.warmups,
  });
  log('cold start of the entry minified by ncc (measured, not shipped)');
  const minified = compareWithNode(await minifiedFailingFast(ROOT, scratch), {
    pairs: RUNS.coldStartPairs,
    warmups: RUNS.warmups,
  });
  log('start-up parts: bundling tiny entries with ncc, then timing each against node -e 0');
  const parts = await measureStartupParts(ROOT, scratch, {
    pairs: RUNS.partPairs,
    warmups: RUNS.warmups,
  });
  const bundle = measureBundle(join(ROOT, 'dist'));
  const gcore = providers.find((provider) => provider.name === 'gcore');
  if (gcore) log(`certificate operations: ${CERTIFICATE_PAIRS} pairs each, next to a purge`);
  const certificates = gcore
    ? {
        bench: await benchCertificateStart(ROOT, scratch, gcore, {
          pairs: CERTIFICATE_PAIRS,
          warmups: RUNS.warmups,
        }),
        pairs: CERTIFICATE_PAIRS,
      }
    : undefined;

  const oneUrl: OneUrlPurge[] = [];
  const oneUrlFloor: OneUrlPurge[] = [];
  const floor = await floorAction(ROOT, scratch);
  for (const provider of providers) {
    const runs = { pairs: ONE_URL_PAIRS, warmups: RUNS.warmups };
    log(`${provider.name}: one-URL purge, ${ONE_URL_PAIRS} pairs against node -e 0`);
    oneUrl.push(await oneUrlPurge(scratch, provider, runs));
    log(`${provider.name}: the floor action's one-URL purge, ${ONE_URL_PAIRS} pairs`);
    oneUrlFloor.push(await oneUrlPurge(scratch, provider, runs, floor));
  }

  const large: LargePurge[] = [];
  const paced: PacedPurge[] = [];
  const comparisons: Comparison[] = [];
  for (const provider of providers) {
    log(`${provider.name}: ${LARGE_PURGE_URLS} URLs with pacing off, ${RUNS.large} runs`);
    large.push(await largePurge(scratch, provider, { urls: LARGE_PURGE_URLS, runs: RUNS.large }));
    if (provider.paced)
      log(
        `${provider.name}: ${provider.paced.urls} URLs with pacing on at scale ${provider.paced.scale}`,
      );
    const pacedRun = await pacedPurge(scratch, provider, RUNS.paced);
    if (pacedRun) paced.push(pacedRun);
    log(`${provider.name}: ${ALTERNATIVE_URLS} URLs, cdnkit against one request per URL`);
    comparisons.push(
      await compareWithAlternative(scratch, provider, {
        urls: ALTERNATIVE_URLS,
        runs: RUNS.alternative,
      }),
    );
  }
  log('planner: synthetic deploys planned at real limits, per provider');
  const planner = benchPlanner(log);
  const scaling: ScalingRow[] = [];
  for (const provider of providers) {
    for (const size of options.scaling) {
      log(`${provider.name}: ${size.urls} URLs against the floor client, ${size.pairs} pairs`);
      scaling.push(await measureScaling(scratch, provider, size));
    }
  }
  log('planner: a collapsed gcore purge through the action, against the emulator clock');
  planner.measured = await measureCollapse(scratch);
  return {
    date: new Date(),
    machine,
    providers: providers.map((provider) => provider.name),
    skipped,
    runs: RUNS,
    coldStart,
    minified,
    parts,
    bundle,
    large,
    paced,
    comparisons,
    planner,
    oneUrl,
    oneUrlFloor,
    scaling,
    certificates,
    benchMs: performance.now() - started,
  };
}

let options: BenchOptions;
try {
  options = benchOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const scratch = new Scratch();
// Ctrl-C or a kill: the emulator dies with this process; the temporary files must go too
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    scratch.dispose();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
try {
  const results = await bench(scratch, options);
  const report = `${renderReport(results)}\n`;
  console.log(`\n${report}\n${renderSummary(results)}\n`);
  if (options.write) {
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), report);
    console.log('written to BENCHMARKS.md');
  } else {
    console.log('BENCHMARKS.md left as it was: npm run bench -- --write replaces it');
  }
} catch (error) {
  const broken = error instanceof BenchFailure;
  console.error(
    `\nbench FAILED${broken ? ' (broken invariant)' : ''}: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (!broken && error instanceof Error && error.stack) console.error(error.stack);
  if (options.write) console.error('BENCHMARKS.md was not written.');
  process.exitCode = 1;
} finally {
  scratch.dispose();
}
