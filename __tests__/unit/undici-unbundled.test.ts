/**
 * undici stays out of the bundles (shims/undici-unbundled.cjs, through
 * tsconfig.json "paths"), and that is safe only while nothing in them can
 * reach it: proved here on the built files, so an @actions/http-client that
 * used undici anywhere else fails this test instead of a workflow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const STAND_IN = 'shims/undici-unbundled.cjs';
const HTTP_CLIENT = '@actions/http-client/lib/index.js';
/** http-client's fetch-proxy path: the only place allowed to touch undici, and who may call it. */
const PROXY_DISPATCHER = '_getProxyAgentDispatcher';
const PUBLIC_ENTRY = 'getAgentDispatcher';

/** The name of the innermost named function or method around `node`. */
function enclosingFunction(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (
      (ts.isMethodDeclaration(at) || ts.isFunctionDeclaration(at)) &&
      at.name &&
      ts.isIdentifier(at.name)
    )
      return at.name.text;
  }
  return undefined;
}

/** Every node of `source` that `keep` accepts. */
function collect(source: ts.SourceFile, keep: (node: ts.Node) => boolean): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (keep(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const calls = (name: string) => (node: ts.Node) =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  node.expression.name.text === name;

function bundleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

/** The sources a bundle file (the entry or a chunk) was built from, by its source map. */
function sourcesOf(file: string): string[] {
  return (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources;
}

describe.each(['dist', 'dist/cli'])('undici in %s', (dir) => {
  // every bundle file with its sources, read once
  const files = bundleFiles(dir).map((file) => ({ file, sources: sourcesOf(file) }));
  // the file that holds @actions/http-client, which imports the stand-in: the entry, or a chunk
  const holders = files
    .filter(({ sources }) => sources.some((source) => source.endsWith(HTTP_CLIENT)))
    .map(({ file }) => file);
  const holder = holders.length === 1 ? readFileSync(holders[0]!, 'utf8') : '';

  it('is not bundled: the stand-in is, and only http-client imports it', () => {
    for (const { sources } of files)
      expect(sources.filter((source) => /node_modules\/undici\//.test(source))).toEqual([]);
    expect(files.some(({ sources }) => sources.some((source) => source.endsWith(STAND_IN)))).toBe(
      true,
    );
    expect(holders).toHaveLength(1);
    const imports = [
      ...holder.matchAll(/\/\/ EXTERNAL MODULE: \.\/shims\/undici-unbundled\.cjs\nvar (\w+) =/g),
    ];
    expect(imports).toHaveLength(1);
  });

  it('is used only on the fetch-proxy path, and nothing in the bundle takes that path', () => {
    const binding = /\/\/ EXTERNAL MODULE: \.\/shims\/undici-unbundled\.cjs\nvar (\w+) =/.exec(
      holder,
    )![1]!;
    const source = ts.createSourceFile(holders[0]!, holder, ts.ScriptTarget.Latest, true);
    const uses = collect(
      source,
      (node) =>
        ts.isIdentifier(node) &&
        node.text === binding &&
        !(ts.isVariableDeclaration(node.parent) && node.parent.name === node),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses.map(enclosingFunction))).toEqual(new Set([PROXY_DISPATCHER]));
    const dispatcherCalls = collect(source, calls(PROXY_DISPATCHER));
    expect(new Set(dispatcherCalls.map(enclosingFunction))).toEqual(new Set([PUBLIC_ENTRY]));
    // …and no code of cdnkit or its packages, in the entry or any chunk, calls the public entry
    for (const file of bundleFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      const parsed = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      expect(collect(parsed, calls(PUBLIC_ENTRY)), file).toEqual([]);
    }
  });
});

describe('the stand-in', () => {
  const standIn = require(`../../${STAND_IN}`) as Record<string | symbol, unknown>;

  it('answers module interop, and names the cause if anything else is read', () => {
    expect(standIn.__esModule).toBeUndefined();
    expect(standIn.default).toBeUndefined();
    expect(standIn[Symbol.toStringTag]).toBeUndefined();
    expect(() => standIn.ProxyAgent).toThrow(
      /undici\.ProxyAgent is not in cdnkit's bundle: .*getAgentDispatcher\(\)/,
    );
    expect(() => standIn.Agent).toThrow(/undici\.Agent is not in cdnkit's bundle/);
  });

  it('is not what the tests get: they, and @actions/http-client in them, run the real undici', () => {
    const undici = require('undici') as { ProxyAgent?: unknown };
    expect(typeof undici.ProxyAgent).toBe('function');
  });
});
