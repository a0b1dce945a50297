import { describe, expect, it } from 'vitest';
import { INPUTS, type InputName } from '../../src/config/inputs.js';
import { parseConfig } from '../../src/config/parse.js';
import { InputError } from '../../src/errors.js';
import { BAD_INPUTS, cdnetworks, gcore, medianova } from '../fixtures/inputs.js';

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

describe('parseConfig: valid inputs', () => {
  it('parses a Gcore purge with defaults', () => {
    const config = parse(gcore);
    expect(config).toMatchObject({
      provider: 'gcore',
      operation: 'purge',
      dryRun: false,
      wait: false,
      waitTimeoutSeconds: 300,
      maxDurationSeconds: 120,
      collapse: 'auto',
      timeoutSeconds: 30,
      maxRetries: 4,
      deleteOld: true,
      purgeAction: 'default',
      targets: { urls: ['/a'], prefixes: [], purgeAll: false },
      ifNoTargets: 'warn',
      token: { expiresInDays: 90, warnDays: 7 },
    });
  });

  it('merges urls and urls-file, dedupes, keeps commas inside file lines; keeps changed-files for the run', () => {
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
    expect(config.changedFiles).toEqual({
      source: { kind: 'list', files: ['public/c', 'README.md'] },
      urlMap: [{ line: 1, glob: 'public/**', templates: ['https://cdn.example.com/{path}'] }],
      dotfiles: false,
      workspace: '/ws',
    });
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

  // every secret input made long and unmistakable, so a message that echoes one is caught
  const SECRET_INPUTS = ['api-key', 'api-secret', 'api-token', 'password', 'github-token'] as const;
  it.each(BAD_INPUTS)('%s: the error echoes no secret input', (_label, inputs, input) => {
    // the refused input keeps its value: a secret too short to mask is refused for its length
    const secrets = SECRET_INPUTS.flatMap((name) =>
      inputs[name] && name !== input ? [[name, `${inputs[name]}-echo-check-${name}`] as const] : [],
    );
    let error: unknown;
    try {
      parse({ ...inputs, ...Object.fromEntries(secrets) });
    } catch (caught) {
      error = caught;
    }
    // still refused, for the same input: the check below is not vacuous
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    for (const [, value] of secrets) expect((error as Error).message).not.toContain(value);
  });
});

describe('inputs another provider reads (INPUTS providers), at the runner’s defaults', () => {
  const ALL_PROVIDERS = ['medianova', 'gcore', 'cdnetworks'] as const;
  /** every (input, provider that does not read it) pair of the table */
  const cases = INPUTS.flatMap((spec) =>
    'providers' in spec
      ? ALL_PROVIDERS.filter((p) => !(spec.providers as readonly string[]).includes(p)).map(
          (provider) => [spec.name, provider, 'default' in spec ? spec.default : ''] as const,
        )
      : [],
  );
  const operationFor = (provider: string) => (provider === 'cdnetworks' ? 'purge' : 'login');
  const errorOf = (inputs: Partial<Record<InputName, string>>): InputError | undefined => {
    try {
      parse(inputs);
    } catch (caught) {
      if (caught instanceof InputError) return caught;
      throw caught;
    }
    return undefined;
  };

  it('covers every provider-specific input, certificate material included', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining(['check-quota', 'purge-action', 'expires-in-days', 'private-key']),
    );
  });

  it.each(cases)('%s on %s: refused when set, naming the input', (name, provider, fallback) => {
    const error = errorOf({
      provider,
      operation: operationFor(provider),
      [name]: `${fallback}-not-the-default`,
    });
    expect(error?.input).toBe(name);
    expect(error?.message).toMatch(new RegExp(`only, not to ${provider}$`));
  });

  it.each(cases.filter(([, , fallback]) => fallback !== ''))(
    '%s on %s: its action.yml default, which the runner sends to every step, is accepted',
    (name, provider, fallback) => {
      for (const value of [fallback, fallback.toUpperCase()]) {
        const error = errorOf({ provider, operation: operationFor(provider), [name]: value });
        // refused, if at all, for something else (a missing credential), never for this input
        expect(error?.input).not.toBe(name);
      }
    },
  );
});
