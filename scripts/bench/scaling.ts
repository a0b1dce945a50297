/**
 * Scaling: purges of 1,000 to 200,000 URLs per provider, cdnkit against the
 * floor (scripts/bench/floor-client.ts: the same purge calls with nothing
 * else), in alternating pairs, each run with its own emulator enforcing no
 * rate limit. Wall time and peak RSS for both sides; ratios per pair.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_RSS_FILE_ENV, MAX_RSS_PRELOAD, readMaxRss } from '../../emulator/runner.js';
import { withEmulator } from './emulated.js';
import type { FloorJob } from './floor-client.js';
import { runClient } from './node-timing.js';
import type { BenchProvider } from './providers.js';
import { PACING_OFF, purgeWithAction, urlsFile } from './purge.js';
import { check, type Scratch } from './scratch.js';
import { lowerBound, paired, ratio, type Spread, spread } from './stats.js';

/**
 * The list sizes of issue 18, and how many pairs each gets by default. A pair of 10,000 URLs
 * takes a fraction of a second, and with 3 pairs one slow run moves the median by a tenth of
 * the ratio (1.76× and 2.04× in two runs of the same commit), so it gets 7.
 */
export const SCALING_SIZES: readonly { urls: number; pairs: number }[] = [
  { urls: 1_000, pairs: 5 },
  { urls: 10_000, pairs: 7 },
  { urls: 100_000, pairs: 3 },
  { urls: 200_000, pairs: 3 },
];

/** An emulator scale of 0 empties its rate windows: nothing is throttled, whoever sends. */
const NO_RATE_LIMITS = 0;

export interface ScalingSide {
  wall: Spread;
  maxRss: Spread;
}

export interface ScalingRow {
  provider: string;
  urls: number;
  pairs: number;
  purgeCalls: number;
  cdnkit: ScalingSide;
  floor: ScalingSide;
  /** per pair: cdnkit ÷ floor */
  wallRatio: Spread;
  rssRatio: Spread;
}

interface Run {
  wallMs: number;
  maxRssBytes: number;
}

/**
 * `--sizes=1000,10000` (any subset, in URLs) chooses the sizes; `--scaling-pairs=N`
 * the pairs of each. Other flags are benchOptions' to check.
 */
/** The flags scalingPlan reads, each as `--<name>=<value>`. */
export const SCALING_FLAGS = ['sizes', 'scaling-pairs'] as const;

export function scalingPlan(argv: readonly string[]): { urls: number; pairs: number }[] {
  const value = (name: (typeof SCALING_FLAGS)[number]) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = value('sizes');
  const pairs = value('scaling-pairs');
  const chosen =
    sizes === undefined
      ? SCALING_SIZES
      : sizes.split(',').map((text) => {
          const urls = Number(text.replace(/[_k]/g, (c) => (c === 'k' ? '000' : '')));
          if (!Number.isInteger(urls) || urls < 1)
            throw new Error(`--sizes: '${text}' is not a URL count`);
          return { urls, pairs: SCALING_SIZES.find((size) => size.urls === urls)?.pairs ?? 3 };
        });
  if (pairs === undefined) return [...chosen];
  const count = Number(pairs);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--scaling-pairs: '${pairs}' is not a positive whole number`);
  return chosen.map((size) => ({ ...size, pairs: count }));
}

export async function measureScaling(
  scratch: Scratch,
  provider: BenchProvider,
  { urls, pairs }: { urls: number; pairs: number },
): Promise<ScalingRow> {
  const cdnkit: Run[] = [];
  const floor: Run[] = [];
  let purgeCalls = 0;
  const runCdnkit = async () => {
    const run = await purgeWithAction(scratch, provider, {
      urls,
      pacingScale: PACING_OFF,
      emulatorScale: NO_RATE_LIMITS,
      measureRss: true,
    });
    purgeCalls = run.purgeCalls;
    cdnkit.push({ wallMs: run.wallMs, maxRssBytes: run.maxRssBytes! });
  };
  const runTheFloor = async () => floor.push(await runFloor(scratch, provider, urls));
  for (let i = 0; i < pairs; i++) {
    // alternating order: neither side always runs on a machine the other just warmed
    if (i % 2 === 0) {
      await runCdnkit();
      await runTheFloor();
    } else {
      await runTheFloor();
      await runCdnkit();
    }
  }
  const side = (runs: Run[]): ScalingSide => ({
    wall: spread(runs.map((run) => run.wallMs)),
    maxRss: spread(runs.map((run) => run.maxRssBytes)),
  });
  const per = (key: keyof Run) =>
    spread(
      paired(
        cdnkit.map((run) => run[key]),
        floor.map((run) => run[key]),
        ratio,
      ),
    );
  return {
    provider: provider.name,
    urls,
    pairs,
    purgeCalls,
    cdnkit: side(cdnkit),
    floor: side(floor),
    wallRatio: per('wallMs'),
    rssRatio: per('maxRssBytes'),
  };
}

const FLOOR_CLIENT = fileURLToPath(new URL('./floor-client.js', import.meta.url));

/** One floor purge of `urls` URLs in its own Node process; fails the bench unless every call succeeded. */
async function runFloor(scratch: Scratch, provider: BenchProvider, urls: number): Promise<Run> {
  const file = urlsFile(scratch, urls);
  return withEmulator(provider, NO_RATE_LIMITS, async (providers) => {
    const dir = scratch.dir(`floor/${provider.name}-${urls}`);
    const job: FloorJob = {
      provider: provider.name,
      urlsFile: file,
      perCall: provider.perCall,
      inputs: provider.inputs(providers),
    };
    const jobFile = join(dir, 'job.json');
    writeFileSync(jobFile, JSON.stringify(job));
    const preload = join(dir, 'max-rss.cjs');
    writeFileSync(preload, MAX_RSS_PRELOAD);
    const rssFile = join(dir, 'max-rss');
    const what = `${provider.name}: the floor client for ${urls} URLs`;
    const { wallMs } = await runClient(what, ['--require', preload, FLOOR_CLIENT, jobFile], {
      PATH: process.env.PATH ?? '',
      [MAX_RSS_FILE_ENV]: rssFile,
    });
    const calls = providers.emulator.requests.filter(provider.isPurgeCall);
    const bound = lowerBound(urls, provider.perCall);
    check(
      calls.length === bound,
      `${what}: ${calls.length} purge calls reached the emulator, expected ${bound}`,
    );
    const maxRssBytes = readMaxRss(rssFile);
    check(maxRssBytes !== undefined, `${what}: the exit hook reported no peak RSS`);
    return { wallMs, maxRssBytes };
  });
}
