import * as core from '@actions/core';
import { actionLogger, logText } from './action/logger.js';
import { writeFailure, writeReport } from './action/report.js';
import { OPERATIONS, PROVIDERS } from './catalog.js';
import { configFromInputs } from './config/read.js';
import { describeFailure } from './hints.js';
import { createRunContext } from './run-context.js';
import { SecretRegistry } from './secret-registry.js';

/** The action: read inputs once, run the operation, report. Never throws. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = new SecretRegistry((value) => core.setSecret(value));
  const heading = {
    operation: known(core.getInput('operation'), OPERATIONS),
    provider: known(core.getInput('provider'), PROVIDERS),
  };
  try {
    const config = configFromInputs((name) => core.getInput(name), secrets, env);
    const logger = actionLogger(secrets);
    // Loaded after the inputs are valid: a bad input fails without paying for them,
    // and the GitHub secret store only when the inputs ask for write-back.
    const { runOperation } = await import('./operations/run.js');
    const secretStore = config.githubSecret
      ? (await import('./github/secret-store.js')).githubSecretStore(config, logger, secrets, env)
      : undefined;
    const ctx = createRunContext(config, logger, secrets, env, { secretStore });
    const report = await runOperation(ctx);
    await writeReport(report, heading, secrets);
  } catch (error) {
    if (core.isDebug() && error instanceof Error && error.stack)
      core.debug(logText(secrets, error.stack));
    await writeFailure(describeFailure(error), heading, secrets);
  }
}

function known(value: string, allowed: readonly string[]): string {
  const trimmed = value.trim();
  return allowed.includes(trimmed) ? trimmed : '(invalid)';
}
