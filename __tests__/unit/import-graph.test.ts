/**
 * The layers of src/, read from its import statements (`import type` and
 * dynamic imports included): no module imports itself through a circle, and
 * the lower layers (providers, the GitHub client, HTTP) never reach up into the
 * operations that use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every `from '…'`, side-effect `import '…'` and `import('…')` of a relative module. */
const SPECIFIERS = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** module (path below src/) -> the modules it imports */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const imports = SPECIFIERS.flatMap((pattern) =>
      [...text.matchAll(pattern)].map((match) =>
        relative(SRC, resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'))),
      ),
    );
    graph.set(relative(SRC, file), [...new Set(imports)]);
  }
  return graph;
}

/** Each circle once, as the path that closes it, e.g. [a, b, a]. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (module: string, path: string[]): void => {
    const at = path.indexOf(module);
    if (at >= 0) {
      found.push([...path.slice(at), module]);
      return;
    }
    if (done.has(module)) return;
    for (const next of graph.get(module) ?? []) visit(next, [...path, module]);
    done.add(module);
  };
  for (const module of graph.keys()) visit(module, []);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read from the real files (and names only files that exist)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('operations/run.ts')).toContain('providers/create-provider.ts');
    expect(graph.get('main.ts')).toContain('operations/run.ts');
    for (const [module, imports] of graph) {
      for (const imported of imports) {
        expect(graph.has(imported), `${module} imports ${imported}, which is not in src/`).toBe(
          true,
        );
      }
    }
  });

  it('has no circle, type-only imports included', () => {
    expect(circles(graph).map((circle) => circle.join(' -> '))).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const circular = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(circles(circular)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it.each(['providers/', 'github/', 'http/'])('nothing in %s imports from operations/', (layer) => {
    const upward = [...graph]
      .filter(([module]) => module.startsWith(layer))
      .flatMap(([module, imports]) =>
        imports
          .filter((imported) => imported.startsWith('operations/'))
          .map((to) => `${module} -> ${to}`),
      );
    expect(upward).toEqual([]);
  });

  it('http/ knows no provider, and providers do not know each other', () => {
    const crossing = [...graph].flatMap(([module, imports]) =>
      imports
        .filter((imported) => {
          if (module.startsWith('http/')) return imported.startsWith('providers/');
          const own = /^providers\/(gcore|medianova|cdnetworks)\//.exec(module)?.[1];
          const other = /^providers\/(gcore|medianova|cdnetworks)\//.exec(imported)?.[1];
          return own !== undefined && other !== undefined && own !== other;
        })
        .map((to) => `${module} -> ${to}`),
    );
    expect(crossing).toEqual([]);
  });
});
