import * as core from '@actions/core';
import type { Logger } from '../log.js';
import type { SecretRegistry } from '../secret-registry.js';

/** Logs through @actions/core; every line is redacted as a second guard behind the runner's masking. */
export function actionLogger(secrets: SecretRegistry): Logger {
  return {
    debug: (message) => core.debug(secrets.redact(message)),
    info: (message) => core.info(secrets.redact(message)),
    warning: (message) => core.warning(secrets.redact(message)),
    error: (message) => core.error(secrets.redact(message)),
    startGroup: (title) => core.startGroup(secrets.redact(title)),
    endGroup: () => core.endGroup(),
  };
}
