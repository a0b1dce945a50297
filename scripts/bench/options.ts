/** `npm run bench [-- --write]`: the bench prints its report; only --write replaces BENCHMARKS.md. */
export interface BenchOptions {
  write: boolean;
}

export const BENCH_USAGE = 'usage: npm run bench [-- --write]   (--write replaces BENCHMARKS.md)';

export function benchOptions(argv: readonly string[]): BenchOptions {
  for (const argument of argv) {
    if (argument !== '--write') throw new Error(`unknown argument; ${BENCH_USAGE}`);
  }
  return { write: argv.includes('--write') };
}
