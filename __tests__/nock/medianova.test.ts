/**
 * Medianova request shapes on the wire: paths, `Authorization: Bearer`, bodies,
 * queries, and the one re-login after a 401, against nock.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { createMedianovaProvider } from '../../src/providers/medianova/provider.js';
import { type TestContext, testContext } from '../helpers/context.js';

/** Medianova's rotation names carry the UTC time: pin it. */
const contextFor = (
  inputs: Record<string, string>,
  options: Parameters<typeof testContext>[1] = {},
): TestContext => testContext(inputs, { now: Date.UTC(2026, 10, 23, 9, 15, 30), ...options });

const BASE = 'https://cloud.medianova.com';
const ORG = 'org-1111';
const RESOURCE = 'res-2222';
const TOKEN = 'token-abc-123';
const STOOK = `/api/v2/stook/${ORG}`;
const JOB = `/api/v1/cdn/${ORG}/job/${RESOURCE}`;

function session(inputs: Record<string, string>) {
  const ctx = contextFor({
    provider: 'medianova',
    'api-key': 'key-1',
    'api-secret': 'secret-1',
    organization: ORG,
    'max-retries': '0',
    ...inputs,
  });
  return { ctx, session: createMedianovaProvider(ctx) };
}

function expectLogin(token = TOKEN, expire = 1666024005) {
  return nock(BASE)
    .post('/api/v1/auth/login/token', { api_key: 'key-1', api_secret: 'secret-1' })
    .reply(200, { status: true, token, session: `session-of-${token}`, expire });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('login', () => {
  it('posts api_key and api_secret, registers the token at once, converts expire to ISO 8601', async () => {
    expectLogin();
    const { ctx, session: mn } = session({ operation: 'login' });
    const result = await mn.login!();
    expect(result).toEqual({ token: TOKEN, expiresAt: '2022-10-17T16:26:45Z' });
    expect(ctx.secrets.has(TOKEN)).toBe(true);
    expect(ctx.secrets.has(`session-of-${TOKEN}`)).toBe(true);
  });

  it('a 200 answer with status false is a ProviderError with the message', async () => {
    nock(BASE)
      .post('/api/v1/auth/login/token')
      .reply(200, { status: false, message: 'Invalid credentials.' });
    const { session: mn } = session({ operation: 'login' });
    const error = await mn.login!().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toBe('Invalid credentials.');
  });

  it('logs in once per run, however many calls follow', async () => {
    expectLogin();
    nock(BASE)
      .get(`${STOOK}/credential`)
      .times(2)
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, { status: true, data: [] });
    const { session: mn } = session({ operation: 'list-credentials' });
    expect(await mn.storageCredentials!.list()).toEqual([]);
    expect(await mn.storageCredentials!.list()).toEqual([]);
    // the one login interceptor was used once; a second login would have found none
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('purge and prefetch', () => {
  const purge = (inputs: Record<string, string>) =>
    session({ operation: 'purge', resource: RESOURCE, ...inputs });

  it('sends {resource_uuid, file_path} with the bearer token and returns the opID', async () => {
    expectLogin();
    nock(BASE)
      .post(`${JOB}/purge`, { resource_uuid: RESOURCE, file_path: ['/a.js'] })
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .matchHeader('content-type', 'application/json')
      .reply(200, { status: true, opID: 'op-1', message: 'ok' })
      .post(`${JOB}/purge`, { resource_uuid: RESOURCE, file_path: ['/css/*'] })
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, { status: true, opID: 'op-2', message: 'ok' });
    const { ctx, session: mn } = purge({ urls: '/a.js', prefixes: '/css' });
    const resource = await mn.cdn.resolveResource();
    const answers = [];
    for (const request of mn.cdn.planPurge(ctx.config.targets, resource)) {
      answers.push(await mn.cdn.send(request));
    }
    expect(answers).toEqual([
      { taskIds: ['op-1'], attempts: 1 },
      { taskIds: ['op-2'], attempts: 1 },
    ]);
  });

  it('posts prefetch jobs to .../prefetch', async () => {
    expectLogin();
    nock(BASE)
      .post(`${JOB}/prefetch`, { resource_uuid: RESOURCE, file_path: ['/v.mp4'] })
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, { status: true, opID: 77 });
    const { session: mn } = session({ operation: 'prefetch', resource: RESOURCE, urls: '/v.mp4' });
    const [request] = mn.cdn.planPrefetch(['/v.mp4'], { id: RESOURCE });
    expect(await mn.cdn.send(request!)).toEqual({ taskIds: ['77'], attempts: 1 });
  });

  it('reads job status with page, limit=100 and opID, following pages up to total', async () => {
    expectLogin();
    const entry = (i: number, done: boolean) => ({
      opID: 'op-9',
      url: `/f${i}`,
      status: done ? 3 : 1,
      message: done ? 'Finished' : 'Working',
      completedAt: done ? '2026-11-23T09:00:00Z' : null,
    });
    nock(BASE)
      .get(`${JOB}/purge`)
      .query({ page: '1', limit: '100', opID: 'op-9' })
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, {
        status: true,
        data: {
          page: 1,
          total: 101,
          limit: 100,
          requests: Array.from({ length: 100 }, (_, i) => entry(i, true)),
        },
      })
      .get(`${JOB}/purge`)
      .query({ page: '2', limit: '100', opID: 'op-9' })
      .reply(200, {
        status: true,
        data: { page: 2, total: 101, limit: 100, requests: [entry(100, false)] },
      });
    const { session: mn } = purge({ urls: '/x' });
    const [status] = await mn.cdn.taskStatus(['op-9'], { id: RESOURCE }, 'purge');
    expect(status).toEqual({
      id: 'op-9',
      state: 'pending',
      detail: '100 of 101 finished; status 3: Finished (×100), status 1: Working',
    });
  });

  it('resolves a hostname through the paginated resource list, following last_page', async () => {
    expectLogin();
    const page = (n: number, data: object[]) => ({
      status: true,
      data: { current_page: n, last_page: 2, total: 2, data },
    });
    nock(BASE)
      .get(`/api/v1/cdn/${ORG}/resource`)
      .query({ page: '1' })
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, page(1, [{ resource_uuid: 'other', cdn_url: 'x.mncdn.com', alias_domain: [] }]))
      .get(`/api/v1/cdn/${ORG}/resource`)
      .query({ page: '2' })
      .reply(
        200,
        page(2, [
          {
            resource_uuid: RESOURCE,
            cdn_url: 'https://y.mncdn.com/',
            alias_domain: ['Img.Example.com'],
          },
        ]),
      );
    const { session: mn } = purge({ resource: 'img.example.com', urls: '/x' });
    expect(await mn.cdn.resolveResource()).toEqual({
      id: RESOURCE,
      hostnames: ['y.mncdn.com', 'img.example.com'],
    });
  });

  it('a 401 logs in again once and retries the call with the new token', async () => {
    expectLogin('first-token');
    nock(BASE)
      .post(`${JOB}/purge`)
      .matchHeader('authorization', 'Bearer first-token')
      .reply(401, { status: false, message: 'Unauthorized. Missing or invalid access token.' });
    expectLogin('second-token');
    nock(BASE)
      .post(`${JOB}/purge`)
      .matchHeader('authorization', 'Bearer second-token')
      .reply(200, { status: true, opID: 'op-2' });
    const { ctx, session: mn } = purge({ urls: '/a' });
    const [request] = mn.cdn.planPurge(ctx.config.targets, { id: RESOURCE });
    expect(await mn.cdn.send(request!)).toEqual({ taskIds: ['op-2'], attempts: 2 });
    expect(ctx.secrets.has('second-token')).toBe(true);
  });

  it('with a given api-token, a 401 fails clearly and never logs in', async () => {
    nock(BASE)
      .post(`${JOB}/purge`)
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(401, { status: false, message: 'Unauthorized. Missing or invalid access token.' });
    const { ctx, session: mn } = session({
      operation: 'purge',
      resource: RESOURCE,
      urls: '/a',
      'api-key': '',
      'api-secret': '',
      'api-token': TOKEN,
    });
    const [request] = mn.cdn.planPurge(ctx.config.targets, { id: RESOURCE });
    const error = (await mn.cdn.send(request!).catch((caught: unknown) => caught)) as ProviderError;
    expect(error.status).toBe(401);
    expect(error.message).toMatch(
      /^Unauthorized\. Missing or invalid access token\. The 'api-token' input was refused/,
    );
  });
});

describe('Stook credentials', () => {
  const credential = {
    uuid: 'cred-1',
    name: 'deploy',
    is_readonly: true,
    access_key: 'AK1',
    subfolder: 'site/',
    buckets: [
      { uuid: 'b-1', organization_uuid: ORG, name: 'assets', region: 'eu', size: '1 GB', tags: [] },
    ],
  };
  const stook = () => session({ operation: 'list-credentials' }).session.storageCredentials!;
  const bearer = { reqheaders: { authorization: `Bearer ${TOKEN}` } };

  it('lists at GET .../credential and gets one at GET .../credential/{uuid}', async () => {
    expectLogin();
    nock(BASE, bearer)
      .get(`${STOOK}/credential`)
      .reply(200, { status: true, data: [credential] })
      .get(`${STOOK}/credential/cred-1`)
      .reply(200, { status: true, data: credential });
    const credentials = stook();
    const expected = {
      id: 'cred-1',
      name: 'deploy',
      readOnly: true,
      accessKey: 'AK1',
      subfolder: 'site/',
      buckets: [{ id: 'b-1', name: 'assets' }],
    };
    expect(await credentials.list()).toEqual([expected]);
    expect(await credentials.get('cred-1')).toEqual(expected);
  });

  it('creates with POST to the plural .../credentials and registers the secret key', async () => {
    expectLogin();
    nock(BASE, bearer)
      .post(`${STOOK}/credentials`, {
        name: 'new',
        is_readonly: false,
        buckets: ['b-1', 'b-2'],
        subfolder: 'up/',
      })
      .reply(200, {
        status: true,
        data: {
          uuid: 'cred-2',
          name: 'new',
          is_readonly: false,
          buckets: [],
          access_key: 'AK2',
          secret_key: 'SK-2-secret',
        },
      });
    const { ctx, session: mn } = session({ operation: 'list-credentials' });
    const created = await mn.storageCredentials!.create({
      name: 'new',
      readOnly: false,
      buckets: ['b-1', 'b-2'],
      subfolder: 'up/',
    });
    expect(created).toMatchObject({ id: 'cred-2', accessKey: 'AK2', secretKey: 'SK-2-secret' });
    expect(ctx.secrets.has('SK-2-secret')).toBe(true);
  });

  it('creates from the documented answer, without keys, reading the access key back with get', async () => {
    expectLogin();
    nock(BASE, bearer)
      .post(`${STOOK}/credentials`)
      .reply(200, {
        status: true,
        data: { uuid: 'cred-3', name: 'new', is_readonly: false, buckets: [{ uuid: 'b-1' }] },
      })
      .get(`${STOOK}/credential/cred-3`)
      .reply(200, { status: true, data: { ...credential, uuid: 'cred-3', access_key: 'AK3' } });
    const created = await stook().create({ name: 'new', readOnly: false, buckets: ['b-1'] });
    expect(created).toMatchObject({ id: 'cred-3', accessKey: 'AK3' });
    expect(created.secretKey).toBeUndefined();
  });

  it('falls back once to /api/api/v2/stook when the first Stook call answers 404, and keeps it', async () => {
    expectLogin();
    const doubled = `/api/api/v2/stook/${ORG}`;
    nock(BASE, bearer)
      .get(`${STOOK}/credential`)
      .once()
      .reply(404, { message: 'Not Found' })
      .get(`${doubled}/credential`)
      .twice()
      .reply(200, { status: true, data: [credential] });
    const { ctx, session: mn } = session({ operation: 'list-credentials' });
    expect(await mn.storageCredentials!.list()).toHaveLength(1);
    expect(await mn.storageCredentials!.list()).toHaveLength(1);
    expect(ctx.lines).toContain(
      `debug: medianova: Stook answered 404 under /api/v2/stook and answered under /api/api/v2/stook; using /api/api/v2/stook for the rest of this run`,
    );
  });

  it('keeps the documented prefix once it answered, even with a 404 later', async () => {
    expectLogin();
    nock(BASE, bearer)
      .get(`${STOOK}/credential`)
      .reply(200, { status: true, data: [] })
      .get(`${STOOK}/credential/nope`)
      .reply(404, { status: false, message: 'Credential not found.' });
    const { ctx, session: mn } = session({ operation: 'list-credentials' });
    await mn.storageCredentials!.list();
    await expect(mn.storageCredentials!.get('nope')).rejects.toThrow('Credential not found.');
    expect(ctx.lines).toContain('debug: medianova: Stook answers under /api/v2/stook');
  });

  it('reports the first 404 when neither prefix knows the call', async () => {
    expectLogin();
    nock(BASE, bearer)
      .get(`${STOOK}/credential/nope`)
      .reply(404, { status: false, message: 'Credential not found.' })
      .get(`/api/api/v2/stook/${ORG}/credential/nope`)
      .reply(404, { message: 'Not Found' });
    await expect(stook().get('nope')).rejects.toThrow('Credential not found.');
  });

  it('never retries a create that failed on the server (no duplicate credential)', async () => {
    expectLogin();
    nock(BASE, bearer).post(`${STOOK}/credentials`).reply(503, { status: false, message: 'down' });
    const ctx = contextFor({
      provider: 'medianova',
      operation: 'list-credentials',
      'api-key': 'key-1',
      'api-secret': 'secret-1',
      organization: ORG,
      'max-retries': '4',
    });
    const create = createMedianovaProvider(ctx).storageCredentials!.create({
      name: 'n',
      readOnly: false,
      buckets: ['b'],
    });
    await expect(create).rejects.toMatchObject({ status: 503 });
  });

  it('updates with PUT .../credential/{uuid} and deletes with DELETE', async () => {
    expectLogin();
    nock(BASE, bearer)
      .put(`${STOOK}/credential/cred-1`, {
        name: 'n',
        is_readonly: true,
        buckets: ['b-1'],
        subfolder: '',
      })
      .reply(200, {
        status: true,
        data: { uuid: 'cred-1', name: 'n', is_readonly: true, buckets: ['b-1'], subfolder: '' },
      })
      .delete(`${STOOK}/credential/cred-1`)
      .reply(200, { status: true, message: 'Credential successfully deleted.' });
    const credentials = stook();
    expect(
      await credentials.update('cred-1', {
        name: 'n',
        readOnly: true,
        buckets: ['b-1'],
        subfolder: '',
      }),
    ).toMatchObject({ id: 'cred-1', buckets: [{ id: 'b-1' }] });
    expect(await credentials.delete('cred-1')).toBe('Credential successfully deleted.');
  });

  it('an unknown uuid is a ProviderError carrying the 404 message', async () => {
    expectLogin();
    nock(BASE, bearer)
      .get(`${STOOK}/credential/nope`)
      .reply(404, { status: false, message: 'Credential not found.' });
    await expect(stook().get('nope')).rejects.toMatchObject({
      status: 404,
      message: 'Credential not found.',
    });
  });
});
