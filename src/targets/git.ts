/**
 * The few git commands `changed-files: auto` needs, run with execFile (no
 * shell), a timeout and a cap on what they may print. Commit ids are checked
 * before they reach an argument list, so none can be read as an option.
 */
import { execFile } from 'node:child_process';

/** A full commit id: SHA-1, or SHA-256 for repositories that use it. */
export const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** `git diff -z` output accepted (about 200,000 paths of average length). */
export const MAX_DIFF_BYTES = 32 * 1024 * 1024;
/** Anything else git prints (errors, rev-parse) is cut at this. */
const MAX_OTHER_BYTES = 64 * 1024;

export interface GitOptions {
  /** the working tree (GITHUB_WORKSPACE) */
  cwd: string;
  /** ms a command may take before it is killed */
  timeoutMs: number;
  /** variables added to the environment of every command (e.g. GIT_CONFIG_* for a fetch header) */
  env?: Readonly<Record<string, string>>;
}

export class GitError extends Error {
  override readonly name = 'GitError';
}

export class Git {
  constructor(private readonly options: GitOptions) {}

  /** Whether the commit's object is in the local repository. */
  async hasCommit(commit: string): Promise<boolean> {
    checkCommit(commit);
    try {
      await this.run(['cat-file', '-e', `${commit}^{commit}`], MAX_OTHER_BYTES);
      return true;
    } catch (error) {
      if (error instanceof GitError && /not a git repository/i.test(error.message)) throw error;
      return false;
    }
  }

  /** Fetches one commit (its tree, no history) from `origin`: enough for a diff in a shallow clone. */
  async fetchCommit(
    commit: string,
    extraEnv: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    checkCommit(commit);
    await this.run(
      ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', commit],
      MAX_OTHER_BYTES,
      extraEnv,
    );
  }

  /** Values of a config key ([] when unset). */
  async configValues(key: string): Promise<string[]> {
    try {
      const out = await this.run(['config', '--get-all', key], MAX_OTHER_BYTES);
      return out.split('\n').filter((line) => line !== '');
    } catch {
      return [];
    }
  }

  /**
   * Paths that differ between the two commits' trees: added, modified and
   * deleted files; a rename is a deletion plus an addition, so both paths.
   */
  async changedPaths(base: string, head: string): Promise<string[]> {
    checkCommit(base);
    checkCommit(head);
    const out = await this.run(
      ['diff', '--name-only', '--no-renames', '--no-ext-diff', '-z', base, head, '--'],
      MAX_DIFF_BYTES,
    );
    return out.split('\0').filter((path) => path !== '');
  }

  private run(
    args: readonly string[],
    maxBytes: number,
    extraEnv: Readonly<Record<string, string>> = {},
  ): Promise<string> {
    const { cwd, timeoutMs, env } = this.options;
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        // never page, never ask for a password on a terminal
        ['--no-pager', ...args],
        {
          cwd,
          timeout: timeoutMs,
          maxBuffer: maxBytes,
          encoding: 'utf8',
          windowsHide: true,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env, ...extraEnv },
        },
        (error, stdout, stderr) => {
          if (!error) {
            resolve(stdout);
            return;
          }
          const command = `git ${args[0]}`;
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') reject(new GitError('git is not installed or not on PATH'));
          else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            reject(new GitError(`${command} printed more than ${maxBytes} bytes`));
          else if (error.killed)
            reject(new GitError(`${command} took longer than ${timeoutMs / 1000} s`));
          else reject(new GitError(`${command} failed: ${firstLine(stderr) || error.message}`));
        },
      );
    });
  }
}

function checkCommit(commit: string): void {
  if (!COMMIT_ID.test(commit))
    throw new GitError(`'${commit.slice(0, 80)}' is not a full commit id`);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}
