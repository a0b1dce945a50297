/** Gcore permanent API tokens through dist/index.js against the emulator's IAM. */
import { describe, expect, it } from 'vitest';
import { IAM_ROLES, type IamToken } from '../../emulator/gcore/iam.js';
import { HINTS } from '../../src/hints.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';

const ADMIN_TOKEN = '7711$gcore-test-token-secret';
const PURGE_ROLE = IAM_ROLES.find((role) => role.id === 3022)!;
const DAY = 86_400_000;

describe('gcore API tokens through dist/index.js', () => {
  const env = useEmulator();
  const base = (apiToken = ADMIN_TOKEN) => ({
    provider: 'gcore',
    'api-url': env.emulator.url('gcore'),
    'api-token': apiToken,
  });
  const token = (id: number | string) => env.gcore.iam.tokens.find((t) => t.id === Number(id));
  /** a purge-only token of the admin user, as a deploy workflow would hold */
  const deployToken = (expDate: string | null = null): IamToken =>
    env.gcore.iam.addToken({ name: 'deploy', role: PURGE_ROLE, expDate });
  const since = () => env.emulator.requests.length;
  const sentSince = (start: number) =>
    env.emulator.requests.slice(start).map((r) => `${r.method} ${r.path}`);

  it('lists tokens, looking the client id up from /iam/clients/me', async () => {
    const start = since();
    const run = await env.run({ ...base(), operation: 'list-tokens' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sentSince(start)).toEqual(['GET /iam/clients/me', 'GET /iam/v2/clients/9001/tokens']);
    const result = JSON.parse(run.outputs.result!);
    expect(result.tokens).toContainEqual(
      expect.objectContaining({
        id: '7711',
        role: { id: 1, name: 'Administrators' },
        expiresAt: null,
      }),
    );
    expect(run.summary).toContain('| 7711 | seeded 7711 | Administrators | never |');
  });

  it('creates a token with a role given by name and an expiry in days', async () => {
    const next = env.gcore.iam.nextToken();
    const start = since();
    const run = await env.run(
      {
        ...base(),
        operation: 'create-token',
        'client-id': '9001',
        name: 'ci purge',
        role: 'purge and prefetch only (api)',
        'expires-in-days': '30',
      },
      { secrets: [next] },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sentSince(start)).toEqual([
      'GET /iam/v2/clients/9001/tokens',
      'POST /iam/v2/clients/9001/tokens',
    ]);
    const id = next.split('_')[0]!;
    expect(run.outputs).toMatchObject({ 'api-token': next, 'token-id': id });
    expect(Math.abs(Date.parse(run.outputs['expires-at']!) - Date.now() - 30 * DAY)).toBeLessThan(
      60_000,
    );
    expect(token(id)).toMatchObject({ name: 'ci purge', role: PURGE_ROLE, deleted: false });
    const post = env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!;
    expect(post.json).toEqual({
      name: 'ci purge',
      exp_date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      client_user: { role: { id: 3022, name: 'Purge and Prefetch only (API)' } },
    });
    expect(JSON.parse(run.outputs.result!).token.id).toBe(id);
  });

  it("refuses a role above the creator's, with Gcore's message", async () => {
    const purgeOnly = deployToken();
    const run = await env.run({
      ...base(purgeOnly.token),
      operation: 'create-token',
      name: 'escalate',
      role: 'Administrators',
      'expires-in-days': 'never',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::Creating the new token failed: Gcore \(POST \/gcore\/iam\/v2\/clients\/9001\/tokens\): A token's role cannot be higher than the role of its creator\.; status 403.*\. No token was created\.$/,
    );
  });

  it('create-token: a failed store still outputs the new token (masked) and names it', async () => {
    const next = env.gcore.iam.nextToken();
    const id = next.split('_')[0]!;
    const repository = 'acme/create-token-store';
    env.emulator.fault({
      provider: 'github',
      method: 'PUT',
      status: 500,
      body: { message: 'injected: GitHub is down' },
    });
    const run = await env.run(
      {
        ...base(),
        operation: 'create-token',
        'client-id': '9001',
        name: 'ci store',
        role: 'Users',
        'max-retries': '0',
        'secret-name': 'GCORE_API_TOKEN',
        'github-token': 'github_pat_emulator_secrets_write',
      },
      {
        secrets: [next],
        env: { GITHUB_API_URL: env.emulator.url('github'), GITHUB_REPOSITORY: repository },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(token(id)).toMatchObject({ name: 'ci store', deleted: false });
    expect(env.github.secret({ repository }, 'GCORE_API_TOKEN')).toBeUndefined();
    expect(run.outputs).toMatchObject({ 'api-token': next, 'token-id': id });
    expect(errorLines(run)).toEqual([
      `::error::Storing the new token failed: GitHub (PUT /github/repos/${repository}/actions/secrets/GCORE_API_TOKEN): injected: GitHub is down; status 500. ${HINTS.serverError}. Tokens now: new ${id} ('ci store', not stored). GitHub secrets now: repository secret GCORE_API_TOKEN of ${repository} keeps its earlier value (this write failed). Its secret is only in this step's masked outputs: delete token ${id} (delete-token) and run again.`,
    ]);
  });

  it('says a token may exist when the create answer is an empty 200', async () => {
    const old = deployToken();
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      path: '/iam/v2/clients/9001/tokens',
      status: 200,
      raw: '',
    });
    const run = await env.run({
      ...base(old.token),
      operation: 'rotate-token',
      'client-id': '9001',
      name: 'after-empty-answer',
    });
    expect(run.exitCode).toBe(1);
    expect(token(old.id)!.deleted).toBe(false);
    const [error] = errorLines(run);
    expect(error).toMatch(/^::error::Creating the new token failed: Gcore /);
    expect(error).toContain(
      `Nothing was deleted: token ${old.id} ('deploy') is unchanged. The request may have reached Gcore: check list-tokens for a token named 'after-empty-answer'.`,
    );
  });

  it('deletes a token', async () => {
    const victim = deployToken();
    const run = await env.run({
      ...base(),
      operation: 'delete-token',
      'token-id': String(victim.id),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['token-id']).toBe(String(victim.id));
    expect(token(victim.id)!.deleted).toBe(true);
  });

  it('rotates: the old token is deleted only after the new one is verified with itself', async () => {
    const old = deployToken(new Date(Date.now() + 3 * DAY).toISOString());
    const next = env.gcore.iam.nextToken();
    const start = since();
    const run = await env.run(
      { ...base(old.token), operation: 'rotate-token' },
      { secrets: [next] },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const newId = next.split('_')[0]!;
    expect(sentSince(start)).toEqual([
      'GET /iam/clients/me',
      `GET /iam/v2/clients/9001/tokens/${old.id}`,
      'GET /iam/v2/clients/9001/tokens',
      'POST /iam/v2/clients/9001/tokens',
      'GET /iam/users/me',
      `DELETE /iam/v2/clients/9001/tokens/${old.id}`,
    ]);
    const verify = env.emulator.requestsTo('gcore', { path: '/iam/users/me' }).at(-1)!;
    expect(verify.headers.authorization).toBe(`APIKey ${next}`);
    expect(verify.status).toBe(200);
    const created = token(newId)!;
    expect(created.role).toEqual(PURGE_ROLE);
    expect(created.name).toMatch(/^deploy-\d{8}T\d{6}Z$/);
    expect(Date.parse(created.exp_date!) - Date.now()).toBeGreaterThan(89 * DAY);
    expect(token(old.id)!.deleted).toBe(true);
    expect(run.outputs).toMatchObject({ 'api-token': next, 'token-id': newId });
    expect(JSON.parse(run.outputs.result!)).toMatchObject({
      oldTokenId: String(old.id),
      newTokenId: newId,
      oldDeleted: true,
      stored: null,
    });
    // the new token works at once
    const purge = await env.run({ ...base(next), operation: 'purge', resource: '123', urls: '/x' });
    expect(purge.exitCode, purge.stdout).toBe(0);
  });

  it('dry-run of a rotation prints the steps and sends nothing', async () => {
    const old = deployToken();
    const start = since();
    const run = await env.run({ ...base(old.token), operation: 'rotate-token', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sentSince(start)).toEqual([]);
    expect(run.stdout).toContain(`dry run: step 5/5: delete token ${old.id}`);
    expect(token(old.id)!.deleted).toBe(false);
  });

  it('keeps the old token and fails the step when the new one does not verify', async () => {
    const old = deployToken();
    const next = env.gcore.iam.nextToken();
    const newId = next.split('_')[0]!;
    env.emulator.fault({
      provider: 'gcore',
      method: 'GET',
      path: '/iam/users/me',
      status: 401,
      body: { message: 'Invalid authentication credentials' },
    });
    const start = since();
    const run = await env.run(
      { ...base(old.token), operation: 'rotate-token', 'client-id': '9001' },
      { secrets: [next] },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      `::error::Verifying the new token failed: Gcore (GET /gcore/iam/users/me): Invalid authentication credentials; status 401. ${HINTS.gcoreToken}. Tokens now: new ${newId} ('${token(newId)!.name}', not verified, not stored); old ${old.id} ('deploy') still exists and works. Delete token ${newId} (delete-token) once the cause is known.`,
    ]);
    expect(sentSince(start)).not.toContain(`DELETE /iam/v2/clients/9001/tokens/${old.id}`);
    expect(token(old.id)!.deleted).toBe(false);
    expect(token(newId)!.deleted).toBe(false);
    expect(run.summary).toContain(`old ${old.id} ('deploy') still exists and works`);
  });

  it('refuses to rotate at the 50-token cap, creating nothing', async () => {
    const old = deployToken();
    const live = () => env.gcore.iam.tokens.filter((t) => !t.deleted);
    const fillers = Array.from({ length: 50 - live().length }, () => deployToken());
    const start = since();
    const run = await env.run({
      ...base(old.token),
      operation: 'rotate-token',
      'client-id': '9001',
    });
    for (const filler of fillers) filler.deleted = true;
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::Checking the token limit failed: The account already holds 50 API tokens, the maximum of 50: delete unused ones/,
    );
    expect(sentSince(start).filter((line) => line.startsWith('POST'))).toEqual([]);
  });

  it('check-token warns at 7 days and errors at 1 day, and outputs days-left', async () => {
    const inSixDays = deployToken(new Date(Date.now() + 6 * DAY + 3_600_000).toISOString());
    const inHours = deployToken(new Date(Date.now() + 12 * 3_600_000).toISOString());
    const run = await env.run({ ...base(), operation: 'check-token' });
    expect(run.exitCode, run.stdout).toBe(0);
    const annotations = run.stdout.split('\n').filter((line) => /^::(warning|error)/.test(line));
    expect(annotations).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::warning::Gcore API token ${inSixDays.id} 'deploy' expires in 6 days, at `),
      ),
    );
    expect(annotations).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::error::Gcore API token ${inHours.id} 'deploy' expires within a day, at `),
      ),
    );
    expect(run.outputs['days-left']).toBe('0');
    expect(run.summary).toMatch(
      new RegExp(`\\| ${inSixDays.id} \\| deploy \\| .* \\| warning \\|`),
    );
    for (const done of [inSixDays, inHours]) done.deleted = true;
  });

  it('check-token of one token-id with warn-days 30', async () => {
    const inTwentyDays = deployToken(new Date(Date.now() + 20 * DAY + 3_600_000).toISOString());
    const run = await env.run({
      ...base(),
      operation: 'check-token',
      'token-id': String(inTwentyDays.id),
      'warn-days': '30',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['days-left']).toBe('20');
    expect(run.stdout).toContain(
      `::warning::Gcore API token ${inTwentyDays.id} 'deploy' expires in 20 days`,
    );
  });

  it('check-token fails the step when the token it runs with has expired', async () => {
    const expired = deployToken(new Date(Date.now() - DAY).toISOString());
    const run = await env.run({ ...base(expired.token), operation: 'check-token' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      `::error::The api-token of this run (token ${expired.id}) was refused: it has expired or was deleted. Gcore (GET /gcore/iam/clients/me): Token is expired; status 401. ${HINTS.refusedToken}`,
    ]);
  });

  it('check-token works with a JWT login, which has no token of its own', async () => {
    const run = await env.run({
      provider: 'gcore',
      'api-url': env.emulator.url('gcore'),
      operation: 'check-token',
      username: 'admin@example.com',
      password: 'correct-horse-battery-staple',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const list = env.emulator.requestsTo('gcore', { path: /\/tokens$/ }).at(-1)!;
    expect(list.headers.authorization).toMatch(/^Bearer ey/);
  });
});

describe('the emulated IAM token API', () => {
  const env = useEmulator();
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${env.emulator.url('gcore')}${path}`, {
      method,
      headers: { authorization: `APIKey ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('answers list, get and delete at the v1 paths too, but creates with v2 only', async () => {
    const made = env.gcore.iam.addToken({ name: 'v1 check' });
    expect((await call('GET', '/iam/clients/9001/tokens')).status).toBe(200);
    expect((await call('GET', `/iam/clients/9001/tokens/${made.id}`)).status).toBe(200);
    expect((await call('DELETE', `/iam/clients/9001/tokens/${made.id}`)).status).toBe(204);
    const v1create = await call('POST', '/iam/clients/9001/tokens', {
      name: 'x',
      exp_date: null,
      client_user: { role: { id: 2, name: 'Users' } },
    });
    expect(v1create.status).toBe(410);
  });

  it('pages the list with limit, and validates a create', async () => {
    const page = (await (await call('GET', '/iam/v2/clients/9001/tokens?limit=1')).json()) as {
      count: number;
      results: unknown[];
    };
    expect(page.results).toHaveLength(1);
    expect(page.count).toBeGreaterThanOrEqual(1);
    const bad = await call('POST', '/iam/v2/clients/9001/tokens', { name: '', exp_date: null });
    expect(bad.status).toBe(400);
    const past = await call('POST', '/iam/v2/clients/9001/tokens', {
      name: 'old',
      exp_date: '2001-01-01T00:00:00Z',
      client_user: { role: { id: 2 } },
    });
    expect(past.status).toBe(400);
  });
});
