/**
 * Outputs within GitHub's limits whatever the list sizes, and provider text in
 * the summary that cannot form links, images or HTML, through the built
 * action. Rows go to docs/reliability.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IAM_ROLES } from '../../emulator/gcore/iam.js';
import type { ActionRun } from '../../emulator/runner.js';
import { useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

const ADMIN_TOKEN = '7711$gcore-test-token-secret';
const MIB = 1024 * 1024;

/** The summary under 1 MiB with `cut` saying what was left out, every output under 1 MB; the summary's size. */
function expectWithinLimits(run: ActionRun, cut: RegExp): number {
  const summaryBytes = Buffer.byteLength(run.summary);
  expect(summaryBytes).toBeLessThan(MIB);
  expect(run.summary).toMatch(cut);
  for (const [name, value] of Object.entries(run.outputs)) {
    expect(Buffer.byteLength(value), name).toBeLessThan(1_000_000);
  }
  return summaryBytes;
}

describe('outputs and summary through dist/index.js', () => {
  const env = useEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'cdnkit-outputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a purge of 2,500 long URLs that stops at once: summary under 1 MiB, each output under 1 MB', async ({
    task,
  }) => {
    const urls = Array.from(
      { length: 2500 },
      (_, i) => `https://cdn.example.com/${'deep/'.repeat(300)}file-${i}.js`,
    );
    const file = join(dir, 'long-urls.txt');
    writeFileSync(file, urls.join('\n'));
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      path: /^\/cdn\/resources\/\d+\/purge$/,
      status: 500,
      body: { message: 'purge refused' },
    });
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-url': env.emulator.url('gcore'),
      'api-token': ADMIN_TOKEN,
      resource: '123',
      'urls-file': file,
      'max-retries': '0',
      'wait-timeout': '86400',
      // sent exactly, 25 requests at Gcore's pace: every URL is in the not-purged list
      'max-duration': '3600',
      collapse: 'never',
    });
    env.emulator.clearFaults();
    expect(run.exitCode).toBe(1);
    const summaryBytes = expectWithinLimits(
      run,
      /- … and \d+ more \(the full list is in the log\)/,
    );
    const result = JSON.parse(run.outputs.result!) as {
      notSent: string[];
      truncated: { notSent: number };
    };
    expect(result.notSent.length + result.truncated.notSent).toBe(2500);
    // the log has every one of them
    for (const url of [urls[0]!, urls[2499]!]) expect(run.stdout).toContain(url);
    note(task, 'attacks', [
      'outputs',
      '2,500 URLs of 1,530 characters not purged',
      'dist/index.js gcore purge',
      `summary ${Math.round(summaryBytes / 1024)} KiB, result ${Math.round(Buffer.byteLength(run.outputs.result!) / 1024)} KiB; ${result.truncated.notSent} URLs counted, listed in the log`,
    ]);
  });

  it('a dry-run plan of 3,000 changed files mapped to 850-character URLs: within the limits, the plan whole in the log', async ({
    task,
  }) => {
    const files = Array.from({ length: 3000 }, (_, i) => `public/p${i}.html`);
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-url': env.emulator.url('gcore'),
      'api-token': ADMIN_TOKEN,
      resource: '123',
      'dry-run': 'true',
      'changed-files': files.join('\n'),
      'url-map': `public/** => https://cdn.example.com/${'deep/'.repeat(160)}{path}`,
      // planned exactly, 30 requests of 100 URLs: the result lists them all before it is cut
      'max-duration': '86400',
      collapse: 'never',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const summaryBytes = expectWithinLimits(
      run,
      /- … and \d+ more \(the full list is in the log\)/,
    );
    // the result counts the planned items per request: it stays small whatever the plan
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ dryRun: true });
    // every planned target, with the file it came from, is in the log
    for (const file of [files[0]!, files[2999]!]) expect(run.stdout).toContain(`<- ${file}`);
    note(task, 'attacks', [
      'outputs',
      '3,000 changed files mapped to 850-character URLs (dry run)',
      'dist/index.js gcore purge',
      `summary ${Math.round(summaryBytes / 1024)} KiB, result ${Math.round(Buffer.byteLength(run.outputs.result!) / 1024)} KiB; the plan whole in the log`,
    ]);
  });

  it('list-certificates of 5,000 certificates with long names: the table cut with a count, every row in the log', async ({
    task,
  }) => {
    const names = Array.from({ length: 5000 }, (_, i) => `cert-${i}-${'n'.repeat(400)}`);
    for (const name of names) env.gcore.certificates.add({ name });
    const run = await env.run({
      provider: 'gcore',
      operation: 'list-certificates',
      'api-url': env.emulator.url('gcore'),
      'api-token': ADMIN_TOKEN,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const summaryBytes = expectWithinLimits(
      run,
      /\| … and \d+ more rows \(the full table is in the log\) \|/,
    );
    const result = JSON.parse(run.outputs.result!) as {
      certificates: unknown[];
      truncated: { certificates: number };
    };
    expect(result.certificates.length + result.truncated.certificates).toBeGreaterThanOrEqual(5000);
    expect(run.stdout).toContain('cert-4999-');
    note(task, 'attacks', [
      'outputs',
      '5,000 certificates with 400-character names',
      'dist/index.js gcore list-certificates',
      `summary ${Math.round(summaryBytes / 1024)} KiB, result ${Math.round(Buffer.byteLength(run.outputs.result!) / 1024)} KiB; ${result.truncated.certificates} certificates counted, every row in the log`,
    ]);
  });

  it('token names that are links, images or HTML are shown as text', async ({ task }) => {
    const names = [
      '[click here](https://evil.example/login)',
      '![pixel](https://evil.example/track.png)',
      '<img src=x onerror=alert(1)>',
      '<a href="https://evil.example">docs</a>',
      'see https://evil.example',
    ];
    const role = IAM_ROLES.find((candidate) => candidate.id === 3022)!;
    for (const name of names) env.gcore.iam.addToken({ name, role });
    const run = await env.run({
      provider: 'gcore',
      operation: 'list-tokens',
      'api-url': env.emulator.url('gcore'),
      'api-token': ADMIN_TOKEN,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const name of names) {
      const line = run.summary
        .split('\n')
        .find((candidate) => candidate.includes(name.slice(0, 8)));
      expect(line, name).toBeDefined();
      // the name is inside a code span: nothing in it is read as Markdown or HTML
      expect(line).toContain(`\`${name}\``);
    }
    note(task, 'attacks', [
      'outputs',
      'token names that are a Markdown link, an image, HTML, a bare URL',
      'dist/index.js gcore list-tokens',
      'shown as code spans in the summary',
    ]);
  });
});
