import { describe, expect, it } from 'vitest';
import { errorLines, useEmulator } from '../helpers/e2e.js';

const TOKEN = '7711$gcore-test-token-secret';

describe('gcore purge through dist/index.js', () => {
  const env = useEmulator();
  const base = () => ({
    provider: 'gcore',
    operation: 'purge',
    'api-token': TOKEN,
    'api-url': env.emulator.url('gcore'),
    resource: '123',
  });

  it('purges 250 URLs in 3 paced requests and reports outputs', async () => {
    const urls = Array.from(
      { length: 250 },
      (_, i) => `https://cdn.example.com/assets/file-${i}.js`,
    );
    const before = env.gcore.purges.length;
    const run = await env.run({ ...base(), urls: urls.join('\n'), wait: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['urls-count']).toBe('250');
    expect(run.outputs['requests-count']).toBe('3');
    expect(run.outputs.status).toBe('done');
    expect(run.outputs['task-ids']!.split(',')).toHaveLength(3);
    const purges = env.gcore.purges.slice(before);
    expect(purges.map((p) => ('urls' in p.payload ? p.payload.urls.length : 0))).toEqual([
      100, 100, 50,
    ]);
    expect(purges[0]!.payload).toMatchObject({
      urls: expect.arrayContaining(['/assets/file-0.js']),
    });
    expect(run.summary).toContain('| Purged | 250 of 250 |');
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ urlsCount: 250, status: 'done' });
  });

  it('writes debug lines only with the step debug logging on (RUNNER_DEBUG=1), as the runner shows them', async () => {
    const urls = '/a.js\n/b.js';
    const quiet = await env.run({ ...base(), urls }, { env: { RUNNER_DEBUG: '' } });
    expect(quiet.exitCode, quiet.stdout).toBe(0);
    expect(quiet.stdout).not.toContain('::debug::');
    expect(quiet.stdout).toContain('purge request 1/1 accepted: 2 items');
    const debugging = await env.run({ ...base(), urls }, { env: { RUNNER_DEBUG: '1' } });
    expect(debugging.exitCode, debugging.stdout).toBe(0);
    expect(debugging.stdout).toMatch(
      /^::debug::request 1\/1: POST \/cdn\/resources\/123\/purge \(purge by URL, 2 items, 26 bytes\)$/m,
    );
    expect(debugging.stdout).toMatch(/^::debug::gcore: POST .*\/purge -> 201 in \d+ ms/m);
  });

  it('sends the permanent token as Authorization: APIKey and masks it first', async () => {
    const run = await env.run({ ...base(), urls: '/index.html' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN.replace(/%/g, '%25')}`);
    const last = env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!;
    expect(last.headers.authorization).toBe(`APIKey ${TOKEN}`);
    expect(last.json).toEqual({ urls: ['/index.html'] });
  });

  it('purges by pattern and purges everything', async () => {
    let run = await env.run({ ...base(), prefixes: '/images/*\n/css/*' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!.json).toEqual({
      paths: ['/images/*', '/css/*'],
    });
    run = await env.run({ ...base(), 'purge-all': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!.json).toEqual({
      paths: [],
    });
  });

  it('dry-run prints the plan and sends nothing', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({ ...base(), urls: '/a.js,/b.js', 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(env.emulator.requests.length).toBe(before);
    expect(run.stdout).toContain(
      'dry run: request 1/1: POST /cdn/resources/123/purge (purge by URL, 2 items',
    );
    expect(run.outputs['requests-count']).toBe('0');
  });

  it('fails with one line naming the input, and sends nothing, on a bad input', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({ ...base(), urls: 'ftp://cdn.example.com/x' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      "::error::Input 'urls': 'ftp://cdn.example.com/x' is neither a full http(s) URL nor an absolute path starting with '/'",
    ]);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(env.emulator.requests.length).toBe(before);
  });

  it('refuses URLs of a host that is not on the resource', async () => {
    const run = await env.run({ ...base(), urls: 'https://evil.example.net/a.js' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain(
      "Input 'urls': host evil.example.net does not belong to resource 123",
    );
  });

  it('reports the provider status and message when the token is wrong', async () => {
    const wrong = '7711$wrong-token-value';
    const run = await env.run({ ...base(), 'api-token': wrong, urls: '/a.js' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::Gcore \(GET \/gcore\/cdn\/resources\/123\): Invalid authentication credentials; status 401/,
    );
  });

  it('retries a 503 and a 429 with Retry-After, then succeeds', async () => {
    env.emulator.fault({ provider: 'gcore', method: 'POST', status: 503 });
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      status: 429,
      headers: { 'retry-after': '0' },
    });
    const run = await env.run({ ...base(), urls: '/retry.js' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['requests-count']).toBe('3');
  });

  it('resolves the resource from one of its hostnames', async () => {
    const run = await env.run({
      ...base(),
      resource: 'static.example.com',
      urls: 'https://static.example.com/logo.svg',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const post = env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!;
    expect(post.path).toBe('/cdn/resources/123/purge');
    expect(post.json).toEqual({ urls: ['/logo.svg'] });
  });

  it('fails up front with collapse: never when the paced URL list outlasts max-duration', async () => {
    const before = env.emulator.requests.length;
    const urls = Array.from({ length: 500 }, (_, i) => `/p/${i}.html`).join('\n');
    const run = await env.run({ ...base(), urls, 'max-duration': '60', collapse: 'never' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      "::error::Input 'collapse': is never, and purging the 500 URLs exactly (5 requests) takes 122 s at the provider's rate limits, more than max-duration (60 s). Nothing was purged: set collapse to auto to purge directories instead; or raise max-duration to at least 122 (2 min 2 s)",
    ]);
    // only the resource lookup: no purge was sent
    expect(env.emulator.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
  });

  it('fails the step and lists each task state when a purge fails', async () => {
    const run = await env.run({ ...base(), urls: '/ok.js', prefixes: '/fail-me/*', wait: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(errorLines(run)[0]).toContain('Purge tasks failed at gcore');
    expect(run.summary).toMatch(/\| \d+ \| done \| Successful \|/);
    expect(run.summary).toMatch(/\| \d+ \| failed \| Failed \|/);
  });

  it('reports purge-status for task ids, waiting until they settle', async () => {
    const purge = await env.run({ ...base(), urls: '/status.js' });
    const taskId = purge.outputs['task-ids']!;
    expect(taskId).toMatch(/^\d+$/);
    const run = await env.run({
      ...base(),
      operation: 'purge-status',
      'task-id': taskId,
      wait: 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('done');
    expect(run.summary).toContain(`| ${taskId} | done | Successful |`);
  });

  it('counts "Status report disabled" as done, with a warning', async () => {
    env.gcore.cdn.statusReportsDisabled.add(456);
    const run = await env.run({ ...base(), resource: '456', urls: '/a.js', wait: 'true' });
    env.gcore.cdn.statusReportsDisabled.clear();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('done');
    expect(run.stdout).toContain(
      '::warning::Gcore has purge status reports disabled for media.example.org: the purge was accepted but its completion cannot be verified.',
    );
  });

  it('prefetches 150 URLs in 2 paced requests; wait says Gcore has no prefetch status', async () => {
    const before = env.gcore.prefetches.length;
    const urls = Array.from({ length: 150 }, (_, i) => `https://cdn.example.com/v/${i}.mp4`);
    const run = await env.run({
      ...base(),
      operation: 'prefetch',
      urls: urls.join(','),
      wait: 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.gcore.prefetches.slice(before).map((p) => p.paths.length)).toEqual([100, 50]);
    expect(env.gcore.prefetches.at(-1)!.paths[0]).toBe('/v/100.mp4');
    const posts = env.emulator.requestsTo('gcore', { path: '/cdn/resources/123/prefetch' });
    // paced: the 2nd request waits for the 1-a-minute window (61 s, scaled by 0.001)
    expect(posts.at(-1)!.at - posts.at(-2)!.at).toBeGreaterThanOrEqual(60);
    expect(run.outputs).toMatchObject({
      'urls-count': '150',
      'requests-count': '2',
      status: 'pending',
    });
    expect(run.stdout).toContain('::warning::Gcore reports no status for prefetch requests');
    expect(
      env.emulator.requestsTo('gcore', { path: '/cdn/purge_statuses' }).at(-1)?.at ?? 0,
    ).toBeLessThan(posts.at(-2)!.at);
  });
});

describe('dry-run sends nothing for any operation', () => {
  const env = useEmulator();

  it.for([
    [
      'login',
      {
        provider: 'gcore',
        operation: 'login',
        username: 'admin@example.com',
        password: 'not-sent-anywhere',
      },
    ],
    [
      'purge-status',
      {
        provider: 'gcore',
        operation: 'purge-status',
        'api-token': TOKEN,
        resource: '123',
        'task-id': '1000',
        wait: 'true',
      },
    ],
  ] as const)('%s', async ([operation, inputs]) => {
    const before = env.emulator.requests.length;
    const run = await env.run({
      ...inputs,
      'api-url': env.emulator.url('gcore'),
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.emulator.requests.length).toBe(before);
    expect(run.stdout).toContain('dry run: step 1/1: ');
    expect(run.summary).toContain(`cdnkit: ${operation} on gcore`);
  });
});
