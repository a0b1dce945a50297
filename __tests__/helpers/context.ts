/** A run context built from action inputs, for unit and nock tests of providers and operations. */
import type { InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import { createRunContext, type RunContext } from '../../src/operations/context.js';
import { SecretRegistry } from '../../src/secrets.js';
import { type Timing, virtualTiming } from '../../src/timing.js';

export interface TestContext extends RunContext {
  /** every line logged, prefixed with its level */
  readonly lines: string[];
}

/** Parses `inputs` as the action would; time is virtual unless `timing` is given. */
export function testContext(
  inputs: Partial<Record<InputName, string>>,
  options: { timing?: Timing; secrets?: SecretRegistry } = {},
): TestContext {
  const config = parseConfig((name) => inputs[name] ?? '', {
    env: {},
    readFile: () => {
      throw new Error('no files in this test');
    },
    resolvePath: (_base, path) => path,
  });
  const lines: string[] = [];
  const logger = {
    debug: (message: string) => lines.push(`debug: ${message}`),
    info: (message: string) => lines.push(`info: ${message}`),
    warning: (message: string) => lines.push(`warning: ${message}`),
    error: (message: string) => lines.push(`error: ${message}`),
  };
  const ctx = createRunContext(
    config,
    logger,
    options.secrets ?? new SecretRegistry(),
    {},
    {
      timing: options.timing ?? virtualTiming(1_700_000_000_000),
    },
  );
  return { ...ctx, lines };
}
