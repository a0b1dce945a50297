/** The CLI's command line: flags to inputs, and usage errors that help without quoting values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/catalog.js';
import { CLI_FLAGS, INPUT_FLAGS, parseCommandLine, wantsJson } from '../../src/cli/args.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { UsageError } from '../../src/errors.js';

/** What parseCommandLine threw, as text ('' when it did not throw). */
function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv, {});
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('parseCommandLine', () => {
  it('maps flags to raw inputs as the runner would pass them', () => {
    const command = parseCommandLine(
      [
        'purge',
        '--provider',
        'gcore',
        '--urls',
        '/a',
        '--urls=/b',
        '--wait',
        '--no-delete-old',
        '--dry-run=false',
        '--json',
      ],
      { CDNKIT_API_TOKEN: 'from-env', CDNKIT_PASSWORD: '' },
    );
    expect(command).toEqual({
      kind: 'run',
      json: true,
      verbose: false,
      printSecret: false,
      inputs: new Map([
        ['operation', 'purge'],
        ['provider', 'gcore'],
        ['urls', '/a\n/b'],
        ['wait', 'true'],
        ['delete-old', 'false'],
        ['dry-run', 'false'],
        ['api-token', 'from-env'],
      ]),
    });
  });

  it('lets a flag win over its variable; takes values that start with a dash; help wins', () => {
    const command = parseCommandLine(['login', '--api-token', '-flag'], {
      CDNKIT_API_TOKEN: 'env',
    });
    expect(command.kind === 'run' && command.inputs.get('api-token')).toBe('-flag');
    expect(parseCommandLine(['-h'], {})).toEqual({ kind: 'help' });
    expect(parseCommandLine(['purge', '--bogus', '--help'], {})).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--version', 'purg'], {})).toEqual({ kind: 'version' });
  });

  it('reads --urls-file - as standard input, and the secret destination flags', () => {
    const command = parseCommandLine(
      ['create-token', '--urls-file', '-', '--print-secret', '--secret-file', 'out/token'],
      {},
    );
    expect(command).toMatchObject({
      kind: 'run',
      printSecret: true,
      secretFile: 'out/token',
    });
    expect(command.kind === 'run' && command.inputs.get('urls-file')).toBe('-');
    expect(usageError(['create-token', '--secret-file', 'a', '--secret-file', 'b'])).toBe(
      "option '--secret-file' is given twice",
    );
  });

  it('explains each bad command line in one sentence, with a suggestion where one is close', () => {
    expect(usageError(['purge', '--provider'])).toBe("option '--provider' needs a value");
    expect(usageError(['purge', '--provider', '--wait'])).toBe(
      "option '--provider' needs a value, but the next argument is the option '--wait'",
    );
    expect(usageError(['purge', '--operation', 'x'])).toBe("unknown option '--operation'");
    expect(usageError(['purge', '--api-tokne', 'x'])).toBe(
      "unknown option '--api-tokne'; did you mean '--api-token'?",
    );
    expect(usageError(['purge', '--no-wiat'])).toBe(
      "unknown option '--no-wiat'; did you mean '--no-wait'?",
    );
    expect(usageError(['purge', '--jsno'])).toBe("unknown option '--jsno'; did you mean '--json'?");
    expect(usageError(['purge', '--wait=yes'])).toBe(
      "option '--wait' is a switch: use --wait or --no-wait",
    );
    expect(usageError(['purg'])).toBe("unknown operation in argument 1; did you mean 'purge'?");
    expect(usageError(['--provider', 'gcore', 'rotate-tokne'])).toBe(
      "unknown operation in argument 3; did you mean 'rotate-token'?",
    );
    expect(usageError(['frobnicate'])).toBe(
      `unknown operation in argument 1; operations: ${OPERATIONS.join(', ')}`,
    );
    expect(usageError(['--provider', 'gcore'])).toBe('missing the operation, e.g. cdnkit purge');
    expect(usageError(['purge', 'extra'])).toBe(
      'unexpected argument 2: give one operation, and each value after its flag (--name value)',
    );
  });

  it('never quotes an argument that is not a flag name (a misplaced secret stays off the screen)', () => {
    const secret = 'Zk9-s3cr3t_VALUE';
    for (const argv of [
      ['purge', secret],
      [secret, '--provider', 'gcore'],
      ['purg', secret],
      ['purge', `--bogus=${secret}`],
      ['purge', `--wait=${secret}`],
      ['purge', `-${secret}`],
      ['purge', `--${secret}`],
      ['purge', '--api-token', '--provider', secret],
      ['purge', `--no-api-token=${secret}`],
    ]) {
      const message = usageError(argv);
      expect(message, argv.join(' ')).not.toBe('');
      expect(message, argv.join(' ')).not.toContain('s3cr3t');
    }
  });

  it('never quotes a value, whatever the command line (property)', () => {
    const flags = [
      ...INPUT_FLAGS.map(({ name }) => `--${name}`),
      ...Object.keys(CLI_FLAGS).map((name) => `--${name}`),
      '--no-wait',
      '-h',
    ].filter((flag) => flag !== '--help' && flag !== '-h' && flag !== '--version');
    // every secret holds a capital Q, so none reads like a flag name
    const secret = fc.stringMatching(/^[-=A-Za-z0-9$_+/]{6,30}$/).map((s) => `q${s}Q9`);
    const word = fc.oneof(
      fc.constantFrom(...flags, ...OPERATIONS, '--', '-'),
      secret,
      fc
        .tuple(fc.constantFrom(...flags, '--bogus', '--no-json'), secret)
        .map(([f, s]) => `${f}=${s}`),
      secret.map((s) => `-${s}`),
      secret.map((s) => `--${s}`),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        let message = '';
        try {
          parseCommandLine(argv, {});
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          message = error.message;
        }
        expect(message).not.toMatch(/q[-=A-Za-z0-9$_+/]{6,30}Q9/);
        expect(message).not.toMatch(/Q9/);
      }),
      { numRuns: 500 },
    );
  });

  it('finds --json even in a command line it cannot run', () => {
    expect(wantsJson(['purg', '--json'])).toBe(true);
    expect(wantsJson(['purge', '--bogus', '--json'])).toBe(true);
    expect(wantsJson(['purge', '--api-token', '--json'])).toBe(false);
    expect(wantsJson(['purge'])).toBe(false);
  });
});

describe('closest', () => {
  it('measures edits, a swap of neighbours counting one', () => {
    expect(editDistance('purge', 'purge')).toBe(0);
    expect(editDistance('purg', 'purge')).toBe(1);
    expect(editDistance('prueg', 'purge')).toBe(2);
    expect(editDistance('tokne', 'token')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only what is close for the length, ignoring case', () => {
    expect(closest('--API-TOKEN', ['--api-token', '--api-key'])).toBe('--api-token');
    expect(closest('purg', OPERATIONS)).toBe('purge');
    expect(closest('login', OPERATIONS)).toBe('login');
    expect(closest('xyz', OPERATIONS)).toBeUndefined();
    expect(closest('--secret', ['--secret-name', '--secret-org'])).toBeUndefined();
    expect(closest('a'.repeat(100), ['a'.repeat(100)])).toBeUndefined();
  });
});
