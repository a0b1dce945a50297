import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { configFromInputs } from '../config/read.js';
import type { SecretRegistry } from '../secret-registry.js';

/** The action's inputs: the runner's INPUT_* variables, read through @actions/core. */
export function readConfig(secrets: SecretRegistry, env: NodeJS.ProcessEnv): Config {
  return configFromInputs((name) => core.getInput(name), secrets, env);
}
