import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT } from '../../emulator/cdnetworks.js';
import type { ActionRun } from '../../emulator/runner.js';
import { errorLines, expectNoLeaks, useEmulator } from '../helpers/e2e.js';

const PURGE = '/ccm/purge/ItemIdReceiver';
const AUTH = {
  aksk: { 'api-key': ACCOUNT.accessKey, 'api-secret': ACCOUNT.secretKey },
  'api-key': { username: ACCOUNT.username, 'api-key': ACCOUNT.apiKey },
} as const;

const urls = (count: number, tag: string) =>
  Array.from({ length: count }, (_, i) => `https://cdn.example.com/${tag}/file-${i}.js`).join('\n');

const files = mkdtempSync(join(tmpdir(), 'cdnkit-cdnetworks-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** A urls-file: long lists exceed what one input (an environment variable) can carry. */
function urlsFile(count: number, tag: string): string {
  const path = join(files, `${tag}.txt`);
  writeFileSync(path, urls(count, tag));
  return path;
}

describe.each(['aksk', 'api-key'] as const)(
  'cdnetworks with %s auth through dist/index.js',
  (method) => {
    const env = useEmulator({
      cdnetworks: { quota: { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 } },
    });
    const base = () => ({
      provider: 'cdnetworks',
      operation: 'purge',
      'api-url': env.emulator.url('cdnetworks'),
      ...AUTH[method],
    });
    const purgesSent = () => env.emulator.requestsTo('cdnetworks', { method: 'POST', path: PURGE });

    /** The signatures and Basic credentials the run sent: secrets it must never print. */
    function expectSignaturesHidden(run: ActionRun, since: number): void {
      const sent = env.emulator.requestsTo('cdnetworks').slice(since);
      const secrets = sent.flatMap(({ headers }) => {
        const aksk = /Signature=([0-9a-f]+)$/.exec(headers.authorization ?? '');
        if (aksk) return [aksk[1]!];
        const basic = /^Basic (\S+)$/.exec(headers.authorization ?? '')![1]!;
        return [basic, Buffer.from(basic, 'base64').toString().split(':')[1]!];
      });
      expect(secrets.length).toBeGreaterThan(0);
      expectNoLeaks(run, secrets);
      for (const secret of secrets)
        expect(run.stdout).toContain(`::add-mask::${secret.slice(0, 8)}`);
    }

    it('purges 1,200 URLs in 3 signed requests and waits until every task is done', async () => {
      const before = env.emulator.requestsTo('cdnetworks').length;
      const run = await env.run({ ...base(), urls: urls(1200, method), wait: 'true' });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({
        'urls-count': '1200',
        'requests-count': '3',
        status: 'done',
        'request-id': expect.stringMatching(/^cnc-\d+$/),
      });
      const taskIds = run.outputs['task-ids']!.split(',');
      expect(taskIds).toHaveLength(3);
      const purges = purgesSent().slice(-3);
      expect(purges.map((p) => (p.json as { urls: string[] }).urls.length)).toEqual([
        500, 500, 200,
      ]);
      expect(purges[0]!.json).toMatchObject({ urlAction: 'default' });
      expect(purges.every((p) => p.status === 200)).toBe(true);
      // each task's first page of 50, then, once it looks finished, its successes counted
      const polls = env.emulator
        .requestsTo('cdnetworks', { path: '/ccm/purge/ItemIdQuery' })
        .map((poll) => poll.json as { itemId: string; pageNo: number; pageSize: number });
      expect(polls.every((poll) => poll.pageNo === 1)).toBe(true);
      for (const id of taskIds) {
        expect(polls).toContainEqual({ itemId: id, pageNo: 1, pageSize: 50 });
        expect(polls).toContainEqual({ itemId: id, pageNo: 1, pageSize: 1, status: 'success' });
      }
      expect(run.summary).toContain('| Purged | 1200 of 1200 |');
      expectSignaturesHidden(run, before);
    });

    it('recovers from one 446 WPLUS_AccountApiTooFrequence with a backoff', async () => {
      env.emulator.fault({
        provider: 'cdnetworks',
        path: PURGE,
        status: 446,
        body: { code: 'WPLUS_AccountApiTooFrequence', message: 'too frequent' },
        headers: { 'x-cnc-request-id': 'throttled-1' },
      });
      const run = await env.run({ ...base(), urls: urls(3, `throttle-${method}`) });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs['requests-count']).toBe('2');
      expect(run.stdout).toContain(
        `cdnetworks: POST /cdnetworks${PURGE} answered 446; retry 1 of 4`,
      );
      expect(
        purgesSent()
          .slice(-2)
          .map((p) => p.status),
      ).toEqual([446, 200]);
    });

    it('fails with one error line carrying the status and request id when the secret is wrong', async () => {
      const wrong: Record<string, string> =
        method === 'aksk'
          ? { 'api-secret': 'not-the-secret-key' }
          : { 'api-key': 'not-the-api-key' };
      const before = env.emulator.requestsTo('cdnetworks').length;
      const run = await env.run({
        ...base(),
        ...wrong,
        urls: '/a.js',
        resource: 'cdn.example.com',
      });
      expect(run.exitCode).toBe(1);
      const lines = errorLines(run);
      expect(lines).toHaveLength(1);
      expect(env.emulator.requests.at(-1)!.status).toBe(401);
      const requestId = run.outputs['request-id'];
      expect(requestId).toMatch(/^cnc-\d+$/);
      expect(lines[0]).toMatch(
        new RegExp(
          `^::error::Purge stopped at request 1 of 1: CDNetworks \\(POST /cdnetworks${PURGE}\\): .*\\((SignatureDoesNotMatch|AuthFailure)\\); status 401; request id ${requestId}\\.`,
        ),
      );
      expect(env.emulator.requestsTo('cdnetworks').length - before).toBe(1);
      expectSignaturesHidden(run, before);
    });

    it('refuses, with check-quota and collapse: never, a purge beyond the remaining quota and sends no purge', async () => {
      const saved = { ...env.cdnetworks.quota };
      env.cdnetworks.quota.remainingUrlQuota = 1000;
      const before = purgesSent().length;
      try {
        const run = await env.run({
          ...base(),
          urls: urls(1200, 'quota'),
          'check-quota': 'true',
          collapse: 'never',
        });
        expect(run.exitCode).toBe(1);
        expect(errorLines(run)).toEqual([
          "::error::Input 'collapse': is never, and purging the 1200 URLs exactly (3 requests) needs 1200 URLs, more than the 1000 the daily quota has left. Nothing was purged: set collapse to auto to purge directories instead; or purge fewer URLs today, or ask the provider to raise the daily quota",
        ]);
        expect(purgesSent().length).toBe(before);
      } finally {
        env.cdnetworks.quota = saved;
      }
    });
  },
);

describe('cdnetworks operations and pacing through dist/index.js', () => {
  const env = useEmulator({
    cdnetworks: { quota: { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 } },
  });
  const base = (operation = 'purge') => ({
    provider: 'cdnetworks',
    operation,
    'api-url': env.emulator.url('cdnetworks'),
    ...AUTH.aksk,
  });

  it('fails up front with collapse: never, sending nothing, naming both the duration (10 calls per 5 minutes) and the default daily quota', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({
      ...base(),
      'urls-file': urlsFile(5_001, 'too-many'),
      collapse: 'never',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      "::error::Input 'collapse': is never, and purging the 5001 URLs exactly (11 requests) takes 310 s at the provider's rate limits, more than max-duration (120 s); and needs 5001 URLs, more than the 5000 the daily quota has left. Nothing was purged: set collapse to auto to purge directories instead; or raise max-duration to at least 310 (5 min 10 s); or purge fewer URLs today, or ask the provider to raise the daily quota",
    ]);
    expect(env.emulator.requests.length).toBe(before);
  });

  it.each<{ inputs: Record<string, string>; body: object }>([
    {
      inputs: { prefixes: '/images/*\nhttps://static.example.com/css/', 'purge-action': 'expire' },
      body: {
        dirs: ['http://cdn.example.com/images/', 'http://static.example.com/css/'],
        dirAction: 'expire',
      },
    },
    {
      inputs: { resource: 'cdn.example.com,static.example.com', 'purge-all': 'true' },
      body: {
        dirs: ['http://cdn.example.com/', 'http://static.example.com/'],
        dirAction: 'default',
      },
    },
  ])('sends prefixes and purge-all as dirs: $inputs', async ({ inputs, body }) => {
    const run = await env.run({ ...base(), resource: 'cdn.example.com', ...inputs });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.emulator.requestsTo('cdnetworks', { path: PURGE }).at(-1)!.json).toEqual(body);
  });

  it('names resource, before any request, for a bare path without a domain', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({ ...base(), urls: '/index.html' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^::error::Input 'resource': is required for paths without a host/,
    );
    expect(env.emulator.requests.length).toBe(before);
  });

  it('prefetches in calls of 400 and waits on the prefetch status interface', async () => {
    const run = await env.run({ ...base('prefetch'), urls: urls(500, 'warm'), wait: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'done',
      'requests-count': '2',
      'urls-count': '500',
    });
    const calls = env.emulator.requestsTo('cdnetworks', { path: '/ccm/fetch/ItemIdReceiver' });
    expect(calls.map((c) => (c.json as { urls: string[] }).urls.length)).toEqual([400, 100]);
    expect(calls[0]!.json).toMatchObject({ isRange: 0 });
    expect(
      env.emulator.requestsTo('cdnetworks', { path: '/ccm/fetch/ItemIdQuery' }).length,
    ).toBeGreaterThan(0);
  });

  it('reports purge-status of a task id, and a failed task as failed', async () => {
    let run = await env.run({ ...base(), urls: 'https://cdn.example.com/ok.js' });
    const taskId = run.outputs['task-ids']!;
    run = await env.run({ ...base('purge-status'), 'task-id': taskId, wait: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'done', 'task-ids': taskId });
    expect(run.outputs['request-id']).toMatch(/^cnc-\d+$/);

    run = await env.run({ ...base(), urls: 'https://cdn.example.com/fail-me.js', wait: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.summary).toContain('1 of 1 failed, e.g. https://cdn.example.com/fail-me.js');
  });
});

/**
 * Pacing at a tenth of the usual end-to-end scale: the 10 s margin under the
 * 5-minute window becomes 100 ms, more than the latency jitter of a busy machine.
 */
describe('cdnetworks pacing against the emulator window', () => {
  const scale = 0.01;
  const env = useEmulator({
    scale,
    cdnetworks: { quota: { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 } },
  });

  it('paces 11 purge calls below the 10-per-5-minutes window of the purge interface: never throttled', async () => {
    const run = await env.run(
      {
        provider: 'cdnetworks',
        operation: 'purge',
        'api-url': env.emulator.url('cdnetworks'),
        ...AUTH.aksk,
        'urls-file': urlsFile(5_500, 'paced'),
        // the account's quota (read) takes 5,500 URLs; max-duration lets the exact list through
        'check-quota': 'true',
        'max-duration': '400',
      },
      { env: { CDNKIT_PACING_SCALE: String(scale) } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['requests-count']).toBe('11');
    expect(run.stdout).toContain(
      "purge: 5500 items in 11 requests; expected duration 5 min 10 s at cdnetworks's rate limits; exact plan (max-duration 400 s)",
    );
    const sent = env.emulator.requestsTo('cdnetworks', { path: PURGE });
    expect(sent.filter((r) => r.status === 446 || r.status === 429)).toEqual([]);
    // the 11th call waited for the (scaled) 5-minute window of the first
    expect(sent[10]!.at - sent[0]!.at).toBeGreaterThanOrEqual(300_000 * scale);
  });
});
