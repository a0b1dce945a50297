/**
 * cdnkit against the usual alternative: the same URL purge done with one
 * generic request per URL, sequentially, with plain fetch. Both run as their
 * own Node process against an emulator that enforces no rate limit, so the
 * comparison is of requests and of the work per request, not of pacing; what
 * the rate limits would add is computed from them.
 */
import { fileURLToPath } from 'node:url';
import { pacedDurationMs } from '../../src/http/pacing.js';
import { withEmulator } from './emulated.js';
import { runClient } from './node-timing.js';
import type { BenchProvider } from './providers.js';
import { PACING_OFF, type PurgeRun, purgeWithAction, urlsFile } from './purge.js';
import { check, type Scratch } from './scratch.js';
import { lowerBound, type Spread, spread } from './stats.js';

/** An emulator scale of 0 empties its rate windows: nothing is throttled, whoever sends. */
const NO_RATE_LIMITS = 0;

export interface Approach {
  purgeCalls: number;
  allRequests: number;
  wall: Spread;
}

export interface Comparison {
  provider: string;
  urls: number;
  /** the provider's published rate limits, in words */
  limits: string;
  cdnkit: Approach;
  alternative: Approach;
  /** first to last purge call at the provider's published limits (undefined: none published) */
  atRealLimits?: { cdnkitMs: number; alternativeMs: number };
}

export async function compareWithAlternative(
  scratch: Scratch,
  provider: BenchProvider,
  { urls, runs }: { urls: number; runs: number },
): Promise<Comparison> {
  const cdnkitRuns: PurgeRun[] = [];
  const alternativeRuns: AlternativeRun[] = [];
  for (let i = 0; i < runs; i++) {
    cdnkitRuns.push(
      await purgeWithAction(scratch, provider, {
        urls,
        pacingScale: PACING_OFF,
        emulatorScale: NO_RATE_LIMITS,
      }),
    );
    alternativeRuns.push(await runAlternative(scratch, provider, urls));
  }
  const calls = (count: number) =>
    Array.from({ length: count }, () => ({ limits: provider.callLimits }));
  return {
    provider: provider.name,
    urls,
    limits: provider.limitsText,
    cdnkit: {
      purgeCalls: cdnkitRuns[0]!.purgeCalls,
      allRequests: cdnkitRuns[0]!.allRequests,
      wall: spread(cdnkitRuns.map((run) => run.wallMs)),
    },
    alternative: {
      purgeCalls: alternativeRuns[0]!.purgeCalls,
      allRequests: alternativeRuns[0]!.allRequests,
      wall: spread(alternativeRuns.map((run) => run.wallMs)),
    },
    atRealLimits:
      provider.callLimits.length === 0
        ? undefined
        : {
            cdnkitMs: pacedDurationMs(calls(lowerBound(urls, provider.perCall))),
            alternativeMs: pacedDurationMs(calls(urls)),
          },
  };
}

interface AlternativeRun {
  wallMs: number;
  purgeCalls: number;
  allRequests: number;
}

const CLIENT = fileURLToPath(new URL('./alternative-client.js', import.meta.url));

async function runAlternative(
  scratch: Scratch,
  provider: BenchProvider,
  urls: number,
): Promise<AlternativeRun> {
  const file = urlsFile(scratch, urls);
  return withEmulator(provider, NO_RATE_LIMITS, async (providers) => {
    const job = scratch.file(
      `alternative/${provider.name}.json`,
      JSON.stringify({
        ...provider.alternative.job(providers),
        provider: provider.name,
        urlsFile: file,
      }),
    );
    const what = `${provider.name}: the usual alternative for ${urls} URLs`;
    const { wallMs } = await runClient(what, [CLIENT, job]);
    const calls = providers.emulator.requests.filter(provider.isPurgeCall);
    check(
      calls.length === urls,
      `${what}: ${calls.length} purge calls reached the emulator, expected one per URL`,
    );
    return {
      wallMs,
      purgeCalls: calls.length,
      allRequests: providers.emulator.requests.filter(
        (request) => request.provider === provider.name,
      ).length,
    };
  });
}
