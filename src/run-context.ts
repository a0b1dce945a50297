import type { Config } from './config/config.js';
import { InputError } from './errors.js';
import { Pacer } from './http/pacing.js';
import type { Logger } from './log.js';
import type { SecretRegistry } from './secret-registry.js';
import { pacingScaleFromEnv, systemTiming, type Timing } from './timing.js';

/** A new secret value to store, under the secret name it belongs in. */
export interface SecretToStore {
  name: string;
  value: string;
}

/**
 * Where rotations store new secrets when `secret-name` is set (GitHub Actions
 * secrets). A rotation calls it after the new credential is verified and before
 * the old one is deleted; a throw stops the rotation with the old one intact.
 */
export interface SecretStore {
  /** e.g. "repository secret GCORE_TOKEN of owner/repo" */
  describe(name: string): string;
  store(secrets: readonly SecretToStore[]): Promise<void>;
}

/** Everything an operation and a provider need, created once per run. */
export interface RunContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly secrets: SecretRegistry;
  readonly timing: Timing;
  /** shared by every client of the run, so limits hold across operations */
  readonly pacer: Pacer;
  /** set when the inputs ask for write-back (secret-name) */
  readonly secretStore?: SecretStore;
}

/** The run context of the action and the CLI alike. */
export function createRunContext(
  config: Config,
  logger: Logger,
  secrets: SecretRegistry,
  /** the process environment, read for CDNKIT_PACING_SCALE */
  env: Readonly<Record<string, string | undefined>>,
  extra: { timing?: Timing; secretStore?: SecretStore } = {},
): RunContext {
  const timing = extra.timing ?? systemTiming(pacingScaleFromEnv(env));
  return {
    config,
    logger,
    secrets,
    timing,
    pacer: new Pacer(timing),
    secretStore: extra.secretStore,
  };
}

/**
 * The store the new secret goes to when `secret-name` is set, else undefined.
 * Refused before any request when the run has none: a rotation must never
 * finish with a secret that is shown once kept nowhere.
 */
export function secretStoreFor(ctx: RunContext): SecretStore | undefined {
  if (ctx.config.githubSecret === undefined) return undefined;
  if (!ctx.secretStore) {
    throw new InputError(
      'secret-name',
      'is set, but this run has no GitHub secret store to write the new secret to; remove secret-name and keep the masked output yourself',
    );
  }
  return ctx.secretStore;
}
