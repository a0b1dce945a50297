/**
 * The terminal front door. Below the input layer it is the action: the same
 * Config (configFromInputs -> parseConfig), run context, operation and report.
 * Only the edges differ: flags instead of INPUT_* variables, a table on stdout
 * instead of outputs and a job summary, exit codes instead of setFailed.
 */
import { configFromInputs } from '../config/read.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { githubSecretStore } from '../github/secret-store.js';
import { runOperation } from '../operations/run.js';
import { createRunContext } from '../run-context.js';
import { SecretRegistry } from '../secret-registry.js';
import { VERSION } from '../version.js';
import { neutraliseCommands, neutraliseJsonCommands } from '../workflow-commands.js';
import { parseCommandLine } from './args.js';
import { helpText } from './help.js';
import { cliLogger } from './logger.js';
import { renderText } from './render.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** relative paths (urls-file) resolve against this */
  cwd: string;
}

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  terminal: CliIo,
): Promise<number> {
  // in a workflow step the runner reads both streams for commands: no line of ours may start one
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(neutraliseCommands(text)),
    stderr: (text) => terminal.stderr(neutraliseCommands(text)),
  };
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`cdnkit: ${error.message} (see cdnkit --help)\n`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(helpText());
    return EXIT_SUCCESS;
  }
  if (command.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_SUCCESS;
  }

  const secrets = new SecretRegistry();
  const logger = cliLogger(secrets, io.stderr, command.verbose);
  try {
    const read = (name: Parameters<typeof command.inputs.get>[0]) => command.inputs.get(name) ?? '';
    const config = configFromInputs(read, secrets, { ...env, GITHUB_WORKSPACE: io.cwd });
    const ctx = createRunContext(config, logger, secrets, env, {
      secretStore: githubSecretStore(config, logger, secrets, env),
    });
    const report = await runOperation(ctx);
    const result = command.json
      ? `${neutraliseJsonCommands(JSON.stringify(secrets.redactJson(report.result), null, 2))}\n`
      : renderText({ operation: config.operation, provider: config.provider }, report);
    io.stdout(secrets.redact(result));
    for (const annotation of report.annotations ?? []) {
      io.stderr(`${annotation.level}: ${secrets.redact(annotation.message)}\n`);
    }
    if (report.failure) {
      io.stderr(`cdnkit: ${secrets.redact(report.failure)}\n`);
      return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
  } catch (error) {
    if (command.verbose && error instanceof Error && error.stack) {
      io.stderr(`${secrets.redact(error.stack)}\n`);
    }
    io.stderr(`cdnkit: ${secrets.redact(describeError(error))}\n`);
    return error instanceof InputError ? EXIT_USAGE : EXIT_FAILURE;
  }
}
