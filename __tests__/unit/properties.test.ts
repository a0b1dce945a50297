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
import {
  isNormalised,
  normaliseTarget,
  normaliseWithUrlParser,
  splitTarget,
  targetParts,
} from '../../src/targets/url.js';

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

/** What the URL parser makes of `entry`, or the error it gives. */
function parsed(entry: string): string {
  try {
    return normaliseWithUrlParser(entry, 'urls');
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('the fast path of URL normalisation', () => {
  // pieces that each make the parser change or refuse something, next to ordinary ones
  const hostPiece = fc.constantFrom(
    ...['a', 'z', 'cdn', 'Ex', '0', '9', '-', '.', '..', 'xn--', 'xn--abc', '0x1f', '1.2.3.4', 'é'],
    ...['%41', ':', ':80', ':443', ':8443', '@', 'u:p@', '[::1]', '_', ' ', '\t', '*'],
  );
  const pathPiece = fc.constantFrom(
    ...[
      '/',
      '//',
      'a',
      'Z',
      '0',
      '.',
      '..',
      '%2e',
      '%2E',
      '.%2e',
      '%',
      '%zz',
      '%41',
      '?',
      '??',
      '#',
    ],
    ...["'", '"', '|', '^', '`', '{', '}', '[', ']', '\\', ' ', '\n', '\u0000', '<', '>', 'é'],
    ...[
      'ü',
      '\u{1f600}',
      '~',
      '!',
      '$',
      '&',
      '(',
      ')',
      '*',
      '+',
      ',',
      ';',
      '=',
      ':',
      '@',
      '-',
      '_',
    ],
  );
  const scheme = fc.constantFrom(
    'https://',
    'http://',
    'HTTP://',
    'https:/',
    'ftp://',
    '',
    '/',
    '//',
  );
  const pieces = (piece: fc.Arbitrary<string>, max: number) =>
    fc.array(piece, { maxLength: max }).map((list) => list.join(''));
  const entry = fc
    .tuple(scheme, pieces(hostPiece, 6), pieces(pathPiece, 12))
    .map(([start, host, path]) => `${start}${host}${path}`);
  const plainLabel = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  // punycode labels (some the parser refuses), numbers, a lone hyphen
  const oddLabel = fc.constantFrom('xn--abc', 'xn--ls8h', 'xn--9', 'xn--', 'a1', '0x1f', '1', '-');
  const urlOf = (label: fc.Arbitrary<string>) =>
    fc
      .tuple(
        fc.constantFrom('https://', 'http://'),
        fc.array(label, { minLength: 1, maxLength: 4 }),
        pieces(
          fc.constantFrom('/', 'a', 'b.c', '-', '_', '%20', '~', '?x=1', '&y=2', ':', '@'),
          10,
        ),
      )
      .map(([start, labels, path]) => `${start}${labels.join('.')}/${path}`);
  const plain = urlOf(plainLabel);
  const canonical = urlOf(fc.oneof(plainLabel, oddLabel));

  // canonical URLs with one piece the parser changes slipped in somewhere
  const nearly = fc
    .tuple(
      canonical,
      fc.nat(),
      fc.constantFrom(
        ...['.', '..', '/.', '/..', '%2e', '?', '#', "'"],
        ...['^', '`', '{', '\\', 'A', ':80', '@', '%'],
      ),
    )
    .map(([target, at, piece]) => {
      const cut = 7 + (at % (target.length - 6));
      return `${target.slice(0, cut)}${piece}${target.slice(cut)}`;
    });

  it('keeps an entry unparsed only where the URL parser would keep it as it is', () => {
    fc.assert(
      fc.property(fc.oneof(entry, canonical, nearly), (target) => {
        if (isNormalised(target)) expect(parsed(target)).toBe(target);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads host and path of a normalised target by slicing as the URL parser does', () => {
    const web = fc.webUrl({
      validSchemes: ['http', 'https'],
      withQueryParameters: true,
      withFragments: true,
    });
    const extra = fc.constantFrom(
      'https://[::1]:8443/a?b',
      'http://[2001:db8::1]/x',
      'https://Cdn.Example.com:443/p?',
      'https://1.2.3.4:8080/?q=1?',
      'http://h.example/a?',
      '/bare?x',
    );
    fc.assert(
      fc.property(fc.oneof(entry, canonical, nearly, web, extra), (input) => {
        const target = parsed(input);
        if (target.startsWith('refused: ')) return;
        expect(targetParts(target)).toEqual(splitTarget(target));
      }),
      { numRuns: 10_000 },
    );
  });

  it('takes most of what the parser keeps: it is not a path nobody takes', () => {
    const samples = fc.sample(plain, 2000).filter((target) => parsed(target) === target);
    const fast = samples.filter(isNormalised);
    expect(fast.length / samples.length).toBeGreaterThan(0.95);
    for (const target of [
      'https://cdn.example.com/a/b.js',
      'http://cdn.example.com/x?y=1&z=%20',
      '/images/photo-1.jpg?w=100',
      'https://cdn.example.com/',
    ])
      expect(isNormalised(target), target).toBe(true);
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
