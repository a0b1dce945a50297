/**
 * One ncc build through its API, written to a directory: `index.js`, its
 * source map, the chunks its `import()`s split off, and a package.json naming
 * the module format, so that Node reads the `.js` files as what they are.
 *
 * ncc's CLI emits ESM whenever the entry's nearest package.json says
 * `"type": "module"` (cdnkit's does); its API takes `esm: false`, which the
 * bundles use: BENCHMARKS.md measures what Node's ESM loader costs a start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface NccAsset {
  source: string | Buffer;
  permissions?: number;
}

type Ncc = (
  entry: string,
  options: {
    esm: boolean;
    sourceMap: boolean;
    sourceMapRegister: boolean;
    quiet: boolean;
    cache?: false;
    minify?: boolean;
  },
) => Promise<{ code: string; map?: string; assets: Record<string, NccAsset> }>;

export interface NccBuild {
  /** the entry file, absolute */
  entry: string;
  /** the output directory, absolute; created if missing */
  out: string;
  /** ESM output instead of CommonJS (the bundles are CommonJS) */
  esm?: boolean;
  /** resolve ncc (and its TypeScript) from this checkout */
  root: string;
  /** false: neither read nor write ncc's build cache */
  cache?: false;
  /** terser over the entry file (ncc leaves the chunks as they are); the bundles are not minified */
  minify?: true;
}

export async function nccBuild({
  entry,
  out,
  esm = false,
  root,
  cache,
  minify,
}: NccBuild): Promise<void> {
  const ncc = createRequire(join(root, 'package.json'))('@vercel/ncc') as Ncc;
  const { code, map, assets } = await ncc(entry, {
    esm,
    sourceMap: true,
    sourceMapRegister: false,
    quiet: true,
    ...(cache === false ? { cache } : {}),
    ...(minify ? { minify } : {}),
  });
  mkdirSync(out, { recursive: true });
  // the CLI's shebang line makes it runnable as the package's bin
  writeFileSync(join(out, 'index.js'), code, { mode: code.startsWith('#!') ? 0o755 : 0o644 });
  if (map) writeFileSync(join(out, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify({ type: esm ? 'module' : 'commonjs' }, null, 2)}\n`,
  );
}
