/** What CDNetworks sees on the wire: paths, headers, bodies, signatures, pacing and retries. */
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { purgeOrPrefetch } from '../../src/operations/purge.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import { akskAuthorization } from '../../src/providers/cdnetworks/sign.js';
import { virtualTiming } from '../../src/timing.js';
import { testContext } from '../helpers/context.js';

const API = 'https://api.cdnetworks.com';
const NOW_MS = 1_700_000_000_000;
const AKSK = { provider: 'cdnetworks', 'api-key': 'nock-ak', 'api-secret': 'nock-sk' } as const;
const API_KEY = {
  provider: 'cdnetworks',
  username: 'nock-user',
  'api-key': 'nock-api-key',
} as const;

function session(inputs: Record<string, string>, operation = 'purge') {
  const timing = virtualTiming(NOW_MS);
  const ctx = testContext({ operation, urls: '/x', ...inputs }, { timing });
  return { ctx, timing, ...createCdnetworksProvider(ctx) };
}

type Captured = { headers: Record<string, string>; body: unknown; raw: string };

/** Replies `answer` and keeps what was sent, the body as the exact text received. */
function capture(into: Captured[], answer: object, requestId = 'req-1', status = 200) {
  return async (request: Request) => {
    const raw = await request.text();
    into.push({
      headers: Object.fromEntries(request.headers.entries()),
      body: JSON.parse(raw),
      raw,
    });
    return [status, answer, { 'x-cnc-request-id': requestId }] as const;
  };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('CDNetworks AK/SK requests', () => {
  it('POSTs the purge body with CNC-HMAC-SHA256 headers over the exact bytes sent', async () => {
    const { cdn, http, ctx } = session({
      ...AKSK,
      resource: 'cdn.example.com',
      'purge-action': 'expire',
    });
    const [request] = cdn.planPurge(ctx.config.targets, cdn.unresolvedResource());
    const sent: Captured[] = [];
    nock(API)
      .post('/ccm/purge/ItemIdReceiver')
      .reply(capture(sent, { Code: 1, Message: 'handle success', itemId: 'item-9' }));

    const answer = await cdn.send(request!);
    expect(answer).toEqual({ taskIds: ['item-9'], attempts: 1 });
    expect(http.lastRequestId).toBe('req-1');
    const [{ headers, body, raw }] = sent as [Captured];
    expect(body).toEqual({ urls: ['https://cdn.example.com/x'], urlAction: 'expire' });
    const expected = akskAuthorization('nock-ak', 'nock-sk', NOW_MS, {
      method: 'POST',
      url: new URL(`${API}/ccm/purge/ItemIdReceiver`),
      body: raw,
      contentType: 'application/json',
    });
    expect(headers).toMatchObject({
      'x-cnc-accesskey': 'nock-ak',
      'x-cnc-timestamp': '1700000000',
      'x-cnc-auth-method': 'AKSK',
      'content-type': 'application/json',
      accept: 'application/json',
      host: 'api.cdnetworks.com',
      authorization: `CNC-HMAC-SHA256 Credential=nock-ak, SignedHeaders=content-type;host, Signature=${expected.signature}`,
    });
    expect(ctx.secrets.has(expected.signature)).toBe(true);
  });

  it('reads a finished first page, then counts successes and failures instead of every page', async () => {
    const { cdn } = session(AKSK, 'prefetch');
    const sent: Captured[] = [];
    const entries = (n: number, status: string) =>
      Array.from({ length: n }, (_, i) => ({ url: `https://cdn.example.com/${i}`, status }));
    nock(API)
      .post('/ccm/fetch/ItemIdQuery')
      .reply(capture(sent, { Code: 1, count: 120, resultDetail: entries(50, 'success') }))
      .post('/ccm/fetch/ItemIdQuery')
      .reply(capture(sent, { Code: 1, count: '100', resultDetail: entries(1, 'success') }))
      .post('/ccm/fetch/ItemIdQuery')
      .reply(capture(sent, { Code: '1', count: 0, resultDetail: [] }));

    const [status] = await cdn.taskStatus(['item-1'], cdn.unresolvedResource(), 'prefetch');
    expect(status).toEqual({ id: 'item-1', state: 'pending', detail: '100 of 120 finished' });
    expect(sent.map((s) => s.body)).toEqual([
      { itemId: 'item-1', pageNo: 1, pageSize: 50 },
      { itemId: 'item-1', pageNo: 1, pageSize: 1, status: 'success' },
      { itemId: 'item-1', pageNo: 1, pageSize: 1, status: 'failure' },
    ]);
  });

  it('reads the pages when an answer shows the status filter was ignored', async () => {
    const { cdn } = session(AKSK);
    const sent: Captured[] = [];
    const entries = (n: number, status: string) =>
      Array.from({ length: n }, (_, i) => ({ url: `https://cdn.example.com/${i}`, status }));
    nock(API)
      .post('/ccm/purge/ItemIdQuery')
      .reply(capture(sent, { Code: 1, count: 60, resultDetail: entries(50, 'success') }))
      // asked for successes, answered with a running entry and the full count
      .post('/ccm/purge/ItemIdQuery')
      .reply(capture(sent, { Code: 1, count: 60, resultDetail: entries(1, 'run') }))
      .post('/ccm/purge/ItemIdQuery')
      .reply(capture(sent, { Code: 1, count: 60, resultDetail: entries(10, 'failure') }));
    const [status] = await cdn.taskStatus(['item-2'], cdn.unresolvedResource(), 'purge');
    expect(status).toMatchObject({
      state: 'failed',
      detail: '10 of 60 failed, e.g. https://cdn.example.com/0',
    });
    expect(sent.map((s) => s.body)).toEqual([
      { itemId: 'item-2', pageNo: 1, pageSize: 50 },
      { itemId: 'item-2', pageNo: 1, pageSize: 1, status: 'success' },
      { itemId: 'item-2', pageNo: 2, pageSize: 50 },
    ]);
  });

  it('signs a retry with a later timestamp than the attempt it repeats', async () => {
    const { cdn, ctx } = session({ ...AKSK, resource: 'cdn.example.com' });
    const sent: Captured[] = [];
    nock(API)
      .post('/ccm/purge/ItemIdReceiver')
      .reply(capture(sent, { code: 'ServiceUnavailable', message: 'busy' }, 'r-1', 503))
      .post('/ccm/purge/ItemIdReceiver')
      .reply(capture(sent, { Code: 1, itemId: 'after-retry' }));
    await cdn.send(cdn.planPurge(ctx.config.targets, cdn.unresolvedResource())[0]!);
    const [first, retry] = sent.map((s) => Number(s.headers['x-cnc-timestamp']));
    expect(retry).toBe(first! + 1);
  });
});

describe('CDNetworks API-Key requests', () => {
  it('sends Date and Basic base64(username:base64(HMAC-SHA1(key, date)))', async () => {
    const { cdn, ctx } = session({ ...API_KEY, resource: 'cdn.example.com' });
    const sent: Captured[] = [];
    nock(API)
      .post('/ccm/purge/ItemIdReceiver')
      .reply(capture(sent, { Code: '1', itemId: 'i' }));
    await cdn.send(cdn.planPurge(ctx.config.targets, cdn.unresolvedResource())[0]!);
    // printf '%s' 'Tue, 14 Nov 2023 22:13:20 GMT' | openssl dgst -sha1 -hmac 'nock-api-key' -binary | base64
    //   -> jnc9fHeG9hz736cLXBzxc+CSEgk=;  printf '%s' 'nock-user:jnc9fHeG9hz736cLXBzxc+CSEgk=' | base64
    expect(sent[0]!.headers).toMatchObject({
      date: 'Tue, 14 Nov 2023 22:13:20 GMT',
      authorization: 'Basic bm9jay11c2VyOmpuYzlmSGVHOWh6NzM2Y0xYQnp4YytDU0Vnaz0=',
    });
    expect(sent[0]!.headers['x-cnc-auth-method']).toBeUndefined();
    expect(ctx.secrets.has('jnc9fHeG9hz736cLXBzxc+CSEgk=')).toBe(true);
    expect(ctx.secrets.has('bm9jay11c2VyOmpuYzlmSGVHOWh6NzM2Y0xYQnp4YytDU0Vnaz0=')).toBe(true);
  });
});

describe('CDNetworks answers and retries', () => {
  it('treats a 200 with Code 0 as a failure with its Message and request id', async () => {
    const { cdn, ctx } = session({ ...AKSK, 'max-retries': '0' });
    nock(API)
      .post('/ccm/purge/ItemIdReceiver')
      .reply(
        200,
        { Code: 0, Message: 'url is not under your account' },
        { 'x-cnc-request-id': 'r-0' },
      );
    const request = cdn.planPurge(
      { ...ctx.config.targets, urls: ['https://other.example.com/a'] },
      cdn.unresolvedResource(),
    )[0]!;
    const error = await cdn.send(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      message: 'url is not under your account',
      details: { status: 200, requestId: 'r-0', action: 'POST /ccm/purge/ItemIdReceiver' },
    });
  });

  it('reports a 401 {code, message} with its request id, without retrying', async () => {
    const { cdn, ctx } = session({ ...AKSK, resource: 'cdn.example.com' });
    nock(API).post('/ccm/purge/ItemIdReceiver').reply(
      401,
      { code: 'SignatureDoesNotMatch', message: 'signature mismatch' },
      {
        'x-cnc-request-id': 'r-401',
      },
    );
    const error = await cdn
      .send(cdn.planPurge(ctx.config.targets, cdn.unresolvedResource())[0]!)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'signature mismatch (SignatureDoesNotMatch)',
      details: { status: 401, requestId: 'r-401', attempts: 1 },
    });
  });

  it('backs off tens of seconds after 446 and 429, then succeeds', async () => {
    const { cdn, ctx, timing } = session({ ...AKSK, resource: 'cdn.example.com' });
    nock(API)
      .post('/ccm/purge/ItemIdReceiver')
      .reply(446, { code: 'WPLUS_AccountApiTooFrequence', message: 'too frequent' })
      .post('/ccm/purge/ItemIdReceiver')
      .reply(429, { code: 'TooManyRequests', message: 'slow down' })
      .post('/ccm/purge/ItemIdReceiver')
      .reply(200, { Code: 1, itemId: 'after-throttle' });
    const answer = await cdn.send(cdn.planPurge(ctx.config.targets, cdn.unresolvedResource())[0]!);
    expect(answer).toEqual({ taskIds: ['after-throttle'], attempts: 3 });
    expect(timing.slept).toHaveLength(2);
    expect(timing.slept.every((ms) => ms >= 20_000 && ms <= 120_000)).toBe(true);
  });

  it('paces the 11th purge call until the 5-minute window of the purge interface moves', async () => {
    const urls = Array.from({ length: 11 }, (_, i) => `https://cdn.example.com/${i}`).join('\n');
    const { cdn, ctx, timing } = session({ ...API_KEY, urls });
    nock(API).post('/ccm/purge/ItemIdReceiver').times(11).reply(200, { Code: 1, itemId: 'i' });
    const requests = cdn.planPurge(
      { ...ctx.config.targets, urls: ctx.config.targets.urls.slice(0, 1) },
      cdn.unresolvedResource(),
    );
    for (let i = 0; i < 10; i++) await cdn.send(requests[0]!);
    expect(timing.now()).toBe(NOW_MS);
    await cdn.send(requests[0]!);
    expect(timing.now()).toBe(NOW_MS + 310_000);
  });
});

describe('CDNetworks quota pre-flight', () => {
  it('refuses a purge beyond the remaining quota, naming the numbers, and sends no purge', async () => {
    const urls = Array.from({ length: 600 }, (_, i) => `https://cdn.example.com/${i}`).join('\n');
    const s = session({
      ...AKSK,
      urls,
      prefixes: 'https://cdn.example.com/img/',
      'check-quota': 'true',
      collapse: 'never',
    });
    const sent: Captured[] = [];
    nock(API)
      .post('/ccm/purge/quota')
      .reply(
        capture(
          sent,
          { urlQuota: 5000, remainingUrlQuota: 550, dirQuota: 500, remainingDirQuota: 500 },
          'r-quota',
        ),
      );
    await expect(purgeOrPrefetch('purge', s, s.ctx)).rejects.toThrowError(
      "Input 'collapse': is never, and purging the 600 URLs and 1 prefix exactly (2 requests) needs 600 URLs, more than the 550 the daily quota has left. Nothing was purged: set collapse to auto to purge directories instead; or purge fewer URLs today, or ask the provider to raise the daily quota",
    );
    expect(sent[0]!.headers['x-cnc-auth-method']).toBe('AKSK');
    expect(nock.isDone()).toBe(true);
  });

  it('purges when the quota covers it, and never reads it without check-quota', async () => {
    const s = session({ ...AKSK, urls: 'https://cdn.example.com/a', 'check-quota': 'true' });
    nock(API)
      .post('/ccm/purge/quota')
      .reply(200, { urlQuota: 5000, remainingUrlQuota: 1, dirQuota: 500, remainingDirQuota: 0 })
      .post('/ccm/purge/ItemIdReceiver')
      .reply(200, { Code: 1, itemId: 'fits' });
    const report = await purgeOrPrefetch('purge', s, s.ctx);
    expect(report.outputs['task-ids']).toBe('fits');
    expect(s.ctx.lines).toContain(
      'info: cdnetworks daily quota: 1 of 5000 URLs and 0 of 500 directories remain today; this purge uses 1 and 0',
    );

    const plain = session({ ...AKSK, urls: 'https://cdn.example.com/a' });
    nock(API).post('/ccm/purge/ItemIdReceiver').reply(200, { Code: 1, itemId: 'no-check' });
    expect((await purgeOrPrefetch('purge', plain, plain.ctx)).outputs['task-ids']).toBe('no-check');
  });
});
