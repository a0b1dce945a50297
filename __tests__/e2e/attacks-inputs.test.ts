/**
 * Inputs that need a file system or a second look, through the built action:
 * a `urls-file` that is a directory, a device, a FIFO nobody writes to, a
 * sparse 1 GB file or a secrets file named by mistake; and an IDN `resource`.
 * Bad files join the bad-input table; the IDN runs the attacks table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import { actionDefaults } from '../../emulator/runner.js';
import { INPUTS } from '../../src/config/inputs.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

const dir = mkdtempSync(join(tmpdir(), 'cdnkit-files-'));
const file = (name: string) => join(dir, name);

const FILES: [label: string, path: () => string, message: RegExp][] = [
  ['urls-file that is a directory', () => dir, /is a directory, not a regular file/],
  [
    'urls-file that is a device',
    () => '/dev/zero',
    /'\/dev\/zero' is a device, not a regular file/,
  ],
  [
    'urls-file that is a FIFO nobody writes to',
    () => {
      execFileSync('mkfifo', [file('fifo')]);
      return file('fifo');
    },
    /is a FIFO \(named pipe\), not a regular file/,
  ],
  [
    'urls-file of 1 GB (sparse)',
    () => {
      writeFileSync(file('huge.txt'), '');
      truncateSync(file('huge.txt'), 1024 ** 3);
      return file('huge.txt');
    },
    /is 1024 MiB or more; at most 64 MiB are read/,
  ],
  [
    'certificate-file that is a device',
    () => '/dev/zero',
    /'\/dev\/zero' is a device, not a regular file/,
  ],
  [
    'private-key-file of 1 GB (sparse)',
    () => {
      writeFileSync(file('huge.key'), '');
      truncateSync(file('huge.key'), 1024 ** 3);
      return file('huge.key');
    },
    /is 1024 MiB or more; at most 256 KiB are read/,
  ],
  [
    'urls-file that is a secrets file',
    () => {
      writeFileSync(file('.env'), '# deploy\n/ok.js\nAPI_KEY=sk-live-0123456789\n');
      return file('.env');
    },
    /line 3 of '.*\.env' is neither a full http\(s\) URL nor an absolute path/,
  ],
];

describe('urls-file and resource inputs through dist/index.js', () => {
  const env = useEmulator();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.for(FILES)('%s', async ([label, path, message], { task }) => {
    const input = label.split(' ')[0] as 'urls-file' | 'certificate-file' | 'private-key-file';
    const before = env.emulator.requests.length;
    const run = await env.run({
      provider: 'gcore',
      'api-url': env.emulator.url('gcore'),
      'api-token': '7711$gcore-test-token-secret',
      ...(input === 'urls-file'
        ? { operation: 'purge', resource: '123', 'urls-file': path() }
        : { operation: 'upload-certificate', [input]: path() }),
    });
    const sent = env.emulator.requests.length - before;
    const errors = errorLines(run);
    expect(run.exitCode).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Input '${input}'`);
    expect(errors[0]).toMatch(message);
    expect(run.stdout + run.stderr + run.summary).not.toContain('sk-live-0123456789');
    expect(sent).toBe(0);
    note(task, 'bad-inputs', [
      label,
      input,
      String(sent),
      errors[0]!.replace('::error::', '').replace(dir, '<dir>').slice(0, 110),
    ]);
  });

  it('an IDN resource matches its resource in ASCII form (Gcore hostname, CDNetworks domain)', async ({
    task,
  }) => {
    env.emulator.fault({
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/resources',
      status: 200,
      body: [{ id: 123, cname: 'cdn.example.com', secondaryHostnames: ['xn--bcher-kva.example'] }],
    });
    const gcore = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-url': env.emulator.url('gcore'),
      'api-token': '7711$gcore-test-token-secret',
      resource: 'bücher.example',
      urls: 'https://bücher.example/a.js',
    });
    expect(gcore.exitCode, gcore.stdout).toBe(0);
    expect(env.gcore.purges.at(-1)?.payload).toEqual({ urls: ['/a.js'] });
    const cdnetworks = await env.run(
      {
        provider: 'cdnetworks',
        operation: 'purge',
        'api-url': env.emulator.url('cdnetworks'),
        'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
        'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
        resource: 'Bücher.example',
        urls: '/idn.js',
      },
      { env: {} },
    );
    expect(cdnetworks.exitCode, cdnetworks.stdout).toBe(0);
    const [request] = env.emulator
      .requestsTo('cdnetworks', { method: 'POST', path: '/ccm/purge/ItemIdReceiver' })
      .slice(-1);
    expect((request!.json as { urls: string[] }).urls).toEqual([
      'https://xn--bcher-kva.example/idn.js',
    ]);
    note(task, 'attacks', [
      'inputs',
      "IDN resource 'bücher.example'",
      'dist/index.js gcore purge; cdnetworks purge',
      'matched as xn--bcher-kva.example',
    ]);
  });

  /**
   * The runner passes every action.yml default to every step, so an input
   * another provider reads reaches each run at its default: accepted there,
   * refused only when set to something else.
   */
  const RUNS: Record<string, () => Record<string, string>> = {
    gcore: () => ({
      provider: 'gcore',
      'api-url': env.emulator.url('gcore'),
      'api-token': '7711$gcore-test-token-secret',
      resource: '123',
    }),
    medianova: () => ({
      provider: 'medianova',
      'api-url': env.emulator.url('medianova'),
      'api-key': env.medianova.apiKey,
      'api-secret': env.medianova.apiSecret,
      organization: env.medianova.organization,
      resource: env.medianova.resources[0]!.resource_uuid,
    }),
  };
  const DEFAULTED = INPUTS.flatMap((spec) =>
    'providers' in spec && 'default' in spec
      ? Object.keys(RUNS)
          .filter((provider) => !(spec.providers as readonly string[]).includes(provider))
          .map((provider) => [spec.name, provider, spec.default] as const)
      : [],
  );

  it.for(DEFAULTED)(
    '%s on %s: the default the runner sends is accepted, another value refused',
    async ([name, provider, fallback], { task }) => {
      // the harness sends it unasked, as the runner does
      expect(actionDefaults()[name]).toBe(fallback);
      const purge = {
        ...RUNS[provider]!(),
        operation: 'purge',
        urls: '/defaults.js',
        'dry-run': 'true',
      };
      const accepted = await env.run(purge);
      expect(accepted.exitCode, accepted.stdout).toBe(0);
      const before = env.emulator.requests.length;
      const refused = await env.run({ ...purge, [name]: `${fallback}-changed` });
      expect(refused.exitCode).toBe(1);
      expect(errorLines(refused)).toEqual([
        expect.stringMatching(
          new RegExp(`Input '${name}': applies to \\w+ only, not to ${provider}`),
        ),
      ]);
      expect(env.emulator.requests.length).toBe(before);
      note(task, 'attacks', [
        'inputs',
        `${name} on ${provider}: its action.yml default, then '${fallback}-changed'`,
        `dist/index.js ${provider} purge, action.yml defaults applied`,
        'default accepted (the runner sends it to every step); the other value refused',
      ]);
    },
  );
});
