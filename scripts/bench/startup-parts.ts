/**
 * What start-up is made of: tiny entries bundled with ncc as the action is
 * (scripts/ncc.ts: CommonJS, one file, undici replaced by the stand-in of
 * tsconfig.json "paths" unless the entry says otherwise), each started against
 * Node alone. The differences say what each dependency costs before the
 * action runs a line of its own.
 */
import { realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithNode, type StartupComparison } from './cold-start.js';
import { bundleInChild } from './ncc-child.js';
import { check, type Scratch } from './scratch.js';

export interface StartupPart {
  label: string;
  /** the entry module (ESM, like src/index.ts), bundled against the checkout's node_modules */
  source: string;
  /** run `source` as a CommonJS file as it is, without ncc (Node alone, plus reading one file) */
  commonJs?: true;
  /** bundle as ESM, as ncc's CLI would for this `"type": "module"` package */
  esm?: true;
  /** bundle the real undici where the action has the stand-in */
  realUndici?: true;
}

/** Everything @actions/core, http-client, exec, io and tunnel import from Node itself. */
const CORE_BUILTINS = [
  'assert',
  'child_process',
  'crypto',
  'events',
  'fs',
  'http',
  'https',
  'net',
  'os',
  'path',
  'string_decoder',
  'timers',
  'tls',
  'util',
];

export const STARTUP_PARTS: readonly StartupPart[] = [
  { label: 'empty CommonJS file (not bundled)', source: '', commonJs: true },
  {
    label: 'empty bundle, ESM (what ncc emits for a "type": "module" package)',
    source: 'export {};',
    esm: true,
  },
  { label: 'empty bundle, CommonJS (as the action: webpack runtime only)', source: 'export {};' },
  {
    label: "Node built-ins @actions/core's packages import",
    source: CORE_BUILTINS.map((name) => `import 'node:${name}';`).join('\n'),
  },
  { label: 'undici alone (evaluated)', source: "import 'undici';", realUndici: true },
  {
    label: '@actions/http-client, undici stand-in (as the action)',
    source: "import '@actions/http-client';",
  },
  {
    label: '@actions/http-client, real undici (evaluated at start)',
    source: "import '@actions/http-client';",
    realUndici: true,
  },
  {
    label: '@actions/core, undici stand-in (as the action)',
    source: "import '@actions/core';",
  },
  {
    label: "@actions/core as ESM (ncc's default here)",
    source: "import '@actions/core';",
    esm: true,
  },
  {
    label: '@actions/core, real undici (evaluated at start)',
    source: "import '@actions/core';",
    realUndici: true,
  },
  {
    label: 'libsodium-wrappers, ready (GitHub secret write-back; never loaded at start)',
    source: "import sodium from 'libsodium-wrappers';\nawait sodium.ready;",
  },
];

/**
 * An entry that imports nothing bundles to a few hundred bytes, one that imports
 * even the stand-in to kilobytes: below this, ncc dropped the package.
 */
const MIN_PACKAGE_BUNDLE_BYTES = 1024;

export interface StartupPartResult extends StartupComparison {
  bundleBytes: number;
}

/** Builds every part (two ncc builds at a time), then times each against Node alone. */
export async function measureStartupParts(
  root: string,
  scratch: Scratch,
  runs: { pairs: number; warmups: number },
  parts: readonly StartupPart[] = STARTUP_PARTS,
): Promise<StartupPartResult[]> {
  const bundles = await mapLimited(parts, 2, (part, index) =>
    buildPart(root, scratch, part, index),
  );
  return parts.map((part, index) => ({
    ...compareWithNode({ label: part.label, args: [bundles[index]!], exitCode: 0 }, runs),
    bundleBytes: statSync(bundles[index]!).size,
  }));
}

async function buildPart(
  root: string,
  scratch: Scratch,
  part: StartupPart,
  index: number,
): Promise<string> {
  const dir = scratch.dir(`startup/${index}`);
  if (part.commonJs) {
    const file = join(dir, 'entry.cjs');
    writeFileSync(file, `${part.source}\n`);
    return file;
  }
  writeFileSync(join(dir, 'entry.mjs'), `${part.source}\n`);
  // the real directory: a symlinked node_modules then resolves as `npm run bundle` does
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
  // ncc applies the "paths" of the tsconfig.json in its working directory: the checkout's
  // alias undici to the stand-in; this directory's do the same, or nothing for the real one
  const paths = part.realUndici ? {} : { undici: [join(root, 'shims', 'undici-unbundled.cjs')] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths } }));
  const bundle = await bundleInChild(
    root,
    { entry: join(dir, 'entry.mjs'), out: join(dir, 'out'), esm: part.esm, root, cache: false },
    dir,
    part.label,
  );
  // a package whose manifest says `sideEffects: false` is dropped from a bare `import 'x'`
  const importsPackage = /(?:import|from) '(?!node:)/.test(part.source);
  check(
    !importsPackage || statSync(bundle).size > MIN_PACKAGE_BUNDLE_BYTES,
    `the bundle of '${part.label}' holds no package (${statSync(bundle).size} bytes): ncc dropped the import`,
  );
  return bundle;
}

/** `f` over `items`, at most `limit` at a time, results in order; settles every call before failing. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await f(items[index]!, index).then(
        (value): PromiseFulfilledResult<R> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}
