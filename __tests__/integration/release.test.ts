/**
 * The release flow against a throwaway repository this test builds: a work
 * tree with package.json, CHANGELOG.md and a dist/ made by its own `bundle`
 * script, and a bare repository as its origin. Real git, no network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RELEASE_USAGE, releaseArgs } from '../../scripts/release/args.js';
import {
  compareVersions,
  type ReleaseOptions,
  release,
  releaseNotes,
} from '../../scripts/release/release.js';

const BUNDLE = `require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','built: '+require('fs').readFileSync('src.js','utf8'))`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();
}

/** A committed release candidate of `version` in a fresh repository with a bare origin. */
function throwawayRepository(): { work: string; origin: string } {
  const root = mkdtempSync(join(tmpdir(), 'cdnkit-release-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  git(work, 'config', 'user.name', 'Release Test');
  git(work, 'config', 'user.email', 'release@example.invalid');
  git(work, 'config', 'commit.gpgsign', 'false');
  git(work, 'config', 'tag.gpgsign', 'false');
  git(work, 'remote', 'add', 'origin', origin);
  return { work, origin };
}

function prepare(work: string, version: string, changelogDate = '2026-11-02'): void {
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify({ name: 'fixture', version, scripts: { bundle: `node -e "${BUNDLE}"` } })}\n`,
  );
  writeFileSync(join(work, 'src.js'), `export const version = '${version}';\n`);
  const previous = (() => {
    try {
      return readFileSync(join(work, 'CHANGELOG.md'), 'utf8').replace(/^# Changelog\n\n/, '');
    } catch {
      return '';
    }
  })();
  writeFileSync(
    join(work, 'CHANGELOG.md'),
    `# Changelog\n\n## ${version} — ${changelogDate}\n\n### Added\n\n- Everything in ${version}.\n\n${previous}`,
  );
  execFileSync('node', ['-e', BUNDLE], { cwd: work });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', `Release ${version}`);
}

describe('release', () => {
  let repo: { work: string; origin: string };
  let lines: string[];
  const options = (version: string, extra: Partial<ReleaseOptions> = {}): ReleaseOptions => ({
    version,
    cwd: repo.work,
    remote: 'origin',
    dryRun: false,
    bundle: ['npm', 'run', '-s', 'bundle'],
    log: (line) => lines.push(line),
    ...extra,
  });
  const remoteTags = () =>
    git(repo.work, 'ls-remote', '--tags', '--refs', 'origin')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/\s+/).reverse().join(' '));
  /** the commit a tag in origin points at (annotated tags peeled) */
  const tagged = (tag: string) => git(repo.origin, 'rev-parse', `${tag}^{commit}`);

  beforeEach(() => {
    repo = throwawayRepository();
    lines = [];
  });

  it('a dry run checks everything and prints the commands, creating and pushing nothing', () => {
    prepare(repo.work, '1.0.0');
    const result = release(options('1.0.0', { dryRun: true }));
    const head = git(repo.work, 'rev-parse', 'HEAD');
    expect(result).toMatchObject({ tag: 'v1.0.0', majorTag: 'v1', commit: head });
    expect(lines).toEqual([
      'checks passed: package.json, CHANGELOG.md section, clean tree, v1.0.0 is new',
      'rebuilding dist/: npm run -s bundle',
      'dist/ is the fresh bundle',
      `would run: git tag --annotate v1.0.0 --message v1.0.0 ${head}`,
      `would run: git tag --force --annotate v1 --message v1: v1.0.0 ${head}`,
      'would run: git push --atomic origin refs/tags/v1.0.0 +refs/tags/v1',
      `dry run: v1.0.0 and v1 would point at ${head}; nothing was tagged or pushed`,
    ]);
    expect(git(repo.work, 'tag', '--list')).toBe('');
    expect(remoteTags()).toEqual([]);
  });

  it('tags vX.Y.Z, moves vX on the next release, and writes the notes from CHANGELOG', () => {
    prepare(repo.work, '1.0.0');
    const notesFile = join(repo.work, '..', 'notes.md');
    release(options('1.0.0', { notesFile }));
    const first = git(repo.work, 'rev-parse', 'HEAD');
    expect(tagged('v1.0.0')).toBe(first);
    expect(tagged('v1')).toBe(first);
    expect(readFileSync(notesFile, 'utf8')).toBe('### Added\n\n- Everything in 1.0.0.\n');
    expect(git(repo.origin, 'cat-file', '-t', 'v1.0.0')).toBe('tag'); // annotated

    prepare(repo.work, '1.1.0');
    release(options('1.1.0', { notesFile }));
    const second = git(repo.work, 'rev-parse', 'HEAD');
    expect(tagged('v1.1.0')).toBe(second);
    expect(tagged('v1')).toBe(second);
    expect(tagged('v1.0.0')).toBe(first);
    expect(readFileSync(notesFile, 'utf8')).toBe('### Added\n\n- Everything in 1.1.0.\n');

    prepare(repo.work, '2.0.0');
    release(options('2.0.0'));
    expect(tagged('v2')).toBe(git(repo.work, 'rev-parse', 'HEAD'));
    expect(tagged('v1')).toBe(second);
  });

  it('refuses, before tagging, whatever does not agree', () => {
    prepare(repo.work, '1.0.0');
    release(options('1.0.0'));
    const refuse = (version: string, message: string) => {
      expect(() => release(options(version))).toThrow(message);
      expect(remoteTags()).toHaveLength(2);
    };
    refuse('1.0.0', 'v1.0.0 exists already; tags are never moved');
    refuse('1.0.1', 'package.json says 1.0.0, not 1.0.1');

    prepare(repo.work, '0.9.0');
    refuse('0.9.0', '0.9.0 is not newer than the latest release, 1.0.0');

    prepare(repo.work, '1.2.0', 'unreleased');
    refuse('1.2.0', "CHANGELOG.md's 1.2.0 section must carry its release date");

    prepare(repo.work, '1.3.0');
    writeFileSync(join(repo.work, 'src.js'), 'changed without a rebundle\n');
    git(repo.work, 'commit', '-qam', 'stale dist');
    refuse('1.3.0', 'dist/ is not the bundle of the committed src/');
    expect(git(repo.work, 'status', '--porcelain')).toBe('');

    writeFileSync(join(repo.work, 'stray.txt'), 'x');
    refuse('1.3.0', 'the work tree has uncommitted changes');
    refuse('1.3', 'the version must be X.Y.Z');
  });
});

describe('release helpers', () => {
  it('reads the dated CHANGELOG section, in either heading style', () => {
    const changelog =
      '# Changelog\n\n## [1.1.0] - 2026-01-02\n\nNew.\n\n## 1.0.0 — 2025-12-01\n\nOld.\n';
    expect(releaseNotes(changelog, '1.1.0')).toBe('New.');
    expect(releaseNotes(changelog, '1.0.0')).toBe('Old.');
    expect(() => releaseNotes(changelog, '1.0.1')).toThrow(
      "CHANGELOG.md has no '## 1.0.1 — <date>' section",
    );
    expect(() => releaseNotes('## 1.0.0 — 2025-12-01\n\n## 0.9.0 — 2025-11-01\n', '1.0.0')).toThrow(
      "CHANGELOG.md's 1.0.0 section is empty",
    );
  });

  it('orders versions numerically, and parses the command line', () => {
    expect(['1.10.0', '1.9.0', '0.1.0', '1.9.10'].sort(compareVersions)).toEqual([
      '0.1.0',
      '1.9.0',
      '1.9.10',
      '1.10.0',
    ]);
    expect(releaseArgs(['v0.2.0', '--dry-run'])).toEqual({
      version: '0.2.0',
      dryRun: true,
      remote: 'origin',
    });
    expect(releaseArgs(['0.2.0', '--notes-file', 'n.md', '--remote', 'up'])).toEqual({
      version: '0.2.0',
      dryRun: false,
      notesFile: 'n.md',
      remote: 'up',
    });
    expect(() => releaseArgs([])).toThrow(RELEASE_USAGE);
    expect(() => releaseArgs(['0.2.0', '--force'])).toThrow(RELEASE_USAGE);
  });
});
