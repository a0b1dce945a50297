/**
 * No list size may crash the action: spreading an array into a call's
 * arguments (`push(...urls)`, `Math.max(...sizes)`, `f.apply(null, list)`)
 * puts every element on the stack, and V8 throws "Maximum call stack size
 * exceeded" somewhere above 100,000 elements. A purge list, a provider's page
 * or a table of tasks has no such bound, so src/ spreads into no call at all:
 * loops, array literals and `concat` copy without the stack.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** `file:line: code` for every call or `new` with a spread argument, and every `.apply(`. */
function spreadCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
  const visit = (node: ts.Node) => {
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      node.arguments?.some(ts.isSpreadElement)
    )
      found.push(at(node));
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'apply') found.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no call in src/ spreads a list into its arguments', () => {
  it('finds none', () => {
    const found = sourceFiles('src').flatMap((file) =>
      spreadCalls(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('the scan sees the patterns it forbids', () => {
    const code = [
      'a.push(...b);',
      'Math.max(1, ...c);',
      'new Set(...d);',
      'String.fromCharCode.apply(null, e);',
      // allowed: array literals, concat, object spread
      'const f = [...g, ...h]; a = a.concat(b); const o = { ...p };',
    ].join('\n');
    expect(spreadCalls('x.ts', code).map((line) => line.split(': ')[0])).toEqual([
      'x.ts:1',
      'x.ts:2',
      'x.ts:3',
      'x.ts:4',
    ]);
  });
});
