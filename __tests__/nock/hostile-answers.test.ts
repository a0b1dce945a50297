/**
 * Every call that reads an answer, fed hostile JSON: each is a valid answer
 * with one node replaced (wrong type, null, an empty or huge value, an object
 * with `__proto__`, `constructor` and `toString` keys, a status word that names
 * a prototype property), or no valid answer at all (empty 200, random JSON).
 * Whatever comes back, a call either succeeds with sane values or fails with
 * one of cdnkit's typed errors: never a TypeError, RangeError or other crash.
 */
import fc from 'fast-check';
import sodium from 'libsodium-wrappers';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  InputError,
  ProviderError,
  QuotaError,
  RefusedTokenError,
  VerificationError,
} from '../../src/errors.js';
import { createGithubClient } from '../../src/github/octokit.js';
import { GithubSecretStore } from '../../src/github/secret-store.js';
import { lastSuccessfulRun, workflowOfRun } from '../../src/github/workflow-runs.js';
import { silentLogger } from '../../src/log.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import type { CertificateManager } from '../../src/providers/certificates.js';
import { createGcoreProvider } from '../../src/providers/gcore/provider.js';
import { createMedianovaProvider } from '../../src/providers/medianova/provider.js';
import type { Provider, TaskStatus } from '../../src/providers/provider.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { testContext } from '../helpers/context.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An answer the provider gives to `method path` (a RegExp over the path) when it is not the one attacked. */
interface Answer {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: RegExp;
  body: Json;
}

interface Reader {
  name: string;
  origin: string;
  /** the answers a successful call reads, in no particular order; the first is attacked by default */
  answers: Answer[];
  call(): Promise<unknown>;
  /** the GitHub secret store: answer 1 carries the public key secrets are sealed with */
  seals?: boolean;
}

const GCORE = 'https://api.gcore.com';
const MEDIANOVA = 'https://cloud.medianova.com';
const CDNETWORKS = 'https://api.cdnetworks.com';
const GITHUB = 'https://api.github.com';

/** Each provider's client built at once (the action loads it as a chunk of its own). */
const FACTORIES = {
  gcore: createGcoreProvider,
  cdnetworks: createCdnetworksProvider,
  medianova: createMedianovaProvider,
};

function provider(inputs: Record<string, string>): Provider {
  const ctx = testContext({ 'max-retries': '0', ...inputs });
  return FACTORIES[ctx.config.provider](ctx);
}
const gcore = (inputs: Record<string, string> = {}) =>
  provider({
    provider: 'gcore',
    operation: 'purge',
    'api-token': '7711$hostile-token',
    urls: '/a',
    resource: '123',
    ...inputs,
  });
const medianova = (inputs: Record<string, string> = {}) =>
  provider({
    provider: 'medianova',
    operation: 'purge',
    'api-key': 'mn-key',
    'api-secret': 'mn-secret',
    organization: 'org-1',
    resource: 'res-1',
    urls: '/a',
    ...inputs,
  });
const cdnetworks = (inputs: Record<string, string> = {}) =>
  provider({
    provider: 'cdnetworks',
    operation: 'purge',
    'api-key': 'cnc-ak',
    'api-secret': 'cnc-sk',
    resource: 'cdn.example.com',
    urls: '/a',
    ...inputs,
  });

/** Stook calls need no resource or targets. */
const stook = () =>
  medianova({ operation: 'list-credentials', urls: '', resource: '' }).storageCredentials!;
/** One URL to purge. */
const ONE_URL = { urls: ['/a'], prefixes: [], purgeAll: false };

const TOKEN: Json = {
  id: 5,
  name: 'deploy',
  description: null,
  exp_date: '2030-01-01T00:00:00Z',
  expired: false,
  deleted: false,
  created: '2025-01-01T00:00:00Z',
  last_usage: null,
  client_user: { user_name: 'ci', user_email: 'ci@example.com', role: { id: 3022, name: 'Purge' } },
};
const RESOURCE: Json = { id: 123, cname: 'cdn.example.com', secondaryHostnames: ['a.example.com'] };
const PURGE_STATUS: Json = {
  purge_id: 77,
  status: 'In progress',
  created: '2025-01-01T00:00:00Z',
  payload: { urls: ['/a'] },
};
const MN_LOGIN: Json = {
  status: true,
  token: 'mn-session-token',
  session: 's',
  expire: 1893456000,
};
const MN_LOGIN_ANSWER: Answer = { method: 'POST', path: /login\/token$/, body: MN_LOGIN };
const STOOK: Json = {
  uuid: 'c-1',
  name: 'deploy',
  is_readonly: false,
  access_key: 'AK1',
  subfolder: null,
  buckets: [{ uuid: 'b-1', name: 'site' }, 'b-2'],
};
const CLIENT: Answer = { method: 'GET', path: /\/iam\/clients\/me$/, body: { id: 9001 } };

/** The certificate client of a provider session, as the certificate operations get it. */
async function certificatesOf(session: Provider): Promise<CertificateManager> {
  return (await session.certificates!()) as CertificateManager;
}
const certificateSession = { operation: 'list-certificates', urls: '', resource: '' };
const GCORE_CERTIFICATE: Json = {
  id: 5001,
  name: 'www',
  cert_subject_cn: 'www.example.com',
  cert_issuer: 'R3',
  validity_not_before: '2025-01-01T00:00:00Z',
  validity_not_after: '2026-01-01T00:00:00Z',
  automated: false,
  deleted: false,
};
const GCORE_SSL_RESOURCE: Json = {
  ...(RESOURCE as object),
  status: 'active',
  sslEnabled: true,
  sslData: 5001,
};
const CDNETWORKS_CERTIFICATE: Json = {
  'certificate-id': '7',
  name: 'www',
  'certificate-serial': '0a1b',
  'certificate-validity-from': '2025-01-01 08:00:00',
  'certificate-validity-to': '2026-01-01 08:00:00',
  'certificate-issuer': 'R3',
  'related-domains': [{ 'domain-id': 1, 'domain-name': 'cdn.example.com' }, '.example.net'],
  'dns-names': ['cdn.example.com'],
};
const SHA = 'a'.repeat(40);
const github = () =>
  createGithubClient({
    token: 'ghp_hostile',
    apiUrl: GITHUB,
    timeoutMs: 5000,
    maxRetries: 0,
    logger: silentLogger,
  });
const UPLOAD = {
  name: 'www',
  certificatePem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  privateKeyPem: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
};

const READERS: Reader[] = [
  {
    name: 'Gcore resource by id',
    origin: GCORE,
    answers: [{ method: 'GET', path: /^\/cdn\/resources\/123$/, body: RESOURCE }],
    call: () => gcore().cdn.resolveResource(),
  },
  {
    name: 'Gcore resource by hostname',
    origin: GCORE,
    answers: [{ method: 'GET', path: /^\/cdn\/resources$/, body: [RESOURCE] }],
    call: () => gcore({ resource: 'a.example.com' }).cdn.resolveResource(),
  },
  {
    name: 'Gcore purge history',
    origin: GCORE,
    answers: [
      { method: 'GET', path: /purge_statuses$/, body: { count: 1, results: [PURGE_STATUS] } },
    ],
    call: () => gcore().cdn.taskStatus(['77'], { id: '123', cname: 'cdn.example.com' }, 'purge'),
  },
  {
    name: 'Gcore token list',
    origin: GCORE,
    answers: [{ method: 'GET', path: /tokens$/, body: [TOKEN] }, CLIENT],
    call: () => gcore().tokens!.list(),
  },
  {
    name: 'Gcore token',
    origin: GCORE,
    answers: [{ method: 'GET', path: /tokens\/5$/, body: TOKEN }, CLIENT],
    call: () => gcore().tokens!.get('5'),
  },
  {
    name: 'Gcore token create',
    origin: GCORE,
    answers: [
      { method: 'POST', path: /tokens$/, body: { ...(TOKEN as object), token: '5_secret' } },
      CLIENT,
    ],
    call: () =>
      gcore().tokens!.create({
        name: 'n',
        role: { id: 3022, name: 'Purge' },
        expiresAt: '2030-01-01T00:00:00.000Z',
      }),
  },
  {
    name: 'Gcore JWT login',
    origin: GCORE,
    answers: [{ method: 'POST', path: /jwt\/login$/, body: { access: 'a.b.c', refresh: 'r' } }],
    call: () =>
      gcore({ 'api-token': '', username: 'u', password: 'password', operation: 'login', urls: '' })
        .login!(),
  },
  {
    name: 'Medianova login',
    origin: MEDIANOVA,
    answers: [MN_LOGIN_ANSWER],
    call: () => medianova({ operation: 'login', urls: '', resource: '' }).login!(),
  },
  {
    name: 'Medianova resource by hostname',
    origin: MEDIANOVA,
    answers: [
      {
        method: 'GET',
        path: /\/resource$/,
        body: {
          data: {
            current_page: 1,
            last_page: 1,
            total: 1,
            data: [
              { resource_uuid: 'res-1', cdn_url: 'x.mncdn.com', alias_domain: ['a.example.com'] },
            ],
          },
        },
      },
      MN_LOGIN_ANSWER,
    ],
    call: () => medianova({ resource: 'a.example.com' }).cdn.resolveResource(),
  },
  {
    name: 'Medianova purge',
    origin: MEDIANOVA,
    answers: [
      { method: 'POST', path: /\/job\/res-1\/purge$/, body: { status: true, opID: 'op-1' } },
      MN_LOGIN_ANSWER,
    ],
    call: async () => {
      const session = medianova();
      const [request] = session.cdn.planPurge(ONE_URL, { id: 'res-1' });
      return session.cdn.send(request!);
    },
  },
  {
    name: 'Medianova job status',
    origin: MEDIANOVA,
    answers: [
      {
        method: 'GET',
        path: /\/job\/res-1\/purge$/,
        body: {
          data: {
            page: 1,
            total: 1,
            limit: 100,
            requests: [{ opID: 'op-1', url: '/a', status: 1, message: 'ok', completedAt: null }],
          },
        },
      },
      MN_LOGIN_ANSWER,
    ],
    call: () => medianova().cdn.taskStatus(['op-1'], { id: 'res-1' }, 'purge'),
  },
  {
    name: 'Stook credential list',
    origin: MEDIANOVA,
    answers: [{ method: 'GET', path: /\/credential$/, body: { data: [STOOK] } }, MN_LOGIN_ANSWER],
    call: () => stook().list(),
  },
  {
    name: 'Stook credential',
    origin: MEDIANOVA,
    answers: [
      { method: 'GET', path: /\/credential\/c-1$/, body: { data: STOOK } },
      MN_LOGIN_ANSWER,
    ],
    call: () =>
      medianova({ operation: 'list-credentials', urls: '', resource: '' }).storageCredentials!.get(
        'c-1',
      ),
  },
  {
    name: 'Stook credential create',
    origin: MEDIANOVA,
    answers: [
      {
        method: 'POST',
        path: /\/credentials$/,
        body: { data: { ...(STOOK as object), secret_key: 'SK1' } },
      },
      { method: 'GET', path: /\/credential\/c-1$/, body: { data: STOOK } },
      MN_LOGIN_ANSWER,
    ],
    call: () =>
      stook().create({
        name: 'n',
        readOnly: false,
        buckets: [],
      }),
  },
  {
    name: 'Stook credential delete',
    origin: MEDIANOVA,
    answers: [
      { method: 'DELETE', path: /\/credential\/c-1$/, body: { status: true, message: 'deleted' } },
      MN_LOGIN_ANSWER,
    ],
    call: () => stook().delete('c-1'),
  },
  {
    name: 'CDNetworks purge',
    origin: CDNETWORKS,
    answers: [
      { method: 'POST', path: /ItemIdReceiver$/, body: { Code: 1, Message: 'ok', itemId: 'i-1' } },
    ],
    call: async () => {
      const session = cdnetworks();
      const [request] = session.cdn.planPurge(ONE_URL, session.cdn.unresolvedResource());
      return session.cdn.send(request!);
    },
  },
  {
    name: 'CDNetworks task status',
    origin: CDNETWORKS,
    answers: [
      {
        method: 'POST',
        path: /ItemIdQuery$/,
        body: {
          Code: 1,
          count: 1,
          resultDetail: [{ url: 'https://cdn.example.com/a', status: 'run' }],
        },
      },
    ],
    call: () =>
      cdnetworks().cdn.taskStatus(['i-1'], cdnetworks().cdn.unresolvedResource(), 'purge'),
  },
  {
    name: 'CDNetworks quota',
    origin: CDNETWORKS,
    answers: [
      {
        method: 'POST',
        path: /quota$/,
        body: { urlQuota: 10, remainingUrlQuota: 10, dirQuota: 10, remainingDirQuota: 10 },
      },
    ],
    call: async () => {
      const session = cdnetworks({ 'check-quota': 'true' });
      return session.cdn.remainingQuota!();
    },
  },
  {
    name: 'Gcore certificate list',
    origin: GCORE,
    answers: [
      { method: 'GET', path: /^\/cdn\/sslData$/, body: { count: 1, results: [GCORE_CERTIFICATE] } },
      { method: 'GET', path: /^\/cdn\/resources$/, body: [GCORE_SSL_RESOURCE] },
    ],
    call: async () => (await certificatesOf(gcore(certificateSession))).list(),
  },
  {
    name: 'Gcore certificate and its usage',
    origin: GCORE,
    answers: [
      { method: 'GET', path: /^\/cdn\/sslData\/5001$/, body: GCORE_CERTIFICATE },
      {
        method: 'GET',
        path: /^\/cdn\/sslData\/5001\/usage$/,
        body: { resources: [{ id: 123, cname: 'cdn.example.com', status: 'active' }] },
      },
    ],
    call: async () => (await certificatesOf(gcore(certificateSession))).get('5001'),
  },
  {
    name: 'Gcore certificate upload',
    origin: GCORE,
    answers: [{ method: 'POST', path: /^\/cdn\/sslData$/, body: GCORE_CERTIFICATE }],
    call: async () => (await certificatesOf(gcore(certificateSession))).upload(UPLOAD),
  },
  {
    name: 'Gcore certificate bind and read-back',
    origin: GCORE,
    answers: [
      { method: 'GET', path: /^\/cdn\/resources\/123$/, body: GCORE_SSL_RESOURCE },
      { method: 'PATCH', path: /^\/cdn\/resources\/123$/, body: GCORE_SSL_RESOURCE },
    ],
    call: async () => {
      const client = await certificatesOf(gcore(certificateSession));
      const receipt = await client.bind(await client.targets('123'), '5001');
      return client.bindingState(receipt);
    },
  },
  {
    name: 'CDNetworks certificate list',
    origin: CDNETWORKS,
    answers: [
      {
        method: 'GET',
        path: /^\/api\/ssl\/certificate$/,
        body: { 'ssl-certificates': [CDNETWORKS_CERTIFICATE] },
      },
    ],
    call: async () => (await certificatesOf(cdnetworks(certificateSession))).list(),
  },
  {
    name: 'CDNetworks certificate domains',
    origin: CDNETWORKS,
    answers: [
      {
        method: 'GET',
        path: /^\/api\/certificate\/7\/domain$/,
        body: {
          code: 0,
          message: 'success',
          data: { domains: [{ domainName: 'cdn.example.com' }] },
        },
      },
    ],
    call: async () => (await certificatesOf(cdnetworks(certificateSession))).usage('7'),
  },
  {
    name: 'CDNetworks domain binding and deploy',
    origin: CDNETWORKS,
    answers: [
      {
        method: 'GET',
        path: /^\/api\/config\/certificate\/cdn\.example\.com$/,
        body: { code: '0', data: { domainName: 'cdn.example.com', certificateId: 7 } },
      },
      {
        method: 'GET',
        path: /^\/api\/domain\/cdn\.example\.com$/,
        body: { status: 'Deployed', 'cname-label': 'group' },
      },
      {
        method: 'POST',
        path: /^\/api\/request\/req-1$/,
        body: { 'async-result': 'SUCCESS', 'async-message': 'deployed' },
      },
    ],
    call: async () => {
      const client = await certificatesOf(cdnetworks(certificateSession));
      const targets = await client.targets('cdn.example.com');
      return client.bindingState({ certificateId: '7', targets, requestId: 'req-1' });
    },
  },
  {
    name: 'Medianova certificate list',
    origin: MEDIANOVA,
    answers: [
      {
        method: 'GET',
        path: /\/api\/v1\/ssl\/org-1$/,
        body: {
          data: [
            {
              uuid: 's-1',
              ssl_name: 'www',
              expire_date: '2026-01-01',
              common_name: 'www.example.com',
              resources: [{ resource_uuid: 'res-1', cdn_url: 'x.mncdn.com' }],
            },
          ],
          paginate: { last_page: 1, total: 1 },
        },
      },
      MN_LOGIN_ANSWER,
    ],
    call: async () => (await certificatesOf(medianova(certificateSession))).list(),
  },
  {
    name: 'Medianova resource certificate',
    origin: MEDIANOVA,
    answers: [
      {
        method: 'GET',
        path: /\/resource\/res-1$/,
        body: { data: { resource_uuid: 'res-1', ssl_uuid: 's-1', status: 'active' } },
      },
      {
        method: 'GET',
        path: /\/resource$/,
        body: {
          data: {
            last_page: 1,
            total: 1,
            data: [{ resource_uuid: 'res-1', cdn_url: 'x.mncdn.com' }],
          },
        },
      },
      MN_LOGIN_ANSWER,
    ],
    call: async () => (await certificatesOf(medianova(certificateSession))).targets('res-1'),
  },
  {
    name: 'GitHub workflow runs',
    origin: GITHUB,
    answers: [
      {
        method: 'GET',
        path: /\/actions\/workflows\/deploy\.yml\/runs$/,
        body: {
          total_count: 2,
          workflow_runs: [
            { id: 2, run_number: 2, head_sha: SHA, event: 'push', conclusion: 'success' },
            { id: 1, run_number: 1, head_sha: SHA, event: 'push', conclusion: null },
          ],
        },
      },
    ],
    call: () =>
      lastSuccessfulRun(github(), {
        repository: 'acme/site',
        workflow: 'deploy.yml',
        branch: 'main',
        currentRunId: 2,
      }),
  },
  {
    name: 'GitHub workflow run',
    origin: GITHUB,
    answers: [{ method: 'GET', path: /\/actions\/runs\/5$/, body: { id: 5, workflow_id: 9 } }],
    call: () => workflowOfRun(github(), 'acme/site', 5),
  },
  {
    name: 'GitHub organization secret store',
    seals: true,
    origin: GITHUB,
    answers: [
      {
        method: 'GET',
        path: /\/repositories$/,
        body: { total_count: 1, repositories: [{ id: 1 }] },
      },
      { method: 'GET', path: /public-key$/, body: { key_id: 'k1', key: '' } },
      { method: 'GET', path: /\/secrets\/CDN$/, body: { visibility: 'selected' } },
    ],
    call: () =>
      new GithubSecretStore(
        { token: 'ghp_hostile', name: 'CDN', accessKeyName: 'CDN_AK', apiUrl: GITHUB, org: 'acme' },
        {
          logger: silentLogger,
          secrets: new SecretRegistry(),
          scale: 0.001,
          timeoutMs: 5000,
          maxRetries: 0,
        },
      ).store([{ name: 'CDN', value: 'new-secret-value' }]),
  },
];

/** Values put in place of one node of a valid answer. */
const HOSTILE: Json[] = [
  null,
  42,
  -1,
  1e308,
  99999999999999,
  '',
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  'toString',
  true,
  [],
  [null],
  {},
  JSON.parse(
    '{"__proto__": {"status": "done", "id": 1}, "constructor": {"name": 1}, "toString": 1}',
  ),
];

/** Every node of `value`, as the path of keys and indexes that reaches it. */
function nodes(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => nodes(item, [...path, index]))
    : typeof value === 'object' && value !== null
      ? Object.keys(value).flatMap((key) => nodes(value[key]!, [...path, key]))
      : [];
  return [path, ...inner];
}

function replaced(value: Json, path: readonly (string | number)[], by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaced(item, rest, by) : item));
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, Json>;
  copy[head as string] = replaced(copy[head as string]!, rest, by);
  return copy;
}

/** A hostile version of `body`: the text sent with status 200. */
function hostileAnswer(body: Json): fc.Arbitrary<string> {
  const paths = nodes(body);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...paths), fc.constantFrom(...HOSTILE))
      .map(([path, by]) => JSON.stringify(replaced(body, path, by))),
    fc.constantFrom('', 'null', '[]', '{}', '"x"', '0', '[null]', '{"data": null}'),
    fc.jsonValue().map((value) => JSON.stringify(value)),
  );
}

const TYPED_ERRORS = [ProviderError, InputError, QuotaError, VerificationError, RefusedTokenError];
const STATES = new Set(['done', 'pending', 'failed']);

beforeAll(async () => {
  await sodium.ready;
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());

describe('every answer reader, fed hostile JSON', () => {
  it.for(READERS.map((reader) => [reader.name, reader] as const))(
    '%s: a typed error or sane values, never a crash',
    async ([, reader]) => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: reader.answers.length - 1 }),
          fc.context(),
          fc.gen(),
          async (attacked, context, gen) => {
            nock.cleanAll();
            const sent = reader.answers.map((answer, index) =>
              index === attacked
                ? gen(() => hostileAnswer(answer.body))
                : JSON.stringify(answer.body),
            );
            if (reader.seals) {
              const pair = sodium.crypto_box_keypair();
              const key = Buffer.from(pair.publicKey).toString('base64');
              sent[1] = sent[1]!.replace('"key":""', `"key":"${key}"`);
            }
            const scope = nock(reader.origin).persist();
            reader.answers.forEach((answer, index) => {
              scope
                .intercept(answer.path, answer.method)
                .reply(200, sent[index], { 'content-type': 'application/json' });
            });
            if (reader.seals) scope.put(/.*/).reply(204);
            context.log(`attacked answer ${attacked}: ${sent[attacked]!.slice(0, 300)}`);
            try {
              const value = await reader.call();
              const statuses = Array.isArray(value) ? (value as Partial<TaskStatus>[]) : [];
              for (const status of statuses) {
                // lists of task states are checked; other lists (labels, certificates) are values
                if (typeof status === 'object' && status !== null && 'state' in status)
                  expect(STATES.has(String(status.state))).toBe(true);
              }
            } catch (error) {
              const typed = TYPED_ERRORS.some((type) => error instanceof type);
              expect(typed, `${(error as Error).name}: ${(error as Error).message}`).toBe(true);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});

describe('a wrong type in an answer is a ProviderError naming the field', () => {
  it.each([
    [
      'a token name that is a number',
      [{ ...(TOKEN as object), name: 42 }],
      "'[0].name' is a number; expected a string",
    ],
    ['a null token', [TOKEN, null], "'[1]' is null; expected an object"],
    ['an empty 200', '', 'the answer is missing; expected'],
    [
      'a client_user that is a list',
      [{ ...(TOKEN as object), client_user: [] }],
      "'[0].client_user' is a list; expected an object",
    ],
  ])('%s', async (_label, body, message) => {
    nock(GCORE).get('/iam/clients/me').reply(200, { id: 9001 });
    nock(GCORE)
      .get('/iam/v2/clients/9001/tokens')
      .reply(200, typeof body === 'string' ? body : JSON.stringify(body));
    const error = await gcore()
      .tokens!.list()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toContain(message);
    expect((error as ProviderError).details.action).toBe('GET /iam/v2/clients/9001/tokens');
  });

  it.each<[string, string, RegExp, Json, () => Promise<unknown>, string]>([
    [
      'a null certificate in the Gcore list (a certificate hidden from check-certificate before)',
      GCORE,
      /^\/cdn\/sslData$/,
      { count: 2, results: [GCORE_CERTIFICATE, null] },
      async () => (await certificatesOf(gcore(certificateSession))).list(),
      "'results[1]' is null; expected an object",
    ],
    [
      "a CDNetworks certificate id '..', which would go into a path",
      CDNETWORKS,
      /^\/api\/ssl\/certificate$/,
      { 'ssl-certificates': [{ ...(CDNETWORKS_CERTIFICATE as object), 'certificate-id': '..' }] },
      async () => (await certificatesOf(cdnetworks(certificateSession))).list(),
      "'ssl-certificates[0].certificate-id' is '..'; expected an id",
    ],
    [
      'a Medianova certificate list that is no list',
      MEDIANOVA,
      /\/api\/v1\/ssl\/org-1$/,
      { data: { uuid: 's-1' }, paginate: { last_page: 1 } },
      async () => (await certificatesOf(medianova(certificateSession))).list(),
      "'data' is an object; expected a list",
    ],
    [
      'a workflow run id that is a string',
      GITHUB,
      /\/runs$/,
      { total_count: 1, workflow_runs: [{ id: '1', head_sha: SHA, conclusion: 'success' }] },
      () => lastSuccessfulRun(github(), { repository: 'a/b', workflow: 'd.yml', branch: 'main' }),
      "'workflow_runs[0].id' is a string; expected a number",
    ],
  ])('%s', async (_label, origin, path, body, call, message) => {
    nock(origin)
      .get(path)
      .query(true)
      .reply(200, JSON.stringify(body), { 'content-type': 'application/json' });
    nock(MEDIANOVA)
      .post(/login\/token$/)
      .reply(200, MN_LOGIN as object);
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toContain(message);
  });

  it('a CDNetworks bind whose request id is no id reads each domain back instead of a path built from it', async () => {
    const domain = { code: '0', data: { certificateId: 7 } };
    const scope = nock(CDNETWORKS)
      .persist()
      .get('/api/config/certificate/cdn.example.com')
      .reply(200, domain)
      .get('/api/domain/cdn.example.com')
      .reply(200, { status: 'Deployed' })
      .put('/api/config/certificate/cdn.example.com')
      .reply(202, { code: '0' }, { 'x-cnc-request-id': '..' });
    const client = await certificatesOf(cdnetworks(certificateSession));
    const receipt = await client.bind(await client.targets('cdn.example.com'), '7');
    expect(receipt.requestId).toBeUndefined();
    expect((await client.bindingState(receipt)).map((binding) => binding.state)).toEqual(['done']);
    expect(scope.pendingMocks()).toEqual([]);
    // the signed request never went one level up the path
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('a Gcore resource named by its IDN hostname is found by its ASCII form', async () => {
    nock(GCORE)
      .get('/cdn/resources')
      .reply(200, [
        { ...(GCORE_SSL_RESOURCE as object), secondaryHostnames: ['xn--bcher-kva.example'] },
      ]);
    const [target] = await (await certificatesOf(gcore(certificateSession))).targets(
      'bücher.example',
    );
    expect(target!.id).toBe('123');
    expect(target!.certificateId).toBe('5001');
  });

  it('a status word that names a prototype property is no state of ours', async () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      nock.cleanAll();
      nock(GCORE)
        .get(/purge_statuses/)
        .reply(200, { count: 1, results: [{ ...(PURGE_STATUS as object), status: word }] });
      const [status] = await gcore().cdn.taskStatus(['77'], { id: '123', cname: 'c' }, 'purge');
      expect(status!.state).toBe('pending');
      nock(CDNETWORKS)
        .post('/ccm/purge/ItemIdQuery')
        .reply(200, { Code: 1, count: 1, resultDetail: [{ url: 'https://c/a', status: word }] });
      const session = cdnetworks();
      const [entry] = await session.cdn.taskStatus(
        ['i'],
        session.cdn.unresolvedResource(),
        'purge',
      );
      expect(entry!.state).toBe('pending');
    }
  });
});
