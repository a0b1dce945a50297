import { type ParseArgsConfig, parseArgs } from 'node:util';
import { INPUTS, type InputName } from '../config/inputs.js';
import { UsageError } from '../errors.js';

/** Inputs that are true or false: `--wait` means true, `--no-wait` false. */
export const BOOLEAN_INPUTS: readonly InputName[] = [
  'dry-run',
  'purge-all',
  'wait',
  'check-quota',
  'read-only',
  'delete-old',
  'probe',
];

/**
 * Credentials may come from these variables instead of flags, which stay out of
 * shell history and the process list. A flag wins over its variable.
 */
export const CREDENTIAL_VARIABLES: readonly (readonly [InputName, string])[] = [
  ['api-key', 'CDNKIT_API_KEY'],
  ['api-secret', 'CDNKIT_API_SECRET'],
  ['api-token', 'CDNKIT_API_TOKEN'],
  ['username', 'CDNKIT_USERNAME'],
  ['password', 'CDNKIT_PASSWORD'],
  ['github-token', 'CDNKIT_GITHUB_TOKEN'],
];

/** Flags of the CLI itself, besides one flag per input. */
export const CLI_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const;

/** Every input is a flag except `operation`, the positional argument. */
export const INPUT_FLAGS = INPUTS.filter((spec) => spec.name !== 'operation');

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'run';
      /** raw input values, as the runner would pass them ('' when not given) */
      inputs: ReadonlyMap<InputName, string>;
      json: boolean;
      verbose: boolean;
    };

export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const options: NonNullable<ParseArgsConfig['options']> = { ...CLI_FLAGS };
  for (const { name } of INPUT_FLAGS) {
    options[name] = BOOLEAN_INPUTS.includes(name)
      ? { type: 'boolean' }
      : { type: 'string', multiple: true };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [operation, ...extra] = positionals;
  if (operation === undefined) throw new UsageError('missing the operation, e.g. cdnkit purge');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);

  const inputs = new Map<InputName, string>([['operation', operation]]);
  for (const { name } of INPUT_FLAGS) {
    const value = values[name];
    if (typeof value === 'boolean') inputs.set(name, String(value));
    else if (Array.isArray(value)) inputs.set(name, value.join('\n'));
  }
  for (const [name, variable] of CREDENTIAL_VARIABLES) {
    const value = env[variable];
    if (!inputs.has(name) && value) inputs.set(name, value);
  }
  return { kind: 'run', inputs, json: values.json === true, verbose: values.verbose === true };
}

/** parseArgs explains itself in a paragraph; the first sentence is the point. */
function firstSentence(message: string): string {
  const sentence = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
