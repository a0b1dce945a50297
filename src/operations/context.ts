import type { Config } from '../config/config.js';
import type { Pacer } from '../http/pacing.js';
import type { Logger } from '../log.js';
import type { SecretRegistry } from '../secrets.js';
import type { Timing } from '../timing.js';

/** Everything an operation and a provider need, created once per run. */
export interface RunContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly secrets: SecretRegistry;
  readonly timing: Timing;
  /** shared by every client of the run, so limits hold across operations */
  readonly pacer: Pacer;
  readonly env: Readonly<Record<string, string | undefined>>;
}
