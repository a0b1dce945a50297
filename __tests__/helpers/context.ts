/** A RunContext built from raw inputs, as the action builds it, for nock and unit tests. */
import { parseConfig } from '../../src/config/parse.js';
import type { Logger } from '../../src/log.js';
import {
  createRunContext,
  type RunContext,
  type SecretStore,
} from '../../src/operations/context.js';
import { SecretRegistry } from '../../src/secrets.js';
import { virtualTiming } from '../../src/timing.js';

export interface TestContext extends RunContext {
  /** every log line, prefixed with its level */
  readonly logged: string[];
  readonly slept: number[];
}

export function contextFor(
  inputs: Record<string, string>,
  options: { secretStore?: SecretStore; now?: number } = {},
): TestContext {
  const config = parseConfig((name) => inputs[name] ?? '', {
    env: { GITHUB_REPOSITORY: 'owner/repo' },
    readFile: () => {
      throw new Error('no files in this test');
    },
    resolvePath: (_base, path) => path,
  });
  const logged: string[] = [];
  const logger: Logger = {
    debug: (message) => logged.push(`debug: ${message}`),
    info: (message) => logged.push(`info: ${message}`),
    warning: (message) => logged.push(`warning: ${message}`),
    error: (message) => logged.push(`error: ${message}`),
  };
  const timing = virtualTiming(options.now ?? Date.UTC(2026, 10, 23, 9, 15, 30));
  const ctx = createRunContext(
    config,
    logger,
    new SecretRegistry(),
    {},
    {
      timing,
      secretStore: options.secretStore,
    },
  );
  return { ...ctx, logged, slept: timing.slept };
}
