/**
 * How the CLI reports a failure: one line on stderr, an exit code, and with
 * --json an error object on stdout for scripts.
 */
import type { InputName } from '../config/inputs.js';
import { InputError, ProviderError, StepError, UsageError } from '../errors.js';
import { describeFailure } from '../hints.js';
import { CREDENTIAL_VARIABLES } from './args.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The `error` member of the JSON printed with --json when a run fails. */
export interface CliErrorJson {
  /** usage: the command line; input: a value, before anything was sent; provider: the
   * provider's answer; step: a multi-step change stopped part-way; operation: the
   * operation ran and reported a failure; internal: anything else */
  kind: 'usage' | 'input' | 'provider' | 'step' | 'operation' | 'internal';
  /** the same line as on stderr, secrets redacted */
  message: string;
  exitCode: number;
  input?: string;
  provider?: string;
  status?: number;
  requestId?: string;
  step?: string;
}

export function exitCodeFor(error: unknown): number {
  return error instanceof UsageError || error instanceof InputError ? EXIT_USAGE : EXIT_FAILURE;
}

/** The JSON form of a thrown error; `message` is the redacted line shown on stderr. */
export function errorJson(error: unknown, message: string): CliErrorJson {
  const base = { message, exitCode: exitCodeFor(error) };
  if (error instanceof UsageError) return { kind: 'usage', ...base };
  if (error instanceof InputError) return { kind: 'input', input: error.input, ...base };
  if (error instanceof ProviderError) {
    return {
      kind: 'provider',
      provider: error.provider,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...base,
    };
  }
  if (error instanceof StepError) return { kind: 'step', step: error.step, ...base };
  return { kind: 'internal', ...base };
}

/**
 * The one line for a thrown error. A missing credential also names the
 * CDNKIT_* variables the CLI reads it from, since a terminal user has no
 * `with:` block to put it in.
 */
export function describeCliError(
  error: unknown,
  given: ReadonlyMap<InputName, string> | undefined,
): string {
  const line = describeFailure(error);
  if (!(error instanceof InputError) || given === undefined) return line;
  const variables = new Map(CREDENTIAL_VARIABLES);
  const isMissing = (name: string) =>
    variables.has(name as InputName) && !given.get(name as InputName)?.trim();
  if (!isMissing(error.input)) return line;
  // the inputs the message asks for, in its order, that were not given
  const named = [error.input, ...[...line.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]!)];
  const missing = [...new Set(named)].filter(isMissing);
  const reads = missing.map((name) => `${variables.get(name as InputName)} for --${name}`);
  return `${line}; cdnkit reads ${reads.join(', ')}`;
}
