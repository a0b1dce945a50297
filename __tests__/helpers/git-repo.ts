/**
 * Throwaway git repositories for `changed-files: auto`: a developer's clone
 * that commits and pushes to a bare "origin", and the runner's checkouts of it
 * (full or shallow), with the event payload the runner would write.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export const ZERO = '0'.repeat(40);

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

export class TestRepo {
  readonly root = mkdtempSync(join(tmpdir(), 'cdnkit-git-'));
  readonly bare = join(this.root, 'origin.git');
  readonly dev = join(this.root, 'dev');
  private checkouts = 0;

  constructor() {
    git(this.root, 'init', '-q', '--bare', '-b', 'main', this.bare);
    git(this.root, 'clone', '-q', this.bare, this.dev);
    git(this.dev, 'checkout', '-q', '-b', 'main');
  }

  /** Writes (string), deletes (null) or renames ({ from }) files, commits; returns the commit id. */
  commit(changes: Record<string, string | null | { from: string }>, message = 'change'): string {
    for (const [path, change] of Object.entries(changes)) {
      if (change === null) git(this.dev, 'rm', '-q', path);
      else if (typeof change === 'object') {
        mkdirSync(dirname(join(this.dev, path)), { recursive: true });
        git(this.dev, 'mv', change.from, path);
      } else {
        mkdirSync(dirname(join(this.dev, path)), { recursive: true });
        writeFileSync(join(this.dev, path), change);
        git(this.dev, 'add', path);
      }
    }
    git(this.dev, 'commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return git(this.dev, 'rev-parse', 'HEAD');
  }

  push(branch = 'main', { force = false } = {}): void {
    git(
      this.dev,
      'push',
      '-q',
      ...(force ? ['--force'] : []),
      'origin',
      `HEAD:refs/heads/${branch}`,
    );
  }

  /** Drops commits no branch reaches any more from origin, as GitHub does in time. */
  forgetUnreachable(): void {
    git(this.bare, 'reflog', 'expire', '--expire=now', '--all');
    git(this.bare, 'gc', '-q', '--prune=now');
  }

  /** The runner's checkout of `branch` (`depth` 1 is actions/checkout's default). */
  checkout(branch = 'main', depth?: number): string {
    const path = join(this.root, `workspace-${++this.checkouts}`);
    const shallow = depth === undefined ? [] : ['--depth', String(depth)];
    git(this.root, 'clone', '-q', ...shallow, '--branch', branch, `file://${this.bare}`, path);
    return path;
  }

  /** Writes an event payload file; returns its path. */
  event(payload: object): string {
    const path = join(this.root, `event-${++this.checkouts}.json`);
    writeFileSync(path, JSON.stringify(payload));
    return path;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
