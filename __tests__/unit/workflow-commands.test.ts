/**
 * The neutraliser behind every line the action and the CLI write: whatever the
 * text, the runner finds no workflow command in it, and removing the
 * zero-width spaces it adds gives the text back.
 */
import { EOL } from 'node:os';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logRedactedLines, logText } from '../../src/action/logger.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { neutraliseCommands, neutraliseJsonCommands } from '../../src/workflow-commands.js';
import { runnerCommands } from '../helpers/runner-commands.js';

/** Text made of pieces that open commands, line breaks, white space and words. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '::',
        '##[',
        ':',
        '#',
        '[',
        ']',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '\t',
        '\u2003',
        '\u00a0',
      ),
      fc.constantFrom(
        'warning',
        'error',
        'add-mask',
        'stop-commands',
        'set-output name=x',
        'group',
        'echo',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('neutraliseCommands', () => {
  it('leaves no workflow command in any text, and changes nothing but adding zero-width spaces', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = neutraliseCommands(text);
        expect(runnerCommands(safe)).toEqual([]);
        expect(safe.replace(/\u200b/g, '')).toBe(text.replace(/\u200b/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a line break then a command', 'name\n::warning::x', 'name\n:\u200b:warning::x'],
    ['CR LF and spaces before it', 'a\r\n  ::stop-commands::t', 'a\r\n  :\u200b:stop-commands::t'],
    ['a legacy command mid-line', 'x ##[add-mask]y', 'x #\u200b#[add-mask]y'],
    ['text that only looks close', 'a::b and # [c]', 'a::b and # [c]'],
  ])('%s', (_label, text, expected) => {
    expect(neutraliseCommands(text)).toBe(expected);
  });

  it('keeps JSON data exact: a parser reads the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const json = JSON.stringify({ value, text }, null, 2);
        const safe = neutraliseJsonCommands(json);
        expect(runnerCommands(safe)).toEqual([]);
        expect(JSON.parse(safe)).toEqual(JSON.parse(json));
      }),
      { numRuns: 500 },
    );
  });
});

describe('logRedactedLines', () => {
  afterEach(() => vi.restoreAllMocks());

  /** What the action writes to stdout while `write` runs. */
  function written(write: () => void): string {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    write();
    vi.restoreAllMocks();
    return out;
  }

  it('writes what logging each redacted line through logText would, in far fewer writes', () => {
    fc.assert(
      // past a thousand lines: more than one write
      fc.property(fc.array(hostile, { minLength: 900, maxLength: 2500 }), (lines) => {
        const secrets = new SecretRegistry();
        secrets.add('warning');
        const redacted = secrets.redactStrings(lines);
        const each = redacted.map((line) => `${logText(secrets, line)}${EOL}`).join('');
        expect(written(() => logRedactedLines(redacted))).toBe(each);
      }),
      { numRuns: 30 },
    );
  });
});
