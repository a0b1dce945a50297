/** The purge and prefetch targets: urls, urls-file, prefixes, purge-all, changed-files + url-map. */

import type { OperationName } from '../catalog.js';
import { InputError } from '../errors.js';
import { parseList, unique } from '../targets/list.js';
import { normaliseTarget } from '../targets/url.js';
import { mapChangedFiles, parseUrlMap } from '../targets/url-map.js';
import { CONTROL_CHARACTERS } from '../text.js';
import type { Config, ParseEnvironment } from './config.js';
import type { InputName } from './inputs.js';
import { FileRefusal } from './file.js';
import { bool } from './values.js';

/**
 * The URLs of a `urls-file`, one a line. A bad line is named by its number,
 * never quoted: a file named by mistake (a .env) must not end up in the log.
 */
function fileTargets(content: string, file: string): string[] {
  const targets: string[] = [];
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    targets.push(normaliseTarget(entry, 'urls-file', `line ${index + 1} of '${file}'`));
  }
  return targets;
}

export function parseTargets(
  input: (name: InputName) => string,
  environment: ParseEnvironment,
  operation: OperationName,
): Config['targets'] {
  const urls = parseList(input('urls')).map((entry) => normaliseTarget(entry, 'urls'));
  const file = input('urls-file');
  if (file !== '') {
    const base = environment.env.GITHUB_WORKSPACE ?? '.';
    let content: string;
    try {
      content = environment.readFile(environment.resolvePath(base, file));
    } catch (error) {
      if (error instanceof FileRefusal)
        throw new InputError('urls-file', `'${file}' ${error.message}`);
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        'urls-file',
        `cannot read '${file}'${code ? ` (${code})` : ''}; give a path absolute or relative to GITHUB_WORKSPACE`,
      );
    }
    urls.push(...fileTargets(content, file));
  }
  const changed = parseList(input('changed-files'));
  const urlMapText = input('url-map');
  let skippedFiles: string[] = [];
  if (changed.length > 0) {
    if (urlMapText === '')
      throw new InputError(
        'url-map',
        "is required with 'changed-files' to turn file paths into URLs",
      );
    for (const file of changed) {
      if (CONTROL_CHARACTERS.test(file))
        throw new InputError('changed-files', 'contains control characters');
    }
    const mapped = mapChangedFiles(changed, parseUrlMap(urlMapText));
    urls.push(...mapped.urls.map((url) => normaliseTarget(url, 'url-map')));
    skippedFiles = mapped.skipped;
  } else if (urlMapText !== '') {
    parseUrlMap(urlMapText);
  }
  const prefixes = parseList(input('prefixes')).map((entry) => normaliseTarget(entry, 'prefixes'));
  const purgeAll = bool(input('purge-all'), 'purge-all', false);
  const targets = { urls: unique(urls), prefixes: unique(prefixes), purgeAll, skippedFiles };

  const sources = "'urls', 'urls-file', 'changed-files'";
  if (operation === 'purge') {
    if (purgeAll && (targets.urls.length > 0 || targets.prefixes.length > 0)) {
      throw new InputError(
        'purge-all',
        "purges everything; leave 'urls', 'prefixes' and 'changed-files' empty",
      );
    }
    if (!purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0) {
      const empty = changed.length > 0 ? ' (no changed file matched a url-map rule)' : '';
      throw new InputError(
        'urls',
        `purge needs at least one URL or prefix${empty}: set ${sources}, 'prefixes' or 'purge-all: true'`,
      );
    }
  } else if (operation === 'prefetch') {
    if (purgeAll)
      throw new InputError('purge-all', 'applies to purge only; prefetch takes exact URLs');
    if (targets.prefixes.length > 0)
      throw new InputError('prefixes', 'prefetch takes exact URLs, not prefixes or wildcards');
    if (targets.urls.length === 0) {
      throw new InputError('urls', `prefetch needs at least one URL: set ${sources}`);
    }
  } else {
    for (const name of ['urls', 'urls-file', 'prefixes', 'changed-files'] as const) {
      if (input(name) !== '')
        throw new InputError(name, `applies to purge and prefetch only, not to '${operation}'`);
    }
    if (purgeAll) throw new InputError('purge-all', `applies to purge only, not to '${operation}'`);
  }
  return targets;
}
