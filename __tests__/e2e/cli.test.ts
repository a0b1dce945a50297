/** The CLI as a user runs it: `node dist/cli/index.js <operation> --flags`, against the emulator. */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  const cli = async (
    args: string[],
    extraEnv: Record<string, string> = {},
    stdin?: string,
  ): Promise<CliRun> => {
    const run = await runCliProcess({
      args,
      cwd: workdir,
      env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), ...extraEnv },
      stdin,
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
  const purge = (urlsFile = 'list.txt') => [...gcorePurge(), '--urls-file', urlsFile];

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

  it('exits 2 with one line on stderr for an unknown flag, operation or argument, and a suggestion', async () => {
    for (const args of [
      ['purge', '--bogus'],
      ['--provider', 'gcore'],
      ['purge', 'extra'],
      ['purg'],
    ]) {
      const run = await cli(args);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await cli(['purge', '--bogus'])).stderr).toBe(
      "cdnkit: unknown option '--bogus' (see cdnkit --help)\n",
    );
    expect((await cli(['purge', '--urls-fille', 'x'])).stderr).toBe(
      "cdnkit: unknown option '--urls-fille'; did you mean '--urls-file'? (see cdnkit --help)\n",
    );
    expect((await cli(['rotate-tokens'])).stderr).toBe(
      "cdnkit: unknown operation in argument 1; did you mean 'rotate-token'? (see cdnkit --help)\n",
    );
  });

  it('never quotes a misplaced value in a usage error', async () => {
    for (const args of [
      ['purge', '--provider', 'gcore', TOKEN],
      [TOKEN, '--provider', 'gcore'],
      ['purge', `--api-tokn=${TOKEN}`],
      ['purge', `--wait=${TOKEN}`],
      ['purge', `-${TOKEN}`],
    ]) {
      const run = await cli(args); // cli() fails the test if TOKEN appears anywhere
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^cdnkit: .*\(see cdnkit --help\)\n$/);
    }
  });

  it('--json prints a JSON error object on stdout when the run fails', async () => {
    const usage = await cli(['purge', '--bogus', '--json']);
    expect(JSON.parse(usage.stdout)).toEqual({
      error: {
        kind: 'usage',
        message: "unknown option '--bogus' (see cdnkit --help)",
        exitCode: 2,
      },
    });
    const input = await cli([...purge(), '--urls', 'ftp://x/y', '--json'], {
      CDNKIT_API_TOKEN: TOKEN,
    });
    expect(input.exitCode).toBe(2);
    expect(JSON.parse(input.stdout).error).toMatchObject({ kind: 'input', input: 'urls' });
    const provider = await cli([...purge(), '--json', '--api-token', '7711$wrong-token-value']);
    expect(provider.exitCode).toBe(1);
    expect(JSON.parse(provider.stdout).error).toMatchObject({
      kind: 'provider',
      provider: 'gcore',
      status: 401,
      exitCode: 1,
    });
    expect(provider.stdout).not.toContain('wrong-token-value');
  });

  it('names the CDNKIT_* variable when a credential is missing', async () => {
    const run = await cli(purge());
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(
      'cdnkit reads CDNKIT_API_TOKEN for --api-token, CDNKIT_USERNAME for --username, CDNKIT_PASSWORD for --password',
    );
  });

  it('reads --urls-file - from standard input', async () => {
    const before = env.gcore.purges.length;
    const run = await cli(
      purge('-'),
      { CDNKIT_API_TOKEN: TOKEN },
      '/from-stdin.html\nhttps://cdn.example.com/b.js\n',
    );
    expect(run.exitCode, run.stderr).toBe(0);
    expect(env.gcore.purges.slice(before).map((p) => p.payload)).toEqual([
      { urls: ['/from-stdin.html', '/b.js'] },
    ]);
  });

  it('says a relative --urls-file is read from the current directory', async () => {
    const run = await cli(purge('missing.txt'), { CDNKIT_API_TOKEN: TOKEN });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `cdnkit: Input 'urls-file': cannot read 'missing.txt' (ENOENT); give a path absolute or relative to the current directory, ${workdir}\n`,
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

  describe('a new secret has a destination before it is created', () => {
    const gcore = () => ['--provider', 'gcore', '--api-url', env.emulator.url('gcore')];
    const createToken = () => ['create-token', ...gcore(), '--name', 'cli', '--role', 'Users'];
    const medianova = () => [
      '--provider',
      'medianova',
      '--api-url',
      env.emulator.url('medianova'),
      '--organization',
      env.medianova.organization,
    ];
    const medianovaEnv = () => ({
      CDNKIT_API_KEY: env.medianova.apiKey,
      CDNKIT_API_SECRET: env.medianova.apiSecret,
    });

    it('refuses create-token, rotate-token, create-credential and rotate-credential without one, sending nothing', async () => {
      const old = env.medianova.addCredential({ name: 'old' });
      for (const [args, vars] of [
        [createToken(), { CDNKIT_API_TOKEN: TOKEN }],
        [['rotate-token', ...gcore()], { CDNKIT_API_TOKEN: TOKEN }],
        [['create-credential', ...medianova(), '--name', 'n'], medianovaEnv()],
        [['rotate-credential', ...medianova(), '--credential-id', old.uuid], medianovaEnv()],
      ] as const) {
        const before = env.emulator.requests.length;
        const run = await cli([...args], vars);
        expect(run.exitCode, run.stderr).toBe(2);
        expect(run.stderr).toMatch(/makes a secret that is shown only once.*nothing was sent\n$/);
        expect(env.emulator.requests.length).toBe(before);
      }
    });

    it('--secret-file: the new token lands in a mode 0600 file, and it works', async () => {
      const next = env.gcore.iam.nextToken();
      const run = await cli([...createToken(), '--secret-file', 'cli.token'], {
        CDNKIT_API_TOKEN: TOKEN,
      });
      expect(run.exitCode, run.stderr).toBe(0);
      const file = join(workdir, 'cli.token');
      expect(readFileSync(file, 'utf8')).toBe(`${next}\n`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(run.stdout + run.stderr).not.toContain(next);
      const check = await cli([...purge(), '--dry-run'], {
        CDNKIT_API_TOKEN: readFileSync(file, 'utf8').trim(),
      });
      expect(check.exitCode, check.stderr).toBe(0);

      const before = env.emulator.requests.length;
      const again = await cli([...createToken(), '--secret-file', 'cli.token'], {
        CDNKIT_API_TOKEN: TOKEN,
      });
      expect(again.exitCode).toBe(2);
      expect(again.stderr).toContain('the file already exists, and cdnkit never overwrites one');
      expect(env.emulator.requests.length).toBe(before);
    });

    it('--print-secret: rotate-token prints the new token once on stdout', async () => {
      const old = env.gcore.iam.addToken({
        name: 'deploy',
        role: { id: 2, name: 'Users' },
        expDate: null,
      });
      const next = env.gcore.iam.nextToken();
      const run = await runCliProcess({
        args: ['rotate-token', ...gcore(), '--print-secret'],
        cwd: workdir,
        env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), CDNKIT_API_TOKEN: old.token },
      });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.stdout.split(next)).toHaveLength(2);
      expect(run.stdout).toMatch(/\nNew api-token \(printed once: store it now\):\n.+\n$/);
      expect(run.stderr).not.toContain(next);
      expect(run.stdout + run.stderr).not.toContain(old.token);
    });

    it('--print-secret --json: create-credential gives the Stook secret key as newSecret', async () => {
      // the documented create answer carries no secret key; this emulated account's answer does
      env.medianova.returnSecretOnCreate = true;
      const create = () => [
        'create-credential',
        ...medianova(),
        '--name',
        'cli',
        '--buckets',
        env.medianova.buckets[0]!.uuid,
      ];
      const run = await cli([...create(), '--print-secret', '--json'], medianovaEnv());
      expect(run.exitCode, run.stderr).toBe(0);
      const created = env.medianova.credentials.at(-1)!;
      const result = JSON.parse(run.stdout);
      expect(result.newSecret).toEqual({ output: 'secret-key', value: created.secret_key });
      expect(run.stdout.split(created.secret_key!)).toHaveLength(2);
      expect(run.stderr).not.toContain(created.secret_key);

      // an API that returns no secret key leaves no empty file behind
      env.medianova.returnSecretOnCreate = false;
      try {
        const quiet = await cli([...create(), '--secret-file', 'none.key'], medianovaEnv());
        expect(quiet.exitCode, quiet.stderr).toBe(0);
        expect(existsSync(join(workdir, 'none.key'))).toBe(false);
        expect(quiet.stderr).toContain(
          `No new secret-key was produced; removed the empty ${join(workdir, 'none.key')}.`,
        );
      } finally {
        env.medianova.returnSecretOnCreate = true;
      }
    });

    it('--secret-file: rotate-credential writes the new secret key before reporting', async () => {
      env.medianova.returnSecretOnCreate = true;
      const old = env.medianova.addCredential({ name: 'site' });
      const run = await cli(
        [
          'rotate-credential',
          ...medianova(),
          '--credential-id',
          old.uuid,
          '--secret-file',
          'stook.key',
        ],
        medianovaEnv(),
      );
      expect(run.exitCode, run.stderr).toBe(0);
      const created = env.medianova.credentials.at(-1)!;
      expect(readFileSync(join(workdir, 'stook.key'), 'utf8')).toBe(`${created.secret_key}\n`);
      expect(run.stdout + run.stderr).not.toContain(created.secret_key);
      expect(env.medianova.credentials.some((c) => c.uuid === old.uuid)).toBe(false);
    });
  });
});
