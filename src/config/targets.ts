/** The purge and prefetch targets: urls, urls-file, prefixes, purge-all, changed-files + url-map. */

import type { OperationName } from '../catalog.js';
import { InputError } from '../errors.js';
import { parseList, unique } from '../targets/list.js';
import { isNormalised, normaliseTarget, normaliseWithUrlParser } from '../targets/url.js';
import { parseUrlMap } from '../targets/url-map.js';
import { CONTROL_CHARACTERS } from '../text.js';
import {
  type ChangedFiles,
  type ChangedFilesFallback,
  type Config,
  type ParseEnvironment,
  WORKFLOW_VARIABLES,
  type WorkflowEnvironment,
} from './config.js';
import { FileRefusal } from './file.js';
import type { InputName } from './inputs.js';
import { bool, oneOf } from './values.js';

const TARGET_INPUTS = ['urls', 'urls-file', 'prefixes', 'changed-files'] as const;

/** Largest `urls-file` read: over three times the 200,000 URLs of the load test. */
export const MAX_URLS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Adds the URLs of a `urls-file`, one a line, to `seen`: one pass over the
 * text, each line normalised once (most are normalised already, and kept as
 * they are). A bad line is named by its number, never quoted: a file named by
 * mistake (a .env) must not end up in the log.
 */
function addFileTargets(content: string, source: string, seen: Set<string>): void {
  let line = 0;
  for (let start = 0; start <= content.length; ) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    line++;
    // trim() also takes the \r of a \r\n
    const entry = content.slice(start, end).trim();
    start = end + 1;
    if (entry === '' || entry.startsWith('#')) continue;
    seen.add(
      isNormalised(entry)
        ? entry
        : normaliseWithUrlParser(entry, 'urls-file', `line ${line} of ${source}`),
    );
  }
}

export function parseTargets(
  input: (name: InputName) => string,
  environment: ParseEnvironment,
  operation: OperationName,
): Pick<Config, 'targets' | 'changedFiles'> {
  // one set keeps every URL once, in the order first seen: the urls input, then the file
  const urls = new Set(parseList(input('urls')).map((entry) => normaliseTarget(entry, 'urls')));
  const file = input('urls-file');
  if (file !== '') {
    const base = environment.env.GITHUB_WORKSPACE ?? '.';
    let content: string;
    try {
      content =
        file === '-' && environment.readStdin
          ? environment.readStdin()
          : environment.readFile(environment.resolvePath(base, file), MAX_URLS_FILE_BYTES);
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof FileRefusal)
        throw new InputError('urls-file', `'${file}' ${error.message}`);
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        'urls-file',
        `cannot read '${file}'${code ? ` (${code})` : ''}; give a path absolute or relative to ${environment.relativeTo ?? 'GITHUB_WORKSPACE'}`,
      );
    }
    addFileTargets(content, file === '-' ? 'standard input' : `'${file}'`, urls);
  }
  const changedFiles = parseChangedFiles(input, operation, environment);
  const prefixes = parseList(input('prefixes')).map((entry) => normaliseTarget(entry, 'prefixes'));
  const purgeAll = bool(input('purge-all'), 'purge-all', false);
  const targets = { urls: [...urls], prefixes: unique(prefixes), purgeAll };

  if (operation === 'purge') {
    if (purgeAll && (targets.urls.length > 0 || targets.prefixes.length > 0 || changedFiles)) {
      throw new InputError(
        'purge-all',
        "purges everything; leave 'urls', 'prefixes' and 'changed-files' empty",
      );
    }
  } else if (operation === 'prefetch') {
    if (purgeAll)
      throw new InputError('purge-all', 'applies to purge only; prefetch takes exact URLs');
    if (targets.prefixes.length > 0)
      throw new InputError('prefixes', 'prefetch takes exact URLs, not prefixes or wildcards');
    if (changedFiles?.source.kind === 'auto' && changedFiles.source.fallback === 'purge-all') {
      throw new InputError(
        'changed-files-fallback',
        "purge-all applies to purge only; prefetch needs exact URLs, so use 'fail'",
      );
    }
  } else {
    for (const name of TARGET_INPUTS) {
      if (input(name) !== '')
        throw new InputError(name, `applies to purge and prefetch only, not to '${operation}'`);
    }
    if (purgeAll) throw new InputError('purge-all', `applies to purge only, not to '${operation}'`);
  }
  return { targets, changedFiles };
}

/**
 * `changed-files` (a list, or `auto`) with its `url-map`. The rules are checked
 * here; the globs are compiled, and the files found and mapped, when the
 * operation starts.
 */
function parseChangedFiles(
  input: (name: InputName) => string,
  operation: OperationName,
  environment: ParseEnvironment,
): ChangedFiles | undefined {
  const { env } = environment;
  const raw = input('changed-files');
  const urlMapText = input('url-map');
  const fallbackText = input('changed-files-fallback');
  const dotfiles = bool(input('url-map-dotfiles'), 'url-map-dotfiles', false);
  const auto = raw.toLowerCase() === 'auto';
  const fallback = oneOf(fallbackText || 'fail', 'changed-files-fallback', [
    'fail',
    'purge-all',
  ] as const) as ChangedFilesFallback;
  if (fallbackText !== '' && !auto) {
    throw new InputError('changed-files-fallback', "only applies with 'changed-files: auto'");
  }
  const urlMap = urlMapText === '' ? [] : parseUrlMap(urlMapText);
  if (raw === '') return undefined;
  if (!['purge', 'prefetch'].includes(operation)) return undefined; // refused by the caller
  if (urlMap.length === 0) {
    throw new InputError(
      'url-map',
      "is required with 'changed-files' to turn file paths into URLs, e.g. 'public/** => https://cdn.example.com/{path}'",
    );
  }
  const workspace = env.GITHUB_WORKSPACE || environment.resolvePath('.', '.');
  if (auto) {
    const workflow = Object.fromEntries(
      WORKFLOW_VARIABLES.map((name) => [name, env[name]]),
    ) as WorkflowEnvironment;
    return { source: { kind: 'auto', fallback, workflow }, urlMap, dotfiles, workspace };
  }
  const files = parseList(raw).map((file) => file.replace(/^\.\//, ''));
  for (const file of files) {
    if (CONTROL_CHARACTERS.test(file))
      throw new InputError('changed-files', 'contains control characters');
  }
  return { source: { kind: 'list', files }, urlMap, dotfiles, workspace };
}
