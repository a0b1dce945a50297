/**
 * Bundle size, and which packages it is made of: every byte of dist/index.js
 * is attributed to the source its source map says it came from (bytes with no
 * mapping are webpack's glue), so the contributors add up to the file size.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceMap {
  sources: string[];
  mappings: string;
}

export interface BundleFile {
  name: string;
  bytes: number;
  /** bytes per package (see packageOf), largest first */
  contributors: [string, number][];
}

/** dist/index.js first, then the chunks loaded later (dist/<id>.index.js), each with its contributors. */
export function measureBundle(dist: string): BundleFile[] {
  const chunks = readdirSync(dist)
    .filter((name) => /^\d+\.index\.js$/.test(name))
    .sort();
  return ['index.js', ...chunks].map((name) => {
    const bytes = statSync(join(dist, name)).size;
    const mapFile = join(dist, `${name}.map`);
    if (!existsSync(mapFile)) return { name, bytes, contributors: [['(no source map)', bytes]] };
    const code = readFileSync(join(dist, name), 'utf8');
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap;
    return { name, bytes, contributors: sortedEntries(byPackage(attributeBytes(code, map))) };
  });
}

const UNMAPPED = '(unmapped: webpack glue)';

/** UTF-8 bytes of `code` per source of `map`; bytes before any mapping on a line, and newlines, are UNMAPPED. */
export function attributeBytes(code: string, map: SourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (key: string, text: string) => {
    if (text.length > 0) totals.set(key, (totals.get(key) ?? 0) + Buffer.byteLength(text));
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0) add(UNMAPPED, '\n');
    // segments: [generated column, source, source line, source column, name], all but the column relative to the previous segment anywhere in the map
    const segments: { column: number; source?: number }[] = [];
    let column = 0;
    for (const segment of (mappingLines[index] ?? '').split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length > 1) {
        source += fields[1]!;
        segments.push({ column, source });
      } else segments.push({ column });
    }
    add(UNMAPPED, line.slice(0, segments[0]?.column ?? line.length));
    for (const [k, segment] of segments.entries()) {
      const end = segments[k + 1]?.column ?? line.length;
      const key =
        segment.source === undefined ? UNMAPPED : (map.sources[segment.source] ?? UNMAPPED);
      add(key, line.slice(segment.column, end));
    }
  }
  return totals;
}

/**
 * What a source path belongs to: an npm package (`@actions/core`,
 * `undici-real`), cdnkit's own code, its undici stand-in, or webpack.
 */
export function packageOf(source: string): string {
  // a nested node_modules/a/node_modules/b/… belongs to b
  const modules = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
  if (modules) return modules[1]!;
  if (/(^|\/)src\//.test(source)) return 'cdnkit (src/)';
  if (/(^|\/)shims\//.test(source)) return 'cdnkit (shims/)';
  if (source.includes('webpack/')) return 'webpack runtime';
  if (source.includes('external ')) return 'Node built-in import stubs';
  return source;
}

export function byPackage(perSource: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [source, bytes] of perSource) {
    const name = source === UNMAPPED ? UNMAPPED : packageOf(source);
    totals.set(name, (totals.get(name) ?? 0) + bytes);
  }
  return totals;
}

function sortedEntries(totals: Map<string, number>): [string, number][] {
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment: base64 VLQ numbers (5 bits a digit, continuation bit 32, sign in bit 0). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0)
      throw new Error(`'${char}' is not a base64 digit in source-map segment '${segment}'`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error(`source-map segment '${segment}' ends mid-number`);
  return values;
}
