import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/cli/render.js';

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
