/** ncc builds for the bench, each in a child process of its own. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NccBuild } from '../ncc.js';
import { runNode } from './node-timing.js';
import { check } from './scratch.js';

/**
 * One ncc build in a process of its own, run in `cwd`: ncc takes the "paths" of
 * the tsconfig.json there (the undici stand-in, or none). No cache: nothing is
 * left behind in ~/.cache. Returns the bundle's `index.js`.
 */
export async function bundleInChild(
  root: string,
  build: NccBuild,
  cwd: string,
  label: string,
): Promise<string> {
  mkdirSync(build.out, { recursive: true });
  const nccModule = pathToFileURL(join(root, 'build', 'scripts', 'ncc.js')).href;
  const { code, stderr } = await runNode(
    [
      '--input-type=module',
      '-e',
      `import { nccBuild } from ${JSON.stringify(nccModule)}; await nccBuild(${JSON.stringify(build)});`,
    ],
    { cwd, env: process.env },
  );
  check(code === 0, `ncc could not bundle '${label}': ${stderr.trim().slice(0, 2000)}`);
  const bundle = join(build.out, 'index.js');
  check(existsSync(bundle), `ncc wrote no ${bundle} for '${label}'`);
  return bundle;
}
