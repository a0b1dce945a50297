/** Gcore JWT sessions through dist/index.js: login, Bearer on every call, refresh after a 401. */
import { describe, expect, it } from 'vitest';
import { HINTS } from '../../src/hints.js';
import { errorLines, expectNoLeaks, useEmulator } from '../helpers/e2e.js';

const USER = { username: 'admin@example.com', password: 'correct-horse-battery-staple' };

describe('gcore JWT login through dist/index.js', () => {
  // refresh when exp passes is proved on a virtual clock: integration/gcore-jwt-expiry.test.ts
  const env = useEmulator();
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
      `::error::Gcore (POST /gcore/iam/auth/jwt/login): No active account found with the given credentials; status 401. ${HINTS.gcoreLogin}`,
    ]);
    expect(run.outputs.token).toBeUndefined();
  });
});
