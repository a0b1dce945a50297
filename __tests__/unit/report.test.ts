import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { renderActionYml } from '../../scripts/action-yml.js';
import { boundedJson, boundedOutput } from '../../src/action/outputs.js';
import { writeReport } from '../../src/action/report.js';
import { MAX_LISTED, MAX_SUMMARY_BYTES, renderSummary } from '../../src/action/summary.js';
import { INPUTS, OUTPUTS } from '../../src/config/inputs.js';
import { describeError, InputError, ProviderError, StepError } from '../../src/errors.js';
import { SecretRegistry } from '../../src/secret-registry.js';

describe('SecretRegistry', () => {
  it('masks each secret and its encodings at once, and redacts them everywhere', () => {
    const masked: string[] = [];
    const secrets = new SecretRegistry((value) => masked.push(value));
    secrets.add('77$ab"cd');
    expect(masked).toEqual(['77$ab"cd', '77%24ab%22cd', '77$ab\\"cd']);
    expect(secrets.redact('a 77$ab"cd b 77%24ab%22cd')).toBe('a *** b ***');
  });

  it('redacts a one-time secret (a request signature) as it is, URI-encoded and JSON-escaped', () => {
    const masked: string[] = [];
    const secrets = new SecretRegistry((value) => masked.push(value));
    secrets.addOneTime('sig+/="one');
    expect(masked).toEqual(['sig+/="one', 'sig%2B%2F%3D%22one', 'sig+/=\\"one']);
    expect(secrets.redact('a sig+/="one b sig%2B%2F%3D%22one c sig+/=\\"one')).toBe(
      'a *** b *** c ***',
    );
    // the forms a provider would have to re-encode it into are left to the runner's masking
    expect(secrets.has(Buffer.from('sig+/="one').toString('base64'))).toBe(false);
  });

  it('ignores empty and very short values, and adds each value once', () => {
    const masked: string[] = [];
    const secrets = new SecretRegistry((value) => masked.push(value));
    secrets.add('');
    secrets.add(undefined);
    secrets.add('ab');
    secrets.add('abcdef');
    secrets.add('abcdef');
    expect(masked).toEqual(['abcdef']);
  });

  it('redacts secret-named fields and registered values in JSON, keeps ids and dates', () => {
    const secrets = new SecretRegistry();
    secrets.add('registered-value');
    const result = secrets.redactJson({
      token: 'abc',
      api_token: 'x',
      secretKey: 'sk',
      token_id: 42,
      tokenId: '42',
      'expires-at': '2026-01-01',
      accessKey: 'AK-public',
      nested: [{ password: 'p', note: 'has registered-value inside' }],
    });
    expect(result).toEqual({
      token: '***',
      api_token: '***',
      secretKey: '***',
      token_id: 42,
      tokenId: '42',
      'expires-at': '2026-01-01',
      accessKey: 'AK-public',
      nested: [{ password: '***', note: 'has *** inside' }],
    });
  });

  it('redacts the longest secret first so overlapping secrets stay hidden', () => {
    const secrets = new SecretRegistry();
    secrets.add('abc123');
    secrets.add('abc123def456');
    expect(secrets.redact('abc123def456')).toBe('***');
  });
});

describe('ProviderError', () => {
  it('cannot be changed after construction: a retry count makes a new error', () => {
    const error = new ProviderError('gcore', 'upstream down', { status: 503, attempts: 1 });
    expect(Object.isFrozen(error.details)).toBe(true);
    const counted = error.withAttempts(3);
    expect(counted).toBeInstanceOf(ProviderError);
    expect(counted).not.toBe(error);
    expect(counted.details).toEqual({ status: 503, attempts: 3 });
    expect(counted.message).toBe('upstream down');
    expect(error.details.attempts).toBe(1);
  });
});

describe('describeError', () => {
  it('gives the provider, the request, the message, status and request id on one line', () => {
    const error = new ProviderError('cdnetworks', 'Signature mismatch\nplease check', {
      status: 401,
      requestId: 'r-1',
      action: 'POST /ccm/purge/ItemIdReceiver',
    });
    expect(describeError(error)).toBe(
      'CDNetworks (POST /ccm/purge/ItemIdReceiver): Signature mismatch please check; status 401; request id r-1',
    );
  });
  it('names the input for input errors and the state for step errors', () => {
    expect(describeError(new InputError('urls', 'bad'))).toBe("Input 'urls': bad");
    const step = new StepError(
      'verify new token',
      new ProviderError('gcore', 'nope', { status: 401 }),
      'The old token 7 still works; new token 8 exists.',
    );
    expect(describeError(step)).toBe(
      'verify new token failed: Gcore: nope; status 401. The old token 7 still works; new token 8 exists.',
    );
  });
});

describe('renderSummary', () => {
  const heading = { operation: 'purge', provider: 'gcore' };

  it('renders the operation table, task tables and lists; markup only ever in code spans', () => {
    const { markdown } = renderSummary(heading, {
      rows: [
        ['Resource', 'a|b <x>'],
        ['Purged', '250 of 250'],
      ],
      tables: [{ title: 'Tasks', header: ['Task id', 'State'], rows: [['1', 'done']] }],
      lists: [{ title: 'Not purged (1)', items: ['/a`b'] }],
      failure: 'it broke',
    });
    expect(markdown).toContain('| Operation | purge |');
    expect(markdown).toContain('| Purged | 250 of 250 |');
    expect(markdown).toContain('| Resource | `a\\|b <x>` |');
    expect(markdown).toContain('| Error | it broke |');
    expect(markdown).toContain('#### Tasks');
    expect(markdown).toContain('<details><summary>Not purged (1)</summary>\n\n- ``/a`b``');
  });

  it.each([
    ['a link', '[click](https://evil.example)'],
    ['an image', '![x](https://evil.example/t.png)'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['an autolink', 'see https://evil.example or www.evil.example'],
    ['a code span breaking out', '``x`` [y](z)'],
  ])('provider text with %s is shown as text in a code span', (_label, text) => {
    const { markdown } = renderSummary(heading, {
      rows: [['Name', text]],
      tables: [{ title: 'T', header: ['A'], rows: [[text]] }],
      lists: [{ title: 'L', items: [text] }],
    });
    const spans = markdown.split('\n').filter((line) => line.includes(text.slice(0, 4)));
    expect(spans.length).toBe(3);
    for (const line of spans) expect(line).toMatch(/(`+) ?[^`].*\1/);
  });

  it('caps very long lists, says how many more there are and returns them for the log', () => {
    const items = Array.from({ length: MAX_LISTED + 5 }, (_, i) => `/f${i}`);
    const { markdown, cut } = renderSummary(heading, { rows: [], lists: [{ title: 'L', items }] });
    expect(markdown).toContain('- … and 5 more (the full list is in the log)');
    expect(cut).toEqual([{ title: 'L', lines: items, shown: MAX_LISTED }]);
  });

  it('redacts what it shows, before escaping, and only that: a list of 200,000 pays for 2,000', () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t<&>value');
    let calls = 0;
    const redact = (text: string) => {
      calls++;
      return secrets.redact(text);
    };
    const items = Array.from({ length: 200_000 }, (_, i) => `/f${i}`);
    items[0] = '/a?k=s3cr3t<&>value';
    const { markdown, cut } = renderSummary(
      heading,
      { rows: [['Key', 's3cr3t<&>value']], lists: [{ title: 'L', items }] },
      redact,
    );
    expect(markdown).not.toContain('s3cr3t');
    expect(markdown).not.toContain('s3cr3t&lt;&amp;&gt;value');
    expect(markdown).toContain('- `/a?k=***`');
    expect(markdown).toContain('| Key | *** |');
    expect(calls).toBeLessThan(MAX_LISTED + 10);
    // what is cut goes to the log as given: the log redacts it on the way out
    expect(cut[0]!.lines).toBe(items);
  });

  it('says where a list that repeats the inputs is, instead of logging it again', () => {
    const items = Array.from(
      { length: MAX_LISTED + 5 },
      (_, i) => `https://cdn.example.com/f${i} (urls)`,
    );
    const { markdown, cut } = renderSummary(heading, {
      rows: [],
      lists: [
        { title: 'Purged', items, repeats: 'the targets given in urls, urls-file and prefixes' },
      ],
    });
    expect(markdown).toContain(
      '- … and 5 more (the full list is the targets given in urls, urls-file and prefixes, in their order)',
    );
    expect(cut).toEqual([]);
  });

  it('stays under 1 MiB whatever the sizes, cutting lists and tables with a count', () => {
    const long = (prefix: string) =>
      Array.from({ length: 3000 }, (_, i) => `${prefix}/${'x'.repeat(900)}/${i}`);
    const { markdown, cut } = renderSummary(heading, {
      rows: [['Resource', 'r'.repeat(5000)]],
      tables: [{ title: 'Tasks', header: ['Id', 'Detail'], rows: long('t').map((t) => [t, t]) }],
      lists: [1, 2, 3].map((n) => ({ title: `List ${n}`, items: long(`l${n}`) })),
    });
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(MAX_SUMMARY_BYTES - 4096);
    expect(markdown).toMatch(/… and \d+ more rows \(the full table is in the log\)/);
    expect(cut.map((section) => section.title)).toEqual(['Tasks', 'List 1', 'List 2', 'List 3']);
  });

  it('logs a cut table redacted whole: cells joined may form a secret no cell holds', async () => {
    const secrets = new SecretRegistry();
    secrets.add('sec | ret');
    const rows = Array.from({ length: 3000 }, (_, i) => [`${'x'.repeat(900)}-sec`, `ret-${i}`]);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    await writeReport(
      { outputs: {}, result: {}, rows: [], tables: [{ title: 'T', header: ['a', 'b'], rows }] },
      heading,
      secrets,
    );
    vi.restoreAllMocks();
    expect(out).toContain(`${'x'.repeat(30)}-***-2999`);
    expect(out).not.toContain('sec | ret');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  it('is generated from the input and output tables (run `npm run action-yml`)', () => {
    expect(readFileSync('action.yml', 'utf8')).toBe(renderActionYml());
  });
  it('declares every input and output of the contract, runs on node24, has branding', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((input) => input.name));
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((output) => output.name));
    for (const name of [
      'provider',
      'operation',
      'dry-run',
      'api-key',
      'api-secret',
      'api-token',
      'username',
      'password',
      'auth-method',
      'api-url',
      'resource',
      'organization',
      'urls',
      'urls-file',
      'prefixes',
      'purge-all',
      'changed-files',
      'changed-files-fallback',
      'url-map',
      'url-map-dotfiles',
      'if-no-targets',
      'wait',
      'wait-timeout',
      'task-id',
      'purge-action',
      'check-quota',
      'credential-id',
      'name',
      'read-only',
      'buckets',
      'subfolder',
      'token-id',
      'client-id',
      'role',
      'expires-in-days',
      'warn-days',
      'delete-old',
      'github-token',
      'secret-name',
      'secret-environment',
      'secret-org',
      'timeout',
      'max-retries',
    ]) {
      expect(action.inputs[name]?.description, name).toBeTruthy();
    }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });
});

describe('boundedJson and boundedOutput', () => {
  it('keeps a small result as it is', () => {
    expect(boundedJson({ a: [1, 2] })).toEqual({ json: '{"a":[1,2]}', truncated: {} });
  });

  it('halves the longest lists until the result fits, and names what each lost', () => {
    const notSent = Array.from(
      { length: 5000 },
      (_, i) => `https://cdn.example.com/${'x'.repeat(300)}/${i}`,
    );
    const { json, truncated } = boundedJson(
      { status: 'failed', notSent, taskIds: ['1', '2'] },
      200_000,
    );
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(200_000);
    const result = JSON.parse(json) as {
      notSent: string[];
      taskIds: string[];
      truncated: Record<string, number>;
    };
    expect(result.taskIds).toEqual(['1', '2']);
    expect(result.notSent).toEqual(notSent.slice(0, result.notSent.length));
    expect(result.truncated).toEqual({ notSent: 5000 - result.notSent.length });
    expect(truncated).toEqual(result.truncated);
  });

  it('cuts a plain output on a character boundary', () => {
    const { value, lostBytes } = boundedOutput('é'.repeat(10), 5);
    expect(value).toBe('éé');
    expect(lostBytes).toBe(16);
  });
});
