/**
 * The smallest useful run: `node dist/index.js` purging one URL, against Node
 * doing nothing, in alternating pairs. Next to the fail-fast start it shows
 * what a real run adds: the lazily loaded operation and provider, the first
 * requests, the outputs and the summary. The emulator answers from this
 * process, so both sides are started asynchronously and timed alike.
 *
 * The same run of the floor action (scripts/bench/floor-action.ts, bundled as
 * the action is) says how much of that any action on `@actions/core` pays.
 */
import { join } from 'node:path';
import { runAction } from '../../emulator/runner.js';
import { type StartupComparison, startupComparison } from './cold-start.js';
import { withEmulator } from './emulated.js';
import { bundleInChild } from './ncc-child.js';
import { type PairedSamples, runNode } from './node-timing.js';
import { BENCH_HOST, type BenchProvider } from './providers.js';
import { PACING_OFF } from './purge.js';
import { check, type Scratch } from './scratch.js';

export interface OneUrlPurge extends StartupComparison {
  provider: string;
}

/** What runs the purge: `dist/index.js` unless given, and the label of its rows. */
export interface OneUrlSubject {
  entry?: string;
  label: (provider: string) => string;
}

const ACTION: OneUrlSubject = {
  label: (provider) => `node dist/index.js (purge of one URL, ${provider})`,
};

/** The floor action, bundled with ncc from the checkout (its tsconfig.json aliases undici). */
export async function floorAction(root: string, scratch: Scratch): Promise<OneUrlSubject> {
  const label = 'floor action';
  const entry = await bundleInChild(
    root,
    {
      entry: join(root, 'scripts', 'bench', 'floor-action.ts'),
      out: scratch.dir('floor-action'),
      root,
      cache: false,
    },
    root,
    label,
  );
  return {
    entry,
    label: (provider) => `${label}: @actions/core and the purge call alone (${provider})`,
  };
}

/** `pairs` pairs (after `warmups`) of node -e 0 and a one-URL purge, order flipped every pair. */
export async function oneUrlPurge(
  scratch: Scratch,
  provider: BenchProvider,
  { pairs, warmups }: { pairs: number; warmups: number },
  subject: OneUrlSubject = ACTION,
): Promise<OneUrlPurge> {
  return withEmulator(provider, 0, async (providers) => {
    const nodeAlone = async () => {
      const started = performance.now();
      const { code } = await runNode(['-e', '0']);
      const ms = performance.now() - started;
      check(code === 0, `node -e 0 exited ${code}`);
      return ms;
    };
    let run = 0;
    const purge = async () => {
      // a URL of its own each run: CDNetworks refuses a signature seen within 5 minutes, and
      // runs of one second sign the same body with the same timestamp
      run++;
      const file = scratch.file(
        `one-url/${run}.txt`,
        `https://${BENCH_HOST}/bench/one/${run}.js\n`,
      );
      const before = providers.emulator.requests.filter(provider.isPurgeCall).length;
      const action = await runAction({
        entry: subject.entry,
        inputs: { ...provider.inputs(providers), 'urls-file': file },
        env: { CDNKIT_PACING_SCALE: String(PACING_OFF) },
      });
      const calls = providers.emulator.requests.filter(provider.isPurgeCall).length - before;
      check(
        action.exitCode === 0 && calls === 1,
        `${provider.name}: a one-URL purge exited ${action.exitCode} after ${calls} purge calls:\n${action.stdout.slice(-1000)}`,
      );
      return action.durationMs;
    };
    const samples: PairedSamples = { reference: [], subject: [] };
    for (let i = 0; i < warmups + pairs; i++) {
      const [reference, subject] =
        i % 2 === 0
          ? [await nodeAlone(), await purge()]
          : await purge().then(async (ms) => [await nodeAlone(), ms]);
      if (i < warmups) continue;
      samples.reference.push(reference!);
      samples.subject.push(subject!);
    }
    return {
      ...startupComparison(subject.label(provider.name), samples),
      provider: provider.name,
    };
  });
}
