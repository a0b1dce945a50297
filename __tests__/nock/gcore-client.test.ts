/** Every request the Gcore client sends: method, path, query, Authorization header and body. */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Targets } from '../../src/config/config.js';
import { ProviderError } from '../../src/errors.js';
import { createGcoreProvider } from '../../src/providers/gcore/provider.js';
import type { Provider } from '../../src/providers/provider.js';
import { virtualTiming } from '../../src/timing.js';
import { DAY, fakeJwt, gcoreContext, NOW } from '../helpers/gcore.js';

const API = 'https://api.gcore.com';
const TOKEN = '7711$nock-token-secret';
const APIKEY = { reqheaders: { authorization: `APIKey ${TOKEN}` } };
const RESOURCE = { id: 123, cname: 'cdn.example.com', secondaryHostnames: ['static.example.com'] };

function session(inputs: Record<string, string>, timing = virtualTiming(NOW)) {
  const ctx = gcoreContext({ operation: 'purge', urls: '/x', ...inputs }, { timing });
  return { ctx, session: createGcoreProvider(ctx) };
}

function targets(partial: Partial<Targets>): Targets {
  return { urls: [], prefixes: [], purgeAll: false, ...partial };
}

async function sendAll(gcore: Provider, requests: ReturnType<Provider['cdn']['planPurge']>) {
  for (const request of requests) await gcore.cdn.send(request);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending, 'every expected request was sent').toEqual([]);
});

describe('Gcore CDN requests with a permanent token', () => {
  it('reads a resource by id with Authorization: APIKey', async () => {
    nock(API, APIKEY).get('/cdn/resources/123').reply(200, RESOURCE);
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    expect(await gcore.cdn.resolveResource()).toEqual({
      id: '123',
      cname: 'cdn.example.com',
      hostnames: ['cdn.example.com', 'static.example.com'],
    });
  });

  it('finds a resource by a secondary hostname with one list request, cached for the run', async () => {
    nock(API, APIKEY)
      .get('/cdn/resources')
      .once()
      .reply(200, [
        { id: 9, cname: 'static.example.com', secondaryHostnames: [], deleted: true },
        { id: 5, cname: 'other.example.com', secondaryHostnames: null },
        RESOURCE,
      ]);
    const { session: gcore } = session({ 'api-token': TOKEN, resource: 'STATIC.example.com' });
    expect((await gcore.cdn.resolveResource()).id).toBe('123');
    expect((await gcore.cdn.resolveResource()).id).toBe('123');
  });

  it('reads a paginated resource list ({ results })', async () => {
    nock(API, APIKEY)
      .get('/cdn/resources')
      .reply(200, { count: 1, results: [RESOURCE] });
    const { session: gcore } = session({ 'api-token': TOKEN, resource: 'cdn.example.com' });
    expect((await gcore.cdn.resolveResource()).id).toBe('123');
  });

  it('names the hostname when no resource has it', async () => {
    nock(API, APIKEY).get('/cdn/resources').reply(200, [RESOURCE]);
    const { session: gcore } = session({ 'api-token': TOKEN, resource: 'nope.example.com' });
    await expect(gcore.cdn.resolveResource()).rejects.toThrow(
      "Input 'resource': no Gcore CDN resource has the hostname 'nope.example.com' (checked the cname and secondaryHostnames of 1 resources)",
    );
  });

  it('sends purge by URL, by pattern, purge all and prefetch bodies', async () => {
    const resource = { id: '123', cname: 'cdn.example.com', hostnames: ['cdn.example.com'] };
    const path = '/cdn/resources/123/purge';
    nock(API, APIKEY)
      .post(path, { urls: ['/a.js?v=1', '/b.css'] })
      .reply(201, {})
      .post(path, { paths: ['/img/*'] })
      .reply(201, {})
      .post(path, { paths: [] })
      .reply(201)
      .post('/cdn/resources/123/prefetch', { paths: ['/video/big.mp4'] })
      .reply(201, { paths: ['/video/big.mp4'] });
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    const { cdn } = gcore;
    await sendAll(gcore, [
      ...cdn.planPurge(
        targets({ urls: ['https://cdn.example.com/a.js?v=1', '/b.css'], prefixes: ['/img/*'] }),
        resource,
      ),
      ...cdn.planPurge(targets({ purgeAll: true }), resource),
      ...cdn.planPrefetch(['/video/big.mp4'], resource),
    ]);
    expect(nock.pendingMocks(), 'every body was sent as planned').toEqual([]);
  });

  it('finds task ids by cname, creation time and payload, newest match first, paging with limit and offset', async () => {
    const resource = { id: '123', cname: 'cdn.example.com', hostnames: ['cdn.example.com'] };
    const since = NOW + 5_000;
    const from_created = new Date(since - 60_000).toISOString();
    const filler = Array.from({ length: 99 }, (_, i) => ({
      purge_id: 100 + i,
      status: 'Successful',
      created: '2025-06-01T00:00:02Z',
      payload: { urls: [`/other-${i}.js`] },
    }));
    nock(API, APIKEY)
      .get('/cdn/purge_statuses')
      .query({ cname: 'cdn.example.com', from_created, limit: '100', offset: '0' })
      .reply(200, {
        count: 102,
        next: 'page-2',
        previous: null,
        results: [
          // an identical purge from an earlier run, listed first
          {
            purge_id: 1,
            status: 'Successful',
            created: '2025-06-01T00:00:01Z',
            payload: { urls: ['/a.js'] },
          },
          ...filler,
        ],
      })
      .get('/cdn/purge_statuses')
      .query({ cname: 'cdn.example.com', from_created, limit: '100', offset: '100' })
      .reply(200, {
        count: 102,
        next: null,
        previous: 'page-1',
        results: [
          {
            purge_id: 2,
            status: 'In progress',
            created: '2025-06-01 00:00:06.5+00:00',
            payload: { urls: ['https://cdn.example.com/a.js'] },
          },
          {
            purge_id: 3,
            status: 'In progress',
            created: '2025-06-01T00:00:07Z',
            payload: [{ paths: ['/img/*'] }],
          },
        ],
      });
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    const sent = gcore.cdn.planPurge(targets({ urls: ['/a.js'], prefixes: ['/img/*'] }), resource);
    expect(await gcore.cdn.findTaskIds!(sent, resource, since)).toEqual(['2', '3']);
  });

  it('reads a bare array as the whole answer, and stops when a page brings nothing new', async () => {
    const resource = { id: '123', cname: 'cdn.example.com', hostnames: ['cdn.example.com'] };
    const full = Array.from({ length: 100 }, (_, i) => ({
      purge_id: i + 1,
      status: 'Successful',
      created: '2025-06-01T00:00:02Z',
      payload: { urls: [`/f-${i}.js`] },
    }));
    // a server that ignores offset: the second page repeats the first, and paging ends there
    nock(API, APIKEY).get('/cdn/purge_statuses').query(true).twice().reply(200, full);
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    const sent = gcore.cdn.planPurge(targets({ urls: ['/f-7.js'] }), resource);
    expect(await gcore.cdn.findTaskIds!(sent, resource, NOW)).toEqual(['8']);
  });

  it("looks for an earlier run's task ids a day back, then a week, then 30 days, never further", async () => {
    const resource = { id: '123', cname: 'cdn.example.com' };
    const at = (days: number) => new Date(NOW - days * DAY).toISOString();
    const page = (results: object[]) => ({ count: results.length, results });
    nock(API, APIKEY)
      .get('/cdn/purge_statuses')
      .query({ cname: 'cdn.example.com', from_created: at(1), limit: '100', offset: '0' })
      .reply(200, page([{ purge_id: 1, status: 'Successful' }]))
      .get('/cdn/purge_statuses')
      .query({
        cname: 'cdn.example.com',
        from_created: at(7),
        to_created: at(1),
        limit: '100',
        offset: '0',
      })
      .reply(200, page([{ purge_id: 2, status: 'Failed' }]))
      .get('/cdn/purge_statuses')
      .query({
        cname: 'cdn.example.com',
        from_created: at(30),
        to_created: at(7),
        limit: '100',
        offset: '0',
      })
      .reply(200, page([{ purge_id: 3, status: 'In progress' }]));
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    expect(await gcore.cdn.taskStatus(['1', '2', '9'], resource, 'purge')).toEqual([
      { id: '1', state: 'done', detail: 'Successful' },
      { id: '2', state: 'failed', detail: 'Failed' },
      {
        id: '9',
        state: 'pending',
        detail: 'not listed by Gcore in the last 30 days of purge history',
      },
    ]);
    // a later poll (wait) reads once, as far back as the oldest window an id was found in
    nock(API, APIKEY)
      .get('/cdn/purge_statuses')
      .query({ cname: 'cdn.example.com', from_created: at(7), limit: '100', offset: '0' })
      .reply(200, page([{ purge_id: 2, status: 'Failed' }]));
    expect(await gcore.cdn.taskStatus(['1', '2', '9'], resource, 'purge')).toHaveLength(3);

    // found in the first day: one query
    const { session: other } = session({ 'api-token': TOKEN, resource: '123' });
    nock(API, APIKEY)
      .get('/cdn/purge_statuses')
      .query({ cname: 'cdn.example.com', from_created: at(1), limit: '100', offset: '0' })
      .reply(200, page([{ purge_id: 1, status: 'Successful' }]));
    expect(await other.cdn.taskStatus(['1'], resource, 'purge')).toHaveLength(1);
  });

  it('reads purge statuses and maps each state', async () => {
    const resource = { id: '123', cname: 'cdn.example.com' };
    nock(API, APIKEY)
      .get('/cdn/purge_statuses')
      .query(true)
      .times(3)
      .reply(200, [
        { purge_id: 1, status: 'Successful' },
        { purge_id: 2, status: 'Failed' },
        { purge_id: 3, status: 'In progress' },
        { purge_id: 4, status: 'Status report disabled' },
      ]);
    const { ctx, session: gcore } = session({ 'api-token': TOKEN, resource: '123' });
    expect(await gcore.cdn.taskStatus(['1', '2', '3', '4', '5'], resource, 'purge')).toEqual([
      { id: '1', state: 'done', detail: 'Successful' },
      { id: '2', state: 'failed', detail: 'Failed' },
      { id: '3', state: 'pending', detail: 'In progress' },
      { id: '4', state: 'done', detail: 'status report disabled: accepted, not verifiable' },
      {
        id: '5',
        state: 'pending',
        detail: 'not listed by Gcore in the last 30 days of purge history',
      },
    ]);
    expect(ctx.lines.filter((line) => line.startsWith('warning: '))).toHaveLength(1);
  });

  it('accepts a purge, a prefetch and a token delete answered without a JSON body', async () => {
    const resource = { id: '123', cname: 'cdn.example.com', hostnames: ['cdn.example.com'] };
    nock(API, { reqheaders: { ...APIKEY.reqheaders, accept: '*/*' } })
      .post('/cdn/resources/123/purge')
      .reply(201)
      .post('/cdn/resources/123/prefetch')
      .reply(200, 'OK', { 'content-type': 'text/plain' })
      .delete('/iam/v2/clients/42/tokens/8001')
      .reply(200, '<html>deleted</html>');
    const { session: gcore } = session({ 'api-token': TOKEN, resource: '123', 'client-id': '42' });
    await sendAll(gcore, gcore.cdn.planPurge(targets({ urls: ['/a.js'] }), resource));
    await sendAll(gcore, gcore.cdn.planPrefetch(['/big.mp4'], resource));
    await expect(gcore.tokens!.delete('8001')).resolves.toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('Gcore JWT sessions', () => {
  const credentials = { username: 'admin@example.com', password: 'pa55word' };
  const access1 = fakeJwt({ token_type: 'access', exp: (NOW + 3_600_000) / 1000 });
  const refresh1 = fakeJwt({ token_type: 'refresh', exp: (NOW + DAY) / 1000 });
  const access2 = fakeJwt({ token_type: 'access', exp: (NOW + 7_200_000) / 1000 });
  const refresh2 = fakeJwt({ token_type: 'refresh', exp: (NOW + 2 * DAY) / 1000 });
  const bearer = (token: string) => ({ reqheaders: { authorization: `Bearer ${token}` } });
  const noAuth = { badheaders: ['authorization'] };

  it('logs in with username and password and returns the access token and its exp', async () => {
    nock(API, noAuth)
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access1, refresh: refresh1 });
    const { ctx, session: gcore } = session({ ...credentials, operation: 'login', urls: '' });
    expect(await gcore.login!()).toEqual({
      token: access1,
      expiresAt: new Date(NOW + 3_600_000).toISOString(),
    });
    expect(ctx.secrets.has(access1) && ctx.secrets.has(refresh1)).toBe(true);
  });

  it('sends Bearer <access>, and refreshes once the exp has passed', async () => {
    const timing = virtualTiming(NOW);
    nock(API, noAuth)
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access1, refresh: refresh1 })
      .post('/iam/auth/jwt/refresh', { refresh: refresh1 })
      .reply(200, { access: access2, refresh: refresh2 });
    nock(API, bearer(access1)).get('/cdn/resources/123').reply(200, RESOURCE);
    nock(API, bearer(access2))
      .post('/cdn/resources/123/purge', { urls: ['/x'] })
      .reply(201, {});
    const { ctx, session: gcore } = session({ ...credentials, resource: '123' }, timing);
    const resource = await gcore.cdn.resolveResource();
    await timing.sleep(3_600_000); // the access token's exp passes
    await sendAll(gcore, gcore.cdn.planPurge(targets({ urls: ['/x'] }), resource));
    expect(ctx.secrets.has(access2) && ctx.secrets.has(refresh2)).toBe(true);
  });

  it('refreshes after a 401 and repeats the request once, counting both attempts', async () => {
    nock(API, noAuth)
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access1, refresh: refresh1 })
      .post('/iam/auth/jwt/refresh', { refresh: refresh1 })
      .reply(200, { access: access2 });
    nock(API, bearer(access1)).post('/cdn/resources/123/purge').reply(401, { detail: 'expired' });
    nock(API, bearer(access2)).post('/cdn/resources/123/purge').reply(201, {});
    const { session: gcore } = session({ ...credentials, resource: '123' });
    const [request] = gcore.cdn.planPurge(targets({ urls: ['/x'] }), { id: '123' });
    expect(await gcore.cdn.send(request!)).toEqual({ taskIds: [], attempts: 2 });
  });

  it('logs in again when the refresh token is refused', async () => {
    nock(API, noAuth)
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access1, refresh: refresh1 })
      .post('/iam/auth/jwt/refresh', { refresh: refresh1 })
      .reply(401, { detail: 'Token is invalid or expired' })
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access2, refresh: refresh2 });
    nock(API, bearer(access1)).get('/cdn/resources/123').reply(401, { detail: 'expired' });
    nock(API, bearer(access2)).get('/cdn/resources/123').reply(200, RESOURCE);
    const { session: gcore } = session({ ...credentials, resource: '123' });
    expect((await gcore.cdn.resolveResource()).id).toBe('123');
  });

  it('gives up after one renewal when the repeated request is refused too', async () => {
    nock(API, noAuth)
      .post('/iam/auth/jwt/login', credentials)
      .reply(200, { access: access1, refresh: refresh1 })
      .post('/iam/auth/jwt/refresh', { refresh: refresh1 })
      .reply(200, { access: access2, refresh: refresh2 });
    nock(API).get('/cdn/resources/123').times(2).reply(401, { detail: 'no' });
    const { session: gcore } = session({ ...credentials, resource: '123' });
    await expect(gcore.cdn.resolveResource()).rejects.toMatchObject({
      status: 401,
      details: { attempts: 2 },
    });
  });

  it('reports a wrong password as Gcore said it', async () => {
    nock(API).post('/iam/auth/jwt/login').reply(401, { detail: 'No active account found' });
    const { session: gcore } = session({ ...credentials, operation: 'login', urls: '' });
    const error = await gcore.login!().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toBe('No active account found');
  });
});

describe('Gcore IAM token requests', () => {
  const tokenBody = {
    id: 8001,
    name: 'deploy',
    description: 'purges',
    exp_date: '2025-08-30T00:00:00.000000Z',
    expired: false,
    deleted: false,
    created: '2025-06-01T00:00:00Z',
    last_usage: null,
    client_user: { user_name: 'Ada', role: { id: 3022, name: 'Purge and Prefetch only (API)' } },
  };
  const apiToken = {
    id: '8001',
    name: 'deploy',
    description: 'purges',
    role: { id: 3022, name: 'Purge and Prefetch only (API)' },
    expiresAt: '2025-08-30T00:00:00.000Z',
    expired: false,
    created: '2025-06-01T00:00:00Z',
    lastUsed: null,
    owner: 'Ada',
  };
  const tokenInputs = { 'api-token': TOKEN, operation: 'list-tokens', urls: '' };

  it('looks the client id up once from GET /iam/clients/me, then lists v2 tokens without a deleted filter, dropping deleted ones', async () => {
    nock(API, APIKEY)
      .get('/iam/clients/me')
      .once()
      .reply(200, { id: 9001, currentUser: 501 })
      // the SDKs define `deleted` inverted: it is never sent (an exact empty query)
      .get('/iam/v2/clients/9001/tokens')
      .query({})
      .reply(200, [tokenBody, { ...tokenBody, id: 8002, deleted: true }])
      .get('/iam/v2/clients/9001/tokens/8001')
      .reply(200, tokenBody);
    const { session: gcore } = session(tokenInputs);
    expect(await gcore.tokens!.list()).toEqual([apiToken]);
    expect(await gcore.tokens!.get('8001')).toEqual(apiToken);
  });

  it('uses client-id when given, and reads paginated lists', async () => {
    nock(API, APIKEY)
      .get('/iam/v2/clients/42/tokens')
      .query(true)
      .reply(200, { count: 1, next: null, previous: null, results: [tokenBody] });
    const { session: gcore } = session({ ...tokenInputs, 'client-id': '42' });
    expect(await gcore.tokens!.list()).toHaveLength(1);
  });

  it('creates with POST /iam/v2/…/tokens and registers the secret at once', async () => {
    const secret = '8001_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
    nock(API, APIKEY)
      .post('/iam/v2/clients/42/tokens', {
        name: 'deploy',
        exp_date: '2025-08-30T00:00:00Z',
        client_user: { role: { id: 3022, name: 'Purge and Prefetch only (API)' } },
      })
      .reply(201, { ...tokenBody, token: secret });
    const { ctx, session: gcore } = session({ ...tokenInputs, 'client-id': '42' });
    const created = await gcore.tokens!.create({
      name: 'deploy',
      role: { id: 3022, name: 'Purge and Prefetch only (API)' },
      expiresAt: '2025-08-30T00:00:00.000Z',
    });
    expect(created).toEqual({ token: apiToken, secret });
    expect(ctx.secrets.has(secret)).toBe(true);
  });

  it('sends exp_date null for a token that never expires, and does not retry a failed create', async () => {
    nock(API, APIKEY)
      .post(
        '/iam/v2/clients/42/tokens',
        (body) => body.exp_date === null && body.description === 'd',
      )
      .reply(503, { message: 'unavailable' });
    const { session: gcore } = session({ ...tokenInputs, 'client-id': '42' });
    await expect(
      gcore.tokens!.create({
        name: 'n',
        description: 'd',
        role: { id: 1, name: 'Administrators' },
        expiresAt: null,
      }),
    ).rejects.toMatchObject({ status: 503, details: { attempts: 1 } });
  });

  it('verifies a new token with GET /iam/users/me sent with that token, and deletes with DELETE', async () => {
    const fresh = '8001_freshly-created-secret';
    nock(API, { reqheaders: { authorization: `APIKey ${fresh}` } })
      .get('/iam/users/me')
      .reply(200, { id: 501 });
    nock(API, APIKEY).delete('/iam/v2/clients/42/tokens/7711').reply(204);
    const { session: gcore } = session({ ...tokenInputs, 'client-id': '42' });
    await gcore.tokens!.verify(fresh);
    await gcore.tokens!.delete('7711');
    expect(gcore.tokens!.inUseTokenId).toBe('7711');
  });

  it('sends token calls with Bearer when signed in with username and password', async () => {
    const access = fakeJwt({ exp: (NOW + 3_600_000) / 1000 });
    nock(API).post('/iam/auth/jwt/login').reply(200, { access, refresh: 'r-token' });
    nock(API, { reqheaders: { authorization: `Bearer ${access}` } })
      .get('/iam/clients/me')
      .reply(200, { id: 9001 })
      .get('/iam/v2/clients/9001/tokens')
      .query(true)
      .reply(200, []);
    const { session: gcore } = session({
      username: 'u@example.com',
      password: 'pw-secret',
      operation: 'check-token',
      urls: '',
    });
    expect(await gcore.tokens!.list()).toEqual([]);
    expect(gcore.tokens!.inUseTokenId).toBeUndefined();
  });
});
