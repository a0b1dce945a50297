/**
 * Time as cdnkit sees it. Injected everywhere that waits, so unit tests run
 * instantly and end-to-end runs can shrink every wait with CDNKIT_PACING_SCALE.
 */
export interface Timing {
  now(): number;
  /** waits `ms` real milliseconds (already scaled by the caller when it should be) */
  sleep(ms: number): Promise<void>;
  random(): number;
  /** multiplier for every pacing interval and backoff delay (1 in production) */
  readonly scale: number;
}

/**
 * Below this scale a shrunk rate window nears a millisecond, Date.now()'s
 * resolution, and the clock reads finer. Only then: a finer clock drifts from
 * Date.now() (the emulator's, another process's) by up to a millisecond or so.
 */
export const FINE_CLOCK_BELOW_SCALE = 1e-4;

export function systemTiming(scale = 1): Timing {
  return {
    now:
      scale < FINE_CLOCK_BELOW_SCALE
        ? () => performance.timeOrigin + performance.now()
        : () => Date.now(),
    sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
    random: Math.random,
    scale,
  };
}

/** Reads the testing aid CDNKIT_PACING_SCALE (a number in (0, 1]); anything else means 1. */
export function pacingScaleFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const scale = Number(env.CDNKIT_PACING_SCALE);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1;
}

/** A clock that only moves when someone sleeps: for unit tests. */
export function virtualTiming(start = 0, random = () => 0.5): Timing & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += Math.max(0, ms);
    },
    random,
    scale: 1,
    slept,
  };
}
