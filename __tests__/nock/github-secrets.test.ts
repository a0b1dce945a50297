import sodium from 'libsodium-wrappers';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { GithubSecretStore } from '../../src/github/secret-store.js';
import { describeFailure, HINTS } from '../../src/hints.js';
import { SecretRegistry } from '../../src/secret-registry.js';

const ORIGIN = 'https://ghe.example.com';
/** GitHub Enterprise Server: GITHUB_API_URL has a path */
const API = `${ORIGIN}/api/v3`;
const TOKEN = 'github_pat_nock_token_value';
let pair: { publicKey: Uint8Array; privateKey: Uint8Array };

beforeAll(async () => {
  await sodium.ready;
  pair = sodium.crypto_box_keypair();
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

function store(logged: string[] = []) {
  const line = (message: string) => logged.push(message);
  return new GithubSecretStore(
    {
      token: TOKEN,
      name: 'CDN_TOKEN',
      accessKeyName: 'CDN_TOKEN_ACCESS_KEY',
      apiUrl: API,
      repository: 'acme/site',
    },
    {
      logger: { debug: line, info: line, warning: line, error: line },
      secrets: new SecretRegistry(),
      scale: 0.001,
      timeoutMs: 5000,
      maxRetries: 2,
    },
  );
}

function publicKey(scope: nock.Scope): nock.Scope {
  return scope.get('/api/v3/repos/acme/site/actions/secrets/public-key').reply(200, {
    key_id: '568250167242549743',
    key: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
  });
}

function open(encrypted: string): string {
  const sealed = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL);
  return sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey));
}

describe('GitHub secret store on the wire', () => {
  it('sends GitHub headers under GITHUB_API_URL and a sealed box the private key opens', async () => {
    let sent: { encrypted_value: string; key_id: string } | undefined;
    const api = publicKey(
      nock(ORIGIN, {
        reqheaders: {
          // Octokit's scheme for a token (GitHub takes `token` and `Bearer` alike)
          authorization: `token ${TOKEN}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
        },
      }),
    )
      .put('/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN', (body) => {
        sent = body as typeof sent;
        return true;
      })
      .reply(201, {});
    await store().store([{ name: 'CDN_TOKEN', value: '9001_rotated-secret' }]);
    expect(api.isDone()).toBe(true);
    expect(sent!.key_id).toBe('568250167242549743');
    expect(open(sent!.encrypted_value)).toBe('9001_rotated-secret');
  });

  it('retries a 502 on the PUT (it is idempotent)', async () => {
    const api = publicKey(nock(ORIGIN))
      .put('/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN')
      .reply(502, 'Bad Gateway')
      .put('/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN')
      .reply(204);
    await store().store([{ name: 'CDN_TOKEN', value: 'after-retry' }]);
    expect(api.isDone()).toBe(true);
  });

  it('throws a ProviderError with status and request id when the PUT fails', async () => {
    publicKey(nock(ORIGIN))
      .put('/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN')
      .reply(401, { message: 'Bad credentials' }, { 'x-github-request-id': 'C0DE:1234:ABCD' });
    const error = (await store()
      .store([{ name: 'CDN_TOKEN', value: 'not-stored' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.provider).toBe('github');
    expect(error.status).toBe(401);
    expect(error.requestId).toBe('C0DE:1234:ABCD');
    expect(error.details.action).toBe('PUT /api/v3/repos/acme/site/actions/secrets/CDN_TOKEN');
    expect(error.message).toBe('Bad credentials');
    expect(describeFailure(error)).toMatch(
      /; request id C0DE:1234:ABCD\. github-token has expired/,
    );
  });

  it('rejects an answer that is not 201 or 204, and a public key that cannot be used', async () => {
    publicKey(nock(ORIGIN)).put('/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN').reply(200, {});
    await expect(store().store([{ name: 'CDN_TOKEN', value: 'x-value' }])).rejects.toThrow(
      'unexpected answer 200; expected 201 or 204',
    );
    nock(ORIGIN)
      .get('/api/v3/repos/acme/site/actions/secrets/public-key')
      .reply(200, { key_id: '1', key: 'c2hvcnQ=' });
    await expect(store().store([{ name: 'CDN_TOKEN', value: 'x-value' }])).rejects.toThrow(
      'cannot encrypt: the public key has 5 bytes, not 32',
    );
  });
});

const SECRET_PATH = '/api/v3/repos/acme/site/actions/secrets/CDN_TOKEN';
/** GitHub's answer to a secondary rate limit ("Rate limits for the REST API": 403 or 429, retry-after) */
const SECONDARY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};

describe("GitHub's rate limits, kept by Octokit's throttling plugin", () => {
  it('waits out a secondary rate limit (403 with retry-after) and writes', async () => {
    const logged: string[] = [];
    const api = publicKey(nock(ORIGIN))
      .put(SECRET_PATH)
      .reply(403, SECONDARY, { 'retry-after': '1' })
      .put(SECRET_PATH)
      .reply(204);
    await store(logged).store([{ name: 'CDN_TOKEN', value: 'after-the-limit' }]);
    expect(api.isDone()).toBe(true);
    expect(logged).toContain(
      'GitHub: secondary rate limit on PUT /repos/acme/site/actions/secrets/CDN_TOKEN; retrying in 1 s',
    );
  });

  it('waits out the primary limit (x-ratelimit-remaining 0) until its reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const api = nock(ORIGIN)
      .get('/api/v3/repos/acme/site/actions/secrets/public-key')
      .reply(
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      );
    publicKey(api).put(SECRET_PATH).reply(201, {});
    await store().store([{ name: 'CDN_TOKEN', value: 'after-the-reset' }]);
    expect(api.isDone()).toBe(true);
  });

  it('gives up after max-retries, with the rate-limit hint rather than a permission one', async () => {
    const api = publicKey(nock(ORIGIN))
      .put(SECRET_PATH)
      .times(3)
      .reply(403, SECONDARY, { 'retry-after': '1', 'x-github-request-id': 'AB:CD' });
    const error = (await store()
      .store([{ name: 'CDN_TOKEN', value: 'never-written' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(api.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.details).toMatchObject({ status: 403, throttled: true, requestId: 'AB:CD' });
    expect(describeFailure(error)).toMatch(
      new RegExp(`request id AB:CD\\. ${escapeRegExp(HINTS.githubThrottled)}$`),
    );
  });

  it('does not wait for a retry-after longer than two minutes', async () => {
    const logged: string[] = [];
    publicKey(nock(ORIGIN)).put(SECRET_PATH).reply(429, SECONDARY, { 'retry-after': '3600' });
    const error = (await store(logged)
      .store([{ name: 'CDN_TOKEN', value: 'never-written' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.details).toMatchObject({ status: 429, throttled: true });
    expect(logged.some((line) => /secondary rate limit .*; giving up$/.test(line))).toBe(true);
  });
});

describe('what the GitHub client does not do', () => {
  it('follows no redirect: the token goes only to GITHUB_API_URL', async () => {
    const elsewhere = nock('https://elsewhere.example').put(/.*/).reply(204);
    publicKey(nock(ORIGIN))
      .put(SECRET_PATH)
      .reply(307, '', { location: `https://elsewhere.example${SECRET_PATH}` });
    const error = (await store()
      .store([{ name: 'CDN_TOKEN', value: 'not-sent-on' }])
      .catch((e: unknown) => e)) as ProviderError;
    expect(elsewhere.isDone()).toBe(false);
    expect(error.status).toBe(307);
    expect(describeFailure(error)).toMatch(new RegExp(`${escapeRegExp(HINTS.githubRedirect)}$`));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
