import { InputError } from '../errors.js';

/** One `url-map` rule: `<glob> => <url template>`. */
export interface UrlMapRule {
  readonly glob: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** the glob's fixed leading directories, removed from a file path to form {path} */
  readonly prefix: string;
}

export interface MappedFiles {
  urls: string[];
  /** files no rule matched, listed in the summary */
  skipped: string[];
}

/** Parses the `url-map` input: one rule a line, blank lines and `#` comments ignored. */
export function parseUrlMap(text: string): UrlMapRule[] {
  const rules: UrlMapRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const arrow = line.indexOf('=>');
    if (arrow < 0) {
      throw new InputError('url-map', `rule '${line}' must look like '<glob> => <url template>'`);
    }
    const glob = line.slice(0, arrow).trim().replace(/^\.\//, '');
    const template = line.slice(arrow + 2).trim();
    if (glob === '' || template === '') {
      throw new InputError('url-map', `rule '${line}' needs both a glob and a URL template`);
    }
    if (!/^https?:\/\//i.test(template) && !template.startsWith('/')) {
      throw new InputError(
        'url-map',
        `template '${template}' must be a full http(s) URL or start with '/'`,
      );
    }
    const unknown = template.match(/\{(?!path\})[^}]*\}/);
    if (unknown) {
      throw new InputError(
        'url-map',
        `template '${template}' uses ${unknown[0]}; only {path} is allowed`,
      );
    }
    rules.push({ glob, template, pattern: globToRegExp(glob), prefix: fixedPrefix(glob) });
  }
  return rules;
}

/**
 * Maps repository paths to URLs: the first matching rule wins; `{path}` is the
 * file path without the glob's fixed prefix, each segment percent-encoded.
 */
export function mapChangedFiles(
  files: readonly string[],
  rules: readonly UrlMapRule[],
): MappedFiles {
  const urls: string[] = [];
  const skipped: string[] = [];
  for (const raw of files) {
    const file = raw.replace(/^\.\//, '');
    const rule = rules.find((candidate) => candidate.pattern.test(file));
    if (!rule) {
      skipped.push(file);
      continue;
    }
    const path = file
      .slice(rule.prefix.length)
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    urls.push(rule.template.split('{path}').join(path));
  }
  return { urls, skipped };
}

/** `**` any characters including '/', `*` any except '/', `?` one character except '/'. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      // `dir/**/x` also matches `dir/x`
      if (glob[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function fixedPrefix(glob: string): string {
  const firstWildcard = glob.search(/[*?]/);
  const fixed = firstWildcard < 0 ? glob : glob.slice(0, firstWildcard);
  return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}
