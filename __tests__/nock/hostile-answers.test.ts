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
import { GithubSecretStore } from '../../src/github/secret-store.js';
import { silentLogger } from '../../src/log.js';
import { createProvider } from '../../src/providers/create-provider.js';
import type { Provider, TaskStatus } from '../../src/providers/provider.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { testContext } from '../helpers/context.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An answer the provider gives to `method path` (a RegExp over the path) when it is not the one attacked. */
interface Answer {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  body: Json;
}

interface Reader {
  name: string;
  origin: string;
  /** the answers a successful call reads, in no particular order; the first is attacked by default */
  answers: Answer[];
  call(): Promise<unknown>;
}

const GCORE = 'https://api.gcore.com';
const MEDIANOVA = 'https://cloud.medianova.com';
const CDNETWORKS = 'https://api.cdnetworks.com';
const GITHUB = 'https://api.github.com';

function provider(inputs: Record<string, string>): Provider {
  return createProvider(testContext({ 'max-retries': '0', ...inputs }));
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
    name: 'GitHub organization secret store',
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
            const github = reader.origin === GITHUB;
            if (github) {
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
            if (github) scope.put(/.*/).reply(204);
            context.log(`attacked answer ${attacked}: ${sent[attacked]!.slice(0, 300)}`);
            try {
              const value = await reader.call();
              const statuses = Array.isArray(value) ? (value as Partial<TaskStatus>[]) : [];
              for (const status of statuses) {
                if (status && 'state' in status)
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
