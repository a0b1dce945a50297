/** Order statistics for benchmark samples: pure, so the report's numbers are unit-tested. */

export interface Spread {
  median: number;
  p10: number;
  p90: number;
  /** how many samples */
  n: number;
}

/**
 * The p-th percentile (0..100) with linear interpolation between closest ranks
 * (the "R-7" rule of most statistics packages): p10 of 30 samples lies between
 * the 3rd and 4th smallest.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function spread(samples: readonly number[]): Spread {
  return {
    median: median(samples),
    p10: percentile(samples, 10),
    p90: percentile(samples, 90),
    n: samples.length,
  };
}

/** a / b, refusing a zero or non-finite divisor rather than reporting Infinity as a ratio. */
export function ratio(a: number, b: number): number {
  if (!Number.isFinite(b) || b === 0)
    throw new Error(`ratio ${a} / ${b}: the divisor must be non-zero`);
  return a / b;
}

/** Element-wise f(a[i], b[i]) of two equally long sample lists (paired runs). */
export function paired(
  a: readonly number[],
  b: readonly number[],
  f: (x: number, y: number) => number,
): number[] {
  if (a.length !== b.length)
    throw new Error(`paired samples differ in length: ${a.length} vs ${b.length}`);
  return a.map((x, i) => f(x, b[i]!));
}

/** The fewest requests that can carry `items` when one request carries at most `perRequest`. */
export function lowerBound(items: number, perRequest: number): number {
  if (!(perRequest >= 1)) throw new Error(`per-request limit ${perRequest} must be at least 1`);
  return Math.ceil(items / perRequest);
}
