import type { Timing } from '../timing.js';

/** At most `requests` requests in any window of `windowMs` for requests sharing `key`. */
export interface RateLimit {
  readonly key: string;
  readonly requests: number;
  readonly windowMs: number;
}

/**
 * Client-side pacing. Each limit is a sliding window (the strictest reading of
 * "N requests per interval"): a request waits until it is the N-th or fewer in
 * the trailing window of every limit it is subject to. Unlike a token bucket
 * with continuous refill, this never bursts past a provider that counts
 * requests per trailing window, so pacing never causes a 429.
 */
export class Pacer {
  private readonly sent = new Map<string, { at: number }[]>();

  constructor(private readonly timing: Timing) {}

  /**
   * Waits until one more request under all `limits` is allowed and counts it.
   * Call the returned `settle` when the answer arrives: the provider counted the
   * request somewhere between our send and its answer, so we count it at the
   * latest point, and latency never eats into the window.
   */
  async acquire(limits: readonly RateLimit[], onWait?: (ms: number) => void): Promise<() => void> {
    for (;;) {
      const now = this.timing.now();
      const wait = this.earliestStart(limits, now) - now;
      if (wait <= 0) break;
      onWait?.(wait);
      await this.timing.sleep(wait);
    }
    const entries = this.record(limits, this.timing.now());
    return () => {
      const now = this.timing.now();
      for (const entry of entries) entry.at = Math.max(entry.at, now);
    };
  }

  /** The earliest time, at or after `now`, that a request under `limits` may start. */
  earliestStart(limits: readonly RateLimit[], now: number): number {
    let start = now;
    for (const limit of limits) {
      const window = limit.windowMs * this.timing.scale;
      const history = this.history(limit.key);
      while (history.length > 0 && history[0]!.at <= now - window) history.shift();
      if (history.length >= limit.requests) {
        const times = history.map((entry) => entry.at).sort((a, b) => a - b);
        start = Math.max(start, times[times.length - limit.requests]! + window);
      }
    }
    return start;
  }

  record(limits: readonly RateLimit[], at: number): { at: number }[] {
    return limits.map((limit) => {
      const entry = { at };
      this.history(limit.key).push(entry);
      return entry;
    });
  }

  private history(key: string): { at: number }[] {
    let list = this.sent.get(key);
    if (!list) {
      list = [];
      this.sent.set(key, list);
    }
    return list;
  }
}

/** Unscaled milliseconds from the first to the last of `requests` when sent in order, paced. */
export function pacedDurationMs(requests: readonly { limits: readonly RateLimit[] }[]): number {
  return pacedSchedule(requests).at(-1) ?? 0;
}

/** When each of `requests` may start, in unscaled ms after the first, when sent in order. */
export function pacedSchedule(requests: readonly { limits: readonly RateLimit[] }[]): number[] {
  const pacer = new Pacer({ now: () => 0, sleep: async () => {}, random: () => 0, scale: 1 });
  let at = 0;
  return requests.map((request) => {
    at = pacer.earliestStart(request.limits, at);
    pacer.record(request.limits, at);
    return at;
  });
}
