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

export function systemTiming(scale = 1): Timing {
  return {
    // a shrunk rate window can be shorter than a millisecond, Date.now()'s resolution
    now: scale < 1 ? () => performance.timeOrigin + performance.now() : () => Date.now(),
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
