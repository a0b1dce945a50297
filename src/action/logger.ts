import { EOL } from 'node:os';
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

/** Lines per write in `logRedactedLines`: one write each would cost a system call a line. */
const LINES_PER_WRITE = 1000;

/**
 * Lines of text redacted already (a list of the redacted report), as
 * `core.info` of each would write them, but a thousand to a write: a list of
 * 200,000 URLs is logged in 200 writes rather than 200,000. Redaction is not
 * repeated (it would find nothing: a redacted text holds no secret); command
 * openers are broken as `logText` breaks them.
 */
export function logRedactedLines(lines: readonly string[]): void {
  for (let start = 0; start < lines.length; start += LINES_PER_WRITE) {
    // neutraliseCommands looks at each line start, so the joined text gets what each line would
    core.info(neutraliseCommands(lines.slice(start, start + LINES_PER_WRITE).join(EOL)));
  }
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
