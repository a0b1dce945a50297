import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { renderText } from '../../src/cli/render.js';
import { UsageError } from '../../src/errors.js';

describe('renderText', () => {
  it('aligns rows and tables, and shortens long lists', () => {
    const text = renderText(
      { operation: 'purge', provider: 'gcore' },
      {
        rows: [
          ['Status', 'failed'],
          ['Purged', '1 of 26\n(see below)'],
        ],
        tables: [
          {
            title: 'Tasks',
            header: ['Task', 'State'],
            rows: [
              ['1001', 'done'],
              ['12', 'failed'],
            ],
          },
          { title: 'Empty', header: ['x'], rows: [] },
        ],
        lists: [{ title: 'Not purged', items: Array.from({ length: 25 }, (_, i) => `/f-${i}.js`) }],
      },
    );
    expect(text.split('\n').slice(0, 12)).toEqual([
      'cdnkit: purge on gcore',
      '',
      '  Operation  purge',
      '  Provider   gcore',
      '  Status     failed',
      '  Purged     1 of 26 (see below)',
      '',
      'Tasks:',
      '  Task  State',
      '  1001  done',
      '  12    failed',
      '',
    ]);
    expect(text).not.toContain('Empty');
    expect(text).toContain('  - /f-19.js\n  … and 5 more (--json lists all)\n');
    expect(text).not.toContain('/f-20.js');
  });
});

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
        '--json',
      ],
      { CDNKIT_API_TOKEN: 'from-env', CDNKIT_PASSWORD: '' },
    );
    expect(command).toEqual({
      kind: 'run',
      json: true,
      verbose: false,
      inputs: new Map([
        ['operation', 'purge'],
        ['provider', 'gcore'],
        ['urls', '/a\n/b'],
        ['wait', 'true'],
        ['delete-old', 'false'],
        ['api-token', 'from-env'],
      ]),
    });
  });

  it('lets a flag win over its variable, and explains bad command lines in one sentence', () => {
    const command = parseCommandLine(['login', '--api-token', 'flag'], { CDNKIT_API_TOKEN: 'env' });
    expect(command.kind === 'run' && command.inputs.get('api-token')).toBe('flag');
    expect(() => parseCommandLine(['purge', '--provider'], {})).toThrow(
      new UsageError("option '--provider <value>' argument missing"),
    );
    expect(() => parseCommandLine(['purge', '--operation', 'x'], {})).toThrow(
      new UsageError("unknown option '--operation'"),
    );
    expect(parseCommandLine(['-h'], {})).toEqual({ kind: 'help' });
  });
});
