import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderActionYml } from '../../scripts/action-yml.js';
import { renderSummary } from '../../src/action/summary.js';
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
  it('renders the operation table, task tables and lists, escaping cells', () => {
    const markdown = renderSummary(
      { operation: 'purge', provider: 'gcore' },
      {
        rows: [['Resource', 'a|b <x>']],
        tables: [{ title: 'Tasks', header: ['Task id', 'State'], rows: [['1', 'done']] }],
        lists: [{ title: 'Not purged (1)', items: ['/a`b'] }],
        failure: 'it broke',
      },
    );
    expect(markdown).toContain('| Operation | purge |');
    expect(markdown).toContain('| Resource | a\\|b &lt;x&gt; |');
    expect(markdown).toContain('| Error | it broke |');
    expect(markdown).toContain('#### Tasks');
    expect(markdown).toContain("<details><summary>Not purged (1)</summary>\n\n- `/a'b`");
  });
  it('caps very long lists and says how many more there are', () => {
    const items = Array.from({ length: 2005 }, (_, i) => `/f${i}`);
    expect(
      renderSummary(
        { operation: 'purge', provider: 'gcore' },
        { rows: [], lists: [{ title: 'L', items }] },
      ),
    ).toContain('- … and 5 more');
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
