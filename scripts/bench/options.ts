import { SCALING_FLAGS, scalingPlan } from './scaling.js';

/**
 * `npm run bench [-- --write] [--sizes=1000,10000] [--scaling-pairs=N]`: the
 * bench prints its report; only --write replaces BENCHMARKS.md.
 */
export interface BenchOptions {
  write: boolean;
  /** the list sizes measured against the floor client, with the pairs of each */
  scaling: { urls: number; pairs: number }[];
}

export const BENCH_USAGE =
  'usage: npm run bench [-- --write] [--sizes=1000,10000] [--scaling-pairs=N]   (--write replaces BENCHMARKS.md)';

const VALUED = SCALING_FLAGS.map((name) => `--${name}=`);

export function benchOptions(argv: readonly string[]): BenchOptions {
  for (const argument of argv) {
    if (argument !== '--write' && !VALUED.some((flag) => argument.startsWith(flag)))
      throw new Error(`unknown argument; ${BENCH_USAGE}`);
  }
  return { write: argv.includes('--write'), scaling: scalingPlan(argv) };
}
