/**
 * The emulator's CDNetworks module: its own signature verification accepts
 * what src/ signs and rejects anything else, and it enforces CDNetworks' limits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT,
  CdnetworksEmulator,
} from '../../emulator/cdnetworks.js';
import type { EmulatorRequest } from '../../emulator/server.js';
import { akskAuthorization, apiKeyAuthorization } from '../../src/providers/cdnetworks/sign.js';

const BASE = 'http://127.0.0.1:8787/cdnetworks';

// the window and task tests move a fake Date instead of sleeping
afterEach(() => {
  vi.useRealTimers();
});

interface Signing {
  method?: 'GET' | 'POST';
  auth?: 'aksk' | 'api-key';
  secret?: string;
  nowMs?: number;
}

function signed(path: string, json: unknown, signing: Signing = {}): EmulatorRequest {
  const { method = 'POST', auth = 'aksk', nowMs = Date.now() } = signing;
  const url = new URL(BASE + path);
  const body = json === undefined ? '' : JSON.stringify(json);
  const headers =
    auth === 'aksk'
      ? akskAuthorization(ACCOUNT.accessKey, signing.secret ?? ACCOUNT.secretKey, nowMs, {
          method,
          url,
          body: body || undefined,
          contentType: 'application/json',
        }).headers
      : apiKeyAuthorization(
          ACCOUNT.username,
          signing.secret ?? ACCOUNT.apiKey,
          new Date(nowMs).toUTCString(),
        ).headers;
  return {
    method,
    path: url.pathname.slice('/cdnetworks'.length),
    rawPath: url.pathname,
    query: url.searchParams,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
    body,
    json,
  };
}

const PURGE = '/ccm/purge/ItemIdReceiver';
const one = { urls: ['https://cdn.example.com/a.js'], urlAction: 'default' };

describe('CDNetworks emulator: authentication', () => {
  it('accepts both signatures made by src/ and answers with a request id', () => {
    const emulator = new CdnetworksEmulator();
    for (const auth of ['aksk', 'api-key'] as const) {
      const answer = emulator.handle(signed(PURGE, one, { auth }));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ Code: 1, itemId: expect.any(String) });
      expect(answer.headers?.['x-cnc-request-id']).toMatch(/^cnc-\d+$/);
    }
  });

  it('rejects a wrong secret, a tampered body and a skewed clock with 401 {code, message}', () => {
    const emulator = new CdnetworksEmulator();
    const wrong = emulator.handle(signed(PURGE, one, { secret: 'not-the-secret' }));
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'SignatureDoesNotMatch', message: expect.any(String) });
    expect(wrong.headers?.['x-cnc-request-id']).toBeDefined();

    const tampered = signed(PURGE, one);
    tampered.body = tampered.body.replace('a.js', 'b.js');
    expect(emulator.handle(tampered).status).toBe(401);

    const sixMinutesAgo = Date.now() - 6 * 60_000;
    for (const auth of ['aksk', 'api-key'] as const) {
      expect(
        emulator.handle(signed(PURGE, one, { auth, nowMs: sixMinutesAgo })).body,
      ).toMatchObject({
        code: 'RequestTimeTooSkewed',
      });
    }
    const badKey = emulator.handle(signed(PURGE, one, { auth: 'api-key', secret: 'wrong-key' }));
    expect(badKey.status).toBe(401);
    expect(badKey.body).toMatchObject({ code: 'AuthFailure' });
  });

  it('refuses a replayed AK/SK signature by default, and accepts it when told to', () => {
    const request = signed(PURGE, one);
    const emulator = new CdnetworksEmulator();
    expect(emulator.handle(request).status).toBe(200);
    expect(emulator.handle(request)).toMatchObject({ status: 401, body: { code: 'AuthFailure' } });
    // a later timestamp is a new signature
    expect(emulator.handle(signed(PURGE, one, { nowMs: Date.now() + 1000 })).status).toBe(200);
    const lenient = new CdnetworksEmulator({ rejectReplays: false });
    expect(lenient.handle(request).status).toBe(200);
    expect(lenient.handle(request).status).toBe(200);
  });

  it('verifies a GET over its decoded query', () => {
    const emulator = new CdnetworksEmulator();
    const answer = emulator.handle(
      signed('/ccm/purge/quota?x=a%20b', undefined, { method: 'GET' }),
    );
    expect(answer).toMatchObject({ status: 405, body: { code: 'MethodNotAllowed' } });
  });
});

describe('CDNetworks emulator: limits', () => {
  it('refuses more than 500 urls + dirs a purge and 400 URLs a prefetch', () => {
    const emulator = new CdnetworksEmulator({ quota: { remainingUrlQuota: 10_000 } });
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://cdn.example.com/${i}`);
    const tooMany = { urls: urls(450), dirs: Array(51).fill('https://cdn.example.com/d/') };
    expect(emulator.handle(signed(PURGE, tooMany))).toMatchObject({
      status: 400,
      body: { code: 'ParseParameterError' },
    });
    expect(emulator.handle(signed('/ccm/fetch/ItemIdReceiver', { urls: urls(401) })).status).toBe(
      400,
    );
    expect(emulator.handle(signed('/ccm/fetch/ItemIdReceiver', { urls: urls(400) })).status).toBe(
      200,
    );
    expect(
      emulator.handle(signed(PURGE, { dirs: ['https://cdn.example.com/no-slash'] })).status,
    ).toBe(400);
  });

  it('takes dirs only in the documented http:// form unless told otherwise', () => {
    const https = { dirs: ['https://cdn.example.com/d/'] };
    const http = { dirs: ['http://cdn.example.com/d/'] };
    const emulator = new CdnetworksEmulator();
    expect(emulator.handle(signed(PURGE, https)).body).toMatchObject({
      code: 'ParseParameterError',
    });
    expect(emulator.handle(signed(PURGE, http)).body).toMatchObject({ Code: 1 });
    const lenient = new CdnetworksEmulator({ dirSchemes: 'http-or-https' });
    expect(lenient.handle(signed(PURGE, https)).body).toMatchObject({ Code: 1 });
  });

  it('refuses dirAction delete without the permission, with Code 0', () => {
    const body = { dirs: ['http://cdn.example.com/d/'], dirAction: 'delete' };
    expect(new CdnetworksEmulator().handle(signed(PURGE, body))).toMatchObject({
      status: 200,
      body: { Code: 0, Message: expect.stringContaining('permission') },
    });
    const permitted = new CdnetworksEmulator({ dirDeletePermitted: true });
    expect(permitted.handle(signed(PURGE, body)).body).toMatchObject({ Code: 1 });
  });

  it.each([
    ['/ccm/purge/ItemIdReceiver', 10],
    ['/ccm/purge/ItemIdQuery', 10],
    ['/ccm/fetch/ItemIdQuery', 1],
    ['/ccm/purge/quota', 30],
  ])('answers 429 past the per-user limit of %s (%i calls in 5 minutes)', (path, calls) => {
    const emulator = new CdnetworksEmulator({ rejectReplays: false });
    const body = path === PURGE ? one : { itemId: 'x', pageNo: 1, pageSize: 50 };
    const statuses = Array.from(
      { length: calls },
      () => emulator.handle(signed(path, body)).status,
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(emulator.handle(signed(path, body))).toMatchObject({
      status: 429,
      body: { code: 'TooManyRequests' },
    });
  });

  it('answers 446 past 300 calls of the account in 5 minutes, whatever the interface', () => {
    const emulator = new CdnetworksEmulator({ rejectReplays: false });
    const statuses: number[] = [];
    for (let endpoint = 0; endpoint < 11; endpoint++) {
      for (let call = 0; call < 28; call++)
        statuses.push(emulator.handle(signed(`/unknown/${endpoint}`, {})).status);
    }
    expect(statuses.slice(0, 300).every((status) => status === 404)).toBe(true);
    expect(statuses.slice(300).every((status) => status === 446)).toBe(true);
  });

  it('shrinks the windows by scale', () => {
    // a 31 ms window: on the real clock a loaded machine lets it pass mid-loop
    vi.useFakeTimers({ toFake: ['Date'] });
    const emulator = new CdnetworksEmulator({ scale: 0.0001, rejectReplays: false });
    for (let i = 0; i < 30; i++) emulator.handle(signed('/ccm/purge/quota', {}));
    expect(emulator.handle(signed('/ccm/purge/quota', {})).status).toBe(429);
    vi.advanceTimersByTime(40);
    expect(emulator.handle(signed('/ccm/purge/quota', {})).status).toBe(200);
  });
});

describe('CDNetworks emulator: tasks and quota', () => {
  it('moves task entries wait -> run -> success over taskDelayMs, paginated, filtered by status', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const emulator = new CdnetworksEmulator({ taskDelayMs: 400, rejectReplays: false });
    const urls = Array.from({ length: 120 }, (_, i) => `https://cdn.example.com/${i}`);
    const { itemId } = emulator.handle(signed(PURGE, { urls })).body as { itemId: string };
    const page = (pageNo: number) =>
      emulator.handle(signed('/ccm/purge/ItemIdQuery', { itemId, pageNo, pageSize: 50 })).body as {
        count: number;
        resultDetail: { status: string }[];
      };
    expect(page(1).resultDetail[0]!.status).toBe('wait');
    expect(page(3)).toMatchObject({ count: 120 });
    expect(page(3).resultDetail).toHaveLength(20);
    vi.advanceTimersByTime(250);
    expect(page(1).resultDetail[0]!.status).toBe('run');
    vi.advanceTimersByTime(250);
    expect(page(2).resultDetail.every((entry) => entry.status === 'success')).toBe(true);
    const filtered = (status: string) =>
      emulator.handle(signed('/ccm/purge/ItemIdQuery', { itemId, pageNo: 1, pageSize: 1, status }))
        .body as { count: number };
    expect(filtered('success').count).toBe(120);
    expect(filtered('failure').count).toBe(0);
    expect(
      emulator.handle(signed('/ccm/fetch/ItemIdQuery', { itemId, pageNo: 1, pageSize: 50 })).body,
    ).toMatchObject({ count: 0 });
  });

  it('reports a configurable quota, consumes it, and fails a purge beyond it with Code 0', () => {
    const emulator = new CdnetworksEmulator({
      quota: { remainingUrlQuota: 2 },
      rejectReplays: false,
    });
    expect(emulator.handle(signed('/ccm/purge/quota', {})).body).toEqual({
      Code: 1,
      Message: 'success',
      urlQuota: 5000,
      remainingUrlQuota: 2,
      dirQuota: 500,
      remainingDirQuota: 500,
    });
    expect(emulator.handle(signed(PURGE, one)).body).toMatchObject({ Code: 1 });
    expect(emulator.quota.remainingUrlQuota).toBe(1);
    const two = { urls: ['https://cdn.example.com/x', 'https://cdn.example.com/y'] };
    expect(emulator.handle(signed(PURGE, two))).toMatchObject({ status: 200, body: { Code: 0 } });
  });
});
