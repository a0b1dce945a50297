/** Whole Node processes: timed one at a time in alternating pairs, or run for their output. */
import { spawn, spawnSync } from 'node:child_process';
import { check } from './scratch.js';

export interface NodeCommand {
  label: string;
  args: string[];
  env?: Record<string, string>;
  /** the exit code every run must end with (a run that fails otherwise measured something else) */
  exitCode: number;
  /** optional check of stdout, e.g. that the fast failure is the one intended */
  stdout?: RegExp;
}

export interface PairedSamples {
  reference: number[];
  subject: number[];
}

/** The reference for start-up: Node starting and exiting with nothing to do. */
export const NODE_ALONE: NodeCommand = { label: 'node -e 0', args: ['-e', '0'], exitCode: 0 };

/** Starts `command` once and returns its wall time in ms. */
export function timeNode(command: NodeCommand): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, command.args, {
    env: { PATH: process.env.PATH ?? '', ...command.env },
    stdio: ['ignore', command.stdout ? 'pipe' : 'ignore', 'ignore'],
    encoding: 'utf8',
    timeout: 30_000,
  });
  const ms = performance.now() - started;
  check(
    result.status === command.exitCode,
    `${command.label} exited with ${result.status ?? result.signal}, expected ${command.exitCode}`,
  );
  if (command.stdout)
    check(
      command.stdout.test(result.stdout ?? ''),
      `${command.label} printed no line matching ${command.stdout}`,
    );
  return ms;
}

/**
 * `pairs` runs of each command, alternating, after `warmups` unrecorded pairs
 * (file cache, CPU frequency). The order flips every pair, so neither command
 * always runs right after the other: drift from other load hits both alike,
 * and per-pair differences or ratios cancel most of it.
 */
export function pairedRuns(
  reference: NodeCommand,
  subject: NodeCommand,
  { pairs, warmups }: { pairs: number; warmups: number },
): PairedSamples {
  const samples: PairedSamples = { reference: [], subject: [] };
  for (let i = 0; i < warmups + pairs; i++) {
    let referenceMs: number;
    let subjectMs: number;
    if (i % 2 === 0) {
      referenceMs = timeNode(reference);
      subjectMs = timeNode(subject);
    } else {
      subjectMs = timeNode(subject);
      referenceMs = timeNode(reference);
    }
    if (i < warmups) continue;
    samples.reference.push(referenceMs);
    samples.subject.push(subjectMs);
  }
  return samples;
}

/** Runs `node <args>` to its end (killed after two minutes); by default with PATH alone inherited. */
export function runNode(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env ?? { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/**
 * A bench client (`node <args>`, printing one JSON line `{ sent, refused, firstRefusal }`),
 * timed from spawn to exit; fails the bench unless it exited 0 with no request refused.
 */
export async function runClient(
  what: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ wallMs: number; sent: number }> {
  const started = performance.now();
  const { code, stdout, stderr } = await runNode(args, env ? { env } : {});
  const wallMs = performance.now() - started;
  check(code === 0, `${what} exited ${code}: ${stderr.slice(-2000)}`);
  const result = JSON.parse(stdout) as { sent: number; refused: number; firstRefusal: string };
  check(
    result.refused === 0,
    `${what}: ${result.refused} requests refused, first: ${result.firstRefusal}`,
  );
  return { wallMs, sent: result.sent };
}
