/**
 * Gcore where its sources disagree (issue 12), through dist/index.js: each
 * variant the emulator can play — purge answers with no body, a JSON body or
 * plain text; purge histories enveloped or bare, oldest or newest first; the
 * token list's `deleted` filter read inverted (the SDKs' wording) or literally.
 */
import { describe, expect, it } from 'vitest';
import type { GcoreOptions } from '../../emulator/gcore.js';
import { useEmulator } from '../helpers/e2e.js';

const TOKEN = '7711$gcore-test-token-secret';

const VARIANTS: [string, GcoreOptions][] = [
  ['documented: no purge body, enveloped history oldest first', {}],
  [
    'older docs: purged URLs in the body, bare history newest first',
    { purgeAnswer: 'urls', statusPages: 'bare', statusOrder: 'newest-first' },
  ],
  [
    'a plain-text purge answer, history newest first',
    { purgeAnswer: 'text', statusOrder: 'newest-first' },
  ],
];

describe.each(VARIANTS)('gcore purge and purge-status, %s', (_name, gcore) => {
  const env = useEmulator({ gcore });
  const base = () => ({
    provider: 'gcore',
    'api-token': TOKEN,
    'api-url': env.emulator.url('gcore'),
    resource: '123',
  });
  const statusQueries = (since: number) =>
    env.emulator
      .requestsTo('gcore', { path: '/cdn/purge_statuses' })
      .filter((request) => request.at >= since)
      .map((request) => Object.fromEntries(request.query));

  it('accepts every purge and prefetch answer and finds this run’s tasks in bounded pages', async () => {
    // other purges of the same CNAME in the window: more than a page of history
    const created = new Date().toISOString();
    for (let i = 0; i < 150; i++) {
      env.gcore.purges.push({
        purge_id: 900_000 + i,
        status: 'Successful',
        created,
        purge_type: 'purge_by_url',
        payload: { urls: [`/other/${i}.js`] },
        resource: { id: 123, cname: 'cdn.example.com' },
        doneAt: 0,
      });
    }
    const started = Date.now();
    const urls = Array.from({ length: 250 }, (_, i) => `https://cdn.example.com/f/${i}.js`);
    const run = await env.run({
      ...base(),
      operation: 'purge',
      urls: urls.join('\n'),
      wait: 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'done', 'requests-count': '3' });
    const ids = run.outputs['task-ids']!.split(',');
    const recorded = env.gcore.purges.slice(-3).map((purge) => String(purge.purge_id));
    expect(ids).toEqual(recorded);
    const queries = statusQueries(started);
    // 153 purges in the window: two pages
    expect(queries.map((query) => query.offset)).toContain('100');
    for (const query of queries) {
      expect(query).toMatchObject({ cname: 'cdn.example.com', limit: '100' });
      expect(Date.parse(query.from_created!)).toBeGreaterThanOrEqual(started - 61_000);
    }

    const prefetch = await env.run({ ...base(), operation: 'prefetch', urls: '/v/big.mp4' });
    expect(prefetch.exitCode, prefetch.stdout).toBe(0);
  });

  it('purge-status looks a task id up in the last day first, in pages of 100', async () => {
    const purge = await env.run({ ...base(), operation: 'purge', urls: '/status.js' });
    const taskId = purge.outputs['task-ids']!;
    const started = Date.now();
    const run = await env.run({
      ...base(),
      operation: 'purge-status',
      'task-id': taskId,
      wait: 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain(`| ${taskId} | done | Successful |`);
    const queries = statusQueries(started);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query).toMatchObject({ cname: 'cdn.example.com', limit: '100' });
      expect(query.to_created).toBeUndefined();
      const dayBack = started - 86_400_000;
      expect(Math.abs(Date.parse(query.from_created!) - dayBack)).toBeLessThan(60_000);
    }
  });
});

describe.each(['inverted', 'literal'] as const)(
  'gcore token list with the deleted filter read %s',
  (tokenDeletedFilter) => {
    const env = useEmulator({ gcore: { tokenDeletedFilter } });
    const base = () => ({
      provider: 'gcore',
      'api-token': TOKEN,
      'api-url': env.emulator.url('gcore'),
    });

    it('lists and checks tokens without sending deleted=, leaving deleted tokens out', async () => {
      const gone = env.gcore.iam.addToken({ name: 'gone' });
      gone.deleted = true;
      const kept = env.gcore.iam.addToken({ name: 'kept' });
      const since = env.emulator.requests.length;
      const list = await env.run({ ...base(), operation: 'list-tokens' });
      const check = await env.run({ ...base(), operation: 'check-token' });
      for (const run of [list, check]) {
        expect(run.exitCode, run.stdout).toBe(0);
        const ids = JSON.parse(run.outputs.result!).tokens.map((token: { id: string }) => token.id);
        expect(ids).toEqual(expect.arrayContaining(['7711', String(kept.id)]));
        expect(ids).not.toContain(String(gone.id));
      }
      const lists = env.emulator.requests
        .slice(since)
        .filter((request) => request.path === '/iam/v2/clients/9001/tokens');
      expect(lists).toHaveLength(2);
      for (const request of lists) expect(request.query.has('deleted')).toBe(false);
    });
  },
);
