/**
 * Large purges through dist/index.js against the emulator: requests against
 * their lower bound, wall time and peak memory with pacing off, and with
 * pacing on, the predicted sending time against the measured one.
 */
import { runAction } from '../../emulator/runner.js';
import { pacedDurationMs } from '../../src/http/pacing.js';
import { withEmulator } from './emulated.js';
import { type BenchProvider, benchUrls } from './providers.js';
import { check, type Scratch } from './scratch.js';
import { lowerBound, type Spread, spread } from './stats.js';

/** Pacing "off": every window and backoff shrinks a million-fold (a 61 s window becomes 61 µs). */
export const PACING_OFF = 0.000001;

export interface PurgeRun {
  /** the action process, start to exit */
  wallMs: number;
  maxRssBytes: number | undefined;
  /** purge calls the emulator received */
  purgeCalls: number;
  /** every request the emulator received (lookups, login, status reads too) */
  allRequests: number;
  /** the action's `requests-count` output */
  requestsCount: number;
  /** from the first purge call's arrival to the last's */
  sendingMs: number;
}

/** Writes (once per size) the list of `count` URLs for `urls-file`: inputs cannot hold 10,000. */
export function urlsFile(scratch: Scratch, count: number): string {
  return scratch.file(`urls/${count}.txt`, `${benchUrls(count).join('\n')}\n`);
}

/**
 * One purge of `urls` URLs. Fails the bench unless the action succeeded, every
 * URL was purged, and it took exactly the fewest calls the per-call limit allows.
 */
export async function purgeWithAction(
  scratch: Scratch,
  provider: BenchProvider,
  options: { urls: number; pacingScale: number; emulatorScale: number; measureRss?: boolean },
): Promise<PurgeRun> {
  const file = urlsFile(scratch, options.urls);
  return withEmulator(provider, options.emulatorScale, async (providers) => {
    const run = await runAction({
      inputs: {
        ...provider.inputs(providers),
        ...provider.quotaInputs,
        'urls-file': file,
        // every URL exactly, however long at the real limits (Gcore: 10,000 URLs ≈ 50 min)
        'max-duration': '86400',
        collapse: 'never',
      },
      env: { CDNKIT_PACING_SCALE: String(options.pacingScale) },
      measureRss: options.measureRss,
      timeoutMs: 120_000,
    });
    const what = `${provider.name}: purge of ${options.urls} URLs`;
    check(
      run.exitCode === 0,
      `${what} exited ${run.exitCode}:\n${run.stdout.slice(-2000)}${run.stderr.slice(-1000)}`,
    );
    const calls = providers.emulator.requests.filter(provider.isPurgeCall);
    const bound = lowerBound(options.urls, provider.perCall);
    const requestsCount = Number(run.outputs['requests-count']);
    check(
      run.outputs['urls-count'] === String(options.urls),
      `${what} reported urls-count ${run.outputs['urls-count']}`,
    );
    check(
      calls.length === bound && requestsCount === bound,
      `${what}: ${calls.length} purge calls reached the emulator and requests-count is ${run.outputs['requests-count']}; the lower bound ceil(${options.urls} / ${provider.perCall}) is ${bound}`,
    );
    const refused = calls.filter((call) => call.status < 200 || call.status >= 300);
    check(
      refused.length === 0,
      `${what}: ${refused.length} purge calls were refused (status ${refused[0]?.status})`,
    );
    if (options.measureRss)
      check(run.maxRssBytes !== undefined, `${what}: the exit hook reported no peak RSS`);
    return {
      wallMs: run.durationMs,
      maxRssBytes: run.maxRssBytes,
      purgeCalls: calls.length,
      allRequests: providers.emulator.requests.filter(
        (request) => request.provider === provider.name,
      ).length,
      requestsCount,
      sendingMs: calls.at(-1)!.at - calls[0]!.at,
    };
  });
}

export interface LargePurge {
  provider: string;
  urls: number;
  perCall: number;
  lowerBound: number;
  purgeCalls: number;
  requestsCount: number;
  allRequests: number;
  wall: Spread;
  maxRss: Spread;
}

/** `runs` purges of `urls` URLs with pacing off, each in its own emulator, peak RSS measured. */
export async function largePurge(
  scratch: Scratch,
  provider: BenchProvider,
  { urls, runs }: { urls: number; runs: number },
): Promise<LargePurge> {
  const results: PurgeRun[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(
      await purgeWithAction(scratch, provider, {
        urls,
        pacingScale: PACING_OFF,
        emulatorScale: PACING_OFF,
        measureRss: true,
      }),
    );
  }
  const first = results[0]!;
  return {
    provider: provider.name,
    urls,
    perCall: provider.perCall,
    lowerBound: lowerBound(urls, provider.perCall),
    purgeCalls: first.purgeCalls,
    requestsCount: first.requestsCount,
    allRequests: first.allRequests,
    wall: spread(results.map((run) => run.wallMs)),
    maxRss: spread(results.map((run) => run.maxRssBytes!)),
  };
}

export interface PacedPurge {
  provider: string;
  urls: number;
  calls: number;
  scale: number;
  /** first to last purge call at the provider's real limits, per pacedDurationMs */
  predictedRealMs: number;
  /** the same, times `scale`: what the run should take */
  predictedMs: number;
  /** measured first-to-last purge call at the emulator */
  sending: Spread;
  wall: Spread;
}

/** The provider's paced case with pacing on at its scale (the emulator enforcing the same windows). */
export async function pacedPurge(
  scratch: Scratch,
  provider: BenchProvider,
  runs: number,
): Promise<PacedPurge | undefined> {
  if (!provider.paced) return undefined;
  const { urls, scale } = provider.paced;
  const calls = lowerBound(urls, provider.perCall);
  const predictedRealMs = pacedDurationMs(
    Array.from({ length: calls }, () => ({ limits: provider.callLimits })),
  );
  const results: PurgeRun[] = [];
  for (let i = 0; i < runs; i++)
    results.push(
      await purgeWithAction(scratch, provider, { urls, pacingScale: scale, emulatorScale: scale }),
    );
  return {
    provider: provider.name,
    urls,
    calls,
    scale,
    predictedRealMs,
    predictedMs: predictedRealMs * scale,
    sending: spread(results.map((run) => run.sendingMs)),
    wall: spread(results.map((run) => run.wallMs)),
  };
}
