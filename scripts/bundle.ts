/**
 * `npm run bundle`: dist/ (the action) and dist/cli/ (the CLI), each one
 * CommonJS file plus the chunks its `import()`s split off (scripts/ncc.ts).
 *
 * Why CommonJS: ncc's CLI would emit ESM, since the package is
 * `"type": "module"`, and Node's ESM loader costs every start about 3 ms
 * (0.15× a bare `node -e 0`; BENCHMARKS.md, "What start-up is made of") and
 * every lazy chunk another trip through it. webpack turns the ESM sources
 * (ours and @actions/core's) into its own module system either way; only the
 * wrapper differs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../emulator/runner.js';
import { nccBuild } from './ncc.js';

/** The builds: entry -> output directory, both from the checkout's root. */
const BUNDLES = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
] as const;

// ncc takes tsconfig.json "paths" (the undici stand-in) from its working directory
process.chdir(ROOT);
rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
// one after the other: two webpack builds at once only fight over two cores
for (const { entry, out } of BUNDLES)
  await nccBuild({ entry: join(ROOT, entry), out: join(ROOT, out), root: ROOT });
