/**
 * The release of version X.Y.Z: check everything, then tag `vX.Y.Z`, move the
 * major tag `vX` to it, push both in one atomic push, and write the release
 * notes (the CHANGELOG section) for `gh release create --draft`. With
 * `dryRun` the checks run and the commands are printed, but nothing is tagged
 * or pushed. Follows actions/typescript-action's script/release and
 * actions/toolkit docs/action-versioning.md (annotated tags, a moving major tag).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReleaseOptions {
  /** X.Y.Z, without the v */
  version: string;
  /** the repository's work tree */
  cwd: string;
  remote: string;
  dryRun: boolean;
  /** where the release notes go (the workflow hands this file to gh release create) */
  notesFile?: string;
  /** rebuilds dist/; its output must equal the committed dist/ */
  bundle: readonly string[];
  log(line: string): void;
}

export interface Release {
  tag: string;
  majorTag: string;
  commit: string;
  notes: string;
}

/** A release cannot go ahead; the message says what to fix. */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** [major, minor, patch], or a ReleaseError for anything but X.Y.Z. */
export function parseVersion(version: string): [number, number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new ReleaseError('the version must be X.Y.Z (three numbers, no v, no suffix)');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The body of CHANGELOG.md's `## X.Y.Z — date` section (Keep a Changelog's
 * `## [X.Y.Z] - date` too). The section must exist, be dated rather than
 * "unreleased", and say something.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s+[—–-]\\s+(.*))?\\s*$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) throw new ReleaseError(`CHANGELOG.md has no '## ${version} — <date>' section`);
  const date = heading.exec(lines[start]!)![1]?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ReleaseError(
      `CHANGELOG.md's ${version} section must carry its release date ('## ${version} — YYYY-MM-DD'), not '${date || 'nothing'}'`,
    );
  }
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const notes = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
  if (notes === '') throw new ReleaseError(`CHANGELOG.md's ${version} section is empty`);
  return notes;
}

/** The checks, then the tags and the push; returns what was (or would be) released. */
export function release(options: ReleaseOptions): Release {
  const { version, cwd, remote, dryRun, log } = options;
  const [major] = parseVersion(version);
  const tag = `v${version}`;
  const majorTag = `v${major}`;
  const git = (...args: string[]) => run('git', args, cwd);

  const packageVersion = (
    JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as {
      version?: string;
    }
  ).version;
  if (packageVersion !== version) {
    throw new ReleaseError(
      `package.json says ${packageVersion ?? 'no version'}, not ${version}: run npm version ${version} --no-git-tag-version and commit`,
    );
  }
  const notes = releaseNotes(readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8'), version);
  if (git('status', '--porcelain') !== '') {
    throw new ReleaseError('the work tree has uncommitted changes: a release is a commit');
  }
  const released = [
    ...git('tag', '--list', 'v*').split('\n'),
    ...git('ls-remote', '--tags', '--refs', remote, 'v*')
      .split('\n')
      .map((line) => line.split('refs/tags/')[1] ?? ''),
  ].filter((name) => /^v\d+\.\d+\.\d+$/.test(name));
  if (released.includes(tag)) throw new ReleaseError(`${tag} exists already; tags are never moved`);
  const latest = released
    .map((name) => name.slice(1))
    .sort(compareVersions)
    .at(-1);
  if (latest !== undefined && compareVersions(version, latest) <= 0) {
    throw new ReleaseError(`${version} is not newer than the latest release, ${latest}`);
  }
  log(`checks passed: package.json, CHANGELOG.md section, clean tree, ${tag} is new`);

  log(`rebuilding dist/: ${options.bundle.join(' ')}`);
  run(options.bundle[0]!, options.bundle.slice(1), cwd);
  if (git('status', '--porcelain', '--', 'dist') !== '') {
    git('checkout', '--', 'dist');
    git('clean', '-fdq', '--', 'dist');
    throw new ReleaseError(
      'dist/ is not the bundle of the committed src/: run npm run bundle and commit dist/',
    );
  }
  log('dist/ is the fresh bundle');

  const commit = git('rev-parse', 'HEAD');
  const writes = [
    ['tag', '--annotate', tag, '--message', tag, commit],
    ['tag', '--force', '--annotate', majorTag, '--message', `${majorTag}: ${tag}`, commit],
    // atomic: both tags or neither; only the major tag may replace an existing one (+)
    ['push', '--atomic', remote, `refs/tags/${tag}`, `+refs/tags/${majorTag}`],
  ];
  for (const args of writes) {
    log(`${dryRun ? 'would run' : 'running'}: git ${args.join(' ')}`);
    if (!dryRun) git(...args);
  }
  if (options.notesFile) {
    writeFileSync(options.notesFile, `${notes}\n`);
    log(`release notes (CHANGELOG.md's ${version} section) written to ${options.notesFile}`);
  }
  log(
    dryRun
      ? `dry run: ${tag} and ${majorTag} would point at ${commit}; nothing was tagged or pushed`
      : `${tag} and ${majorTag} point at ${commit}, pushed to ${remote}`,
  );
  return { tag, majorTag, commit, notes };
}

/** Runs a command; its trimmed stdout, or a ReleaseError with its stderr. */
function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new ReleaseError(`${command} ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}
