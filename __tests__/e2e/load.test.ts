/**
 * Load: a 200,000-URL purge on every provider through the built bundle, with
 * pacing scaled down (action and emulator alike) so the providers' real
 * limits still shape the run. The emulator's own records prove that the
 * fewest possible requests were sent and every URL arrived exactly once; the
 * action's peak RSS is measured by the kernel. Rows go to docs/reliability.md.
 * 200,000 is above the ~123,000 entries at which a `push(...list)` once
 * overflowed the stack: no list size may crash the action (issue 18).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import { type E2E, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

const URL_COUNT = 200_000;
/** Shrinks every pacing window: Gcore's 2 purges a minute become 2 in 61 µs. */
const LOAD_SCALE = 0.000001;
/** The benchmark goal for 200,000 URLs (issue 18). */
const MAX_RSS_BYTES = 300 * 1024 * 1024;
/** Counts, not times: generous for a loaded 2-core machine. */
const RUN_TIMEOUT_MS = 240_000;
const MB = 1024 * 1024;

interface LoadCase {
  provider: string;
  /** the provider's per-call limit */
  perCall: number;
  /** purge inputs, all but the URL list */
  inputs(env: E2E): Record<string, string>;
  purgePath: RegExp;
  /** every URL the emulator accepted a purge of, as it recorded them */
  received(env: E2E): string[];
  /** `url` as that record holds it */
  recorded(url: string): string;
}

const CASES: LoadCase[] = [
  {
    provider: 'gcore',
    perCall: 100,
    inputs: (env) => ({
      provider: 'gcore',
      'api-token': '7711$gcore-test-token-secret',
      'api-url': env.emulator.url('gcore'),
      resource: '123',
    }),
    purgePath: /^\/cdn\/resources\/\d+\/purge$/,
    received: (env) =>
      env.gcore.purges.flatMap((purge) => ('urls' in purge.payload ? purge.payload.urls : [])),
    recorded: (url) => new URL(url).pathname,
  },
  {
    provider: 'medianova',
    perCall: 100,
    inputs: (env) => ({
      provider: 'medianova',
      'api-key': env.medianova.apiKey,
      'api-secret': env.medianova.apiSecret,
      'api-url': env.emulator.url('medianova'),
      organization: env.medianova.organization,
      resource: env.medianova.resources[0]!.resource_uuid,
    }),
    purgePath: /^\/api\/v1\/cdn\/[^/]+\/job\/[^/]+\/purge$/,
    received: (env) => env.medianova.jobs.flatMap((job) => job.paths),
    recorded: (url) => new URL(url).pathname,
  },
  {
    provider: 'cdnetworks',
    perCall: 500,
    inputs: (env) => ({
      provider: 'cdnetworks',
      'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
      'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
      'api-url': env.emulator.url('cdnetworks'),
      // beyond the default daily 5,000 URLs: the account's own quota is read
      'check-quota': 'true',
    }),
    purgePath: /^\/ccm\/purge\/ItemIdReceiver$/,
    received: (env) =>
      [...env.cdnetworks.tasks.values()].flatMap((task) => task.entries.map((entry) => entry.url)),
    recorded: (url) => url,
  },
];

describe.each(CASES)('a $provider purge of 200,000 URLs', (load) => {
  const env = useEmulator({
    scale: LOAD_SCALE,
    cdnetworks: { quota: { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 } },
  });
  const dir = mkdtempSync(join(tmpdir(), 'cdnkit-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'sends the fewest requests, loses and repeats no URL, and stays small',
    async ({ task }) => {
      const urls = Array.from(
        { length: URL_COUNT },
        (_, i) => `https://cdn.example.com/load/${Math.floor(i / 1000)}/file-${i}.js`,
      );
      // relative paths resolve against GITHUB_WORKSPACE, a fresh directory per run
      const file = join(dir, 'urls.txt');
      writeFileSync(file, `${urls.join('\n')}\n`);

      const run = await env.run(
        {
          ...load.inputs(env),
          operation: 'purge',
          'urls-file': file,
          // at the real limits this takes minutes to hours: sent exactly only when allowed
          'max-duration': String(24 * 3600),
          collapse: 'never',
        },
        {
          env: { CDNKIT_PACING_SCALE: String(LOAD_SCALE) },
          measureRss: true,
          timeoutMs: RUN_TIMEOUT_MS,
        },
      );
      expect(run.exitCode, run.stdout).toBe(0);

      const lowerBound = Math.ceil(URL_COUNT / load.perCall);
      const purges = env.emulator.requestsTo(load.provider, {
        method: 'POST',
        path: load.purgePath,
      });
      expect(purges).toHaveLength(lowerBound);
      expect(purges.every((request) => request.status === 200 || request.status === 201)).toBe(
        true,
      );
      expect(run.outputs['requests-count']).toBe(String(lowerBound));
      expect(run.outputs['urls-count']).toBe(String(URL_COUNT));

      const received = load.received(env);
      const distinct = new Set(received);
      const lost = urls.map(load.recorded).filter((url) => !distinct.has(url));
      const duplicated = received.length - distinct.size;
      expect(lost).toEqual([]);
      expect(duplicated).toBe(0);
      expect(received).toHaveLength(URL_COUNT);

      expect(run.maxRssBytes).toBeDefined();
      expect(run.maxRssBytes!).toBeLessThan(MAX_RSS_BYTES);
      note(task, 'load', [
        load.provider,
        URL_COUNT.toLocaleString('en'),
        `${lowerBound} (= ceil(${URL_COUNT} / ${load.perCall}))`,
        `${lost.length} lost, ${duplicated} duplicated`,
        `${Math.round(run.maxRssBytes! / MB)} MB`,
      ]);
    },
    RUN_TIMEOUT_MS + 30_000,
  );
});
