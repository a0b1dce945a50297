import { describe, expect, it } from 'vitest';
import { HINTS } from '../../src/hints.js';
import { errorLines, expectNoLeaks, useEmulator } from '../helpers/e2e.js';

const UNAUTHORIZED = 'Unauthorized. Missing or invalid access token.';
const MEDIA = 'd9a6f4c3-7e5b-4a0c-9d8f-3b2e4a9c6f17';
const STATIC = 'c8f5e3b2-6d4a-4f9b-8c7e-2a1d3f8b5e06';

describe('medianova login, purge and prefetch through dist/index.js', () => {
  const env = useEmulator();
  const jobPath = (resource: string, kind = 'purge') =>
    `/api/v1/cdn/${env.medianova.organization}/job/${resource}/${kind}`;
  const credentials = () => ({
    provider: 'medianova',
    'api-key': env.medianova.apiKey,
    'api-secret': env.medianova.apiSecret,
    'api-url': env.emulator.url('medianova'),
    organization: env.medianova.organization,
  });
  /** every run also proves no token or session the emulator issued leaked */
  const run = async (inputs: Record<string, string>, secrets: string[] = []) => {
    const result = await env.run(inputs, { secrets });
    expectNoLeaks(result, env.medianova.issuedSecrets());
    return result;
  };

  it('login outputs the masked token and its expiry; purge of 300 paths with it takes 3 requests', async () => {
    const logins = env.medianova.logins;
    const login = await run({ ...credentials(), operation: 'login' });
    expect(login.exitCode, login.stdout).toBe(0);
    const token = login.outputs.token!;
    expect(env.medianova.tokens.has(token)).toBe(true);
    expect(login.stdout).toContain(`::add-mask::${token}`);
    const expiresAt = Date.parse(login.outputs['expires-at']!);
    expect(login.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(expiresAt - env.medianova.tokens.get(token)!)).toBeLessThan(1000);
    expect(JSON.parse(login.outputs.result!)).toEqual({
      token: '***',
      expiresAt: login.outputs['expires-at'],
    });
    expect(env.emulator.requestsTo('medianova').at(-1)!.json).toEqual({
      api_key: env.medianova.apiKey,
      api_secret: env.medianova.apiSecret,
    });

    const before = env.emulator.requests.length;
    const paths = Array.from({ length: 300 }, (_, i) => `/assets/file-${i}.js`);
    const purge = await run(
      {
        provider: 'medianova',
        operation: 'purge',
        'api-token': token,
        'api-url': env.emulator.url('medianova'),
        organization: env.medianova.organization,
        resource: MEDIA,
        urls: paths.join('\n'),
        wait: 'true',
      },
      [token],
    );
    expect(purge.exitCode, purge.stdout).toBe(0);
    expect(env.medianova.logins).toBe(logins + 1);
    expect(purge.outputs['requests-count']).toBe('3');
    expect(purge.outputs['urls-count']).toBe('300');
    expect(purge.outputs.status).toBe('done');
    const taskIds = purge.outputs['task-ids']!.split(',');
    expect(taskIds).toHaveLength(3);
    const sent = env.emulator.requests.slice(before);
    // a uuid and bare paths need no resource lookup
    expect(sent.some((request) => request.path.endsWith('/resource'))).toBe(false);
    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual(Array(3).fill(jobPath(MEDIA)));
    expect(posts.map((request) => (request.json as { file_path: string[] }).file_path)).toEqual([
      paths.slice(0, 100),
      paths.slice(100, 200),
      paths.slice(200),
    ]);
    expect(posts[0]!.json).toMatchObject({ resource_uuid: MEDIA });
    for (const request of sent) expect(request.headers.authorization).toBe(`Bearer ${token}`);
    const status = sent.find((request) => request.method === 'GET')!;
    expect(Object.fromEntries(status.query)).toEqual({
      page: '1',
      limit: '100',
      opID: taskIds[0],
    });
    expect(purge.summary).toContain('100 of 100 finished; status 2: Completed (×100)');
  });

  it('resolves a hostname on the second page of resources and reduces full URLs to paths', async () => {
    const before = env.emulator.requests.length;
    const result = await run({
      ...credentials(),
      operation: 'purge',
      resource: 'media.example.net',
      urls: 'https://video.example.net/a.js?v=2\n/b.js',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const sent = env.emulator.requests.slice(before);
    expect(
      sent.filter((request) => request.path.endsWith('/resource')).map((r) => r.query.get('page')),
    ).toEqual(['1', '2']);
    expect(sent.at(-1)!.path).toBe(jobPath(MEDIA));
    expect(sent.at(-1)!.json).toEqual({ resource_uuid: MEDIA, file_path: ['/a.js?v=2', '/b.js'] });
    expect(result.outputs.status).toBe('pending');
  });

  it('refuses a URL whose host is not on the resource, after the lookup and before any purge', async () => {
    const jobs = env.medianova.jobs.length;
    const result = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      urls: 'https://cdn.example.com/a.js',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)[0]).toContain(
      `Input 'urls': host cdn.example.com does not belong to resource ${MEDIA}`,
    );
    expect(env.medianova.jobs.length).toBe(jobs);
  });

  it('purges prefixes as /dir/* wildcards and purge-all as ["/*"]', async () => {
    let result = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      prefixes: '/css\n/img/\n/js/*.js',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(env.emulator.requestsTo('medianova', { method: 'POST' }).at(-1)!.json).toEqual({
      resource_uuid: MEDIA,
      file_path: ['/css/*', '/img/*', '/js/*.js'],
    });
    result = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      'purge-all': 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(env.emulator.requestsTo('medianova', { method: 'POST' }).at(-1)!.json).toEqual({
      resource_uuid: MEDIA,
      file_path: ['/*'],
    });
  });

  it('names the "Wildcard Purge Suffix" option when a wildcard purge is refused', async () => {
    const result = await run({
      ...credentials(),
      operation: 'purge',
      resource: STATIC,
      prefixes: '/images',
    });
    expect(result.exitCode).toBe(1);
    const [error] = errorLines(result);
    expect(error).toContain('Wildcard purge is not enabled for this resource.');
    expect(error).toContain('"Wildcard Purge Suffix" option');
    expect(error).toContain('status 400');
    expect(result.summary).toContain('/images');
  });

  it('prefetches files at .../prefetch and reads their status there', async () => {
    const result = await run({
      ...credentials(),
      operation: 'prefetch',
      resource: MEDIA,
      urls: '/video/intro.mp4\nhttps://media.example.net/video/poster.jpg',
      wait: 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.status).toBe('done');
    const post = env.emulator.requestsTo('medianova', { method: 'POST' }).at(-1)!;
    expect(post.path).toBe(jobPath(MEDIA, 'prefetch'));
    expect(post.json).toEqual({
      resource_uuid: MEDIA,
      file_path: ['/video/intro.mp4', '/video/poster.jpg'],
    });
    expect(env.emulator.requestsTo('medianova', { method: 'GET' }).at(-1)!.path).toBe(
      jobPath(MEDIA, 'prefetch'),
    );
  });

  it('refuses a wildcard prefetch before anything is sent', async () => {
    const before = env.emulator.requests.length;
    const result = await run({
      ...credentials(),
      operation: 'prefetch',
      resource: MEDIA,
      urls: '/video/*',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)[0]).toContain('prefetch takes specific files, not wildcards');
    expect(env.emulator.requests.length).toBe(before);
  });

  it('reports purge-status of given task ids with the opaque status codes', async () => {
    const purge = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      urls: '/s.js',
    });
    const taskId = purge.outputs['task-ids']!;
    await new Promise((resolve) => setTimeout(resolve, 30));
    const status = await run({
      ...credentials(),
      operation: 'purge-status',
      resource: MEDIA,
      'task-id': taskId,
    });
    expect(status.exitCode, status.stdout).toBe(0);
    expect(status.outputs.status).toBe('done');
    expect(status.summary).toContain(`| ${taskId} | done | 1 of 1 finished; status 2: Completed |`);
  });

  it('logs in again exactly once when a call answers 401 mid-run, and retries that call', async () => {
    const logins = env.medianova.logins;
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: jobPath(MEDIA),
      after: 1,
      status: 401,
      body: { status: false, message: UNAUTHORIZED },
    });
    const paths = Array.from({ length: 150 }, (_, i) => `/p/${i}.css`);
    const result = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      urls: paths.join(','),
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(env.medianova.logins).toBe(logins + 2);
    expect(result.outputs['requests-count']).toBe('3');
    expect(result.outputs['task-ids']!.split(',')).toHaveLength(2);
    expect(result.stdout).toContain('answered 401; logging in again once');
  });

  it('fails after one re-login when fresh tokens are refused too (no login loop)', async () => {
    const logins = env.medianova.logins;
    env.medianova.tokenLifetimeMs = 0;
    try {
      const result = await run({
        ...credentials(),
        operation: 'purge',
        resource: MEDIA,
        urls: '/x',
      });
      expect(result.exitCode).toBe(1);
      expect(env.medianova.logins).toBe(logins + 2);
      expect(errorLines(result)[0]).toContain(`${UNAUTHORIZED}; status 401`);
    } finally {
      env.medianova.tokenLifetimeMs = 4 * 3600_000;
    }
  });

  it('with an expired api-token, fails with a message saying how to get a fresh one', async () => {
    const logins = env.medianova.logins;
    const stale = 'mnt_expired0123456789abcdef';
    const result = await run({
      provider: 'medianova',
      operation: 'purge',
      'api-token': stale,
      'api-url': env.emulator.url('medianova'),
      organization: env.medianova.organization,
      resource: MEDIA,
      urls: '/x',
    });
    expect(result.exitCode).toBe(1);
    expect(env.medianova.logins).toBe(logins);
    const [error] = errorLines(result);
    expect(error).toContain(UNAUTHORIZED);
    expect(error).toContain("The 'api-token' input was refused");
    expect(error).toContain('Run the login step just before this one');
  });

  it('fails on a missing organization before any request', async () => {
    const before = env.emulator.requests.length;
    const { organization: _organization, ...inputs } = credentials();
    const result = await run({ ...inputs, operation: 'purge', resource: MEDIA, urls: '/a' });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toEqual([
      "::error::Input 'organization': is required for medianova 'purge' (the organization uuid)",
    ]);
    expect(env.emulator.requests.length).toBe(before);
  });

  it('reports wrong API credentials with the provider message', async () => {
    const result = await run({
      ...credentials(),
      'api-secret': 'wrong-secret',
      operation: 'login',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)[0]).toBe(
      `::error::Medianova (POST /medianova/api/v1/auth/login/token): Invalid API key or secret.; status 401. ${HINTS.medianovaKeys}`,
    );
  });

  it('dry-run plans the purge requests without logging in', async () => {
    const before = env.emulator.requests.length;
    const result = await run({
      ...credentials(),
      operation: 'purge',
      resource: MEDIA,
      urls: Array.from({ length: 101 }, (_, i) => `/d/${i}`).join('\n'),
      'dry-run': 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(env.emulator.requests.length).toBe(before);
    expect(result.stdout).toContain(
      `dry run: request 2/2: POST ${jobPath(MEDIA)} (purge by URL, 1 item`,
    );
  });
});
