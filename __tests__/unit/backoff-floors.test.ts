/**
 * Throttle backoff floors through the HTTP client and each provider's own
 * protocol, at both ends of the random draw: a fixed random() of 0.5 lands in
 * the middle of every range and hides a missing floor.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, type ProviderProtocol } from '../../src/http/client.js';
import { Pacer } from '../../src/http/pacing.js';
import { parseRetryAfter } from '../../src/http/retry.js';
import { silentLogger } from '../../src/log.js';
import { cdnetworksProtocol } from '../../src/providers/cdnetworks/protocol.js';
import { gcoreProtocol } from '../../src/providers/gcore/protocol.js';
import { medianovaProtocol } from '../../src/providers/medianova/protocol.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { virtualTiming } from '../../src/timing.js';

const BASE = 'https://api.backoff.example';
/** as close to 1 as a draw gets in practice */
const HIGH = 0.999_999;

/** The waits before the two retries of a call answered `status` twice, then 200. */
async function waitsAfter(
  protocol: ProviderProtocol,
  status: number,
  random: number,
): Promise<number[]> {
  nock(BASE).get('/t').times(2).reply(status, {}).get('/t').reply(200, {});
  const timing = virtualTiming(0, () => random);
  const http = new HttpClient({
    protocol,
    baseUrl: BASE,
    timeoutMs: 1000,
    maxRetries: 2,
    timing,
    pacer: new Pacer(timing),
    logger: silentLogger,
    secrets: new SecretRegistry(),
  });
  const response = await http.request({ method: 'GET', path: '/t' });
  expect(response.attempts).toBe(3);
  return timing.slept;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('throttle backoff floors', () => {
  it.for([
    // CDNetworks 446 (and 429): at least 20 s, below min(120 s, 40 s * 2^retry)
    ['cdnetworks 446, draw 0', cdnetworksProtocol, 446, 0, [20_000, 20_000]],
    ['cdnetworks 446, draw near 1', cdnetworksProtocol, 446, HIGH, [39_999, 79_999]],
    ['cdnetworks 429, draw 0', cdnetworksProtocol, 429, 0, [20_000, 20_000]],
    // Gcore 429: at least the 60 s window, below min(120 s, 60 s * 2^retry)
    ['gcore 429, draw 0', gcoreProtocol, 429, 0, [60_000, 60_000]],
    ['gcore 429, draw near 1', gcoreProtocol, 429, HIGH, [60_000, 119_999]],
  ] as const)(
    '%s: the waits before two retries',
    async ([, protocol, status, random, expected]) => {
      expect(await waitsAfter(protocol, status, random)).toEqual(expected);
    },
  );

  it.for([
    ['cdnetworks 503', cdnetworksProtocol, 503],
    ['gcore 503', gcoreProtocol, 503],
    ['medianova 429 (no published window)', medianovaProtocol, 429],
  ] as const)('%s: no floor, full jitter from 0', async ([, protocol, status]) => {
    expect(await waitsAfter(protocol, status, 0)).toEqual([0, 0]);
    expect(await waitsAfter(protocol, status, HIGH)).toEqual([999, 1_999]);
  });
});

describe('Retry-After as delta-seconds', () => {
  it('keeps fractional seconds', () => {
    expect(parseRetryAfter('1.5', 0)).toBe(1_500);
    expect(parseRetryAfter('0.25', 0)).toBe(250);
  });
});
