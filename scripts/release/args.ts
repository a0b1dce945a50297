/** `npm run release -- X.Y.Z [--dry-run] [--notes-file PATH] [--remote NAME]` */
import { parseArgs } from 'node:util';
import { ReleaseError } from './release.js';

export const RELEASE_USAGE =
  'usage: npm run release -- X.Y.Z [--dry-run] [--notes-file PATH] [--remote NAME]';

export interface ReleaseArgs {
  version: string;
  dryRun: boolean;
  notesFile?: string;
  remote: string;
}

export function releaseArgs(argv: readonly string[]): ReleaseArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ReleaseError(`${(error as Error).message.split('. ')[0]}; ${RELEASE_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ReleaseError(RELEASE_USAGE);
  return {
    version: positionals[0]!.replace(/^v/, ''),
    dryRun: values['dry-run'] === true,
    remote: values.remote ?? 'origin',
    ...(values['notes-file'] ? { notesFile: values['notes-file'] } : {}),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      'dry-run': { type: 'boolean' },
      'notes-file': { type: 'string' },
      remote: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
}
