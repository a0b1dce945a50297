/**
 * The HTTP client never follows a redirect: credentials and bodies go only
 * where `api-url` points. A redirect fails the call at once, naming the status
 * and the host it led to, and the redirect's target is never contacted.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { describeFailure } from '../../src/hints.js';
import { HttpClient } from '../../src/http/client.js';
import { Pacer } from '../../src/http/pacing.js';
import { silentLogger } from '../../src/log.js';
import { gcoreProtocol } from '../../src/providers/gcore/protocol.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { virtualTiming } from '../../src/timing.js';

const BASE = 'https://api.redirects.example';

function client(): HttpClient {
  const timing = virtualTiming();
  return new HttpClient({
    protocol: gcoreProtocol,
    baseUrl: BASE,
    timeoutMs: 1000,
    maxRetries: 3,
    timing,
    pacer: new Pacer(timing),
    logger: silentLogger,
    secrets: new SecretRegistry(),
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('redirects are refused', () => {
  it.for([
    [301, 'GET', 'https://elsewhere.example/moved', 'elsewhere.example'],
    [302, 'GET', 'https://elsewhere.example:8443/found?x=1', 'elsewhere.example:8443'],
    [307, 'POST', 'https://collector.example/purge', 'collector.example'],
    [308, 'POST', `${BASE}/v2/purge`, 'api.redirects.example'],
  ] as const)(
    '%i on %s to %s: fails once, naming the status and host',
    async ([status, method, location, host]) => {
      const origin = nock(BASE).intercept('/purge', method).reply(status, '', { location });
      const target = new URL(location);
      const followed = nock(target.origin)
        .intercept(target.pathname, method)
        .query(true)
        .reply(200, { followed: true });

      const error = await client()
        .request({ method, path: '/purge', body: method === 'POST' ? { urls: ['/a'] } : undefined })
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).details).toMatchObject({ status, attempts: 1 });
      expect(describeFailure(error)).toBe(
        `Gcore (${method} /purge): answered a redirect to ${host}, which cdnkit does not follow; status ${status}. use the final https URL in 'api-url'`,
      );
      expect(origin.isDone()).toBe(true);
      expect(followed.isDone(), 'the redirect target was contacted').toBe(false);
    },
  );

  it('names no host when the redirect has no Location', async () => {
    nock(BASE).get('/purge').reply(302, '');
    const error = await client()
      .request({ method: 'GET', path: '/purge' })
      .catch((caught: unknown) => caught);
    expect(describeFailure(error)).toBe(
      "Gcore (GET /purge): answered a redirect, which cdnkit does not follow; status 302. use the final https URL in 'api-url'",
    );
  });
});
