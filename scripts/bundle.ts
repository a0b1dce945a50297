/**
 * `npm run bundle`: dist/ (the action) and dist/cli/ (the CLI), each one
 * CommonJS file plus the chunks its `import()`s split off, built with ncc.
 *
 * Why CommonJS: ncc emits ESM whenever the nearest package.json says
 * `"type": "module"`, and Node's ESM loader costs every start about 3 ms
 * (0.15× a bare `node -e 0`; BENCHMARKS.md, "What start-up is made of") and
 * every lazy chunk another trip through it. webpack turns the ESM sources
 * (ours and @actions/core's) into its own module system either way, so the
 * only difference is the wrapper: ncc's API takes `esm: false`, which its CLI
 * does not offer. dist/package.json then says `"type": "commonjs"` so that
 * Node reads the `.js` files as what they are.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../emulator/runner.js';

interface NccAsset {
  source: string | Buffer;
  permissions?: number;
}

interface NccOutput {
  code: string;
  map?: string;
  assets: Record<string, NccAsset>;
}

type Ncc = (
  entry: string,
  options: {
    esm: boolean;
    sourceMap: boolean;
    sourceMapRegister: boolean;
    quiet: boolean;
  },
) => Promise<NccOutput>;

const ncc = createRequire(join(ROOT, 'package.json'))('@vercel/ncc') as Ncc;

/** The builds: entry (from the checkout's root) -> output directory. */
export const BUNDLES = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
] as const;

/** Marks a directory's .js files as CommonJS, whatever the package around it says. */
export const COMMONJS_PACKAGE_JSON = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

async function bundle(entry: string, out: string): Promise<void> {
  const { code, map, assets } = await ncc(join(ROOT, entry), {
    esm: false,
    sourceMap: true,
    sourceMapRegister: false,
    quiet: true,
  });
  const dir = join(ROOT, out);
  mkdirSync(dir, { recursive: true });
  // the CLI's shebang line makes it runnable as the package's bin
  writeFileSync(join(dir, 'index.js'), code, { mode: code.startsWith('#!') ? 0o755 : 0o644 });
  if (map) writeFileSync(join(dir, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(dir, 'package.json'), COMMONJS_PACKAGE_JSON);
}

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
// one after the other: two webpack builds at once only fight over two cores
for (const { entry, out } of BUNDLES) await bundle(entry, out);
