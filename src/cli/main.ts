/**
 * The terminal front door. Below the input layer it is the action: the same
 * Config (configFromInputs -> parseConfig), run context, operation and report.
 * Only the edges differ: flags instead of INPUT_* variables, a table on stdout
 * instead of outputs and a job summary, exit codes instead of setFailed.
 */
import { configFromInputs } from '../config/read.js';
import { UsageError } from '../errors.js';
import { githubSecretStore } from '../github/secret-store.js';
import type { OperationReport } from '../operations/report.js';
import { runOperation } from '../operations/run.js';
import { createRunContext } from '../run-context.js';
import { SecretRegistry } from '../secret-registry.js';
import { VERSION } from '../version.js';
import { neutraliseCommands, neutraliseJsonCommands } from '../workflow-commands.js';
import { type CliCommand, parseCommandLine, wantsJson } from './args.js';
import {
  type CliErrorJson,
  describeCliError,
  EXIT_FAILURE,
  EXIT_SUCCESS,
  errorJson,
  exitCodeFor,
} from './failure.js';
import { helpText } from './help.js';
import { cliLogger } from './logger.js';
import {
  discardSecretFile,
  prepareDestination,
  type SecretDestination,
  writeSecretFile,
} from './new-secret.js';
import { renderText } from './render.js';

export { EXIT_FAILURE, EXIT_SUCCESS, EXIT_USAGE } from './failure.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** relative paths (urls-file, secret-file) resolve against this */
  cwd: string;
  /** standard input to its end, for `--urls-file -` */
  readStdin?(): Promise<string>;
}

type RunCommand = Extract<CliCommand, { kind: 'run' }>;

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
  let command: CliCommand;
  try {
    command = parseCommandLine(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const message = `${error.message} (see cdnkit --help)`;
    io.stderr(`cdnkit: ${message}\n`);
    if (wantsJson(argv)) io.stdout(json({ error: errorJson(error, message) }));
    return exitCodeFor(error);
  }
  if (command.kind === 'help') {
    io.stdout(helpText());
    return EXIT_SUCCESS;
  }
  if (command.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_SUCCESS;
  }
  return runOperationCommand(command, env, io, terminal.stdout);
}

async function runOperationCommand(
  command: RunCommand,
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
  /** stdout as it is, for the one text that must reach the user exactly: a printed secret */
  rawStdout: (text: string) => void,
): Promise<number> {
  const secrets = new SecretRegistry();
  const logger = cliLogger(secrets, io.stderr, command.verbose);
  let destination: SecretDestination | undefined;
  try {
    const read = (name: Parameters<typeof command.inputs.get>[0]) => command.inputs.get(name) ?? '';
    const stdin = read('urls-file').trim() === '-' ? await readStdin(io) : undefined;
    const config = configFromInputs(
      read,
      secrets,
      { ...env, GITHUB_WORKSPACE: io.cwd },
      {
        relativeTo: `the current directory, ${io.cwd}`,
        ...(stdin === undefined ? {} : { readStdin: () => stdin }),
      },
    );
    destination = prepareDestination(config, command, io.cwd);
    const ctx = createRunContext(config, logger, secrets, env, {
      secretStore: githubSecretStore(config, logger, secrets, env),
    });
    const report = await runOperation(ctx);
    // the secret is kept before anything else is printed: a failed rotation reports it too
    const secret = destination ? (report.outputs[destination.output] ?? '') : '';
    if (destination) for (const note of writeSecretFile(destination, secret)) logger.info(note);
    const printed = destination?.print && secret ? { output: destination.output, secret } : null;
    const failure: CliErrorJson | undefined = report.failure
      ? { kind: 'operation', message: secrets.redact(report.failure), exitCode: EXIT_FAILURE }
      : undefined;
    if (command.json) io.stdout(jsonResult(report, secrets, printed, failure));
    else {
      io.stdout(secrets.redact(renderText(config, report)));
      // past the neutraliser, which would change the secret invisibly
      if (printed) rawStdout(printedSecretText(printed));
    }
    for (const annotation of report.annotations ?? []) {
      io.stderr(`${annotation.level}: ${secrets.redact(annotation.message)}\n`);
    }
    if (failure) {
      io.stderr(`cdnkit: ${failure.message}\n`);
      return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
  } catch (error) {
    discardSecretFile(destination);
    if (command.verbose && error instanceof Error && error.stack) {
      io.stderr(`${secrets.redact(error.stack)}\n`);
    }
    const message = secrets.redact(describeCliError(error, command.inputs));
    io.stderr(`cdnkit: ${message}\n`);
    if (command.json) io.stdout(json({ error: errorJson(error, message) }));
    return exitCodeFor(error);
  }
}

async function readStdin(io: CliIo): Promise<string> {
  if (!io.readStdin) throw new UsageError("'--urls-file -' needs a standard input");
  return io.readStdin();
}

interface PrintedSecret {
  output: string;
  secret: string;
}

/** The redacted result, plus `newSecret` with --print-secret and `error` when the run failed. */
function jsonResult(
  report: OperationReport,
  secrets: SecretRegistry,
  printed: PrintedSecret | null,
  failure: CliErrorJson | undefined,
): string {
  // --json has every planned target with its origin; the action's result output stays small
  const result = secrets.redactJson(
    report.plan ? { ...(report.result as object), plan: report.plan } : report.result,
  );
  const object =
    result !== null && typeof result === 'object' && !Array.isArray(result)
      ? { ...result }
      : { result };
  // added after redaction, which would hide them
  return json({
    ...object,
    ...(printed ? { newSecret: { output: printed.output, value: printed.secret } } : {}),
    ...(failure ? { error: failure } : {}),
  });
}

/**
 * The secret exactly as the provider made it, after the table. One that could
 * start a workflow command (a line break, `::` at a line start, `##[`) is
 * printed as a JSON string instead, and said to be one: a zero-width space
 * from the neutraliser would change it invisibly.
 */
export function printedSecretText({ output, secret }: PrintedSecret): string {
  const safe = !/[\r\n]/.test(secret) && neutraliseCommands(secret) === secret;
  if (safe) return `\nNew ${output} (printed once: store it now):\n${secret}\n`;
  return (
    `\nNew ${output} (printed once: store it now), as a JSON string: it holds characters a workflow runner would read as a command:\n` +
    `${neutraliseJsonCommands(JSON.stringify(secret))}\n`
  );
}

/** JSON for stdout: `##[` written `#\\u0023[`, so the runner reads no command and a parser the same data. */
function json(value: unknown): string {
  return `${neutraliseJsonCommands(JSON.stringify(value, null, 2))}\n`;
}
