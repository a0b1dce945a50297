/** Gcore JWT sessions through dist/index.js: login, Bearer on every call, refresh on expiry. */
import { describe, expect, it } from 'vitest';
import { errorLines, expectNoLeaks, useEmulator } from '../helpers/e2e.js';

const USER = { username: 'admin@example.com', password: 'correct-horse-battery-staple' };

describe('gcore JWT login through dist/index.js', () => {
  // purges stay in progress long enough for a short-lived access token to expire while waiting
  const env = useEmulator({ taskDelayMs: 3000 });
  const base = () => ({ provider: 'gcore', 'api-url': env.emulator.url('gcore'), ...USER });
  const calls = (path: string) => env.emulator.requestsTo('gcore', { path }).length;
  /** every JWT the emulator issued must stay masked */
  const jwts = () => env.gcore.iam.issued.flatMap((pair) => [pair.access, pair.refresh]);

  it('login outputs the masked access token and its exp as expires-at', async () => {
    const run = await env.run({ ...base(), operation: 'login' });
    expect(run.exitCode, run.stdout).toBe(0);
    const { access } = env.gcore.iam.issued.at(-1)!;
    expect(run.outputs.token).toBe(access);
    const exp = JSON.parse(Buffer.from(access.split('.')[1]!, 'base64url').toString()).exp;
    expect(run.outputs['expires-at']).toBe(new Date(exp * 1000).toISOString());
    expect(Date.parse(run.outputs['expires-at']!) - Date.now()).toBeGreaterThan(3_500_000);
    expect(run.stdout.split('\n')[0]).toMatch(/^::add-mask::/);
    expect(run.summary).toContain('(masked; see the token output)');
    expectNoLeaks(run, jwts());
    const login = env.emulator.requestsTo('gcore', { path: '/iam/auth/jwt/login' }).at(-1)!;
    expect(login.json).toEqual(USER);
    expect(login.headers.authorization).toBeUndefined();
  });

  it('purges with Authorization: Bearer <access> on every call', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({ ...base(), operation: 'purge', resource: '123', urls: '/a.js' });
    expect(run.exitCode, run.stdout).toBe(0);
    const sent = env.emulator.requests.slice(before);
    expect(sent[0]!.path).toBe('/iam/auth/jwt/login');
    const { access } = env.gcore.iam.issued.at(-1)!;
    expect(sent.slice(1).map((r) => r.headers.authorization)).toEqual(
      sent.slice(1).map(() => `Bearer ${access}`),
    );
    expectNoLeaks(run, jwts());
  });

  it('refreshes the session when the access token expires during a run', async () => {
    // exp is whole seconds: a 2-second token is valid for 1 to 2 s, then expires while waiting
    env.gcore.iam.accessLifetimeSeconds = 2;
    const logins = calls('/iam/auth/jwt/login');
    const refreshes = calls('/iam/auth/jwt/refresh');
    const before = env.emulator.requests.length;
    const issued = env.gcore.iam.issued.length;
    const run = await env.run({
      ...base(),
      operation: 'purge',
      resource: '123',
      urls: '/refresh.js',
      wait: 'true',
      // above the emulator's 3 s purge, however CDNKIT_PACING_SCALE treats it
      'wait-timeout': '10000',
    });
    env.gcore.iam.accessLifetimeSeconds = 3600;
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('done');
    expect(calls('/iam/auth/jwt/login')).toBe(logins + 1);
    expect(calls('/iam/auth/jwt/refresh')).toBeGreaterThan(refreshes);
    // the first poll carried the login's access token, the last one the latest refresh's
    const polls = env.emulator.requests
      .slice(before)
      .filter((r) => r.path === '/cdn/purge_statuses');
    const [fromLogin, ...fromRefreshes] = env.gcore.iam.issued.slice(issued);
    expect(fromRefreshes.length).toBeGreaterThan(0);
    expect(polls[0]!.headers.authorization).toBe(`Bearer ${fromLogin!.access}`);
    expect(polls.at(-1)!.headers.authorization).toBe(`Bearer ${fromRefreshes.at(-1)!.access}`);
    expect(polls.at(-1)!.status).toBe(200);
    expectNoLeaks(run, jwts());
  });

  it('refreshes once after a 401 and repeats the request', async () => {
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      path: '/cdn/resources/123/purge',
      status: 401,
      body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' },
    });
    const refreshes = calls('/iam/auth/jwt/refresh');
    const run = await env.run({ ...base(), operation: 'purge', resource: '123', urls: '/b.js' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(calls('/iam/auth/jwt/refresh')).toBe(refreshes + 1);
    expect(run.outputs['requests-count']).toBe('2');
    const [refused, repeated] = env.emulator
      .requestsTo('gcore', { path: '/cdn/resources/123/purge' })
      .slice(-2);
    expect([refused!.status, repeated!.status]).toEqual([401, 201]);
    expect(repeated!.headers.authorization).not.toBe(refused!.headers.authorization);
    expectNoLeaks(run, jwts());
  });

  it('fails with Gcore’s message on a wrong password', async () => {
    const run = await env.run({ ...base(), operation: 'login', password: 'wrong-password' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      '::error::Gcore (POST /gcore/iam/auth/jwt/login): No active account found with the given credentials; status 401',
    ]);
    expect(run.outputs.token).toBeUndefined();
  });
});
