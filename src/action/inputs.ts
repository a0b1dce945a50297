import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { INPUTS, type InputName } from '../config/inputs.js';
import { parseConfig } from '../config/parse.js';
import type { SecretRegistry } from '../secrets.js';

/**
 * Reads every input once. Secret inputs are registered with the registry (and
 * so with core.setSecret) before anything else is done with them.
 */
export function readConfig(secrets: SecretRegistry, env: NodeJS.ProcessEnv): Config {
  const read = (name: InputName): string => core.getInput(name);
  for (const spec of INPUTS) {
    if ('secret' in spec && spec.secret) secrets.add(read(spec.name).trim());
  }
  return parseConfig(read, {
    env,
    readFile: (path) => readFileSync(path, 'utf8'),
    resolvePath: (base, path) => resolve(base, path),
  });
}
