/**
 * Both front doors (the action's run() and the CLI) hand the operation a
 * GitHub secret store exactly when secret-name is set. The operation is
 * replaced by one that stores a value, so the test follows it to the emulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import { runCli } from '../../src/cli/main.js';
import { run } from '../../src/main.js';
import { runOperation } from '../../src/operations/run.js';
import type { RunContext } from '../../src/run-context.js';

vi.mock('../../src/operations/run.js', () => ({ runOperation: vi.fn() }));
vi.mock('@actions/core', async (original) => ({
  ...(await original<typeof import('@actions/core')>()),
  setOutput: vi.fn(),
  setFailed: vi.fn(),
  setSecret: vi.fn(),
  info: vi.fn(),
  debug: vi.fn(),
}));

const GCORE_TOKEN = '7711$gcore-test-token-secret';
const WRITE_TOKEN = 'github_pat_emulator_secrets_write';

let providers: AllProviders;
let seen: RunContext | undefined;
beforeAll(async () => {
  providers = createEmulator();
  await providers.emulator.start();
});
afterAll(async () => {
  await providers.emulator.stop();
});
beforeEach(() => {
  seen = undefined;
  vi.mocked(runOperation).mockImplementation(async (ctx) => {
    seen = ctx;
    await ctx.secretStore?.store([
      { name: 'GCORE_API_TOKEN', value: `stored-by-${ctx.config.operation}` },
    ]);
    return { outputs: {}, result: {}, rows: [] };
  });
});

const githubEnv = () => ({
  GITHUB_REPOSITORY: 'acme/wiring',
  GITHUB_API_URL: providers.emulator.url('github'),
});

describe('secret store wiring', () => {
  it('the action passes a store for secret-name, and none without it', async () => {
    const inputs = {
      PROVIDER: 'gcore',
      OPERATION: 'rotate-token',
      'API-TOKEN': GCORE_TOKEN,
      'SECRET-NAME': 'GCORE_API_TOKEN',
      'GITHUB-TOKEN': WRITE_TOKEN,
    };
    for (const [name, value] of Object.entries(inputs)) vi.stubEnv(`INPUT_${name}`, value);
    await run({ ...process.env, ...githubEnv() });
    expect(seen?.secretStore?.describe('X')).toBe('repository secret X of acme/wiring');
    expect(providers.github.secret({ repository: 'acme/wiring' }, 'GCORE_API_TOKEN')?.value).toBe(
      'stored-by-rotate-token',
    );

    vi.stubEnv('INPUT_SECRET-NAME', '');
    vi.stubEnv('INPUT_GITHUB-TOKEN', '');
    await run({ ...process.env, ...githubEnv() });
    expect(seen).toBeDefined();
    expect(seen!.secretStore).toBeUndefined();
  });

  it('the CLI passes one too, with the GitHub token from CDNKIT_GITHUB_TOKEN', async () => {
    const io = { stdout: vi.fn(), stderr: vi.fn(), cwd: process.cwd() };
    const code = await runCli(
      [
        'create-token',
        '--provider',
        'gcore',
        '--name',
        'ci',
        '--role',
        'Users',
        '--secret-name',
        'GCORE_API_TOKEN',
        '--secret-environment',
        'staging',
      ],
      { CDNKIT_API_TOKEN: GCORE_TOKEN, CDNKIT_GITHUB_TOKEN: WRITE_TOKEN, ...githubEnv() },
      io,
    );
    expect(io.stderr.mock.calls.join('')).toContain(
      'Wrote environment secret GCORE_API_TOKEN of acme/wiring (environment staging)',
    );
    expect(code).toBe(0);
    expect(
      providers.github.secret(
        { repository: 'acme/wiring', environment: 'staging' },
        'GCORE_API_TOKEN',
      )?.value,
    ).toBe('stored-by-create-token');
  });
});
