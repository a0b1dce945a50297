import { debugText, type Logger } from '../log.js';
import type { SecretRegistry } from '../secret-registry.js';

/** Progress on stderr, so stdout carries only the result; every line is redacted. */
export function cliLogger(
  secrets: SecretRegistry,
  write: (text: string) => void,
  verbose: boolean,
): Logger {
  const line =
    (prefix: string) =>
    (message: string): void =>
      write(`${prefix}${secrets.redact(message)}\n`);
  const debugLine = line('debug: ');
  return {
    debug: verbose ? (message) => debugLine(debugText(message)) : () => {},
    info: line(''),
    warning: line('warning: '),
    error: line('error: '),
    startGroup: line(''),
  };
}
