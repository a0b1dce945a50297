import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SecretRegistry } from '../secrets.js';
import type { Config } from './config.js';
import { INPUTS, type InputReader } from './inputs.js';
import { type ParseEnvironment, parseConfig } from './parse.js';

/**
 * Reads every input once, through `read` (the runner's INPUT_* variables, or
 * the CLI's flags). Secret inputs are registered with the registry before
 * anything else is done with them.
 */
export function configFromInputs(
  read: InputReader,
  secrets: SecretRegistry,
  env: Readonly<Record<string, string | undefined>>,
  files: Pick<ParseEnvironment, 'readStdin' | 'relativeTo'> = {},
): Config {
  for (const spec of INPUTS) {
    if ('secret' in spec && spec.secret) secrets.add(read(spec.name).trim());
  }
  return parseConfig(read, {
    env,
    readFile: (path) => readFileSync(path, 'utf8'),
    resolvePath: (base, path) => resolve(base, path),
    ...files,
  });
}
