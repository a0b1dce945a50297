/**
 * Cold start: the action failing fast (no inputs) against Node doing nothing,
 * in alternating pairs. What a workflow pays before cdnkit does any work.
 */
import { join } from 'node:path';
import { bundleInChild } from './ncc-child.js';
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
export function actionFailingFast(
  root: string,
  scratch: Scratch,
  bundle = { file: join(root, 'dist', 'index.js'), label: 'node dist/index.js' },
): NodeCommand {
  const dir = scratch.dir('cold-start');
  return {
    label: `${bundle.label} (no inputs: fails on provider)`,
    args: [bundle.file],
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

/**
 * The action's entry minified by ncc (terser; ncc leaves the chunks alone), built from the
 * checkout into the scratch directory: what minifying would buy the fail-fast start. The
 * shipped bundles stay unminified, readable where they are reviewed.
 */
export async function minifiedFailingFast(root: string, scratch: Scratch): Promise<NodeCommand> {
  const label = 'dist/index.js minified (not shipped)';
  const out = scratch.dir('minified');
  const file = await bundleInChild(
    root,
    { entry: join(root, 'src', 'index.ts'), out, root, cache: false, minify: true },
    root,
    label,
  );
  return actionFailingFast(root, scratch, { file, label: `node ${label}` });
}
