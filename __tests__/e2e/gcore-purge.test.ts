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
});
