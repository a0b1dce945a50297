/**
 * Cold start: the action failing fast (no inputs) against Node doing nothing,
 * in alternating pairs. What a workflow pays before cdnkit does any work.
 */
import { join } from 'node:path';
import { NODE_ALONE, type NodeCommand, type PairedSamples, pairedRuns } from './node-timing.js';
import type { Scratch } from './scratch.js';
import { paired, ratio, type Spread, spread } from './stats.js';

export interface StartupComparison {
  label: string;
  /** start-to-exit time of the subject */
  subject: Spread;
  /** Node alone, in the same pairs */
  reference: Spread;
  /** per pair: subject − Node alone */
  overNode: Spread;
  /** per pair: subject ÷ Node alone */
  ratio: Spread;
}

export function compareWithNode(
  command: NodeCommand,
  runs: { pairs: number; warmups: number },
): StartupComparison {
  return startupComparison(command.label, pairedRuns(NODE_ALONE, command, runs));
}

/** Paired samples of a subject and of Node alone, summarised per pair. */
export function startupComparison(label: string, samples: PairedSamples): StartupComparison {
  return {
    label,
    subject: spread(samples.subject),
    reference: spread(samples.reference),
    overNode: spread(paired(samples.subject, samples.reference, (s, r) => s - r)),
    ratio: spread(paired(samples.subject, samples.reference, ratio)),
  };
}

/** `node dist/index.js` with no inputs, as the runner starts it: it must fail on 'provider'. */
export function actionFailingFast(root: string, scratch: Scratch): NodeCommand {
  const dir = scratch.dir('cold-start');
  return {
    label: 'node dist/index.js (no inputs: fails on provider)',
    args: [join(root, 'dist', 'index.js')],
    env: {
      GITHUB_OUTPUT: scratch.file('cold-start/output', ''),
      GITHUB_STEP_SUMMARY: scratch.file('cold-start/summary', ''),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    },
    exitCode: 1,
    stdout: /^::error::.*'provider'/m,
  };
}
