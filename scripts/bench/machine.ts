/** What the numbers were measured on: benchmarks mean little without it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  /** 1-minute load average when the bench started: a busy machine makes timings noisy */
  loadAverage: number;
  /** the commit measured, noting uncommitted changes to src/ or dist/ */
  commit: string;
}

export function describeMachine(root: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    os: `${osName()} (${type()} ${release()})`,
    node: process.version,
    loadAverage: loadavg()[0] ?? 0,
    commit: gitCommit(root),
  };
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return pretty[1]!;
  } catch {
    // no os-release (not Linux): the kernel name alone says what it is
  }
  return type();
}

function gitCommit(root: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'src', 'dist') === ''
      ? commit
      : `${commit} with uncommitted changes to src/ or dist/`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
