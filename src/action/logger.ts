import * as core from '@actions/core';
import { debugText, type Logger } from '../log.js';
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

/**
 * Logs through @actions/core, every line through `logText`. Debug lines only
 * when the step's debug logging is on (RUNNER_DEBUG=1, what `core.isDebug()`
 * reads): the runner drops `::debug::` lines otherwise, and a large purge
 * would pay a redaction and a write for each of its thousands. The CLI's
 * logger does the same without --verbose.
 */
export function actionLogger(secrets: SecretRegistry, debugging = core.isDebug()): Logger {
  return {
    debug: debugging ? (message) => core.debug(logText(secrets, debugText(message))) : () => {},
    info: (message) => core.info(logText(secrets, message)),
    warning: (message) => core.warning(logText(secrets, message)),
    error: (message) => core.error(logText(secrets, message)),
    startGroup: (title) => core.startGroup(logText(secrets, title)),
    endGroup: () => core.endGroup(),
  };
}
