import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/server.js';
import { ProviderError } from '../../src/errors.js';
import { HttpClient, type ProviderProtocol } from '../../src/http/client.js';
import { Pacer, pacedDurationMs } from '../../src/http/pacing.js';
import { backoffDelayMs, parseRetryAfter } from '../../src/http/retry.js';
import { silentLogger } from '../../src/log.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { systemTiming, virtualTiming } from '../../src/timing.js';

const BASE = 'https://api.test.example';

const protocol: ProviderProtocol = {
  provider: 'gcore',
  baseUrl: BASE,
  requestIdHeaders: ['x-cnc-request-id'],
  errorMessage: (body) => ({ message: (body as { message?: string } | undefined)?.message }),
  failureIn: (body) => (body as { status?: unknown } | undefined)?.status === false,
  throttleStatuses: [446],
};

function client(
  options: {
    maxRetries?: number;
    timeoutMs?: number;
    secrets?: SecretRegistry;
    baseUrl?: string;
  } = {},
) {
  const timing = virtualTiming(Date.parse('2026-11-23T10:00:00Z'));
  const http = new HttpClient({
    protocol,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? 1000,
    maxRetries: options.maxRetries ?? 3,
    timing,
    pacer: new Pacer(timing),
    logger: silentLogger,
    secrets: options.secrets ?? new SecretRegistry(),
  });
  return { http, timing };
}

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

describe('HttpClient', () => {
  it('sends JSON once serialised, with accept and content-type, and reads the request id', async () => {
    const scope = nock(BASE, {
      reqheaders: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: 'X y',
      },
    })
      .post('/p', '{"a":"ü"}')
      .reply(201, { ok: true }, { 'x-cnc-request-id': 'rid-1' });
    const { http } = client();
    const response = await http.request({
      method: 'POST',
      path: '/p',
      body: { a: 'ü' },
      authorize: () => ({ authorization: 'X y' }),
    });
    expect(response).toMatchObject({
      status: 201,
      body: { ok: true },
      requestId: 'rid-1',
      attempts: 1,
    });
    expect(http.lastRequestId).toBe('rid-1');
    scope.done();
  });

  it('lets the signer see the exact bytes sent', async () => {
    nock(BASE).post('/s').reply(200, {});
    const seen: (string | undefined)[] = [];
    const { http } = client();
    await http.request({
      method: 'POST',
      path: '/s',
      body: { b: [1, 2] },
      authorize: (prepared) => {
        seen.push(prepared.body);
        return {};
      },
    });
    expect(seen).toEqual(['{"b":[1,2]}']);
  });

  it('retries 503 and 429 with Retry-After, honouring the header', async () => {
    nock(BASE)
      .get('/r')
      .reply(503, { message: 'busy' })
      .get('/r')
      .reply(429, {}, { 'retry-after': '7' })
      .get('/r')
      .reply(200, { fine: 1 });
    const { http, timing } = client();
    const response = await http.request({ method: 'GET', path: '/r' });
    expect(response.attempts).toBe(3);
    expect(timing.slept[1]).toBe(7000);
    expect(timing.slept[0]).toBeLessThan(1000);
  });

  it('retries a provider throttle status', async () => {
    nock(BASE).get('/t').reply(446, { message: 'too frequent' }).get('/t').reply(200, {});
    const { http } = client();
    expect((await http.request({ method: 'GET', path: '/t' })).attempts).toBe(2);
  });

  it('gives up after max-retries with the status, message and request id', async () => {
    nock(BASE)
      .get('/f')
      .times(3)
      .reply(502, { message: 'bad gateway' }, { 'x-cnc-request-id': 'rid-9' });
    const { http } = client({ maxRetries: 2 });
    const error = await http.request({ method: 'GET', path: '/f' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      message: 'bad gateway',
      details: { status: 502, requestId: 'rid-9', attempts: 3, action: 'GET /f' },
    });
  });

  it('does not retry a 400, and reports non-JSON bodies briefly', async () => {
    nock(BASE).get('/bad').reply(400, '<html><body>Bad things</body></html>');
    const { http } = client();
    const error = (await http
      .request({ method: 'GET', path: '/bad' })
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.details).toMatchObject({ status: 400, attempts: 1 });
    expect(error.message).toBe('Bad things');
  });

  it('treats malformed JSON with 200 and a failure flag with 200 as errors, without retrying', async () => {
    nock(BASE)
      .get('/m')
      .reply(200, '{not json')
      .get('/s')
      .reply(200, { status: false, message: 'Resource not found.' });
    const { http } = client();
    await expect(http.request({ method: 'GET', path: '/m' })).rejects.toThrow(/not valid JSON/);
    await expect(http.request({ method: 'GET', path: '/s' })).rejects.toMatchObject({
      message: 'Resource not found.',
      details: { status: 200 },
    });
  });

  it('retries creates only when throttled', async () => {
    nock(BASE).post('/c').reply(500, { message: 'oops' });
    const { http } = client();
    await expect(
      http.request({ method: 'POST', path: '/c', body: {}, retry: 'throttled-only' }),
    ).rejects.toMatchObject({ details: { attempts: 1 } });
    nock(BASE).post('/c').reply(429, {}).post('/c').reply(201, {});
    expect(
      (await http.request({ method: 'POST', path: '/c', body: {}, retry: 'throttled-only' }))
        .attempts,
    ).toBe(2);
  });

  it('takes any 2xx as success, with Accept */*, when the body is documented as absent', async () => {
    nock(BASE, { reqheaders: { accept: '*/*' } })
      .post('/purge')
      .reply(201, 'OK')
      .post('/purge')
      .reply(200, '<html>done</html>')
      .post('/purge')
      .reply(204);
    const { http } = client();
    for (let i = 0; i < 3; i++) {
      const response = await http.request({
        method: 'POST',
        path: '/purge',
        body: { paths: [] },
        responseBody: 'ignored',
      });
      expect(response.body).toBeUndefined();
    }
    // an error answer is still read for its message
    nock(BASE).post('/purge').reply(400, { message: 'paths: This field is required.' });
    await expect(
      http.request({ method: 'POST', path: '/purge', body: {}, responseBody: 'ignored' }),
    ).rejects.toThrow('paths: This field is required.');
  });

  it('signs every retry in a later tick than the attempt before it', async () => {
    nock(BASE).post('/signed').times(2).reply(503, {}).post('/signed').reply(200, {});
    const timing = virtualTiming(Date.parse('2026-11-23T10:00:00.100Z'), () => 0);
    const http = new HttpClient({
      protocol,
      timeoutMs: 1000,
      maxRetries: 3,
      timing,
      pacer: new Pacer(timing),
      logger: silentLogger,
      secrets: new SecretRegistry(),
      // a zero backoff: every retry would otherwise be signed in the same second
      backoff: { baseMs: 0, capMs: 0 },
    });
    const seconds: number[] = [];
    await http.request({
      method: 'POST',
      path: '/signed',
      body: {},
      authorize: (request) => {
        seconds.push(Math.floor(request.signedAt / 1000));
        return {};
      },
      authorizeTickMs: 1000,
    });
    expect(seconds).toHaveLength(3);
    expect(seconds[1]).toBe(seconds[0]! + 1);
    expect(seconds[2]).toBe(seconds[1]! + 1);
  });

  it('signs a repeated identical request in a later tick, a different one at once', async () => {
    nock(BASE).post('/poll').times(3).reply(200, {});
    const { http, timing } = client();
    const signedAt: number[] = [];
    const poll = (itemId: string) =>
      http.request({
        method: 'POST',
        path: '/poll',
        body: { itemId },
        authorize: (request) => {
          signedAt.push(request.signedAt);
          return {};
        },
        authorizeTickMs: 1000,
      });
    await poll('a');
    await poll('b');
    await poll('a');
    expect(Math.floor(signedAt[1]! / 1000)).toBe(Math.floor(signedAt[0]! / 1000));
    expect(Math.floor(signedAt[2]! / 1000)).toBe(Math.floor(signedAt[0]! / 1000) + 1);
    expect(timing.slept).toHaveLength(1);
  });

  it('fails at once, throttled, when a rate-limit window or a retry would open after the deadline', async () => {
    nock(BASE).post('/status').reply(200, {});
    const { http, timing } = client();
    const limits = [{ key: 'one-per-5-min', requests: 1, windowMs: 300_000 }];
    await http.request({ method: 'POST', path: '/status', body: {}, limits });
    const error = await http
      .request({
        method: 'POST',
        path: '/status',
        body: {},
        limits,
        deadline: timing.now() + 60_000,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'the rate limit allows the next POST /status in 300 s, after the deadline',
      details: { throttled: true },
    });
    expect(timing.slept).toEqual([]);

    nock(BASE).post('/busy').reply(429, {}, { 'retry-after': '90' });
    await expect(
      http.request({ method: 'POST', path: '/busy', body: {}, deadline: timing.now() + 60_000 }),
    ).rejects.toMatchObject({ details: { status: 429, attempts: 1 } });
    expect(timing.slept).toEqual([]);
  });

  it('says in the log when it waits for a rate limit', async () => {
    nock(BASE).post('/limited').times(2).reply(201, {});
    const timing = virtualTiming();
    const lines: string[] = [];
    const logger = { ...silentLogger, info: (line: string) => lines.push(line) };
    const http = new HttpClient({
      protocol,
      timeoutMs: 1000,
      maxRetries: 0,
      timing,
      pacer: new Pacer(timing),
      logger,
      secrets: new SecretRegistry(),
    });
    const limits = [{ key: 'one-a-minute', requests: 1, windowMs: 60_000 }];
    await http.request({ method: 'POST', path: '/limited', body: {}, limits });
    await http.request({ method: 'POST', path: '/limited', body: {}, limits });
    expect(lines).toEqual(['gcore: waiting 60 s for the rate limit before POST /limited']);
  });

  it('redacts registered secrets from provider messages', async () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t-value');
    nock(BASE).get('/e').reply(401, { message: 'token s3cr3t-value is invalid' });
    const { http } = client({ secrets });
    await expect(http.request({ method: 'GET', path: '/e' })).rejects.toThrow(
      'token *** is invalid',
    );
  });

  it('adds query parameters and keeps the base path', async () => {
    nock(`${BASE}/prefix`).get('/q').query({ a: '1', b: 'x y' }).reply(200, []);
    const timing = virtualTiming();
    const http = new HttpClient({
      protocol,
      baseUrl: `${BASE}/prefix/`,
      timeoutMs: 1000,
      maxRetries: 0,
      timing,
      pacer: new Pacer(timing),
      logger: silentLogger,
      secrets: new SecretRegistry(),
    });
    expect(
      (await http.request({ method: 'GET', path: '/q', query: { a: 1, b: 'x y', c: undefined } }))
        .body,
    ).toEqual([]);
  });
});

describe('an answer whose body is not read (responseBody: ignored)', () => {
  let server: Server;
  let base = '';
  const sockets: Socket[] = [];
  const closed = (socket: Socket) =>
    new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', resolve)));
  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(201);
        if (req.url === '/empty') res.end();
        else if (req.url === '/short') res.end('{"accepted":true}');
        else if (req.url === '/huge') res.end(Buffer.alloc(1024 * 1024, 'x'));
        // '/stall': the headers and a first byte, then nothing
        else res.write('{');
      });
    });
    server.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    nock.disableNetConnect();
  });
  const loopback = (timeoutMs = 5000) => client({ baseUrl: base, timeoutMs, maxRetries: 0 }).http;
  const post = (http: HttpClient, path: string) =>
    http.request({ method: 'POST', path, body: {}, responseBody: 'ignored' });

  it('keeps the connection for the next request when the body is empty or short', async () => {
    const http = loopback();
    const before = sockets.length;
    for (const path of ['/empty', '/short', '/empty', '/short'])
      expect((await post(http, path)).status).toBe(201);
    expect(sockets.length - before).toBe(1);
    http.dispose();
  });

  it('closes the connection of a body over 64 KiB, and of one that stalls past the timeout', async () => {
    const http = loopback(300);
    const before = sockets.length;
    expect((await post(http, '/huge')).status).toBe(201);
    await closed(sockets[before]!);
    // answered at once, though the body never ends: then cut at the timeout
    expect((await post(http, '/stall')).status).toBe(201);
    expect(sockets).toHaveLength(before + 2);
    await closed(sockets[before + 1]!);
    http.dispose();
  });
});

describe('HttpClient on a real socket', () => {
  const emulator = new Emulator().mount({
    name: 'p',
    handle: () => ({ status: 200, body: { ok: true } }),
  });
  let base = '';
  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    base = `${await emulator.start()}/p`;
  });
  afterAll(async () => {
    await emulator.stop();
    nock.disableNetConnect();
  });
  const loopback = (maxRetries: number, timeoutMs = 1000) =>
    client({ baseUrl: base, timeoutMs, maxRetries }).http;

  it('retries a reset connection', async () => {
    emulator.fault({ path: '/reset', reset: true });
    expect((await loopback(2).request({ method: 'GET', path: '/reset' })).attempts).toBe(2);
  });

  it('settles, and retries, when the connection dies after the headers', async () => {
    emulator.fault({ path: '/cut', cutAfterHeaders: true, passThrough: true });
    expect((await loopback(1).request({ method: 'GET', path: '/cut' })).attempts).toBe(2);
    emulator.fault({ path: '/cut2', cutAfterHeaders: true, passThrough: true });
    await expect(loopback(0).request({ method: 'GET', path: '/cut2' })).rejects.toThrow(
      'the connection closed before the answer was complete',
    );
  });

  it('bounds the whole answer by the timeout: a body dripping a byte at a time is cut off', async () => {
    emulator.fault({ path: '/drip', dripMs: 40, passThrough: true });
    const error = await loopback(0, 200)
      .request({ method: 'GET', path: '/drip' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toBe(
      "the answer did not finish within 0.2 s (input 'timeout')",
    );
    expect((error as ProviderError).details).toMatchObject({ status: 200, retryable: true });
  });

  it('refuses an answer over 8 MiB without retrying, and reads an error page only in part', async () => {
    emulator.fault({ path: '/huge', status: 200, hugeBodyBytes: 20 * 1024 * 1024 });
    const error = await loopback(2)
      .request({ method: 'GET', path: '/huge' })
      .catch((caught: unknown) => caught);
    expect((error as ProviderError).message).toMatch(/larger than 8 MiB/);
    expect((error as ProviderError).details).toMatchObject({ attempts: 1, retryable: false });
    emulator.fault({ path: '/page', status: 500, hugeBodyBytes: 20 * 1024 * 1024 });
    const page = await loopback(0)
      .request({ method: 'GET', path: '/page' })
      .catch((caught: unknown) => caught);
    expect((page as ProviderError).status).toBe(500);
    expect((page as ProviderError).message.length).toBeLessThanOrEqual(201);
  });

  it('answers documented without a body settle on their status and keep the connection for the next request', async () => {
    let connections = 0;
    const server = createServer((_request, response) => {
      response.writeHead(201, { 'content-type': 'text/plain' });
      response.end('accepted, with a body nobody documented');
    }).on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { http } = client({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        maxRetries: 0,
      });
      for (let i = 0; i < 5; i++) {
        const answer = await http.request({
          method: 'POST',
          path: '/purge',
          responseBody: 'ignored',
        });
        expect(answer.status).toBe(201);
        // the drained body frees the socket for keep-alive before the next request
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('times out a slow answer, says which input governs it, and retries', async () => {
    // margins a loaded machine cannot eat: the retry's prompt answer gets 500 ms, the slow one takes 5 s
    emulator.fault({ path: '/slow', delayMs: 5000, passThrough: true });
    await expect(loopback(0, 500).request({ method: 'GET', path: '/slow' })).rejects.toThrow(
      "no answer within 0.5 s (input 'timeout')",
    );
    emulator.fault({ path: '/slow2', delayMs: 5000, passThrough: true });
    expect((await loopback(1, 500).request({ method: 'GET', path: '/slow2' })).attempts).toBe(2);
  });
});

describe('backoff and Retry-After', () => {
  it('full jitter grows exponentially and is capped', () => {
    const policy = { baseMs: 1000, capMs: 8000 };
    expect(
      [0, 1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, policy, () => 0.999)),
    ).toEqual([999, 1998, 3996, 7992, 7992, 7992]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
  it('a floor keeps throttled waits at least one window', () => {
    expect(backoffDelayMs(0, { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 }, () => 0.5)).toBe(
      60_000,
    );
    expect(backoffDelayMs(1, { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 }, () => 0.5)).toBe(
      90_000,
    );
  });
  it('parses seconds and HTTP dates, caps and clamps', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999', now)).toBe(120_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('Pacer', () => {
  const twoPerMinute = { key: 'k', requests: 2, windowMs: 60_000 };

  it('lets N requests through per sliding window and waits for the oldest to leave', async () => {
    const timing = virtualTiming();
    const pacer = new Pacer(timing);
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pacer.acquire([twoPerMinute]);
      starts.push(timing.now());
    }
    expect(starts).toEqual([0, 0, 60_000, 60_000, 120_000]);
  });

  it('obeys every limit a request is under (account and endpoint)', async () => {
    const timing = virtualTiming();
    const pacer = new Pacer(timing);
    const account = { key: 'account', requests: 3, windowMs: 10_000 };
    const endpoint = { key: 'endpoint', requests: 1, windowMs: 1_000 };
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pacer.acquire([account, endpoint]);
      starts.push(timing.now());
    }
    expect(starts).toEqual([0, 1000, 2000, 10_000]);
  });

  it('counts a request when its answer arrives, so latency never eats into the window', async () => {
    const timing = virtualTiming();
    const pacer = new Pacer(timing);
    const oneAMinute = { key: 'slow', requests: 1, windowMs: 60_000 };
    const settle = await pacer.acquire([oneAMinute]);
    await timing.sleep(5_000); // the answer takes 5 s
    settle();
    await pacer.acquire([oneAMinute]);
    expect(timing.now()).toBe(65_000);
  });

  it('scales windows for test runs', async () => {
    const timing = { ...virtualTiming(), scale: 0.001 };
    const pacer = new Pacer(timing);
    for (let i = 0; i < 3; i++) await pacer.acquire([twoPerMinute]);
    expect(timing.now()).toBe(60);
  });

  it('keeps time finer than a millisecond when windows are scaled below one', () => {
    // Date.now() would hold every request of a millisecond in a 61 µs window (2 a ms at Gcore)
    const readings = Array.from({ length: 50 }, () => systemTiming(0.000001).now());
    expect(readings.some((ms) => !Number.isInteger(ms))).toBe(true);
    expect(Math.abs(readings[0]! - Date.now())).toBeLessThan(1000);
    expect(Number.isInteger(systemTiming(1).now())).toBe(true);
  });

  it('predicts the paced duration of a plan', () => {
    expect(pacedDurationMs(Array.from({ length: 3 }, () => ({ limits: [twoPerMinute] })))).toBe(
      60_000,
    );
    expect(pacedDurationMs(Array.from({ length: 100 }, () => ({ limits: [twoPerMinute] })))).toBe(
      49 * 60_000,
    );
    expect(pacedDurationMs([{ limits: [] }, { limits: [] }])).toBe(0);
  });
});
