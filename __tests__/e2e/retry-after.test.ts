/**
 * `Retry-After` end to end: the wait itself, not only the recovery. The fault
 * matrix recovers from a 429 whatever the action waits, because any backoff
 * ends in a retry; here the action's own line ("retry 1 of 2 in X s") must name
 * the header's wait, and the emulator's clock must show it was waited.
 *
 * Waits are shrunk by CDNKIT_PACING_SCALE = 0.01, so the log's one decimal
 * tells the header's wait (0.5 s for 50 s) from every backoff the action could
 * fall back to: full jitter below 1 s (0.0 s), CDNetworks' throttle backoff of
 * 20-40 s (0.2-0.4 s) and Gcore's 60 s (0.6 s).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT } from '../../emulator/cdnetworks.js';
import { type E2E, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

const SCALE = 0.01;

interface PurgeCase {
  provider: string;
  purgePath: RegExp;
  inputs(env: E2E): Record<string, string>;
}

const CASES: PurgeCase[] = [
  {
    provider: 'gcore',
    purgePath: /^\/cdn\/resources\/123\/purge$/,
    inputs: () => ({
      'api-token': '7711$gcore-test-token-secret',
      resource: '123',
      urls: '/a.js',
    }),
  },
  {
    provider: 'medianova',
    purgePath: /\/purge$/,
    inputs: (env) => ({
      'api-key': env.medianova.apiKey,
      'api-secret': env.medianova.apiSecret,
      organization: env.medianova.organization,
      resource: env.medianova.resources[0]!.resource_uuid,
      urls: '/a.js',
    }),
  },
  {
    provider: 'cdnetworks',
    purgePath: /^\/ccm\/purge\/ItemIdReceiver$/,
    inputs: () => ({
      'api-key': ACCOUNT.accessKey,
      'api-secret': ACCOUNT.secretKey,
      urls: 'https://cdn.example.com/a.js',
    }),
  },
];

interface Row {
  label: string;
  status: number;
  /** the header's value, made when the fault is injected */
  retryAfter(): string;
  /** the wait the action must log, scaled, as it prints it */
  logged: RegExp;
  /** the least real gap between the faulted request and its retry, ms */
  minGapMs: number;
  expected: string;
}

const retryAfterRow = (
  label: string,
  status: number,
  retryAfter: () => string,
  logged: RegExp,
  minGapMs: number,
  expected: string,
): Row => ({ label, status, retryAfter, logged, minGapMs, expected });

const ROWS: Row[] = [
  retryAfterRow(
    '429, Retry-After: 50 (seconds)',
    429,
    () => '50',
    /in 0\.5 s$/,
    500,
    'wait 50 s, then recover',
  ),
  retryAfterRow(
    '429, Retry-After: 50.9 (fractional seconds)',
    429,
    () => '50.9',
    /in 0\.5 s$/,
    509,
    'wait 50.9 s, then recover',
  ),
  // whole seconds on the wire, and the run starts a little later: 99-100 s, or 90+ when slow
  retryAfterRow(
    '429, Retry-After: an HTTP date 100 s ahead',
    429,
    () => new Date(Date.now() + 100_000).toUTCString(),
    /in (0\.9|1\.0) s$/,
    900,
    'wait until the date, then recover',
  ),
  retryAfterRow(
    '503, Retry-After: 50',
    503,
    () => '50',
    /in 0\.5 s$/,
    500,
    'wait 50 s, then recover',
  ),
];

describe.each(CASES)('Retry-After on $provider purge, end to end', (purgeCase) => {
  const env = useEmulator();

  it.for(ROWS)('$label: waits what the header says', async (row, { task }) => {
    env.emulator.fault({
      provider: purgeCase.provider,
      method: 'POST',
      path: purgeCase.purgePath,
      status: row.status,
      headers: { 'retry-after': row.retryAfter() },
    });
    const since = env.emulator.requests.length;
    const run = await env.run(
      {
        provider: purgeCase.provider,
        operation: 'purge',
        'api-url': env.emulator.url(purgeCase.provider),
        'max-retries': '2',
        ...purgeCase.inputs(env),
        // a URL of its own per row: two runs signing the same request within one second
        // are a replay to CDNetworks (and to its emulator)
        urls: purgeCase.inputs(env).urls!.replace('/a.js', `/retry-${ROWS.indexOf(row)}.js`),
      },
      { env: { CDNKIT_PACING_SCALE: String(SCALE) } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const retries = run.stdout.split('\n').filter((line) => /; retry \d+ of \d+ in /.test(line));
    expect(retries).toHaveLength(1);
    expect(retries[0]).toContain('; retry 1 of 2 in ');
    expect(retries[0]).toMatch(row.logged);
    const [faulted, retried] = env.emulator.requests
      .slice(since)
      .filter((request) => request.method === 'POST' && purgeCase.purgePath.test(request.path));
    expect(retried!.at - faulted!.at).toBeGreaterThanOrEqual(row.minGapMs);
    note(task, 'faults', [
      purgeCase.provider,
      row.label,
      row.expected,
      '2',
      `logged "${retries[0]!.replace(/^.*; /, '')}" (waits scaled by ${SCALE}); purged`,
    ]);
  });
});
