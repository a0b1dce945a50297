/**
 * The smallest useful run: `node dist/index.js` purging one URL, against Node
 * doing nothing, in alternating pairs. Next to the fail-fast start it shows
 * what a real run adds: the lazily loaded operation and provider, the first
 * requests, the outputs and the summary. The emulator answers from this
 * process, so both sides are started asynchronously and timed alike.
 */
import { runAction } from '../../emulator/runner.js';
import { type StartupComparison, startupComparison } from './cold-start.js';
import { withEmulator } from './emulated.js';
import { type PairedSamples, runNode } from './node-timing.js';
import { BENCH_HOST, type BenchProvider } from './providers.js';
import { PACING_OFF } from './purge.js';
import { check, type Scratch } from './scratch.js';

export interface OneUrlPurge extends StartupComparison {
  provider: string;
}

/** `pairs` pairs (after `warmups`) of node -e 0 and a one-URL purge, order flipped every pair. */
export async function oneUrlPurge(
  scratch: Scratch,
  provider: BenchProvider,
  { pairs, warmups }: { pairs: number; warmups: number },
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
      ...startupComparison(`node dist/index.js (purge of one URL, ${provider.name})`, samples),
      provider: provider.name,
    };
  });
}
