/** Property tests: invariants that must hold for any input, not just the examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT,
  CdnetworksEmulator,
} from '../../emulator/cdnetworks.js';
import type { EmulatorRequest } from '../../emulator/server.js';

import {
  akskAuthorization,
  apiKeyAuthorization,
  rfc1123Date,
} from '../../src/providers/cdnetworks/sign.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { batch, parseList } from '../../src/targets/list.js';
import { normaliseTarget } from '../../src/targets/url.js';

const entry = fc.stringMatching(/^\/[a-z0-9._-]{1,20}$/);

describe('input lists', () => {
  it('parseList keeps every entry once, in first-seen order, whatever the separators', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 50 }),
        fc.array(fc.constantFrom('\n', ',', '\r\n', ' , ', '\n\n# comment\n')),
        (entries, separators) => {
          const text = entries
            .map((e, i) => e + (separators[i % Math.max(1, separators.length)] ?? '\n'))
            .join('');
          expect(parseList(text)).toEqual([...new Set(entries)]);
        },
      ),
    );
  });
});

describe('URL normalisation', () => {
  it('is idempotent for any valid http(s) URL and absolute path', () => {
    const url = fc
      .webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
      .filter((u) => !/[\s@]/.test(u) && u.length < 1500);
    // a path whose dot segments resolve to '//…' reads as a host and is refused (targets.test.ts)
    const path = fc
      .webPath()
      .filter(
        (p) =>
          p.startsWith('/') &&
          !p.startsWith('//') &&
          !new URL(p, 'http://path.invalid').pathname.startsWith('//') &&
          p.length < 1500,
      );
    fc.assert(
      fc.property(fc.oneof(url, path), (target) => {
        // every generated target is valid: a refusal fails the property, it is not skipped
        const once = normaliseTarget(target, 'urls');
        expect(normaliseTarget(once, 'urls')).toBe(once);
        expect(once.length).toBeLessThanOrEqual(2000);
      }),
    );
  });
});

describe('batching', () => {
  it('loses nothing, duplicates nothing, keeps order, and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 3000 }),
        fc.integer({ min: 1, max: 600 }),
        (items, size) => {
          const batches = batch(items, size);
          expect(batches.flat()).toEqual(items);
          for (const chunk of batches) expect(chunk.length).toBeGreaterThan(0);
          for (const chunk of batches) expect(chunk.length).toBeLessThanOrEqual(size);
          expect(batches.length).toBe(Math.ceil(items.length / size));
        },
      ),
    );
  });
});

describe('CDNetworks signatures: signed by src/, verified by the emulator’s own code', () => {
  // a huge window: the property runs must not trip the emulator's pacing
  // the same body may come up twice within a second: the replay check is not under test here
  const emulator = new CdnetworksEmulator({ account: ACCOUNT, scale: 1e-9, rejectReplays: false });
  const verify = (
    headers: Record<string, string>,
    method: string,
    path: string,
    body: string,
  ): number => {
    const url = new URL(`http://127.0.0.1:8787/cdnetworks${path}`);
    const request: EmulatorRequest = {
      method,
      path,
      rawPath: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
      body,
      json: (() => {
        try {
          return JSON.parse(body);
        } catch {
          return undefined;
        }
      })(),
    };
    return emulator.handle(request).status;
  };
  const body = fc
    .dictionary(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map((value) => JSON.stringify(value));

  it('AK/SK: any body verifies, and any change to the body is rejected', () => {
    fc.assert(
      fc.property(body, fc.string({ minLength: 1, maxLength: 5 }), (text, tamper) => {
        const now = Date.now();
        const url = new URL('http://127.0.0.1:8787/cdnetworks/ccm/purge/ItemIdReceiver');
        const { headers } = akskAuthorization(ACCOUNT.accessKey, ACCOUNT.secretKey, now, {
          method: 'POST',
          url,
          body: text,
          contentType: 'application/json',
        });
        expect(verify(headers, 'POST', '/ccm/purge/ItemIdReceiver', text)).not.toBe(401);
        expect(verify(headers, 'POST', '/ccm/purge/ItemIdReceiver', text + tamper)).toBe(401);
      }),
      { numRuns: 60 },
    );
  });

  it('API-Key: the Basic credential verifies for the date it was made for', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (offsetMs) => {
        const date = rfc1123Date(Date.now() + offsetMs);
        const { headers } = apiKeyAuthorization(ACCOUNT.username, ACCOUNT.apiKey, date);
        expect(verify(headers, 'POST', '/ccm/purge/ItemIdReceiver', '{}')).not.toBe(401);
        const wrong = apiKeyAuthorization(ACCOUNT.username, `${ACCOUNT.apiKey}x`, date);
        expect(verify(wrong.headers, 'POST', '/ccm/purge/ItemIdReceiver', '{}')).toBe(401);
      }),
      { numRuns: 40 },
    );
  });
});

describe('redaction', () => {
  const secret = fc
    .string({ minLength: 3, maxLength: 40, unit: 'grapheme-ascii' })
    .filter((s) => !/^\**$/.test(s));

  it('no registered secret survives in an error message that echoes bodies or headers', () => {
    fc.assert(
      fc.property(
        secret,
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (value, before, after) => {
          const secrets = new SecretRegistry();
          secrets.add(value);
          const messages = [
            `${before}${value}${after}`,
            `request body ${JSON.stringify({ api_secret: value, note: before })} failed`,
            `headers: authorization=APIKey ${value}; ${after}`,
            `query ?token=${encodeURIComponent(value)}&x=${after}`,
          ];
          for (const message of messages)
            expect(secrets.redact(message).includes(value)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('redactJson hides secret-named fields and registered values at any depth', () => {
    fc.assert(
      fc.property(secret, fc.jsonValue({ maxDepth: 3 }), (value, noise) => {
        const secrets = new SecretRegistry();
        secrets.add(value);
        const result = secrets.redactJson({
          noise,
          nested: { deeper: [{ secretKey: 'sk-value', echo: `x${value}y` }] },
        });
        const text = JSON.stringify(result);
        expect(text.includes(value)).toBe(false);
        expect(text).toContain('"secretKey":"***"');
      }),
      { numRuns: 200 },
    );
  });
});
