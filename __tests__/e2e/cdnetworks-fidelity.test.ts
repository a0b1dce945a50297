/**
 * CDNetworks as its documents describe it (issue 12), through dist/index.js:
 * per-interface limits (purge and purge status 10, prefetch status 1 per 5
 * minutes) kept by pacing and by `wait`; a status read that cannot happen never
 * fails an accepted purge; dir deletes in calls of their own; dirs in the
 * `http://` form; AK/SK retries never replayed. Each in the emulator's variants.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT } from '../../emulator/cdnetworks.js';
import { type E2E, errorLines, useEmulator } from '../helpers/e2e.js';

const PURGE = '/ccm/purge/ItemIdReceiver';
const PREFETCH_STATUS = '/ccm/fetch/ItemIdQuery';
const AKSK = { 'api-key': ACCOUNT.accessKey, 'api-secret': ACCOUNT.secretKey };

/** The inputs of an AK/SK-signed `operation` against this file's emulator. */
const inputs = (env: E2E, operation = 'purge') => ({
  provider: 'cdnetworks',
  operation,
  'api-url': env.emulator.url('cdnetworks'),
  ...AKSK,
});

const urls = (count: number, tag: string) =>
  Array.from({ length: count }, (_, i) => `https://cdn.example.com/${tag}/${i}.js`).join('\n');

describe('cdnetworks wait against the status interfaces', () => {
  const env = useEmulator({ taskDelayMs: 20 });
  const base = (operation = 'purge') => inputs(env, operation);

  it('polls a prefetch no faster than once per 5-minute window, and says so', async () => {
    const since = Date.now();
    const run = await env.run({ ...base('prefetch'), urls: urls(2, 'warm'), wait: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('done');
    expect(run.stdout).toContain(
      "CDNetworks lets a prefetch's status be read once every 5 minutes: 'wait' polls at that pace within wait-timeout (300 s).",
    );
    const reads = env.emulator
      .requestsTo('cdnetworks', { path: PREFETCH_STATUS })
      .filter((request) => request.at >= since);
    expect(reads.map((read) => read.status).every((status) => status === 200)).toBe(true);
    for (let i = 1; i < reads.length; i++) {
      // 5 minutes and 10 s of margin, scaled by 0.001
      expect(reads[i]!.at - reads[i - 1]!.at).toBeGreaterThanOrEqual(300);
    }
  });

  it('reports pending with the reason, and succeeds, when the status read is throttled after its retries', async () => {
    env.emulator.fault({
      provider: 'cdnetworks',
      path: '/ccm/purge/ItemIdQuery',
      status: 446,
      body: { code: 'WPLUS_AccountApiTooFrequence', message: 'too frequent' },
      headers: { 'x-cnc-request-id': 'throttled-status' },
      times: 2,
    });
    try {
      const run = await env.run({
        ...base(),
        urls: urls(3, 'throttled'),
        wait: 'true',
        'max-retries': '1',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.status).toBe('pending');
      expect(errorLines(run)).toEqual([]);
      expect(run.stdout).toMatch(
        /::warning::The purge status could not be read \(CDNetworks \(POST \/cdnetworks\/ccm\/purge\/ItemIdQuery\): too frequent \(WPLUS_AccountApiTooFrequence\); status 446; request id throttled-status\); the purge was accepted, and its tasks stay pending\./,
      );
      expect(run.summary).toMatch(/\| item-purge-\d+ \| pending \| status not read: CDNetworks/);
    } finally {
      env.emulator.clearFaults();
    }
  });

  it('purge-status still fails when its own status read fails', async () => {
    env.emulator.fault({ provider: 'cdnetworks', path: '/ccm/purge/ItemIdQuery', status: 400 });
    try {
      const run = await env.run({ ...base('purge-status'), 'task-id': 'item-purge-1' });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toHaveLength(1);
    } finally {
      env.emulator.clearFaults();
    }
  });
});

/**
 * wait-timeout is the user's own bound (never scaled), the status windows are
 * scaled: at 0.01 a prefetch status window is 3.1 s, longer than wait-timeout 2.
 */
describe('cdnetworks wait-timeout bounds the wait for a status window', () => {
  const scale = 0.01;
  const env = useEmulator({ scale, taskDelayMs: 60_000 });

  it('stops at wait-timeout instead of waiting for the next prefetch status window', async () => {
    const started = Date.now();
    const run = await env.run(
      {
        ...inputs(env, 'prefetch'),
        urls: urls(401, 'slow'),
        wait: 'true',
        'wait-timeout': '2',
      },
      { env: { CDNKIT_PACING_SCALE: String(scale) } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('pending');
    expect(run.stdout).toMatch(
      /::warning::Stopped waiting after wait-timeout \(2 s\), which ends before the next status read is allowed/,
    );
    // one status read: the second task's would have waited for the next window
    const reads = env.emulator
      .requestsTo('cdnetworks', { path: PREFETCH_STATUS })
      .filter((request) => request.at >= started);
    expect(reads).toHaveLength(1);
    expect(run.summary).toMatch(
      /\| item-prefetch-\d+ \| pending \| status not read: wait-timeout ends first \|/,
    );
    expect(run.durationMs).toBeLessThan(3_100);
  });
});

describe.each([
  ['dir delete not permitted (the default)', false],
  ['dir delete permitted', true],
])('cdnetworks purge-action delete, %s', (_name, dirDeletePermitted) => {
  const env = useEmulator({ cdnetworks: { dirDeletePermitted } });

  it('sends dirs in a call of their own, in the http:// form, never taking URLs down with them', async () => {
    const since = env.emulator.requests.length;
    const run = await env.run({
      ...inputs(env),
      resource: 'cdn.example.com',
      urls: '/a.js\n/b.js',
      prefixes: '/images/*\nhttps://cdn.example.com/css/',
      'purge-action': 'delete',
    });
    const calls = env.emulator
      .requestsTo('cdnetworks', { path: PURGE })
      .filter((request) => env.emulator.requests.indexOf(request) >= since);
    expect(calls.map((call) => call.json)).toEqual([
      {
        urls: ['https://cdn.example.com/a.js', 'https://cdn.example.com/b.js'],
        urlAction: 'delete',
      },
      {
        dirs: ['http://cdn.example.com/images/', 'http://cdn.example.com/css/'],
        dirAction: 'delete',
      },
    ]);
    if (dirDeletePermitted) {
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs['urls-count']).toBe('4');
      return;
    }
    expect(run.exitCode).toBe(1);
    expect(run.outputs['urls-count']).toBe('2');
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^::error::Purge stopped at request 2 of 2: CDNetworks \(POST \/cdnetworks\/ccm\/purge\/ItemIdReceiver\): The account has no permission for dirAction delete\. Directory delete \(dirAction 'delete'\) needs a permission CDNetworks does not open by default: ask CDNetworks support to enable it, or use purge-action 'expire' or 'default' for prefixes; status 200; request id cnc-\d+\. 2 of 4 items were purged/,
      ),
    ]);
  });
});

describe.each([
  ['replays refused (the documented default)', true],
  ['replays not checked', false],
])('cdnetworks AK/SK retries, %s', (_name, rejectReplays) => {
  const env = useEmulator({ cdnetworks: { rejectReplays } });

  it('signs each retry with a later timestamp than the attempt before it', async () => {
    // the emulator sees (and remembers) each signature before the 503
    env.emulator.fault({
      provider: 'cdnetworks',
      path: PURGE,
      status: 503,
      times: 2,
      afterProvider: true,
    });
    const since = env.emulator.requests.length;
    const run = await env.run({
      ...inputs(env),
      urls: 'https://cdn.example.com/retry.js',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['requests-count']).toBe('3');
    const attempts = env.emulator.requests.slice(since).filter((request) => request.path === PURGE);
    const timestamps = attempts.map((attempt) => Number(attempt.headers['x-cnc-timestamp']));
    expect(attempts.map((attempt) => attempt.status)).toEqual([503, 503, 200]);
    expect(timestamps[1]).toBeGreaterThan(timestamps[0]!);
    expect(timestamps[2]).toBeGreaterThan(timestamps[1]!);
  });
});
