import { resolve } from 'node:path';
import type { SecretRegistry } from '../secret-registry.js';
import type { Config } from './config.js';
import { readRegularFile } from './file.js';
import { INPUTS, type InputReader } from './inputs.js';
import { parseConfig } from './parse.js';

/** Largest `urls-file` read: about 30 times the 20,000 URLs of the load test. */
export const MAX_URLS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Reads every input once, through `read` (the runner's INPUT_* variables, or
 * the CLI's flags). Secret inputs are registered with the registry before
 * anything else is done with them.
 */
export function configFromInputs(
  read: InputReader,
  secrets: SecretRegistry,
  env: Readonly<Record<string, string | undefined>>,
): Config {
  for (const spec of INPUTS) {
    if ('secret' in spec && spec.secret) secrets.add(read(spec.name).trim());
  }
  return parseConfig(read, {
    env,
    readFile: (path) => readRegularFile(path, MAX_URLS_FILE_BYTES),
    resolvePath: (base, path) => resolve(base, path),
  });
}
