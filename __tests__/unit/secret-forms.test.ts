/**
 * Redaction of every form a secret takes on its way out: raw, URI- and
 * form-encoded (upper and lower hex, `+` for spaces), HTML entities, JSON
 * escapes (`\"`, `\uXXXX` as Python and Go write them), base64 inside a longer
 * encoded value, and white space collapsed by an error excerpt. Each encoder
 * here is written independently of src/secret-forms.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, SecretRegistry } from '../../src/secret-registry.js';

const secret = fc
  .string({ minLength: 3, maxLength: 24, unit: 'grapheme' })
  .filter((s) => !/^\**$/.test(s) && s.trim().length >= 3 && !s.includes(REDACTED));
const noise = fc.string({ maxLength: 20, unit: 'grapheme-ascii' }).map((s) => s.replace(/\*/g, ''));

const ENCODERS: [string, (secret: string) => string][] = [
  ['raw', (s) => s],
  ['URI-encoded', (s) => encodeURIComponent(s)],
  [
    'URI-encoded, lower-case hex',
    (s) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
  ],
  ['form-encoded', (s) => new URLSearchParams({ q: s }).toString().slice(2)],
  [
    'HTML entities',
    (s) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
  ],
  ['JSON string', (s) => JSON.stringify(s).slice(1, -1)],
  [
    'JSON, non-ASCII as \\uXXXX (Python)',
    (s) =>
      JSON.stringify(s)
        .slice(1, -1)
        .replace(/[^\x20-\x7e]/gu, (c) =>
          [...c]
            .flatMap((ch) => {
              const units = [];
              for (let i = 0; i < ch.length; i++) units.push(ch.charCodeAt(i));
              return units;
            })
            .map((u) => `\\u${u.toString(16).padStart(4, '0')}`)
            .join(''),
        ),
  ],
  [
    'JSON, <>& as \\u003c (Go)',
    (s) =>
      JSON.stringify(s)
        .slice(1, -1)
        .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
  ],
  ['white space collapsed', (s) => s.replace(/\s+/g, ' ').trim()],
];

/** Whether `secret` can be read back from a base64 run in `text`, at any alignment. */
function base64Leaks(text: string, secret: string): boolean {
  const target = Buffer.from(secret, 'utf8');
  for (const run of text.match(/[A-Za-z0-9+/_-]{4,}/g) ?? []) {
    const standard = run.replace(/-/g, '+').replace(/_/g, '/');
    for (let skip = 0; skip < 4; skip++) {
      if (Buffer.from(standard.slice(skip), 'base64').includes(target)) return true;
    }
  }
  return false;
}

describe('redaction of every form of a secret', () => {
  it.each(ENCODERS)('%s, inside other text', (_label, encode) => {
    fc.assert(
      fc.property(secret, noise, noise, (value, before, after) => {
        const secrets = new SecretRegistry();
        secrets.add(value);
        const encoded = encode(value);
        const redacted = secrets.redact(`${before}${encoded}${after}`);
        expect(redacted.includes(encoded), redacted).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('base64, at any offset inside a longer encoded value (Basic auth)', () => {
    fc.assert(
      fc.property(
        secret.filter((s) => Buffer.byteLength(s) >= 6),
        fc.string({ maxLength: 5 }),
        fc.string({ maxLength: 5 }),
        (value, before, after) => {
          const secrets = new SecretRegistry();
          secrets.add(value);
          for (const encode of [
            (b: Buffer) => b.toString('base64'),
            (b: Buffer) => b.toString('base64url'),
          ]) {
            const header = `authorization: Basic ${encode(Buffer.from(`${before}${value}${after}`))}`;
            const redacted = secrets.redact(header);
            expect(base64Leaks(redacted, value), redacted).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a secret that looks like JSON syntax cannot break redactJson', () => {
    for (const value of ['","', '":"', 'true', 'null', '123', '{"a"', 'a\\"', '},{']) {
      const secrets = new SecretRegistry();
      secrets.add(value);
      const result = secrets.redactJson({
        verified: true,
        count: 1234,
        list: ['a', 'b', value],
        note: `x${value}y`,
        empty: null,
      });
      const text = JSON.stringify(result);
      expect(() => JSON.parse(text)).not.toThrow();
      const strings: string[] = [];
      JSON.parse(text, (_key, item) => {
        if (typeof item === 'string') strings.push(item);
        return item;
      });
      expect(strings.some((item) => item.includes(value))).toBe(false);
      expect((result as { verified: unknown }).verified).toBe(true);
    }
  });

  it('a key named __proto__ in a result stays a plain key', () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t');
    const result = secrets.redactJson(JSON.parse('{"__proto__": {"polluted": "s3cr3t"}}'));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(JSON.stringify(result)).toBe('{"__proto__":{"polluted":"***"}}');
  });
});
