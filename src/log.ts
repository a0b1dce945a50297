/** Where operations and providers write; the action maps it to @actions/core, the CLI to stderr. */
export interface Logger {
  debug(message: string): void;
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
