/**
 * What the action loads at start-up, and what the CLI may never load: checked
 * in the source import graph and in the built bundles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOf } from '../../scripts/licenses.js';
import { VERSION } from '../../src/version.js';

const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The packages a source file reaches through static imports, and the packages it imports with import(). */
function importGraph(entry: string): { packages: Set<string>; dynamic: Map<string, string> } {
  const packages = new Set<string>();
  const dynamic = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(DYNAMIC_IMPORT)) {
      // our own lazily loaded modules are still part of the graph
      if (specifier!.startsWith('.'))
        visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      else dynamic.set(specifier!, file);
    }
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.'))
        visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      else if (!specifier!.startsWith('node:')) packages.add(specifier!);
    }
  };
  visit(resolve(entry));
  return { packages, dynamic };
}

/** The chunk files of a bundle directory and the one holding libsodium. */
function sodiumChunk(dir: string): { id: string; file: string } {
  const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));
  const file = chunks.find((name) => readFileSync(join(dir, name), 'utf8').includes('sodium_init'));
  expect(file, `no libsodium chunk in ${dir}`).toBeDefined();
  return { id: file!.split('.')[0]!, file: file! };
}

describe('start-up weight', () => {
  it('the action never imports libsodium statically: only seal.ts imports it, with import()', () => {
    const { packages, dynamic } = importGraph('src/index.ts');
    expect(packages).not.toContain('libsodium-wrappers');
    expect([...dynamic]).toEqual([['libsodium-wrappers', resolve('src/github/seal.ts')]]);
  });

  it('picomatch and Octokit stay out of the start-up bundle: chunks loaded by runs that need them', () => {
    for (const dir of ['dist', 'dist/cli']) {
      const main = JSON.parse(readFileSync(join(dir, 'index.js.map'), 'utf8')) as {
        sources: string[];
      };
      const heavy = main.sources.filter((source) =>
        /node_modules\/(picomatch|@octokit|bottleneck)\//.test(source),
      );
      expect(heavy, dir).toEqual([]);
    }
  });

  it('the CLI never reaches @actions/core', () => {
    const { packages } = importGraph('src/cli/index.ts');
    expect(packages).not.toContain('@actions/core');
    expect(readFileSync('dist/cli/index.js', 'utf8')).not.toContain('::add-mask::');
  });

  for (const dir of ['dist', 'dist/cli']) {
    it(`${dir}: is CommonJS, so no start pays for Node's ESM loader (scripts/bundle.ts)`, () => {
      const { type } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        type?: string;
      };
      expect(type).toBe('commonjs');
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
        const code = readFileSync(join(dir, name), 'utf8');
        expect(code, name).not.toMatch(/^(?:import|export)\b/m);
        expect(code, name).not.toContain('import.meta');
      }
    });

    it(`${dir}: only the libsodium chunk holds libsodium code, loaded with import()`, () => {
      const { id, file } = sodiumChunk(dir);
      const others = readdirSync(dir).filter((name) => name.endsWith('.js') && name !== file);
      expect(readFileSync(join(dir, 'index.js'), 'utf8')).not.toContain('sodium_init');
      const loaders = others.filter((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(text, name).not.toContain('sodium_init');
        return new RegExp(`\\.e\\(/\\* import\\(\\) \\*/ ${id}\\)`).test(text);
      });
      expect(loaders.length).toBeGreaterThan(0);
    });
  }
});

describe('release hygiene', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    version: string;
    bin: Record<string, string>;
  };

  it('the version is one number everywhere', () => {
    expect(VERSION).toBe(pkg.version);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## ${pkg.version}`);
  });

  it('the cdnkit bin is the built CLI, runnable as a script', () => {
    expect(pkg.bin.cdnkit).toBe('dist/cli/index.js');
    expect(readFileSync(pkg.bin.cdnkit!, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('dist/licenses.txt names every package bundled in dist/, chunks and CLI included', () => {
    const licenses = readFileSync('dist/licenses.txt', 'utf8');
    const bundled = new Set<string>();
    const maps = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? maps(join(dir, entry.name))
          : entry.name.endsWith('.js.map')
            ? [join(dir, entry.name)]
            : [],
      );
    for (const map of maps('dist')) {
      for (const source of (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] })
        .sources) {
        const name = packageOf(source);
        if (name) bundled.add(name);
      }
    }
    expect(bundled).toContain('libsodium-wrappers');
    expect(bundled).toContain('@actions/core');
    for (const name of bundled) expect(licenses).toMatch(new RegExp(`^${name}\\n`, 'm'));
  });

  it('packageOf reads the package from a bundled source path', () => {
    expect(packageOf('.././node_modules/@actions/core/lib/core.js')).toBe('@actions/core');
    expect(packageOf('../node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(packageOf('.././src/main.ts')).toBeUndefined();
    expect(existsSync('dist/cli/package.json')).toBe(true);
  });
});
