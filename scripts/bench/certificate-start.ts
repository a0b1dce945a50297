/**
 * Certificate code is loaded only by certificate operations (a chunk of its
 * own, and each provider's client chunk imported on first use). Measured here:
 * the start-to-exit time of `check-certificate` (one TLS probe of the
 * emulator's edge) and `rotate-certificate` with `dry-run`, next to a one-URL
 * `purge` and a dry-run `purge`, each against `node -e 0` in alternating pairs.
 * The emulator and its TLS edge answer from this process, so the runs are
 * spawned asynchronously (spawnSync would block them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainFor } from '../../__tests__/helpers/certificates.js';
import { createEmulator } from '../../emulator/index.js';
import { NODE_ALONE, type NodeCommand, runNode } from './node-timing.js';
import type { BenchProvider } from './providers.js';
import { PACING_OFF } from './purge.js';
import { check, type Scratch } from './scratch.js';
import { paired, ratio, type Spread, spread } from './stats.js';

export interface OperationStart {
  label: string;
  /** start-to-exit time of the action running the operation */
  subject: Spread;
  reference: Spread;
  overNode: Spread;
  ratio: Spread;
}

export interface CertificateStartBench {
  operations: OperationStart[];
  /** the chunks of dist/ holding certificate code, and their size */
  chunks: { name: string; bytes: number; holds: string }[];
}

/** Source paths whose code only certificate operations may load. */
const CERTIFICATE_SOURCES =
  /src\/(certificates\/(?!pem\.ts|probe-target\.ts)|operations\/certificates\/|providers\/\w+\/certificates\.ts)/;

export async function benchCertificateStart(
  root: string,
  scratch: Scratch,
  gcore: BenchProvider,
  runs: { pairs: number; warmups: number },
): Promise<CertificateStartBench> {
  // rate limits off on both sides: dozens of purges in a row must not wait for a window
  const providers = createEmulator({ scale: PACING_OFF, taskDelayMs: 0, ...gcore.emulator });
  await providers.emulator.start();
  const edge = await providers.edge.start();
  try {
    const chain = await chainFor(['cdn.example.com', 'static.example.com']);
    providers.edge.serve('cdn.example.com', { cert: chain.fullchain, key: chain.leaf.key.pem });
    const gcoreInputs = gcore.inputs(providers);
    const material = {
      certificate: chain.fullchain,
      'private-key': chain.leaf.key.pem,
      resource: '123',
    };
    const commands: NodeCommand[] = [
      action(root, scratch, 'purge, 1 URL', {
        ...gcoreInputs,
        urls: 'https://cdn.example.com/index.html',
      }),
      action(root, scratch, 'purge, dry-run', {
        ...gcoreInputs,
        urls: 'https://cdn.example.com/index.html',
        'dry-run': 'true',
      }),
      action(
        root,
        scratch,
        'check-certificate, 1 TLS probe',
        { provider: 'gcore', operation: 'check-certificate', hostnames: 'cdn.example.com' },
        // the root is nobody's: a warning, not a failure
        { CDNKIT_PROBE_CONNECT: edge },
      ),
      action(root, scratch, 'rotate-certificate, dry-run', {
        ...gcoreInputs,
        operation: 'rotate-certificate',
        ...material,
        'dry-run': 'true',
      }),
    ];
    const operations: OperationStart[] = [];
    for (const command of commands) operations.push(await compareAsync(command, runs));
    return { operations, chunks: certificateChunks(join(root, 'dist')) };
  } finally {
    await providers.edge.stop();
    await providers.emulator.stop();
  }
}

function action(
  root: string,
  scratch: Scratch,
  label: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): NodeCommand {
  const name = `certificate-start/${label.replace(/\W+/g, '-')}`;
  const dir = scratch.dir(name);
  const variables: Record<string, string> = {
    // appended to by every run: created once, as the runner does
    GITHUB_OUTPUT: scratch.file(`${name}/output`, ''),
    GITHUB_STEP_SUMMARY: scratch.file(`${name}/summary`, ''),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    CDNKIT_PACING_SCALE: String(PACING_OFF),
    ...env,
  };
  for (const [name, value] of Object.entries(inputs))
    variables[`INPUT_${name.toUpperCase()}`] = value;
  return { label, args: [join(root, 'dist', 'index.js')], env: variables, exitCode: 0 };
}

/** `pairs` alternating runs of `node -e 0` and `command` after `warmups`, spawned asynchronously. */
async function compareAsync(
  command: NodeCommand,
  { pairs, warmups }: { pairs: number; warmups: number },
): Promise<OperationStart> {
  const reference: number[] = [];
  const subject: number[] = [];
  for (let i = 0; i < warmups + pairs; i++) {
    const order = i % 2 === 0 ? [NODE_ALONE, command] : [command, NODE_ALONE];
    const times = new Map<NodeCommand, number>();
    for (const one of order) times.set(one, await timeAsync(one));
    if (i < warmups) continue;
    reference.push(times.get(NODE_ALONE)!);
    subject.push(times.get(command)!);
  }
  return {
    label: command.label,
    subject: spread(subject),
    reference: spread(reference),
    overNode: spread(paired(subject, reference, (s, r) => s - r)),
    ratio: spread(paired(subject, reference, ratio)),
  };
}

async function timeAsync(command: NodeCommand): Promise<number> {
  const started = performance.now();
  const { code, stdout } = await runNode(command.args, {
    env: { PATH: process.env.PATH ?? '', ...command.env },
  });
  const ms = performance.now() - started;
  check(
    code === command.exitCode,
    `${command.label} exited with ${code}, expected ${command.exitCode}:\n${stdout.slice(-1500)}`,
  );
  return ms;
}

/** The chunks whose source map names certificate sources, with what they hold. */
export function certificateChunks(dist: string): CertificateStartBench['chunks'] {
  return readdirSync(dist)
    .filter((name) => /^\d+\.index\.js$/.test(name))
    .flatMap((name) => {
      const map = JSON.parse(readFileSync(join(dist, `${name}.map`), 'utf8')) as {
        sources: string[];
      };
      const sources = map.sources.filter((source) => CERTIFICATE_SOURCES.test(source));
      if (sources.length === 0) return [];
      const client = sources
        .map((source) => /providers\/(\w+)\/certificates\.ts/.exec(source)?.[1])
        .find(Boolean);
      const holds = sources.some((source) => source.includes('operations/certificates/'))
        ? 'the certificate operations, validation and the TLS probe'
        : `the ${client ?? 'shared'} certificate client`;
      return [{ name, bytes: readFileSync(join(dist, name)).byteLength, holds }];
    });
}
