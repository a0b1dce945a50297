/**
 * End-to-end harness: an emulator per test file, the built bundle run as the
 * runner runs it, and the leak check every end-to-end run goes through.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { type AllProviders, createEmulator, type EmulatorOptions } from '../../emulator/index.js';
import { type ActionRun, runAction } from '../../emulator/runner.js';

/** Pacing windows shrink by this in end-to-end runs (action and emulator alike). */
export const E2E_SCALE = 0.001;

export interface RunOptions {
  /** secrets besides the secret inputs that must not leak (e.g. ones the emulator issued) */
  secrets?: string[];
  /** environment over the harness's (CDNKIT_PACING_SCALE, GITHUB_*) */
  env?: Record<string, string>;
  /** record the action's peak RSS in `maxRssBytes` */
  measureRss?: boolean;
  /** kill the action after this long (runAction's default: 60 s) */
  timeoutMs?: number;
}

export interface E2E extends AllProviders {
  /** runs dist/index.js with `inputs`, then checks `secrets` never leaked */
  run(inputs: Record<string, string>, options?: RunOptions): Promise<ActionRun>;
}

/** Starts an emulator for the test file and returns a handle filled in beforeAll. */
export function useEmulator(options: EmulatorOptions = {}): E2E {
  const handle = {} as E2E;
  beforeAll(async () => {
    const providers = createEmulator({ scale: E2E_SCALE, taskDelayMs: 20, ...options });
    await providers.emulator.start();
    Object.assign(handle, providers, {
      run: async (inputs: Record<string, string>, runOptions: RunOptions = {}) => {
        const run = await runAction({
          inputs,
          // debug logging on, as a step with ACTIONS_STEP_DEBUG runs: the most the action ever
          // writes, every line of it through the leak check (`{ RUNNER_DEBUG: '' }` turns it off)
          env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), RUNNER_DEBUG: '1', ...runOptions.env },
          measureRss: runOptions.measureRss,
          timeoutMs: runOptions.timeoutMs,
        });
        const secrets = [...(runOptions.secrets ?? []), ...secretInputs(inputs)];
        expectNoLeaks(run, secrets);
        return run;
      },
    });
  });
  afterAll(async () => {
    await handle.emulator?.stop();
  });
  return handle;
}

/** A Medianova `operation` against the emulator: its key pair and organization. */
export function medianovaInputs(env: E2E, operation: string): Record<string, string> {
  return {
    provider: 'medianova',
    operation,
    'api-key': env.medianova.apiKey,
    'api-secret': env.medianova.apiSecret,
    'api-url': env.emulator.url('medianova'),
    organization: env.medianova.organization,
  };
}

/** A Medianova purge against the emulator of `resource` (the first by default). */
export function medianovaPurge(
  env: E2E,
  resource = env.medianova.resources[0]!.resource_uuid,
): Record<string, string> {
  return { ...medianovaInputs(env, 'purge'), resource };
}

const SECRET_INPUTS = ['api-key', 'api-secret', 'api-token', 'password', 'github-token'];

function secretInputs(inputs: Record<string, string>): string[] {
  return SECRET_INPUTS.map((name) => inputs[name]).filter((value): value is string => !!value);
}

/**
 * Fails when any secret appears in stdout, stderr, the summary or an output,
 * other than on its own `::add-mask::` line.
 */
export function expectNoLeaks(run: ActionRun, secrets: readonly string[]): void {
  const places: [string, string][] = [
    [
      'stdout',
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [
      `output ${name}`,
      name === 'result' ? jsonStrings(value) : value,
    ]),
  ];
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const [place, text] of places) {
      const masked = place.startsWith('output ') && isMaskedOutput(place, run.stdout, secret);
      if (!masked) expect(text.includes(secret), `secret leaked into ${place}`).toBe(false);
    }
  }
}

/**
 * The keys and string values of a JSON text, one a line: a secret that looks
 * like JSON syntax (`true`, `":"`) leaks only if a value holds it.
 */
function jsonStrings(json: string): string {
  const strings: string[] = [];
  try {
    JSON.parse(json, (key, value: unknown) => {
      strings.push(key);
      if (typeof value === 'string' || typeof value === 'number') strings.push(String(value));
      return value;
    });
  } catch {
    return json;
  }
  return strings.join('\n');
}

/**
 * An output may carry a secret on purpose (token, api-token, secret-key) only
 * when the run registered that secret with ::add-mask:: before writing anything.
 */
function isMaskedOutput(place: string, stdout: string, secret: string): boolean {
  const name = place.slice('output '.length);
  if (!['token', 'api-token', 'secret-key'].includes(name)) return false;
  const lines = stdout.split('\n');
  const maskLine = lines.indexOf(`::add-mask::${escapeCommand(secret)}`);
  return (
    maskLine === 0 ||
    (maskLine > 0 &&
      lines
        .slice(0, maskLine)
        .every((line) => line.startsWith('::add-mask::') || line.startsWith('::debug::')))
  );
}

/** How @actions/core escapes a command value. */
function escapeCommand(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The `::error::` lines of a run. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'));
}
