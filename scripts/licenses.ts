/**
 * Writes dist/licenses.txt: the license of every package bundled anywhere in
 * dist/ (the action, its lazily loaded chunks and the CLI), found through the
 * source maps. ncc's own `--license` writes one file per chunk under the same
 * name, so the lazy libsodium chunk would overwrite the action's list.
 * Part of `npm run bundle`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The npm package a bundled source file came from (last node_modules segment wins). */
export function packageOf(source: string): string | undefined {
  const parts = source.split('node_modules/');
  if (parts.length < 2) return undefined;
  const rest = parts.at(-1)!.split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

function sourceMaps(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceMaps(path);
    return entry.name.endsWith('.js.map') ? [path] : [];
  });
}

function licenseText(packageDir: string): string {
  const file = readdirSync(packageDir).find((name) => /^licen[sc]e(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(packageDir, file), 'utf8').trim() : '(no license file)';
}

export function renderLicenses(dist: string, nodeModules: string): string {
  const packages = new Set<string>();
  for (const map of sourceMaps(dist)) {
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const name = packageOf(source);
      if (name) packages.add(name);
    }
  }
  return [...packages]
    .sort()
    .map((name) => {
      const dir = join(nodeModules, name);
      const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        license?: string;
      };
      return `${name}\n${license ?? 'UNKNOWN'}\n${licenseText(dir)}\n`;
    })
    .join('\n');
}

if (process.argv[1]?.endsWith('licenses.js')) {
  writeFileSync(join('dist', 'licenses.txt'), renderLicenses('dist', 'node_modules'));
}
