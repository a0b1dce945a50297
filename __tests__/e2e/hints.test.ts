/**
 * The hint a failure ends with, as a workflow sees it: dist/index.js against
 * the emulator, one `::error::` line that ends with the hint src/hints.ts picks.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { githubAccessHint, HINTS } from '../../src/hints.js';
import { errorLines, medianovaPurge, useEmulator } from '../helpers/e2e.js';

const GCORE_TOKEN = '7711$gcore-test-token-secret';

/** The step's one error line; it must end with `hint`, and hold no other hint. */
function expectEndsWith(lines: string[], hint: string): void {
  expect(lines).toHaveLength(1);
  expect(lines[0]!.endsWith(`. ${hint}`), lines[0]).toBe(true);
  const others = Object.values(HINTS).filter((each) => each !== hint && lines[0]!.includes(each));
  expect(others).toEqual([]);
}

describe('failure lines end with their hint (dist/index.js)', () => {
  const env = useEmulator();
  const gcorePurge = (apiToken = GCORE_TOKEN) => ({
    provider: 'gcore',
    operation: 'purge',
    'api-token': apiToken,
    'api-url': env.emulator.url('gcore'),
    resource: '123',
    urls: '/index.html',
  });

  it('Gcore 401: the api-token hint', async () => {
    const run = await env.run(gcorePurge('7711$not-the-secret'));
    expect(run.exitCode).toBe(1);
    expectEndsWith(errorLines(run), HINTS.gcoreToken);
  });

  it('Medianova 401 at login: the key pair hint', async () => {
    const run = await env.run({
      ...medianovaPurge(env),
      'api-secret': 'not-the-secret',
      urls: '/a',
    });
    expect(run.exitCode).toBe(1);
    expectEndsWith(errorLines(run), HINTS.medianovaKeys);
  });

  it('429 after retries: the concurrency group hint, after what was and was not purged', async () => {
    env.emulator.fault({ provider: 'gcore', path: /\/purge$/, status: 429, times: 2 });
    const run = await env.run({ ...gcorePurge(), 'max-retries': '1' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain('the summary lists the rest.');
    expectEndsWith(errorLines(run), HINTS.throttled);
  });

  it('5xx after retries: the provider failed', async () => {
    env.emulator.fault({ provider: 'gcore', path: /\/purge$/, status: 503, times: 2 });
    const run = await env.run({ ...gcorePurge(), 'max-retries': '1' });
    expect(run.exitCode).toBe(1);
    expectEndsWith(errorLines(run), HINTS.serverError);
  });

  it('nothing listening at api-url: the proxy and timeout hint', async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as { port: number }).port)),
    );
    await new Promise((resolve) => closed.close(resolve));
    const run = await env.run({
      ...gcorePurge(),
      'api-url': `http://127.0.0.1:${port}`,
      'max-retries': '0',
    });
    expect(run.exitCode).toBe(1);
    expectEndsWith(errorLines(run), HINTS.network);
  });

  it('GitHub write-back refused (403): the permission, then what exists now', async () => {
    const repository = 'acme/hints';
    const run = await env.run(
      {
        provider: 'gcore',
        'api-url': env.emulator.url('gcore'),
        'api-token': GCORE_TOKEN,
        operation: 'create-token',
        'client-id': '9001',
        name: 'ci hints',
        role: 'Users',
        'secret-name': 'GCORE_API_TOKEN',
        'github-token': 'ghs_emulator_default_token',
      },
      {
        secrets: [env.gcore.iam.nextToken()],
        env: { GITHUB_API_URL: env.emulator.url('github'), GITHUB_REPOSITORY: repository },
      },
    );
    expect(run.exitCode).toBe(1);
    const [line] = errorLines(run);
    const hint = githubAccessHint({ kind: 'repository', repository });
    expect(line).toMatch(
      /^::error::Storing the new token failed: GitHub \(PUT \/github\/repos\/acme\/hints\/actions\/secrets\/GCORE_API_TOKEN\): Resource not accessible by integration; status 403; request id EMU0:\d+\. /,
    );
    expect(line).toContain(`. ${hint}. Tokens now: new `);
    expect(line).toMatch(/and run again\.$/);
  });
});
