import { parseArgs } from 'node:util';
import { OPERATIONS } from '../catalog.js';
import { INPUTS, type InputName } from '../config/inputs.js';
import { UsageError } from '../errors.js';
import { closest } from './suggest.js';

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
  'print-secret': { type: 'boolean' },
  'secret-file': { type: 'string' },
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
      /** --print-secret: the new secret goes to stdout, once */
      printSecret: boolean;
      /** --secret-file: the new secret goes to this new file (mode 0600) */
      secretFile?: string;
    };

type FlagType = 'boolean' | 'string';
const FLAG_TYPES = new Map<string, FlagType>([
  ...Object.entries(CLI_FLAGS).map(([name, flag]) => [name, flag.type] as const),
  ...INPUT_FLAGS.map(
    ({ name }) => [name, BOOLEAN_INPUTS.includes(name) ? 'boolean' : 'string'] as const,
  ),
]);
/** Every spelling a user may type, for "did you mean". */
const KNOWN_FLAGS = [...FLAG_TYPES].flatMap(([name, type]) =>
  type === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`],
);

interface OptionToken {
  kind: 'option';
  name: string;
  rawName: string;
  index: number;
  value?: string;
  inlineValue?: boolean;
}
type Token =
  | OptionToken
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

/** parseArgs without its own errors, which quote the arguments: cdnkit checks every token itself. */
function tokenize(argv: readonly string[]): Token[] {
  const options: Record<string, { type: FlagType; short?: string }> = {};
  for (const [name, type] of FLAG_TYPES) options[name] = { type };
  options.help = CLI_FLAGS.help;
  return parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true,
  }).tokens as Token[];
}

/** True when the command line asks for JSON, even if it is otherwise unusable. */
export function wantsJson(argv: readonly string[]): boolean {
  return tokenize(argv).some(
    (token) => token.kind === 'option' && token.name === 'json' && token.rawName === '--json',
  );
}

/**
 * Turns argv into a command. A UsageError never quotes an argument's value
 * (a misplaced secret would end up on the screen and in CI logs): it names
 * known flags, and arguments by their position.
 */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const tokens = tokenize(argv);
  const isOption = (token: Token, name: string) => token.kind === 'option' && token.name === name;
  if (tokens.some((token) => isOption(token, 'help'))) return { kind: 'help' };
  if (tokens.some((token) => isOption(token, 'version'))) return { kind: 'version' };

  const values = new Map<string, string[]>();
  const positionals: { index: number; value: string }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token);
    if (token.kind !== 'option') continue;
    const value = optionValue(token, argv);
    const previous = values.get(token.name) ?? [];
    if (token.name === 'secret-file' && previous.length > 0)
      throw new UsageError(`option '--${token.name}' is given twice`);
    values.set(token.name, [...previous, value]);
  }

  const [operation, ...extra] = positionals;
  if (operation === undefined) throw new UsageError('missing the operation, e.g. cdnkit purge');
  if (!(OPERATIONS as readonly string[]).includes(operation.value)) {
    const guess = closest(operation.value, OPERATIONS);
    throw new UsageError(
      guess
        ? `unknown operation in argument ${operation.index + 1}; did you mean '${guess}'?`
        : `unknown operation in argument ${operation.index + 1}; operations: ${OPERATIONS.join(', ')}`,
    );
  }
  if (extra.length > 0) {
    throw new UsageError(
      `unexpected argument ${extra[0]!.index + 1}: give one operation, and each value after its flag (--name value)`,
    );
  }

  const inputs = new Map<InputName, string>([['operation', operation.value]]);
  for (const { name } of INPUT_FLAGS) {
    const given = values.get(name);
    if (given) inputs.set(name, BOOLEAN_INPUTS.includes(name) ? given.at(-1)! : given.join('\n'));
  }
  for (const [name, variable] of CREDENTIAL_VARIABLES) {
    const value = env[variable];
    if (!inputs.has(name) && value) inputs.set(name, value);
  }
  const last = (name: string) => values.get(name)?.at(-1);
  return {
    kind: 'run',
    inputs,
    json: last('json') === 'true',
    verbose: last('verbose') === 'true',
    printSecret: last('print-secret') === 'true',
    ...(last('secret-file') !== undefined ? { secretFile: last('secret-file') } : {}),
  };
}

/** The value of one option token: 'true'/'false' for switches, the text for the rest. */
function optionValue(token: OptionToken, argv: readonly string[]): string {
  const type = FLAG_TYPES.get(token.name);
  const negated = token.rawName.startsWith('--no-');
  if (type === undefined || (negated && type !== 'boolean')) throw unknownOption(token, argv);
  const flag = `--${token.name}`;
  if (type === 'boolean') {
    if (token.value === undefined) return String(!negated);
    // --wait=true reads like the action's input; anything else is not quoted back
    if (!negated && (token.value === 'true' || token.value === 'false')) return token.value;
    throw new UsageError(`option '${flag}' is a switch: use ${flag} or --no-${token.name}`);
  }
  if (token.value === undefined) throw new UsageError(`option '${flag}' needs a value`);
  const next = token.value.split('=')[0]!;
  if (!token.inlineValue && KNOWN_FLAGS.includes(next)) {
    throw new UsageError(
      `option '${flag}' needs a value, but the next argument is the option '${next}'`,
    );
  }
  return token.value;
}

/**
 * Names the option only when the argument reads like a flag (`--` and a short
 * lower-case word, or `-x`), never a value: a secret glued to `--` or given
 * `=value` is described by its position.
 */
function unknownOption(token: OptionToken, argv: readonly string[]): UsageError {
  const argument = argv[token.index] ?? '';
  const name = argument.split('=')[0]!;
  const flagLike = /^(--[a-z][a-z0-9-]{0,39}|-[a-zA-Z])$/.test(name) && name === token.rawName;
  if (!flagLike) return new UsageError(`argument ${token.index + 1} is not an option cdnkit knows`);
  const guess = closest(name, KNOWN_FLAGS);
  return new UsageError(`unknown option '${name}'${guess ? `; did you mean '${guess}'?` : ''}`);
}
