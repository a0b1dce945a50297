/**
 * A secret that a provider shows once (a new Gcore token, a new Stook secret
 * key) must have somewhere to go before it is created: a GitHub secret
 * (--secret-name), a new file (--secret-file) or stdout (--print-secret).
 * Otherwise the CLI refuses before sending anything.
 */

import { closeSync, lstatSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OperationName } from '../catalog.js';
import type { Config } from '../config/config.js';
import type { OutputName } from '../config/inputs.js';
import { UsageError } from '../errors.js';

/** The output that carries the operation's new secret. */
export const NEW_SECRET_OUTPUTS: Partial<Record<OperationName, OutputName>> = {
  'create-token': 'api-token',
  'rotate-token': 'api-token',
  'create-credential': 'secret-key',
  'rotate-credential': 'secret-key',
  login: 'token',
};

/** Operations that make a secret nobody can read again: refused without a destination. */
export const NEEDS_DESTINATION: readonly OperationName[] = [
  'create-token',
  'rotate-token',
  'create-credential',
  'rotate-credential',
];

export interface SecretDestination {
  /** the output holding the secret */
  output: OutputName;
  print: boolean;
  /** absolute path of the file; `fd` is open on it unless this is a dry run */
  file?: { path: string; fd?: number };
}

/**
 * Checks the destination before any request, and creates the file then (mode
 * 0600, never over an existing one), so it exists before the secret does.
 * Undefined when the operation makes no secret.
 */
export function prepareDestination(
  config: Pick<Config, 'operation' | 'dryRun' | 'githubSecret'>,
  flags: { printSecret: boolean; secretFile?: string },
  cwd: string,
): SecretDestination | undefined {
  const output = NEW_SECRET_OUTPUTS[config.operation];
  if (output === undefined) {
    for (const flag of ['print-secret', 'secret-file'] as const) {
      if (flag === 'print-secret' ? flags.printSecret : flags.secretFile !== undefined)
        throw new UsageError(
          `option '--${flag}' applies to ${Object.keys(NEW_SECRET_OUTPUTS).join(', ')} only`,
        );
    }
    return undefined;
  }
  const hasDestination =
    flags.printSecret || flags.secretFile !== undefined || config.githubSecret !== undefined;
  if (!hasDestination && NEEDS_DESTINATION.includes(config.operation)) {
    throw new UsageError(
      `${config.operation} makes a secret that is shown only once, so it needs a destination before anything is created: ` +
        '--secret-name NAME (a GitHub Actions secret), --secret-file PATH (a new file, mode 0600) or --print-secret (stdout); nothing was sent',
    );
  }
  const destination: SecretDestination = { output, print: flags.printSecret };
  if (flags.secretFile !== undefined) {
    if (flags.secretFile === '') throw new UsageError("option '--secret-file' needs a path");
    const path = resolve(cwd, flags.secretFile);
    // a dry run creates nothing, but the path must be free all the same
    destination.file = { path, fd: config.dryRun ? checkFree(path) : createSecretFile(path) };
  }
  return destination;
}

/** O_CREAT | O_EXCL: fails on an existing file or symlink, so nothing is overwritten or followed. */
function createSecretFile(path: string): number {
  try {
    return openSync(path, 'wx', 0o600);
  } catch (error) {
    throw secretFileError(error);
  }
}

function checkFree(path: string): undefined {
  let exists = true;
  try {
    lstatSync(path);
  } catch {
    exists = false;
  }
  if (exists) throw secretFileError(Object.assign(new Error(path), { code: 'EEXIST' }));
  return undefined;
}

function secretFileError(error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EEXIST'
      ? 'the file already exists, and cdnkit never overwrites one: give a new path'
      : code === 'ENOENT'
        ? 'its directory does not exist'
        : `cannot create it (${code ?? String(error)})`;
  return new UsageError(`option '--secret-file': ${why}; nothing was sent`);
}

/**
 * Writes the new secret to the file, when the operation produced one (a failed
 * rotation still reports the secret it created); removes the file, still
 * empty, when it did not. Returns what the user should be told on stderr.
 */
export function writeSecretFile(destination: SecretDestination, secret: string): string[] {
  const file = destination.file;
  if (file?.fd === undefined) return [];
  const { fd, path } = file;
  file.fd = undefined;
  try {
    if (secret === '') {
      closeSync(fd);
      unlinkSync(path);
      return [`No new ${destination.output} was produced; removed the empty ${path}.`];
    }
    writeSync(fd, `${secret}\n`);
    closeSync(fd);
  } catch (error) {
    closeQuietly(fd);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`writing the new ${destination.output} to ${path} failed (${code})`, {
      cause: error,
    });
  }
  return [`Wrote the new ${destination.output} to ${path} (mode 0600).`];
}

/** After an error: the file was created empty by this run, so it goes. */
export function discardSecretFile(destination: SecretDestination | undefined): void {
  const file = destination?.file;
  if (file?.fd === undefined) return;
  closeQuietly(file.fd);
  file.fd = undefined;
  try {
    unlinkSync(file.path);
  } catch {
    // already gone
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
}
