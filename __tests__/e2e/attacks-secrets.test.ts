/**
 * Secrets in the forms a provider's error page or a proxy echoes them in,
 * through the built action: none may reach the log, the summary or an output.
 * Also: a secret escaped for the summary cannot render back, and a secret that
 * looks like JSON syntax cannot break the `result` output. Rows go to
 * docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../../emulator/runner.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

/** A Gcore-shaped token with every character that changes under some encoding. */
const TOKEN = `7711$Sec<r&t>"q'+/=é§${'x'.repeat(8)}`;

const FORMS: [string, string][] = [
  [
    'URI-encoded, lower-case hex',
    encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
  ],
  ['form-encoded', new URLSearchParams({ t: TOKEN }).toString().slice(2)],
  [
    'HTML entities',
    TOKEN.replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;'),
  ],
  [
    '\\u-escaped (Python json)',
    JSON.stringify(TOKEN)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ],
  [
    '\\u-escaped (Go json)',
    JSON.stringify(TOKEN)
      .slice(1, -1)
      .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
  ],
  ['base64 in a Basic header', Buffer.from(`user:${TOKEN}`).toString('base64')],
];

function everywhere(run: ActionRun): string {
  return [run.stdout, run.stderr, run.summary, ...Object.values(run.outputs)].join('\n');
}

describe('secrets in every form, through dist/index.js', () => {
  const env = useEmulator();
  const purge = (extra: Record<string, string> = {}) =>
    env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-url': env.emulator.url('gcore'),
      'api-token': TOKEN,
      resource: '123',
      urls: '/a',
      'max-retries': '0',
      ...extra,
    });

  it.for(FORMS)('an error page echoing the token %s', async ([label, form], { task }) => {
    env.emulator.fault({
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/resources/123',
      status: 502,
      raw: `<html><body><h1>Bad gateway</h1><p>request: ${form}</p></body></html>`,
    });
    const run = await purge();
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/Bad gateway request: \S*\*\*\*\S*; status 502/);
    expect(everywhere(run)).not.toContain(form);
    note(task, 'attacks', [
      'secrets',
      `token echoed ${label}`,
      'dist/index.js gcore purge',
      'redacted everywhere',
    ]);
  });

  it('an error excerpt that collapses the white space inside a secret', async ({ task }) => {
    const secret = 'mn  secret   with  spaces';
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: '/api/v1/auth/login/token',
      status: 500,
      raw: `<p>could not log in with api_secret=${secret}</p>`,
    });
    const run = await env.run({
      provider: 'medianova',
      operation: 'login',
      'api-url': env.emulator.url('medianova'),
      'api-key': env.medianova.apiKey,
      'api-secret': secret,
      'max-retries': '0',
    });
    expect(run.exitCode).toBe(1);
    expect(everywhere(run)).not.toContain('mn secret with spaces');
    note(task, 'attacks', [
      'secrets',
      'secret with inner white space, collapsed by the error excerpt',
      'dist/index.js medianova login',
      'redacted before the excerpt is made',
    ]);
  });

  it('a secret in a task detail the summary escapes for HTML', async ({ task }) => {
    const secret = 'mn<api>&secret"value';
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: '/api/v1/auth/login/token',
      status: 200,
      body: { status: true, token: 'mn-session-for-escaping', expire: 1893456000 },
    });
    env.emulator.fault({
      provider: 'medianova',
      method: 'GET',
      path: /\/job\/[^/]+\/purge$/,
      status: 200,
      body: {
        data: {
          page: 1,
          total: 1,
          limit: 100,
          requests: [
            { opID: 'op-1', url: '/a', status: 2, message: `echo ${secret}`, completedAt: null },
          ],
        },
      },
    });
    const run = await env.run(
      {
        provider: 'medianova',
        operation: 'purge-status',
        'api-url': env.emulator.url('medianova'),
        'api-key': env.medianova.apiKey,
        'api-secret': secret,
        organization: env.medianova.organization,
        resource: env.medianova.resources[0]!.resource_uuid,
        'task-id': 'op-1',
      },
      { secrets: ['mn-session-for-escaping'] },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('echo ***');
    const escaped = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(run.summary).not.toContain(escaped);
    note(task, 'attacks', [
      'secrets',
      'api-secret with < & > echoed in a task detail shown in the summary',
      'dist/index.js medianova purge-status',
      'redacted before the summary escapes it',
    ]);
  });

  it.for([
    ['api-key', 'true'],
    ['api-secret', '":"'],
  ])(
    'a secret %s of %s in a result that holds that text as JSON syntax',
    async ([input, secret], { task }) => {
      const run = await env.run({
        provider: 'medianova',
        operation: 'purge',
        'api-url': env.emulator.url('medianova'),
        'api-key': env.medianova.apiKey,
        'api-secret': env.medianova.apiSecret,
        [input!]: secret!,
        organization: env.medianova.organization,
        resource: env.medianova.resources[0]!.resource_uuid,
        urls: '/a',
        'dry-run': 'true',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const result = JSON.parse(run.outputs.result!) as { dryRun: unknown; requests: unknown[] };
      expect(result.dryRun).toBe(true);
      expect(result.requests).toHaveLength(1);
      note(task, 'attacks', [
        'secrets',
        `${input} '${secret}': JSON syntax in the result`,
        'dist/index.js medianova purge (dry run)',
        'result output is valid JSON',
      ]);
    },
  );
});
