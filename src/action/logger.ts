import * as core from '@actions/core';
import type { Logger } from '../log.js';
import type { SecretRegistry } from '../secret-registry.js';
import { neutraliseCommands } from '../workflow-commands.js';

/**
 * Text as it may reach the runner's log: secrets redacted first (a second
 * guard behind the runner's masking), then no line of it able to start a
 * workflow command. Every line the action writes goes through here.
 */
export function logText(secrets: SecretRegistry, text: string): string {
  return neutraliseCommands(secrets.redact(text));
}

/** Logs through @actions/core, every line through `logText`. */
export function actionLogger(secrets: SecretRegistry): Logger {
  return {
    debug: (message) => core.debug(logText(secrets, message)),
    info: (message) => core.info(logText(secrets, message)),
    warning: (message) => core.warning(logText(secrets, message)),
    error: (message) => core.error(logText(secrets, message)),
    startGroup: (title) => core.startGroup(logText(secrets, title)),
    endGroup: () => core.endGroup(),
  };
}
