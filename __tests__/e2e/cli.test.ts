/** The CLI as a user runs it: `node dist/cli/index.js <operation> --flags`, against the emulator. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCliProcess } from '../../emulator/runner.js';
import { INPUT_FLAGS } from '../../src/cli/args.js';
import { VERSION } from '../../src/version.js';
import { E2E_SCALE, useEmulator } from '../helpers/e2e.js';

const TOKEN = '7711$gcore-test-token-secret';

describe('cdnkit CLI through dist/cli/index.js', () => {
  const env = useEmulator();
  const workdir = mkdtempSync(join(tmpdir(), 'cdnkit-cli-'));
  writeFileSync(
    join(workdir, 'list.txt'),
    '# deploy\nhttps://cdn.example.com/index.html\n/assets/app.js\n/assets/app.css\n',
  );

  const cli = async (args: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> => {
    const run = await runCliProcess({
      args,
      cwd: workdir,
      env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), ...extraEnv },
    });
    expect(run.stdout + run.stderr, 'the token leaked').not.toContain(TOKEN);
    return run;
  };
  const gcorePurge = () => [
    'purge',
    '--provider',
    'gcore',
    '--api-url',
    env.emulator.url('gcore'),
    '--resource',
    '123',
  ];
  const purge = () => [...gcorePurge(), '--urls-file', 'list.txt'];

  it('--json with --dry-run lists every planned URL with its changed file and rule', async () => {
    const run = await cli(
      [
        ...gcorePurge(),
        '--dry-run',
        '--json',
        '--changed-files',
        'public/docs/index.html,README.md',
        '--url-map',
        'public/**/index.html => https://cdn.example.com/{dir}/, https://cdn.example.com/{path}',
      ],
      { CDNKIT_API_TOKEN: TOKEN },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.plan).toEqual([
      {
        target: 'https://cdn.example.com/docs/',
        source: 'url-map',
        file: 'public/docs/index.html',
        rule: 'public/**/index.html',
      },
      {
        target: 'https://cdn.example.com/docs/index.html',
        source: 'url-map',
        file: 'public/docs/index.html',
        rule: 'public/**/index.html',
      },
    ]);
    expect(result).toMatchObject({
      dryRun: true,
      unmatched: 1,
      changes: { mode: 'list', files: 2 },
    });
  });

  it('prints help with a flag for every input, and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: cdnkit <operation> --provider <provider>');
    for (const { name } of INPUT_FLAGS) expect(run.stdout).toContain(`--${name}`);
    expect(run.stdout).toContain('CDNKIT_API_TOKEN');
    const version = await cli(['--version']);
    expect(version.stdout).toBe(`${VERSION}\n`);
  });

  it('purges a urls-file (relative to the current directory) with the token from CDNKIT_API_TOKEN', async () => {
    const before = env.gcore.purges.length;
    const run = await cli([...purge(), '--wait'], { CDNKIT_API_TOKEN: TOKEN });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(env.gcore.purges.slice(before).map((p) => p.payload)).toEqual([
      { urls: ['/index.html', '/assets/app.js', '/assets/app.css'] },
    ]);
    expect(run.stdout).toMatch(/^cdnkit: purge on gcore\n/);
    expect(run.stdout).toMatch(/\n {2}Operation +purge\n/);
    expect(run.stdout).toMatch(/\n {2}Purged +3 of 3\n/);
    expect(run.stderr).toContain('purge: 3 items in 1 request');
    const last = env.emulator.requestsTo('gcore', { method: 'POST' }).at(-1)!;
    expect(last.headers.authorization).toBe(`APIKey ${TOKEN}`);
    expect(run.stderr).not.toContain('debug: ');
  });

  it('--verbose adds the debug lines (request, status, request id) on stderr', async () => {
    const run = await cli([...purge(), '--verbose'], { CDNKIT_API_TOKEN: TOKEN });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /^debug: gcore: POST \/gcore\/cdn\/resources\/123\/purge -> 201 in \d+ ms$/m,
    );
  });

  it('--dry-run plans on stderr, prints the plan table and sends nothing', async () => {
    const before = env.emulator.requests.length;
    const run = await cli([...purge(), '--dry-run', '--api-token', TOKEN]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(env.emulator.requests.length).toBe(before);
    expect(run.stderr).toContain('dry run: request 1/1: POST /cdn/resources/123/purge');
    expect(run.stdout).toMatch(/\n {2}Mode +dry run: nothing was sent\n/);
  });

  it('--json prints the redacted result only', async () => {
    const run = await cli([...purge(), '--json'], { CDNKIT_API_TOKEN: TOKEN });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ urlsCount: 3, status: 'pending' });
  });

  it('exits 2 with one line on stderr for an unknown flag or a missing operation', async () => {
    for (const args of [
      ['purge', '--bogus'],
      ['--provider', 'gcore'],
      ['purge', 'extra'],
    ]) {
      const run = await cli(args);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await cli(['purge', '--bogus'])).stderr).toBe(
      "cdnkit: unknown option '--bogus' (see cdnkit --help)\n",
    );
  });

  it('exits 2 on an input the action would reject, before any request', async () => {
    const before = env.emulator.requests.length;
    const run = await cli([...purge(), '--urls', 'ftp://x/y'], { CDNKIT_API_TOKEN: TOKEN });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "cdnkit: Input 'urls': 'ftp://x/y' is neither a full http(s) URL nor an absolute path starting with '/'\n",
    );
    expect(env.emulator.requests.length).toBe(before);
  });

  it('exits 1 with the provider status when the operation fails; a flag wins over its variable', async () => {
    const run = await cli([...purge(), '--api-token', '7711$wrong-token-value'], {
      CDNKIT_API_TOKEN: TOKEN,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^cdnkit: Gcore \(GET .*\): Invalid authentication credentials; status 401/m,
    );
    expect(run.stderr).not.toContain('wrong-token-value');
  });
});
