/**
 * runCli in-process, with the operation replaced: what reaches stdout, stderr,
 * the exit code and the secret file for each outcome, and that a refused
 * command never reaches the operation (so nothing is sent).
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { MAX_STDIN_BYTES, readAll } from '../../src/cli/stdin.js';
import { ProviderError } from '../../src/errors.js';
import { HINTS } from '../../src/hints.js';
import type { OperationReport } from '../../src/operations/report.js';
import { runOperation } from '../../src/operations/run.js';
import type { RunContext } from '../../src/run-context.js';

vi.mock('../../src/operations/run.js', () => ({ runOperation: vi.fn() }));

const TOKEN = '7711$gcore-test-token-secret';
const NEW_TOKEN = '8123$brand-new-token-value';
const env = { CDNKIT_API_TOKEN: TOKEN };

interface Captured extends CliIo {
  out: string;
  err: string;
}
function capture(cwd = mkdtempSync(join(tmpdir(), 'cdnkit-cli-'))): Captured {
  const io: Captured = {
    out: '',
    err: '',
    cwd,
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}

const createToken = ['create-token', '--provider', 'gcore', '--name', 'ci', '--role', 'Users'];
const newTokenReport = (extra: Partial<OperationReport> = {}): OperationReport => ({
  outputs: { 'api-token': NEW_TOKEN, 'token-id': '8123' },
  result: { token: { id: '8123', name: 'ci' }, stored: null },
  rows: [['Token', '8123 ci']],
  ...extra,
});

let seen: RunContext | undefined;
beforeEach(() => {
  seen = undefined;
  vi.mocked(runOperation).mockReset();
});
function operationReturns(report: OperationReport | Error): void {
  vi.mocked(runOperation).mockImplementation(async (ctx) => {
    seen = ctx;
    ctx.secrets.add(NEW_TOKEN);
    if (report instanceof Error) throw report;
    return report;
  });
}

describe('a new secret has a destination before it is created', () => {
  it.each([
    ['create-token', ['--name', 'ci', '--role', 'Users']],
    ['rotate-token', []],
  ])('refuses %s without one, exit 2, before the operation runs', async (operation, extra) => {
    const io = capture();
    const code = await runCli([operation, '--provider', 'gcore', ...extra], env, io);
    expect(code).toBe(2);
    expect(runOperation).not.toHaveBeenCalled();
    expect(io.out).toBe('');
    expect(io.err).toBe(
      `cdnkit: ${operation} makes a secret that is shown only once, so it needs a destination before anything is created: --secret-name NAME (a GitHub Actions secret), --secret-file PATH (a new file, mode 0600) or --print-secret (stdout); nothing was sent\n`,
    );
  });

  it.each([['create-credential'], ['rotate-credential']])(
    'refuses Medianova %s without one',
    async (operation) => {
      const io = capture();
      const code = await runCli(
        [
          operation,
          '--provider',
          'medianova',
          '--organization',
          'org-1',
          '--credential-id',
          'c-1',
          '--name',
          'n',
        ],
        { CDNKIT_API_KEY: 'key-123', CDNKIT_API_SECRET: 'secret-123' },
        io,
      );
      expect(code).toBe(2);
      expect(runOperation).not.toHaveBeenCalled();
      expect(io.err).toMatch(
        new RegExp(`^cdnkit: ${operation} makes a secret that is shown only once`),
      );
    },
  );

  it('--print-secret prints the new secret once, after the table; nowhere else', async () => {
    operationReturns(newTokenReport());
    const io = capture();
    expect(await runCli([...createToken, '--print-secret'], env, io)).toBe(0);
    expect(io.out.split(NEW_TOKEN)).toHaveLength(2);
    expect(io.out).toMatch(
      /\n {2}Token +8123 ci\n\nNew api-token \(printed once: store it now\):\n8123\$brand-new-token-value\n$/,
    );
    expect(io.err).not.toContain(NEW_TOKEN);
  });

  it('--print-secret writes the secret past the neutraliser, and the table through it', async () => {
    // a secret holding a command opener mid-line: exact on stdout, never broken by a zero-width space
    const secret = 'ab##[cd::ef';
    operationReturns(
      newTokenReport({
        outputs: { 'api-token': secret, 'token-id': '8123' },
        tables: [{ title: 'Names', header: ['Name'], rows: [['::warning::from the provider']] }],
      }),
    );
    const io = capture();
    expect(await runCli([...createToken, '--print-secret'], env, io)).toBe(0);
    expect(io.out).not.toMatch(/^\s*::warning::/m);
    expect(io.out).toContain('\u200b');
    // `##[` anywhere is a command to the runner: the secret is printed as a JSON string, said so
    expect(io.out).toMatch(
      /New api-token \(printed once: store it now\), as a JSON string: [^\n]*\n"ab#\\u0023\[cd::ef"\n$/,
    );
    expect(JSON.parse(io.out.trimEnd().split('\n').at(-1)!)).toBe(secret);
  });

  it.each([
    ['a plain secret', 'Zx9-plain_secret', 'Zx9-plain_secret'],
    ['one with "::" inside', 'ab::cd', 'ab::cd'],
    ['one starting with "::"', '::add-mask::x', '"::add-mask::x"'],
    ['one with a line break', 'a\nb', '"a\\nb"'],
  ])(
    '--print-secret prints %s exactly, or as a JSON string when the runner would read it',
    async (_label, secret, printed) => {
      operationReturns(newTokenReport({ outputs: { 'api-token': secret, 'token-id': '8123' } }));
      const io = capture();
      expect(await runCli([...createToken, '--print-secret'], env, io)).toBe(0);
      expect(io.out.endsWith(`:\n${printed}\n`)).toBe(true);
      expect(io.out).not.toContain('\u200b');
    },
  );

  it('--print-secret --json adds newSecret to the redacted result', async () => {
    operationReturns(newTokenReport({ result: { token: { id: '8123' }, apiToken: NEW_TOKEN } }));
    const io = capture();
    expect(await runCli([...createToken, '--print-secret', '--json'], env, io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      token: { id: '8123' },
      apiToken: '***',
      newSecret: { output: 'api-token', value: NEW_TOKEN },
    });
  });

  it('--secret-file creates the file (mode 0600) before the operation and writes the secret after', async () => {
    const io = capture();
    const path = join(io.cwd, 'ci.token');
    vi.mocked(runOperation).mockImplementation(async () => {
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe('');
      return newTokenReport();
    });
    expect(await runCli([...createToken, '--secret-file', 'ci.token'], env, io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${NEW_TOKEN}\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(io.out + io.err).not.toContain(NEW_TOKEN);
    expect(io.err).toContain(`Wrote the new api-token to ${path} (mode 0600).`);
  });

  it('a failed rotation still writes the secret it created, and exits 1', async () => {
    operationReturns(newTokenReport({ failure: 'Deleting the old token failed: status 500' }));
    const io = capture();
    expect(
      await runCli(['rotate-token', '--provider', 'gcore', '--secret-file', 't'], env, io),
    ).toBe(1);
    expect(readFileSync(join(io.cwd, 't'), 'utf8')).toBe(`${NEW_TOKEN}\n`);
    expect(io.err).toMatch(/cdnkit: Deleting the old token failed: status 500\n$/);
  });

  it('refuses an existing file, and removes the empty one when nothing was created', async () => {
    const io = capture();
    writeFileSync(join(io.cwd, 'taken'), 'keep me');
    expect(await runCli([...createToken, '--secret-file', 'taken'], env, io)).toBe(2);
    expect(runOperation).not.toHaveBeenCalled();
    expect(readFileSync(join(io.cwd, 'taken'), 'utf8')).toBe('keep me');
    expect(io.err).toContain('the file already exists, and cdnkit never overwrites one');

    // a planted symlink is refused too, and its target is never created
    symlinkSync(join(io.cwd, 'elsewhere'), join(io.cwd, 'link'));
    expect(await runCli([...createToken, '--secret-file', 'link'], env, io)).toBe(2);
    expect(existsSync(join(io.cwd, 'elsewhere'))).toBe(false);

    operationReturns(new ProviderError('gcore', 'Forbidden', { status: 403 }));
    expect(await runCli([...createToken, '--secret-file', 'fresh'], env, io)).toBe(1);
    expect(existsSync(join(io.cwd, 'fresh'))).toBe(false);
  });

  it('a dry run creates no file, but still refuses an existing one', async () => {
    operationReturns({ outputs: {}, result: {}, rows: [] });
    const io = capture();
    expect(await runCli([...createToken, '--secret-file', 'new', '--dry-run'], env, io)).toBe(0);
    expect(existsSync(join(io.cwd, 'new'))).toBe(false);
    writeFileSync(join(io.cwd, 'old'), '');
    expect(await runCli([...createToken, '--secret-file', 'old', '--dry-run'], env, io)).toBe(2);
  });

  it('--secret-name is a destination too; the flags apply only to operations that make a secret', async () => {
    operationReturns(newTokenReport());
    const io = capture();
    const github = { ...env, CDNKIT_GITHUB_TOKEN: 'ghp_write', GITHUB_REPOSITORY: 'acme/site' };
    expect(await runCli([...createToken, '--secret-name', 'GCORE_API_TOKEN'], github, io)).toBe(0);
    expect(seen?.secretStore).toBeDefined();
    expect(io.out).not.toContain(NEW_TOKEN);

    const purge = [
      'purge',
      '--provider',
      'gcore',
      '--resource',
      '1',
      '--urls',
      '/a',
      '--print-secret',
    ];
    expect(await runCli(purge, env, io)).toBe(2);
    expect(io.err).toContain(
      "option '--print-secret' applies to create-token, rotate-token, create-credential, rotate-credential, login only",
    );
  });
});

describe('failures', () => {
  it('--json prints an error object on stdout for a usage, input or provider error', async () => {
    let io = capture();
    expect(await runCli(['purg', '--json'], env, io)).toBe(2);
    expect(JSON.parse(io.out)).toEqual({
      error: {
        kind: 'usage',
        message: "unknown operation in argument 1; did you mean 'purge'? (see cdnkit --help)",
        exitCode: 2,
      },
    });

    io = capture();
    expect(await runCli(['purge', '--provider', 'gcore', '--json'], env, io)).toBe(2);
    expect(JSON.parse(io.out).error).toMatchObject({
      kind: 'input',
      input: 'resource',
      exitCode: 2,
    });

    operationReturns(
      new ProviderError('gcore', `Invalid token ${TOKEN}`, {
        status: 401,
        requestId: 'r-1',
        action: 'GET /x',
      }),
    );
    io = capture();
    const purge = ['purge', '--provider', 'gcore', '--resource', '1', '--urls', '/a', '--json'];
    expect(await runCli(purge, env, io)).toBe(1);
    expect(JSON.parse(io.out)).toEqual({
      error: {
        kind: 'provider',
        provider: 'gcore',
        status: 401,
        requestId: 'r-1',
        message: `Gcore (GET /x): Invalid token ***; status 401; request id r-1. ${HINTS.gcoreToken}`,
        exitCode: 1,
      },
    });
    expect(io.err).toBe(
      `cdnkit: Gcore (GET /x): Invalid token ***; status 401; request id r-1. ${HINTS.gcoreToken}\n`,
    );
  });

  it('--json keeps the result of a run that failed part-way, with the error beside it', async () => {
    operationReturns({
      outputs: {},
      result: { status: 'failed', urlsCount: 2 },
      rows: [],
      failure: 'batch 2 failed',
    });
    const io = capture();
    const purge = ['purge', '--provider', 'gcore', '--resource', '1', '--urls', '/a', '--json'];
    expect(await runCli(purge, env, io)).toBe(1);
    expect(JSON.parse(io.out)).toEqual({
      status: 'failed',
      urlsCount: 2,
      error: { kind: 'operation', message: 'batch 2 failed', exitCode: 1 },
    });
  });

  it('names the CDNKIT_* variable of a missing credential', async () => {
    const io = capture();
    const purge = ['purge', '--provider', 'medianova', '--resource', '1', '--urls', '/a'];
    expect(await runCli([...purge, '--api-key', 'key-123'], {}, io)).toBe(2);
    expect(io.err).toBe(
      "cdnkit: Input 'api-secret': is required together with 'api-key'; cdnkit reads CDNKIT_API_SECRET for --api-secret\n",
    );
    io.err = '';
    expect(
      await runCli(['purge', '--provider', 'gcore', '--resource', '1', '--urls', '/a'], {}, io),
    ).toBe(2);
    expect(io.err).toMatch(
      /; cdnkit reads CDNKIT_API_TOKEN for --api-token, CDNKIT_USERNAME for --username, CDNKIT_PASSWORD for --password\n$/,
    );
    io.err = '';
    const rotate = ['rotate-token', '--provider', 'gcore', '--secret-name', 'X'];
    expect(await runCli(rotate, { ...env, GITHUB_REPOSITORY: 'a/b' }, io)).toBe(2);
    expect(io.err).toMatch(/; cdnkit reads CDNKIT_GITHUB_TOKEN for --github-token\n$/);
  });
});

describe('urls-file', () => {
  const purge = ['purge', '--provider', 'gcore', '--resource', '1', '--dry-run'];

  it("reads '-' from standard input", async () => {
    operationReturns({ outputs: {}, result: {}, rows: [] });
    const io = capture();
    io.readStdin = async () => 'https://cdn.example.com/a\n# comment\n/b?x=1,2\n';
    expect(await runCli([...purge, '--urls-file', '-'], env, io)).toBe(0);
    expect(seen?.config.targets.urls).toEqual(['https://cdn.example.com/a', '/b?x=1,2']);
  });

  it('reads a relative path from the current directory, and says so when it cannot', async () => {
    operationReturns({ outputs: {}, result: {}, rows: [] });
    const io = capture();
    writeFileSync(join(io.cwd, 'list.txt'), '/here\n');
    expect(await runCli([...purge, '--urls-file', 'list.txt'], env, io)).toBe(0);
    expect(seen?.config.targets.urls).toEqual(['/here']);
    expect(await runCli([...purge, '--urls-file', 'missing.txt'], env, io)).toBe(2);
    expect(io.err).toContain(
      `cdnkit: Input 'urls-file': cannot read 'missing.txt' (ENOENT); give a path absolute or relative to the current directory, ${io.cwd}\n`,
    );
  });

  it('reads standard input to its end, up to a cap', async () => {
    expect(await readAll(Readable.from([Buffer.from('/a\n'), '/b\n']))).toBe('/a\n/b\n');
    await expect(readAll(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), 15)).rejects.toThrow(
      "Input 'urls-file': standard input holds more than 15 bytes; split the list",
    );
    expect(MAX_STDIN_BYTES).toBe(64 * 1024 * 1024);
  });
});
