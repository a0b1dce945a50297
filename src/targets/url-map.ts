/**
 * The `url-map` input: one rule a line, `<glob> => <template>[, <template>…]`,
 * or `!<glob>` alone to exclude files. Read here without compiling the globs
 * (that is url-mapper.ts, loaded with the operation), so a malformed rule
 * fails with the other inputs.
 */
import { InputError } from '../errors.js';

/** One `url-map` rule as written. */
export interface UrlMapRule {
  /** 1-based line of the rule in the input */
  readonly line: number;
  readonly glob: string;
  /** URL templates; empty for an exclusion (`!<glob>` alone) */
  readonly templates: readonly string[];
}

export const PLACEHOLDERS = ['{path}', '{dir}', '{name}'] as const;

/** A comma that starts a new template (an http(s) URL or an absolute path), or ends the line. */
const TEMPLATE_SEPARATOR = /,\s*(?=https?:\/\/|\/|$)/i;

/** Parses the `url-map` input: blank lines and `#` comments ignored. */
export function parseUrlMap(text: string): UrlMapRule[] {
  const rules: UrlMapRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const arrow = line.indexOf('=>');
    if (arrow < 0) {
      if (line.startsWith('!') && line.length > 1) {
        rules.push({ line: index + 1, glob: clean(line), templates: [] });
        return;
      }
      throw new InputError(
        'url-map',
        `rule '${line}' must look like '<glob> => <url template>' (or '!<glob>' to exclude files)`,
      );
    }
    const glob = clean(line.slice(0, arrow));
    const templates = line
      .slice(arrow + 2)
      .split(TEMPLATE_SEPARATOR)
      .map((template) => template.trim());
    if (glob === '' || templates.some((template) => template === '')) {
      throw new InputError('url-map', `rule '${line}' needs both a glob and a URL template`);
    }
    for (const template of templates) checkTemplate(template);
    rules.push({ line: index + 1, glob, templates });
  });
  return rules;
}

/** `./public/**` is `public/**`, as picomatch reads it. */
function clean(glob: string): string {
  const trimmed = glob.trim();
  const bang = /^!*/.exec(trimmed)![0];
  return bang + trimmed.slice(bang.length).replace(/^(\.\/)+/, '');
}

function checkTemplate(template: string): void {
  const origin = /^https?:\/\/[^/]*/i.exec(template)?.[0];
  if (origin === undefined && !template.startsWith('/')) {
    throw new InputError(
      'url-map',
      `template '${template}' must be a full http(s) URL or start with '/'`,
    );
  }
  // a file name must never choose the host
  if (origin?.includes('{')) {
    throw new InputError(
      'url-map',
      `template '${template}' has a placeholder in its host; placeholders belong in the path`,
    );
  }
  for (const placeholder of template.match(/\{[^}]*\}/g) ?? []) {
    if (!(PLACEHOLDERS as readonly string[]).includes(placeholder)) {
      throw new InputError(
        'url-map',
        `template '${template}' uses ${placeholder}; allowed: ${PLACEHOLDERS.join(', ')}`,
      );
    }
  }
}

/**
 * Fills a template for a file path relative to the glob's base: `{path}` is
 * that path, `{dir}` its directory ('' at the top, and then a `/` right after
 * `{dir}` is dropped, so `https://x/{dir}/` gives `https://x/`), `{name}` the
 * file name. Every segment is percent-encoded, so no file name can add a
 * query, a fragment or a dot segment.
 */
export function fillTemplate(template: string, relative: string): string {
  const segments = relative.split('/').map(encodeSegment);
  const name = segments.at(-1) ?? '';
  const dir = segments.slice(0, -1).join('/');
  return template
    .replaceAll('{dir}/', dir === '' ? '' : `${dir}/`)
    .replaceAll('{dir}', dir)
    .replaceAll('{path}', segments.join('/'))
    .replaceAll('{name}', name);
}

function encodeSegment(segment: string): string {
  // '.' and '..' would be resolved away by URL normalisation
  if (segment === '.' || segment === '..') return segment.replaceAll('.', '%2E');
  return encodeURIComponent(segment);
}
