import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import { InputError } from '../../src/errors.js';

const files: Record<string, string> = {
  '/ws/list.txt': 'https://cdn.example.com/a?x=1,2\n# c\n/b\n',
};

function parse(inputs: Partial<Record<InputName, string>>, env: Record<string, string> = {}) {
  return parseConfig((name) => inputs[name] ?? '', {
    env: { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'o/r', ...env },
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return content;
    },
    resolvePath: (base, path) => (path.startsWith('/') ? path : `${base}/${path}`),
  });
}

const gcore = {
  provider: 'gcore',
  operation: 'purge',
  'api-token': '77$secret',
  resource: '123',
  urls: '/a',
};
const medianova = {
  provider: 'medianova',
  operation: 'purge',
  'api-key': 'k',
  'api-secret': 's',
  organization: 'org',
  resource: 'res',
  urls: '/a',
};
const cdnetworks = {
  provider: 'cdnetworks',
  operation: 'purge',
  'api-key': 'ak',
  'api-secret': 'sk',
  urls: 'https://a.example.com/x',
};

describe('parseConfig: valid inputs', () => {
  it('parses a Gcore purge with defaults', () => {
    const config = parse(gcore);
    expect(config).toMatchObject({
      provider: 'gcore',
      operation: 'purge',
      dryRun: false,
      wait: false,
      waitTimeoutSeconds: 300,
      timeoutSeconds: 30,
      maxRetries: 4,
      deleteOld: true,
      purgeAction: 'default',
      targets: { urls: ['/a'], prefixes: [], purgeAll: false, skippedFiles: [] },
      token: { expiresInDays: 90, warnDays: 7 },
    });
  });

  it('merges urls, urls-file and changed-files, dedupes, and keeps commas inside file lines', () => {
    const config = parse({
      ...gcore,
      urls: '/b, https://CDN.example.com/c',
      'urls-file': 'list.txt',
      'changed-files': 'public/c\nREADME.md',
      'url-map': 'public/** => https://cdn.example.com/{path}',
    });
    expect(config.targets.urls).toEqual([
      '/b',
      'https://cdn.example.com/c',
      'https://cdn.example.com/a?x=1,2',
    ]);
    expect(config.targets.skippedFiles).toEqual(['README.md']);
  });

  it('defaults the CDNetworks auth method from api-secret', () => {
    expect(parse(cdnetworks).credentials.authMethod).toBe('aksk');
    expect(parse({ ...cdnetworks, 'api-secret': '', username: 'me' }).credentials.authMethod).toBe(
      'api-key',
    );
  });

  it('accepts loopback http api-urls and https anywhere', () => {
    for (const url of [
      'http://127.0.0.1:8787/gcore',
      'http://localhost:1/x',
      'http://[::1]:9/',
      'https://api.gcore.com',
    ]) {
      expect(parse({ ...gcore, 'api-url': url }).apiUrl).toBe(url.replace(/\/+$/, ''));
    }
  });

  it('reads the GitHub secret target with its defaults', () => {
    const config = parse({
      ...medianova,
      operation: 'rotate-credential',
      urls: '',
      'credential-id': 'c-1',
      'secret-name': 'STOOK_SECRET',
      'github-token': 'ghp_x',
    });
    expect(config.githubSecret).toEqual({
      token: 'ghp_x',
      name: 'STOOK_SECRET',
      accessKeyName: 'STOOK_SECRET_ACCESS_KEY',
      environment: undefined,
      org: undefined,
      apiUrl: 'https://api.github.com',
      repository: 'o/r',
    });
  });
});

/** Each row: inputs, the input the error must name, and a fragment of what is allowed. */
const BAD_INPUTS: [string, Partial<Record<InputName, string>>, string, RegExp][] = [
  [
    'missing provider',
    { ...gcore, provider: '' },
    'provider',
    /required; one of: medianova, gcore, cdnetworks/,
  ],
  ['unknown provider', { ...gcore, provider: 'akamai' }, 'provider', /'akamai' is not allowed/],
  ['unknown operation', { ...gcore, operation: 'flush' }, 'operation', /'flush' is not allowed/],
  [
    'operation the provider lacks',
    { ...gcore, operation: 'rotate-credential' },
    'operation',
    /gcore supports: login, purge/,
  ],
  [
    'cdnetworks login',
    { ...cdnetworks, operation: 'login', urls: '' },
    'operation',
    /requests are signed/,
  ],
  [
    'gcore without credentials',
    { ...gcore, 'api-token': '' },
    'api-token',
    /credentials are missing/,
  ],
  ['gcore with api-key', { ...gcore, 'api-key': 'x' }, 'api-key', /not used by gcore/],
  ['gcore token and password', { ...gcore, username: 'u', password: 'p' }, 'api-token', /not both/],
  [
    'gcore password without user',
    { ...gcore, 'api-token': '', password: 'p' },
    'username',
    /required together with 'password'/,
  ],
  ['gcore malformed token', { ...gcore, 'api-token': 'abc' }, 'api-token', /<id>\$<secret>/],
  [
    'medianova secret only',
    { ...medianova, 'api-key': '' },
    'api-key',
    /required together with 'api-secret'/,
  ],
  ['medianova token and key', { ...medianova, 'api-token': 't' }, 'api-token', /not both/],
  [
    'medianova missing organization',
    { ...medianova, organization: '' },
    'organization',
    /required for medianova 'purge'/,
  ],
  [
    'medianova missing resource',
    { ...medianova, resource: '' },
    'resource',
    /required for medianova 'purge'/,
  ],
  [
    'cdnetworks aksk without secret',
    { ...cdnetworks, 'api-secret': '', 'auth-method': 'aksk' },
    'api-secret',
    /required together with 'api-key'/,
  ],
  [
    'cdnetworks api-key with secret',
    { ...cdnetworks, 'auth-method': 'api-key' },
    'api-secret',
    /not used with auth-method 'api-key'/,
  ],
  [
    'cdnetworks bad auth-method',
    { ...cdnetworks, 'auth-method': 'oauth' },
    'auth-method',
    /aksk, api-key/,
  ],
  [
    'auth-method on gcore',
    { ...gcore, 'auth-method': 'aksk' },
    'auth-method',
    /applies to cdnetworks only/,
  ],
  [
    'http api-url on a public host',
    { ...gcore, 'api-url': 'http://api.gcore.com' },
    'api-url',
    /must use https/,
  ],
  ['file: api-url', { ...gcore, 'api-url': 'file:///etc/passwd' }, 'api-url', /must use https/],
  [
    'http api-url on a private host',
    { ...gcore, 'api-url': 'http://10.0.0.1/' },
    'api-url',
    /loopback/,
  ],
  [
    'api-url with credentials',
    { ...gcore, 'api-url': 'https://u:p@api.gcore.com' },
    'api-url',
    /user credentials/,
  ],
  ['api-url not a URL', { ...gcore, 'api-url': 'not a url' }, 'api-url', /not a valid URL/],
  ['malformed url', { ...gcore, urls: 'example.com/a' }, 'urls', /neither a full/],
  ['oversize url', { ...gcore, urls: `/${'x'.repeat(2100)}` }, 'urls', /at most 2000/],
  ['control character in url', { ...gcore, urls: '/a\u0007b' }, 'urls', /control characters/],
  ['only comments', { ...gcore, urls: '# nothing\n' }, 'urls', /at least one URL or prefix/],
  [
    'unreadable urls-file',
    { ...gcore, urls: '', 'urls-file': 'missing.txt' },
    'urls-file',
    /cannot read 'missing.txt' \(ENOENT\)/,
  ],
  ['purge-all with urls', { ...gcore, 'purge-all': 'true' }, 'purge-all', /leave 'urls'/],
  [
    'prefetch with prefixes',
    { ...gcore, operation: 'prefetch', urls: '/a', prefixes: '/b/*' },
    'prefixes',
    /exact URLs/,
  ],
  [
    'prefetch without urls',
    { ...gcore, operation: 'prefetch', urls: '' },
    'urls',
    /prefetch needs/,
  ],
  [
    'urls on a token operation',
    { ...gcore, operation: 'list-tokens' },
    'urls',
    /applies to purge and prefetch only/,
  ],
  [
    'changed-files without url-map',
    { ...gcore, urls: '', 'changed-files': 'a.js' },
    'url-map',
    /required with 'changed-files'/,
  ],
  [
    'changed-files matching nothing',
    { ...gcore, urls: '', 'changed-files': 'a.js', 'url-map': 'public/** => /{path}' },
    'urls',
    /no changed file matched/,
  ],
  ['bad url-map rule', { ...gcore, 'url-map': 'oops' }, 'url-map', /must look like/],
  [
    'non-boolean dry-run',
    { ...gcore, 'dry-run': 'yes' },
    'dry-run',
    /not a boolean; use true or false/,
  ],
  ['non-boolean wait', { ...gcore, wait: '1' }, 'wait', /not a boolean/],
  ['non-numeric timeout', { ...gcore, timeout: 'ten' }, 'timeout', /not a whole number/],
  [
    'negative wait-timeout',
    { ...gcore, 'wait-timeout': '-5' },
    'wait-timeout',
    /not a whole number/,
  ],
  ['NaN max-retries', { ...gcore, 'max-retries': 'NaN' }, 'max-retries', /not a whole number/],
  ['max-retries too large', { ...gcore, 'max-retries': '99' }, 'max-retries', /out of range/],
  ['zero timeout', { ...gcore, timeout: '0' }, 'timeout', /out of range/],
  [
    'bad expires-in-days',
    {
      ...gcore,
      operation: 'create-token',
      urls: '',
      name: 'n',
      role: 'Users',
      'expires-in-days': 'soon',
    },
    'expires-in-days',
    /whole number/,
  ],
  [
    'bad purge-action',
    { ...cdnetworks, 'purge-action': 'nuke' },
    'purge-action',
    /default, delete, expire/,
  ],
  [
    'purge-status without task-id',
    { ...gcore, operation: 'purge-status', urls: '' },
    'task-id',
    /required for 'purge-status'/,
  ],
  [
    'newline in name',
    { ...medianova, operation: 'create-credential', urls: '', name: 'a\nb' },
    'name',
    /control characters/,
  ],
  [
    'name too long',
    { ...medianova, operation: 'create-credential', urls: '', name: 'x'.repeat(300) },
    'name',
    /at most 255/,
  ],
  [
    'credential op without id',
    { ...medianova, operation: 'delete-credential', urls: '' },
    'credential-id',
    /required for 'delete-credential'/,
  ],
  [
    'create-token without role',
    { ...gcore, operation: 'create-token', urls: '', name: 'n' },
    'role',
    /required for 'create-token'/,
  ],
  [
    'non-numeric token-id',
    { ...gcore, operation: 'delete-token', urls: '', 'token-id': 'abc' },
    'token-id',
    /numeric/,
  ],
  [
    'secret-name without github-token',
    { ...gcore, operation: 'rotate-token', urls: '', 'secret-name': 'GCORE' },
    'github-token',
    /required with 'secret-name'/,
  ],
  [
    'invalid secret-name',
    {
      ...gcore,
      operation: 'rotate-token',
      urls: '',
      'secret-name': 'GITHUB_X',
      'github-token': 't',
    },
    'secret-name',
    /not a valid secret name/,
  ],
  [
    'secret-name on purge',
    { ...gcore, 'secret-name': 'X', 'github-token': 't' },
    'secret-name',
    /applies to/,
  ],
  [
    'environment and org',
    {
      ...gcore,
      operation: 'rotate-token',
      urls: '',
      'secret-name': 'X',
      'github-token': 't',
      'secret-environment': 'prod',
      'secret-org': 'o',
    },
    'secret-environment',
    /exclude each other/,
  ],
  [
    'github-token alone',
    { ...gcore, 'github-token': 't' },
    'github-token',
    /together with 'secret-name'/,
  ],
];

describe('parseConfig: bad inputs', () => {
  it.each(BAD_INPUTS)('%s', (_label, inputs, input, message) => {
    let error: unknown;
    try {
      parse(inputs);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toContain('\n');
  });

  it('never echoes a secret value in an error', () => {
    for (const [, inputs] of BAD_INPUTS) {
      try {
        parse(inputs);
      } catch (error) {
        for (const name of ['api-token', 'api-secret', 'password', 'github-token'] as const) {
          const value = inputs[name];
          if (value && value.length > 3) expect((error as Error).message).not.toContain(value);
        }
      }
    }
  });
});

export { BAD_INPUTS };
