/**
 * The GitHub secret store against the emulator's GitHub, which decrypts every
 * sealed box with its private key: what a test reads back is what GitHub stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import type { GithubSecretTarget } from '../../src/config/config.js';
import { ProviderError } from '../../src/errors.js';
import { GithubSecretStore } from '../../src/github/secret-store.js';
import { describeFailure, HINTS } from '../../src/hints.js';
import type { Logger } from '../../src/log.js';
import { SecretRegistry } from '../../src/secret-registry.js';

const WRITE_TOKEN = 'github_pat_emulator_secrets_write';
const DEFAULT_TOKEN = 'ghs_emulator_default_token';

let providers: AllProviders;
beforeAll(async () => {
  providers = createEmulator();
  await providers.emulator.start();
});
afterAll(async () => {
  await providers.emulator.stop();
});

function storeFor(
  target: Partial<GithubSecretTarget> = {},
  logged: string[] = [],
  timeoutMs = 5000,
) {
  const secrets = new SecretRegistry();
  const line = (message: string) => logged.push(message);
  const logger: Logger = { debug: line, info: line, warning: line, error: line };
  const store = new GithubSecretStore(
    {
      token: WRITE_TOKEN,
      name: 'GCORE_API_TOKEN',
      accessKeyName: 'GCORE_API_TOKEN_ACCESS_KEY',
      apiUrl: providers.emulator.url('github'),
      repository: 'acme/site',
      ...target,
    },
    { logger, secrets, scale: 0.001, timeoutMs, maxRetries: 1 },
  );
  return { store, secrets };
}

describe('GitHub secret store (emulator)', () => {
  it('stores a repository secret the public key decrypts to the value', async () => {
    const logged: string[] = [];
    const { store, secrets } = storeFor({}, logged);
    await store.store([{ name: 'GCORE_API_TOKEN', value: '8812_new-token-value' }]);
    expect(providers.github.secret({ repository: 'acme/site' }, 'GCORE_API_TOKEN')?.value).toBe(
      '8812_new-token-value',
    );
    expect(secrets.has('8812_new-token-value')).toBe(true);
    expect(logged).toContain('Wrote repository secret GCORE_API_TOKEN of acme/site');
    const put = providers.emulator.requestsTo('github', { method: 'PUT' }).at(-1)!;
    expect(put.status).toBe(201);
    expect(put.body).not.toContain('8812_new-token-value');
    expect(put.headers).toMatchObject({
      // Octokit's scheme for a token (GitHub takes `token` and `Bearer` alike)
      authorization: `token ${WRITE_TOKEN}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
  });

  it('updates an existing secret (204) and stores several in one call', async () => {
    const { store } = storeFor({ repository: 'acme/stook' });
    await store.store([{ name: 'STOOK_KEY', value: 'first-value' }]);
    await store.store([
      { name: 'STOOK_ACCESS_KEY', value: 'AK-new' },
      { name: 'STOOK_KEY', value: 'second-value' },
    ]);
    const scope = { repository: 'acme/stook' };
    expect(providers.github.secret(scope, 'STOOK_KEY')?.value).toBe('second-value');
    expect(providers.github.secret(scope, 'STOOK_ACCESS_KEY')?.value).toBe('AK-new');
    expect(providers.emulator.requestsTo('github', { method: 'PUT' }).at(-1)!.status).toBe(204);
  });

  it('stores an environment secret with the environment key', async () => {
    const { store } = storeFor({ environment: 'production' });
    expect(store.describe('GCORE_API_TOKEN')).toBe(
      'environment secret GCORE_API_TOKEN of acme/site (environment production)',
    );
    await store.store([{ name: 'GCORE_API_TOKEN', value: 'env-scoped-value' }]);
    expect(
      providers.github.secret(
        { repository: 'acme/site', environment: 'production' },
        'GCORE_API_TOKEN',
      )?.value,
    ).toBe('env-scoped-value');
  });

  it('keeps an organization secret visible to the same selected repositories', async () => {
    // 130 repositories: more than one page of GET .../repositories
    const ids = Array.from({ length: 130 }, (_, i) => 1000 + i);
    providers.github.seedOrgSecret('acme', 'CDN_TOKEN', {
      visibility: 'selected',
      selectedRepositoryIds: ids,
    });
    const { store } = storeFor({ org: 'acme', repository: undefined });
    expect(store.describe('CDN_TOKEN')).toBe('organization secret CDN_TOKEN of acme');
    await store.store([{ name: 'CDN_TOKEN', value: 'org-rotated-value' }]);
    const stored = providers.github.secret({ org: 'acme' }, 'CDN_TOKEN')!;
    expect(stored).toMatchObject({ value: 'org-rotated-value', visibility: 'selected' });
    expect(stored.selectedRepositoryIds).toEqual(ids);
    const pages = providers.emulator.requestsTo('github', {
      path: '/orgs/acme/actions/secrets/CDN_TOKEN/repositories',
    });
    expect(pages.map((request) => request.query.get('page'))).toEqual(['1', '2']);
  });

  it('keeps visibility all, and makes a new organization secret private', async () => {
    providers.github.seedOrgSecret('acme', 'SHARED', { visibility: 'all' });
    const { store } = storeFor({ org: 'acme', repository: undefined });
    await store.store([
      { name: 'SHARED', value: 'shared-value' },
      { name: 'BRAND_NEW', value: 'new-value' },
    ]);
    expect(providers.github.secret({ org: 'acme' }, 'SHARED')).toMatchObject({
      value: 'shared-value',
      visibility: 'all',
    });
    expect(providers.github.secret({ org: 'acme' }, 'BRAND_NEW')).toMatchObject({
      value: 'new-value',
      visibility: 'private',
    });
    const put = providers.emulator.requestsTo('github', {
      method: 'PUT',
      path: '/orgs/acme/actions/secrets/BRAND_NEW',
    })[0]!;
    expect(Object.keys(put.json as object).sort()).toEqual([
      'encrypted_value',
      'key_id',
      'visibility',
    ]);
  });

  it('fails with a ProviderError that ends with the permission the token lacks', async () => {
    const { store } = storeFor({ token: DEFAULT_TOKEN });
    const error = await store
      .store([{ name: 'GCORE_API_TOKEN', value: 'never-stored' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    const failure = error as ProviderError;
    expect(failure.provider).toBe('github');
    expect(failure.status).toBe(403);
    expect(failure.requestId).toMatch(/^EMU0:/);
    expect(failure.message).toBe('Resource not accessible by integration');
    expect(describeFailure(failure)).toBe(
      `GitHub (PUT /github/repos/acme/site/actions/secrets/GCORE_API_TOKEN): Resource not accessible by integration; status 403; request id ${failure.requestId}. github-token needs the repository permission "Secrets: read and write" on acme/site (the default GITHUB_TOKEN cannot write secrets), and the GitHub App must be installed on the repository`,
    );
  });

  it('says which secrets were already stored when a later one fails', async () => {
    providers.emulator.fault({
      provider: 'github',
      method: 'PUT',
      path: /STOOK_SECRET_KEY$/,
      status: 422,
      body: { message: 'Validation Failed' },
    });
    const { store } = storeFor({ repository: 'acme/partial' });
    const error = (await store
      .store([
        { name: 'STOOK_ACCESS_KEY', value: 'AK-partial' },
        { name: 'STOOK_SECRET_KEY', value: 'SK-partial' },
      ])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.status).toBe(422);
    expect(error.message).toBe(
      'Validation Failed. already stored: repository secret STOOK_ACCESS_KEY of acme/partial',
    );
    expect(
      providers.github.secret({ repository: 'acme/partial' }, 'STOOK_SECRET_KEY'),
    ).toBeUndefined();
  });

  it('reports a missing environment with a hint, and refuses empty values before any request', async () => {
    const missing = storeFor({ environment: 'nope' }).store;
    const error = (await missing
      .store([{ name: 'X_TOKEN', value: 'v-123' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.status).toBe(404);
    expect(describeFailure(error)).toContain("the environment 'nope' must exist");

    const before = providers.emulator.requests.length;
    await expect(storeFor().store.store([{ name: 'EMPTY', value: '' }])).rejects.toThrow(
      'Refusing to store an empty value in repository secret EMPTY of acme/site',
    );
    expect(providers.emulator.requests.length).toBe(before);
  });

  it("waits out GitHub's secondary rate limit (403 with retry-after), then writes", async () => {
    // GitHub docs, "Rate limits for the REST API" (about secondary rate limits): a 403 or 429
    // whose message says so; wait `retry-after` seconds before retrying
    providers.emulator.fault({
      provider: 'github',
      method: 'PUT',
      path: /\/acme\/throttled\//,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    });
    const logged: string[] = [];
    await storeFor({ repository: 'acme/throttled' }, logged).store.store([
      { name: 'GCORE_API_TOKEN', value: 'after-the-limit' },
    ]);
    expect(
      providers.github.secret({ repository: 'acme/throttled' }, 'GCORE_API_TOKEN')?.value,
    ).toBe('after-the-limit');
    expect(logged).toContain(
      'GitHub: secondary rate limit on PUT /repos/acme/throttled/actions/secrets/GCORE_API_TOKEN; retrying in 1 s',
    );
  });

  it('ends a reset connection, after its retry, with the proxy and timeout hint', async () => {
    providers.emulator.fault({ provider: 'github', path: /public-key$/, reset: true, times: 2 });
    const error = (await storeFor({ repository: 'acme/reset' })
      .store.store([{ name: 'X_TOKEN', value: 'not-sent' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.details).toMatchObject({ transport: 'network' });
    expect(error.status).toBeUndefined();
    expect(describeFailure(error)).toMatch(
      new RegExp(
        `^GitHub \\(GET /github/repos/acme/reset/actions/secrets/public-key\\): network error: .+\\. ${HINTS.network.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
  });

  it('gives up on an answer that stalls after its headers, within timeout', async () => {
    providers.emulator.fault({
      provider: 'github',
      path: /public-key$/,
      stallAfterHeaders: true,
      times: 2,
    });
    const error = (await storeFor({ repository: 'acme/stall' }, [], 200)
      .store.store([{ name: 'X_TOKEN', value: 'not-sent' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.details.transport).toBe('timeout');
    expect(describeFailure(error)).toContain(
      `no answer within 0.2 s (input 'timeout'). ${HINTS.network}`,
    );
  });
});
