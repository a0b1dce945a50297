/**
 * Runs the built action the way the GitHub runner does: `node dist/index.js`
 * with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Used by
 * the demo, the end-to-end tests and the benchmarks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** wall time of the process, ms */
  durationMs: number;
  /** peak resident set size of the process, bytes, when run with `measureRss` */
  maxRssBytes?: number;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** the bundle to run (default dist/index.js of this checkout) */
  entry?: string;
  node?: string;
  timeoutMs?: number;
  /** record the process's peak RSS into `maxRssBytes` (node preloads a tiny exit hook) */
  measureRss?: boolean;
}

/** Names the file the preload below writes the peak RSS (KB) into. */
export const MAX_RSS_FILE_ENV = 'CDNKIT_MAX_RSS_FILE';
/** Preloaded with `--require`: on exit, the process's own peak RSS, as the kernel counted it. */
export const MAX_RSS_PRELOAD = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.${MAX_RSS_FILE_ENV}, String(process.resourceUsage().maxRSS));
});
`;

const here = fileURLToPath(new URL('.', import.meta.url));
/** The checkout's root, from emulator/ (vitest) or build/emulator/ (compiled tools). */
export const ROOT = resolve(here, here.includes(`${sep}build${sep}`) ? '../..' : '..');

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cdnkit-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // as the runner does: every input action.yml gives a default reaches the action, given or not
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  const rssFile = join(dir, 'max-rss');
  const preload: string[] = [];
  if (options.measureRss) {
    const preloadFile = join(dir, 'max-rss.cjs');
    writeFileSync(preloadFile, MAX_RSS_PRELOAD);
    env[MAX_RSS_FILE_ENV] = rssFile;
    preload.push('--require', preloadFile);
  }
  const started = performance.now();
  const entry = options.entry ?? join(ROOT, 'dist', 'index.js');
  const { code, stdout, stderr } = await spawnCollect(
    options.node ?? process.execPath,
    [...preload, entry],
    env,
    options.timeoutMs ?? 60_000,
  );
  const run: ActionRun = {
    exitCode: code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    durationMs: performance.now() - started,
    maxRssBytes: options.measureRss ? readMaxRss(rssFile) : undefined,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

let defaults: Record<string, string> | undefined;

/** The `default` of every input in action.yml, read once. */
export function actionDefaults(): Record<string, string> {
  if (!defaults) {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: unknown }>;
    };
    defaults = {};
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined) defaults[name] = String(input.default);
    }
  }
  return defaults;
}

/** The preload's record, KB as `resourceUsage()` gives it, in bytes; undefined if none was written. */
export function readMaxRss(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const kilobytes = Number(readFileSync(file, 'utf8'));
  return Number.isFinite(kilobytes) && kilobytes > 0 ? kilobytes * 1024 : undefined;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i]!);
    if (plain) outputs[plain[1]!] = plain[2]!;
  }
  return outputs;
}

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli/index.js) with `args` in `cwd`, with only PATH and HOME inherited. */
export async function runCliProcess(options: {
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** written to the CLI's standard input, then closed (default: no standard input) */
  stdin?: string;
}): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const entry = join(ROOT, 'dist', 'cli', 'index.js');
  const { code, stdout, stderr } = await spawnCollect(
    process.execPath,
    [entry, ...options.args],
    env,
    options.timeoutMs ?? 60_000,
    options.cwd,
    options.stdin,
  );
  return { exitCode: code, stdout, stderr };
}

function spawnCollect(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
  cwd?: string,
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env,
      cwd,
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    child.stdin?.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
