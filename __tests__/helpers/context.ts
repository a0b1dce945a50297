/** A run context built from action inputs, as the action builds it, for unit and nock tests. */
import { parseConfig } from '../../src/config/parse.js';
import { debugText, type Logger } from '../../src/log.js';
import { createRunContext, type RunContext, type SecretStore } from '../../src/run-context.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { type Timing, virtualTiming } from '../../src/timing.js';

export interface TestContext extends RunContext {
  /** every line logged, prefixed with its level: "info: …" */
  readonly lines: string[];
  /** the waits of the virtual clock (empty when `timing` was given) */
  readonly slept: number[];
}

/** Parses `inputs` as the action would; time is virtual (from `now`) unless `timing` is given. */
export function testContext(
  inputs: Readonly<Record<string, string>>,
  options: {
    timing?: Timing;
    secrets?: SecretRegistry;
    secretStore?: SecretStore;
    now?: number;
  } = {},
): TestContext {
  const config = parseConfig((name) => inputs[name] ?? '', {
    env: { GITHUB_REPOSITORY: 'owner/repo' },
    readFile: () => {
      throw new Error('no files in unit tests');
    },
    resolvePath: (_base, path) => path,
  });
  const lines: string[] = [];
  const logger: Logger = {
    debug: (message) => lines.push(`debug: ${debugText(message)}`),
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
  const virtual = virtualTiming(options.now ?? 1_700_000_000_000);
  const ctx = createRunContext(
    config,
    logger,
    options.secrets ?? new SecretRegistry(),
    {},
    {
      timing: options.timing ?? virtual,
      secretStore: options.secretStore,
    },
  );
  return { ...ctx, lines, slept: options.timing ? [] : virtual.slept };
}
