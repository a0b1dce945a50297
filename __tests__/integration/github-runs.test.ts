/**
 * The GitHub client (Octokit with retry and throttling over cdnkit's bounded
 * fetch) and the last-successful-run lookup, against the emulator's GitHub.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { InputError, ProviderError } from '../../src/errors.js';
import { createGithubClient } from '../../src/github/octokit.js';
import { lastSuccessfulRun, workflowOfRun } from '../../src/github/workflow-runs.js';
import type { Logger } from '../../src/log.js';
import { useEmulator } from '../helpers/e2e.js';

const TOKEN = 'ghs_emulator_default_token';
const REPO = 'acme/runs';
const sha = (n: number) => n.toString(16).padStart(40, 'a');

const providers = useEmulator();

function client(
  options: { token?: string; timeoutMs?: number; apiUrl?: string } = {},
  logged: string[] = [],
) {
  const line = (message: string) => logged.push(message);
  const logger: Logger = { debug: line, info: line, warning: line, error: line };
  return createGithubClient({
    token: options.token ?? TOKEN,
    apiUrl: options.apiUrl ?? providers.emulator.url('github'),
    timeoutMs: options.timeoutMs ?? 5000,
    maxRetries: 2,
    logger,
    scale: 0.001,
  });
}

describe('the GitHub client', () => {
  it('is https only, except loopback hosts', () => {
    expect(() => client({ apiUrl: 'http://api.github.example' })).toThrow(InputError);
    expect(() => client({ apiUrl: 'https://ghes.example/api/v3' })).not.toThrow();
  });

  it('retries a 5xx and then answers', async () => {
    providers.emulator.fault({ provider: 'github', path: /\/actions\/runs\/\d+$/, status: 502 });
    const run = providers.github.addRun(REPO, {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: sha(1),
    });
    const before = providers.emulator.requestsTo('github').length;
    await expect(workflowOfRun(client(), REPO, run.id)).resolves.toEqual(expect.any(Number));
    expect(providers.emulator.requestsTo('github').length - before).toBe(2);
  });

  it('turns a refusal into a ProviderError with status and request id', async () => {
    const error = await workflowOfRun(client({ token: 'wrong' }), REPO, 1).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.message).toBe('Bad credentials');
    expect(error.details).toMatchObject({
      status: 401,
      requestId: expect.stringMatching(/^EMU0:/),
    });
  });

  it('gives up on an answer that never comes, within the timeout', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const error = await workflowOfRun(client({ apiUrl: url, timeoutMs: 50 }), REPO, 1).catch(
        (caught) => caught,
      );
      expect(error).toBeInstanceOf(ProviderError);
      expect(error.message).toMatch(/no answer within 0.05 s/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('lastSuccessfulRun', () => {
  const query = { repository: 'acme/last', workflow: 'deploy.yml', branch: 'main' };

  it('takes the newest successful run of this workflow on this branch, never this run', async () => {
    const { github } = providers;
    github.addRun('acme/last', { workflow: 'deploy.yml', branch: 'main', headSha: sha(1) });
    const good = github.addRun('acme/last', {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: sha(2),
    });
    github.addRun('acme/last', {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: sha(3),
      conclusion: 'cancelled',
    });
    github.addRun('acme/last', { workflow: 'deploy.yml', branch: 'dev', headSha: sha(4) });
    github.addRun('acme/last', { workflow: 'lint.yml', branch: 'main', headSha: sha(5) });
    const current = github.addRun('acme/last', {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: sha(6),
    });
    expect(await lastSuccessfulRun(client(), { ...query, currentRunId: current.id })).toMatchObject(
      {
        id: good.id,
        headSha: sha(2),
      },
    );
  });

  it('stops at a page that repeats the last, within its 3 pages, however many the API claims', async () => {
    for (let i = 0; i < 45; i++) {
      providers.github.addRun('acme/many', {
        id: 5000,
        workflow: 'deploy.yml',
        branch: 'main',
        headSha: sha(7),
      });
    }
    const before = providers.emulator.requestsTo('github').length;
    const found = await lastSuccessfulRun(client(), {
      ...query,
      repository: 'acme/many',
      currentRunId: 5000,
    });
    expect(found).toBeUndefined();
    // page 2 brings no run not seen on page 1: the list is not read further (readPages)
    expect(providers.emulator.requestsTo('github').length - before).toBe(2);
  });

  it('refuses a redirect, naming only the host it leads to', async () => {
    providers.emulator.fault({
      provider: 'github',
      path: /\/workflows\/deploy\.yml\/runs$/,
      status: 302,
      headers: { location: 'https://evil.example/runs?token=ghs_leaked' },
    });
    const error = await lastSuccessfulRun(client(), query).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      'answered a redirect to evil.example, which cdnkit does not follow',
    );
    expect((error as ProviderError).status).toBe(302);
  });

  it('refuses a run whose head_sha is not a commit id', async () => {
    providers.emulator.fault({
      provider: 'github',
      path: /\/workflows\/deploy\.yml\/runs$/,
      status: 200,
      body: {
        total_count: 1,
        workflow_runs: [{ id: 1, head_sha: '--upload-pack=evil', conclusion: 'success' }],
      },
    });
    await expect(lastSuccessfulRun(client(), query)).rejects.toThrow(
      "the answer's field 'workflow_runs[0].head_sha' is another string; expected a commit id",
    );
  });
});
