/**
 * The fault matrix: every fault the emulator can inject, against every
 * provider's purge, through the built bundle. Rows go to docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import type { Fault } from '../../emulator/server.js';
import {
  type E2E,
  errorLines,
  medianovaPurge,
  type RunOptions,
  useEmulator,
} from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

interface ProviderCase {
  provider: string;
  /** inputs of a purge of `urls` on this provider */
  inputs(env: E2E, urls: string[]): Record<string, string>;
  /** the path (below the provider prefix) of its purge call */
  purgePath: RegExp;
  /** per-call limit, so a batch failure can be placed in batch 2 of 3 */
  perCall: number;
  /** the provider's way of saying "failed" in a 200 answer, if it has one, and its message */
  failureIn200?: { body: unknown; message: string };
  /** its purge answer is documented without a body (Gcore): any 2xx is success */
  bodyIgnored?: boolean;
  /** faults only this provider answers with, and the attempts recovery takes */
  ownFaults?: [string, Omit<Fault, 'provider'>, number][];
  urls(count: number): string[];
}

const CASES: ProviderCase[] = [
  {
    provider: 'gcore',
    inputs: (env, urls) => ({
      provider: 'gcore',
      operation: 'purge',
      'api-token': '7711$gcore-test-token-secret',
      'api-url': env.emulator.url('gcore'),
      resource: '123',
      urls: urls.join('\n'),
    }),
    purgePath: /^\/cdn\/resources\/\d+\/purge$/,
    perCall: 100,
    bodyIgnored: true,
    urls: (count) => Array.from({ length: count }, (_, i) => `https://cdn.example.com/f/${i}.js`),
  },
  {
    provider: 'medianova',
    inputs: (env, urls) => ({ ...medianovaPurge(env), urls: urls.join('\n') }),
    // the login (POST /api/v1/auth/login/token) is not faulted: only the job call is
    purgePath: /^\/api\/v1\/cdn\/[^/]+\/job\/[^/]+\/purge$/,
    perCall: 100,
    failureIn200: {
      body: { status: false, message: 'The resource is being updated, try again later.' },
      message: 'The resource is being updated, try again later.',
    },
    urls: (count) => Array.from({ length: count }, (_, i) => `/f/${i}.js`),
  },
  {
    provider: 'cdnetworks',
    inputs: (env, urls) => ({
      provider: 'cdnetworks',
      operation: 'purge',
      'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
      'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
      'api-url': env.emulator.url('cdnetworks'),
      urls: urls.join('\n'),
    }),
    purgePath: /^\/ccm\/purge\/ItemIdReceiver$/,
    perCall: 500,
    failureIn200: {
      body: { Code: 0, Message: 'The domain does not belong to this account.' },
      message: 'The domain does not belong to this account.',
    },
    ownFaults: [
      [
        '446 WPLUS_AccountApiTooFrequence',
        { status: 446, body: { code: 'WPLUS_AccountApiTooFrequence', message: 'Too frequent' } },
        2,
      ],
    ],
    urls: (count) => Array.from({ length: count }, (_, i) => `https://cdn.example.com/f/${i}.js`),
  },
];

const MAX_RETRIES = 2;
const MB = 1024 * 1024;

describe.each(CASES)('faults on $provider purge', (providerCase) => {
  const env = useEmulator({
    cdnetworks: { quota: { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 } },
  });
  const purge = (urls: string[], extra: Record<string, string> = {}, options: RunOptions = {}) =>
    env.run(
      { ...providerCase.inputs(env, urls), 'max-retries': String(MAX_RETRIES), ...extra },
      options,
    );
  const inject = (fault: Omit<Fault, 'provider'>) =>
    env.emulator.fault({
      provider: providerCase.provider,
      method: 'POST',
      path: providerCase.purgePath,
      ...fault,
    });
  const purgeAttempts = (since: number) =>
    env.emulator
      .requestsTo(providerCase.provider, { method: 'POST', path: providerCase.purgePath })
      .filter((r) => r.at >= since).length;

  const recovers: [string, Omit<Fault, 'provider'>, number][] = [
    ...(providerCase.ownFaults ?? []),
    ['429 with Retry-After in seconds', { status: 429, headers: { 'retry-after': '1' } }, 2],
    [
      '429 with Retry-After as an HTTP date',
      { status: 429, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } },
      2,
    ],
    ['500 once', { status: 500 }, 2],
    ['502 once', { status: 502 }, 2],
    ['503 once', { status: 503 }, 2],
    ['connection reset', { reset: true }, 2],
    // 3 s beyond the 1 s timeout: a late timer on a loaded machine cannot let the answer win
    ['answer slower than timeout (1 s)', { delayMs: 4000, passThrough: true }, 2],
  ];

  it.for(recovers)('recovers from %s', async ([label, fault, attempts], { task }) => {
    inject(fault);
    const since = Date.now();
    const run = await purge(providerCase.urls(1), { timeout: '1' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(purgeAttempts(since)).toBe(attempts);
    expect(run.outputs['requests-count']).toBe(String(attempts));
    note(task, 'faults', [providerCase.provider, label, 'recover', String(attempts), 'purged']);
  });

  /**
   * Answers that go wrong after their headers: a body dripping a byte a
   * second, one cut off, silence. `timeout` bounds the whole answer, so each is
   * cut off and retried. Gcore's purge answer has no documented body: its
   * status is the answer, and the body is not waited for.
   */
  const brokenBodies: [string, Omit<Fault, 'provider'>][] = [
    ['answer dripping a byte a second', { dripMs: 1000, passThrough: true }],
    ['answer cut off after its headers', { cutAfterHeaders: true, passThrough: true }],
    ['silence after the headers, past timeout', { stallAfterHeaders: true, passThrough: true }],
  ];

  it.for(brokenBodies)('survives: %s', async ([label, fault], { task }) => {
    inject(fault);
    const since = Date.now();
    // a URL of its own: an identical CDNetworks request signed in the same second is a replay
    const url = providerCase.urls(brokenBodies.length + 1)[
      brokenBodies.findIndex(([, f]) => f === fault) + 1
    ]!;
    const run = await purge([url], { timeout: '2' });
    expect(run.exitCode, run.stdout).toBe(0);
    const attempts = providerCase.bodyIgnored ? 1 : 2;
    expect(purgeAttempts(since)).toBe(attempts);
    expect(run.outputs.status).toBe('pending');
    note(task, 'faults', [
      providerCase.provider,
      `${label} (timeout 2 s)`,
      providerCase.bodyIgnored ? 'success: the status is the answer' : 'recover',
      String(attempts),
      providerCase.bodyIgnored ? 'purged; body not waited for' : 'purged',
    ]);
  });

  it('fails fast on a 100 MB answer, reading at most a few MiB of it', async ({ task }) => {
    inject({ status: 200, hugeBodyBytes: 100 * 1024 * 1024 });
    const since = Date.now();
    const run = await purge(providerCase.urls(1), {}, { measureRss: true });
    expect(run.maxRssBytes!).toBeLessThan(120 * MB);
    expect(purgeAttempts(since)).toBe(1);
    const rss = `peak RSS ${Math.round(run.maxRssBytes! / MB)} MB`;
    if (providerCase.bodyIgnored) {
      expect(run.exitCode, run.stdout).toBe(0);
      note(task, 'faults', [
        providerCase.provider,
        '100 MB answer',
        'success: the status is the answer',
        '1',
        `purged; body not read; ${rss}`,
      ]);
      return;
    }
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/answer is larger than 8 MiB.*status 200/);
    note(task, 'faults', [
      providerCase.provider,
      '100 MB answer',
      'fail fast, no retry',
      '1',
      `step failed: answer over 8 MiB; ${rss}`,
    ]);
  });

  it('quotes an error page of 400 KB of "<" briefly, in linear time', async ({ task }) => {
    inject({ status: 500, raw: '<'.repeat(400_000), times: MAX_RETRIES + 1 });
    const since = Date.now();
    const run = await purge(providerCase.urls(1));
    expect(run.exitCode).toBe(1);
    expect(purgeAttempts(since)).toBe(MAX_RETRIES + 1);
    const [error] = errorLines(run);
    expect(error).toMatch(/status 500/);
    expect(error!.length).toBeLessThan(600);
    note(task, 'faults', [
      providerCase.provider,
      'error page of 400 KB of "<"',
      'fail after retries, in linear time',
      String(MAX_RETRIES + 1),
      `step failed: status 500, ${error!.length} characters`,
    ]);
  });

  it('fails after max-retries of 5xx, naming status, message and request id', async ({ task }) => {
    inject({
      status: 503,
      body: { message: 'upstream unavailable' },
      headers: { 'x-request-id': 'req-503', 'x-cnc-request-id': 'req-503' },
      times: MAX_RETRIES + 1,
    });
    const since = Date.now();
    const run = await purge(providerCase.urls(1));
    expect(run.exitCode).toBe(1);
    expect(purgeAttempts(since)).toBe(MAX_RETRIES + 1);
    const [error] = errorLines(run);
    expect(error).toMatch(/upstream unavailable; status 503; request id req-503/);
    note(task, 'faults', [
      providerCase.provider,
      '503 until retries run out',
      'fail, name status/message/request id',
      String(MAX_RETRIES + 1),
      'step failed: status 503, request id named',
    ]);
  });

  it('on malformed JSON with status 200, fails without retrying (or succeeds where no body is documented)', async ({
    task,
  }) => {
    inject({ raw: '{"this is": not json', status: 200 });
    const since = Date.now();
    const run = await purge(providerCase.urls(1));
    expect(purgeAttempts(since)).toBe(1);
    if (providerCase.bodyIgnored) {
      expect(run.exitCode, run.stdout).toBe(0);
      note(task, 'faults', [
        providerCase.provider,
        'malformed JSON, status 200',
        'success: no purge body is documented',
        '1',
        'step succeeded',
      ]);
      return;
    }
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/not valid JSON.*status 200/);
    note(task, 'faults', [
      providerCase.provider,
      'malformed JSON, status 200',
      'fail, no retry',
      '1',
      'step failed: status 200',
    ]);
  });

  it.runIf(providerCase.failureIn200 !== undefined)(
    'fails on a failure reported in a 200 answer',
    async ({ task }) => {
      const { body, message } = providerCase.failureIn200!;
      inject({ status: 200, body });
      const since = Date.now();
      const run = await purge(providerCase.urls(1));
      expect(run.exitCode).toBe(1);
      expect(purgeAttempts(since)).toBe(1);
      expect(errorLines(run)[0]).toContain(`${message}; status 200`);
      note(task, 'faults', [
        providerCase.provider,
        'failure in a 200 body',
        'fail, no retry',
        '1',
        'step failed: provider message named',
      ]);
    },
  );

  it('stops at a batch that still fails and lists exactly what was and was not purged', async ({
    task,
  }) => {
    const urls = providerCase.urls(providerCase.perCall * 2 + 10);
    inject({ status: 500, body: { message: 'batch two broke' }, after: 1, times: MAX_RETRIES + 1 });
    const run = await purge(urls, { 'wait-timeout': '3600' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/stopped at request 2 of 3: .*batch two broke; status 500/);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs['urls-count']).toBe(String(providerCase.perCall));
    const notPurged = listed(run.summary, 'Not purged');
    const purged = listed(run.summary, 'Purged');
    expect(purged).toEqual(urls.slice(0, providerCase.perCall));
    expect(notPurged).toEqual(urls.slice(providerCase.perCall));
    note(task, 'faults', [
      providerCase.provider,
      'batch 2 of 3 fails until retries run out',
      'fail, list purged and not purged',
      `1 + ${MAX_RETRIES + 1}`,
      `${purged.length} purged, ${notPurged.length} listed as not purged, none lost`,
    ]);
  });
});

/** The items of the summary's `<details>` list whose title starts with `title`. */
function listed(summary: string, title: string): string[] {
  const start = summary.indexOf(`<summary>${title} (`);
  if (start < 0) return [];
  const end = summary.indexOf('</details>', start);
  return summary
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('- `'))
    .map((line) => line.slice(3, -1));
}
