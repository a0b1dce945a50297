/**
 * A debug line, or what makes it: a line that costs work to build (a request
 * body measured, say) is built only when debug lines are written at all.
 */
export type DebugMessage = string | (() => string);

export function debugText(message: DebugMessage): string {
  return typeof message === 'function' ? message() : message;
}

/** Where operations and providers write; the action maps it to @actions/core, the CLI to stderr. */
export interface Logger {
  debug(message: DebugMessage): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** folds the lines up to endGroup under `title` (the runner's ::group::); optional */
  startGroup?(title: string): void;
  endGroup?(): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};
