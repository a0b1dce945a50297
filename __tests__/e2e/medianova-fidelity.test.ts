/**
 * Medianova where its sources disagree (issue 12), through dist/index.js: Stook
 * under `/api/v2/stook` (the docs' endpoint headers) or only under the doubled
 * `/api/api/v2/stook` (the docs' HTTP samples), a create answer without keys
 * (documented), and purge jobs that end Failed.
 */
import { describe, expect, it } from 'vitest';
import type { StookPrefix } from '../../emulator/medianova.js';
import {
  errorLines,
  expectNoLeaks,
  medianovaInputs,
  medianovaPurge,
  useEmulator,
} from '../helpers/e2e.js';

const PREFIXES: [StookPrefix, string][] = [
  ['/api/v2/stook', 'medianova: Stook answers under /api/v2/stook'],
  [
    '/api/api/v2/stook',
    'medianova: Stook answered 404 under /api/v2/stook and answered under /api/api/v2/stook; using /api/api/v2/stook for the rest of this run',
  ],
];

describe.each(PREFIXES)('medianova Stook answering under %s', (stookPrefix, debugLine) => {
  const env = useEmulator({ medianova: { stookPrefix } });
  const base = (operation: string) => medianovaInputs(env, operation);

  it('create-credential succeeds with the id and the access key read back, and warns once that no secret key came', async () => {
    const before = env.emulator.requests.length;
    const run = await env.run({
      ...base('create-credential'),
      name: 'uploader',
      buckets: env.medianova.buckets[0]!.uuid,
    });
    expectNoLeaks(run, env.medianova.issuedSecrets());
    expect(run.exitCode, run.stdout).toBe(0);
    const created = env.medianova.credentials.at(-1)!;
    expect(run.outputs).toMatchObject({
      'credential-id': created.uuid,
      'access-key': created.access_key,
      'secret-key': '',
    });
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::warning::Medianova created credential ${created.uuid} but returned no secret key`,
        ),
      ),
    ]);
    expect(run.stdout).toContain(`::debug::${debugLine}`);
    const org = env.medianova.organization;
    const sent = env.emulator.requests
      .slice(before)
      .map((r) => `${r.method} ${r.path} ${r.status}`);
    const tried =
      stookPrefix === '/api/v2/stook' ? [] : [`POST /api/v2/stook/${org}/credentials 404`];
    expect(sent).toEqual([
      'POST /api/v1/auth/login/token 200',
      ...tried,
      `POST ${stookPrefix}/${org}/credentials 200`,
      `GET ${stookPrefix}/${org}/credential/${created.uuid} 200`,
    ]);
  });

  it('keeps the prefix that answered for every later call of the run', async () => {
    const credential = env.medianova.addCredential({ name: 'listed' });
    const before = env.emulator.requests.length;
    const run = await env.run({ ...base('list-credentials') });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain(`| ${credential.uuid} | listed |`);
    const update = await env.run({
      ...base('update-credential'),
      'credential-id': credential.uuid,
      'read-only': 'true',
    });
    expect(update.exitCode, update.stdout).toBe(0);
    const stook = env.emulator.requests
      .slice(before)
      .filter((request) => request.path.includes('/stook/'));
    const misses = stook.filter((request) => request.status === 404);
    // one miss per run at most, and only when Stook lives under the doubled prefix
    expect(misses).toHaveLength(stookPrefix === '/api/v2/stook' ? 0 : 2);
    expect(stook.filter((request) => request.status === 200).length).toBe(3);
  });
});

describe('medianova purge jobs that fail', () => {
  const env = useEmulator();

  it('reports a Failed job as failed with its message, and fails the step', async () => {
    const run = await env.run({
      ...medianovaPurge(env),
      urls: '/ok.js\n/fail-me/missing.js',
      wait: 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(errorLines(run)).toEqual([expect.stringContaining('Purge tasks failed at medianova')]);
    expect(run.summary).toMatch(
      /\| op-purge-\d+ \| failed \| 1 of 2 failed, e\.g\. \/fail-me\/missing\.js; status 3: Failed \|/,
    );
  });
});
