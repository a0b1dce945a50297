/**
 * Limits at their exact edges: the longest URL and CDNetworks directory that
 * are accepted, one character more that is not; per-interface rate limits
 * that interfaces do not share; and the secret-store guard of every operation
 * that creates a secret. Lengths are built from literals, never from the
 * constants under test.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { Pacer } from '../../src/http/pacing.js';
import { runOperation } from '../../src/operations/run.js';
import { createCdnetworksProvider } from '../../src/providers/cdnetworks/provider.js';
import { fullUrl, toDir } from '../../src/providers/cdnetworks/targets.js';
import { createGcoreProvider } from '../../src/providers/gcore/provider.js';
import type { PlannedRequest } from '../../src/providers/provider.js';
import { normaliseTarget } from '../../src/targets/url.js';
import { virtualTiming } from '../../src/timing.js';
import { testContext } from '../helpers/context.js';

/** 'https://cdn.example.com' is 23 characters. */
const ORIGIN = 'https://cdn.example.com';

describe('URL length: 2,000 characters at most', () => {
  it('accepts a full URL of exactly 2,000 characters and refuses 2,001', () => {
    const longest = `${ORIGIN}/${'a'.repeat(1976)}`;
    expect(longest).toHaveLength(2000);
    expect(normaliseTarget(longest, 'urls')).toBe(longest);
    expect(() => normaliseTarget(`${longest}b`, 'urls')).toThrowError(
      /is 2001 characters long; at most 2000 are allowed$/,
    );
  });

  it('accepts a path of exactly 2,000 characters and refuses 2,001', () => {
    const longest = `/${'p'.repeat(1999)}`;
    expect(normaliseTarget(longest, 'urls')).toBe(longest);
    expect(() => normaliseTarget(`${longest}q`, 'urls')).toThrowError(InputError);
  });

  it('CDNetworks: a path that becomes exactly 2,000 characters on its domain is accepted', () => {
    const path = `/${'a'.repeat(1976)}`;
    expect(fullUrl(path, ['cdn.example.com'], 'urls')).toHaveLength(2000);
    expect(() => fullUrl(`${path}b`, ['cdn.example.com'], 'urls')).toThrowError(
      /becomes 2001 characters with its domain; at most 2000 are allowed$/,
    );
  });
});

describe('CDNetworks directory length: 1,000 characters at most', () => {
  it('accepts a directory URL of exactly 1,000 characters and refuses 1,001', () => {
    // dirs are sent in the documented http://domain/…/ form (22 characters of origin)
    const prefix = `/${'d'.repeat(976)}/`;
    expect(toDir(prefix, ['cdn.example.com'])).toBe(`http://cdn.example.com${prefix}`);
    expect(toDir(prefix, ['cdn.example.com'])).toHaveLength(1000);
    expect(toDir(`${prefix}*`, ['cdn.example.com'])).toHaveLength(1000);
    expect(() => toDir(`/${'d'.repeat(977)}/`, ['cdn.example.com'])).toThrowError(
      /is 1001 characters as a directory URL; at most 1000 are allowed$/,
    );
  });
});

/**
 * Sends `first` until its limits make it wait, then asks whether `second`
 * may start at once. Counts come from the limits themselves, whatever they are.
 */
function waitsAfterSpending(first: PlannedRequest, second: PlannedRequest) {
  const timing = virtualTiming();
  const pacer = new Pacer(timing);
  let sent = 0;
  while (pacer.earliestStart(first.limits, timing.now()) === timing.now()) {
    pacer.record(first.limits, timing.now());
    if (++sent > 10_000) throw new Error(`${first.path} has no limit`);
  }
  return {
    sent,
    firstWaits: pacer.earliestStart(first.limits, timing.now()) > timing.now(),
    secondWaits: pacer.earliestStart(second.limits, timing.now()) > timing.now(),
  };
}

describe('per-interface rate limits are not shared between interfaces', () => {
  it('CDNetworks: a spent purge interface does not hold back prefetch', () => {
    const ctx = testContext({
      provider: 'cdnetworks',
      operation: 'purge',
      'api-key': 'AK-limits',
      'api-secret': 'SK-limits',
      urls: `${ORIGIN}/a.js`,
    });
    const { cdn } = createCdnetworksProvider(ctx);
    const resource = cdn.unresolvedResource();
    const [purge] = cdn.planPurge(ctx.config.targets, resource);
    const [prefetch] = cdn.planPrefetch([`${ORIGIN}/a.js`], resource);
    expect(purge!.path).not.toBe(prefetch!.path);
    const spent = waitsAfterSpending(purge!, prefetch!);
    expect(spent.sent).toBeGreaterThan(0);
    expect(spent.firstWaits).toBe(true);
    expect(spent.secondWaits).toBe(false);
    // and the other way round
    expect(waitsAfterSpending(prefetch!, purge!)).toMatchObject({
      firstWaits: true,
      secondWaits: false,
    });
  });

  it('Gcore: URL purges and prefetches of a resource are counted apart', () => {
    const ctx = testContext({
      provider: 'gcore',
      operation: 'purge',
      'api-token': '7711$limits-token',
      resource: '123',
      urls: '/a.js',
    });
    const { cdn } = createGcoreProvider(ctx);
    const resource = { id: '123', cname: 'cdn.example.com', hostnames: ['cdn.example.com'] };
    const [urlPurge] = cdn.planPurge(ctx.config.targets, resource);
    const [prefetch] = cdn.planPrefetch(['/a.js'], resource);
    expect(waitsAfterSpending(urlPurge!, prefetch!)).toMatchObject({
      firstWaits: true,
      secondWaits: false,
    });
    expect(waitsAfterSpending(prefetch!, urlPurge!)).toMatchObject({
      firstWaits: true,
      secondWaits: false,
    });
  });
});

describe('an operation that creates a secret refuses secret-name without a store', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());

  const STORED = { 'secret-name': 'NEW_SECRET', 'github-token': 'ghp_writer-token' };
  const GCORE = { provider: 'gcore', 'api-token': '7711$guard-token' };
  const MEDIANOVA = {
    provider: 'medianova',
    'api-key': 'mn-guard-key',
    'api-secret': 'mn-guard-secret',
    organization: '3f6c2a9e-7b1d-4c58-9e0a-5d2b8f41c7a3',
  };

  it.for([
    ['create-token', { ...GCORE, name: 'ci', role: '3022' }],
    ['rotate-token', { ...GCORE }],
    ['create-credential', { ...MEDIANOVA, name: 'ci' }],
    ['rotate-credential', { ...MEDIANOVA, 'credential-id': 'c-1' }],
  ] as const)('%s: an input error before any request', async ([operation, inputs]) => {
    const attempted: string[] = [];
    const record = (request: Request) => attempted.push(request.url);
    nock.emitter.on('no match', record);
    try {
      const ctx = testContext({ ...inputs, ...STORED, operation });
      const outcome = await runOperation(ctx).catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(InputError);
      expect((outcome as Error).message).toBe(
        "Input 'secret-name': is set, but this run has no GitHub secret store to write the new secret to; remove secret-name and keep the masked output yourself",
      );
      expect(attempted).toEqual([]);
    } finally {
      nock.emitter.removeListener('no match', record);
    }
  });
});
