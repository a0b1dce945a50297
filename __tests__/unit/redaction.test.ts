/**
 * Redaction itself: a replacement never lets a secret re-form, and JSON fields
 * named like secrets are hidden whatever their value. Expected values are
 * literals, never computed with the registry under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secretForms } from '../../src/secret-forms.js';
import { REDACTED, SecretRegistry } from '../../src/secret-registry.js';
import { StringSearch } from '../../src/secret-search.js';

function registry(...values: string[]): SecretRegistry {
  const secrets = new SecretRegistry();
  for (const value of values) secrets.add(value);
  return secrets;
}

describe('redaction repeats until no secret is left', () => {
  it('hides a secret that re-forms from the replacement and its neighbours', () => {
    // one pass turns '*abab' into '***ab', which holds '*ab' again
    expect(registry('*ab').redact('*abab')).toBe('*****');
    expect(registry('ab*').redact('abab*')).toBe('*****');
  });

  it('hides a chain that re-forms once per pass, however long', () => {
    const redacted = registry('*ab').redact(`x*${'ab'.repeat(40)}y`);
    expect(redacted).toBe(`x${'*'.repeat(81)}y`);
  });

  it('leaves no registered secret in any text made of secret fragments and asterisks', () => {
    // a small alphabet with '*' makes re-forming secrets common
    const alphabet = fc.constantFrom('*', 'a', 'b');
    const secret = fc
      .array(alphabet, { minLength: 3, maxLength: 5 })
      .map((chars) => chars.join(''))
      .filter((value) => /[^*]/.test(value));
    const text = fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(secret, { minLength: 1, maxLength: 3 }), text, (values, noise) => {
        const secrets = registry(...values);
        // the text certainly holds each secret, next to fragments that may re-form it
        const redacted = secrets.redact(`${noise}${values.join(noise)}${noise}`);
        for (const value of values) expect(redacted).not.toContain(value);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Redaction as it was before the index: every form tried on every text,
 * longest first (ties in the order registered), until nothing changes. The
 * registry must give the same text while trying only the forms it finds.
 */
function redactEveryForm(values: readonly string[], text: string): string {
  const forms = new Set<string>();
  for (const value of values) {
    if (value.length < 3 || /^\**$/.test(value)) continue;
    for (const form of secretForms(value)) forms.add(form);
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  let out = text;
  for (let pass = 0; pass <= text.length; pass++) {
    const before = out;
    for (const form of sorted) out = out.split(form).join(REDACTED);
    if (out === before) break;
  }
  return out;
}

describe('redaction tries only the forms a text holds', () => {
  // few characters, '*' among them, and some a JSON, URI or HTML form escapes: overlaps are common
  const character = fc.constantFrom('*', 'a', 'b', 'c', ' ', '&', '+', '/', '=', 'é', '\n');
  const word = (min: number, max: number) =>
    fc.array(character, { minLength: min, maxLength: max }).map((chars) => chars.join(''));

  it('redacts exactly as trying every form would', () => {
    fc.assert(
      fc.property(
        fc.array(word(3, 8), { minLength: 1, maxLength: 6 }),
        word(0, 80),
        (values, noise) => {
          const secrets = registry(...values);
          const text = `${noise}${values.join(noise.slice(0, 7))}${noise.slice(3)}`;
          expect(secrets.redact(text)).toBe(redactEveryForm(values, text));
          expect(secrets.redact(noise)).toBe(redactEveryForm(values, noise));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with hundreds of secrets (a CDNetworks signature a request), as trying every form would', () => {
    const values = Array.from({ length: 300 }, (_, i) =>
      Buffer.from(`signature-${i}-${'x'.repeat(i % 7)}`).toString('base64'),
    );
    const secrets = registry(...values);
    const texts = [
      `Authorization: ${values[17]} and ${encodeURIComponent(values[250]!)}`,
      `https://cdn.example.com/${values[3]!.slice(0, 10)}/${values[299]}`,
      'nothing secret here',
      '',
      'ab',
    ];
    for (const text of texts) expect(secrets.redact(text)).toBe(redactEveryForm(values, text));
    expect(secrets.redact(texts[0]!)).not.toContain(values[17]);
  });

  it('StringSearch finds every indexed string a text holds, and no other', () => {
    // long strings are probed every few characters; a shorter one added later re-indexes them
    fc.assert(
      fc.property(fc.array(word(1, 14), { maxLength: 30 }), word(0, 120), (values, text) => {
        const search = new StringSearch();
        for (const value of values) search.add(value);
        const expected = [...new Set(values.filter((value) => text.includes(value)))].sort();
        expect([...search.occurringIn(text)].sort()).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('JSON fields named like secrets are hidden in the result', () => {
  it.for([
    ['signature'],
    ['Signature'],
    ['x-cnc-signature'],
    ['authorization'],
    ['Authorization'],
    ['api-key'],
    ['api_key'],
    ['apiKey'],
    ['x-api-key'],
    ['secret_key'],
    ['password'],
    ['refresh_token'],
  ] as const)('%s: its value is replaced by ***', ([field]) => {
    const unregistered = registry();
    expect(unregistered.redactJson({ [field]: 'not-registered-value', kept: 'visible' })).toEqual({
      [field]: '***',
      kept: 'visible',
    });
    expect(unregistered.redactJson({ nested: [{ [field]: 'v4lue' }] })).toEqual({
      nested: [{ [field]: '***' }],
    });
  });

  it.for([
    ['token_id'],
    ['tokenId'],
    ['secretName'],
    ['expires-at'],
    ['accessKey'],
    ['api_key_id'],
  ] as const)('%s: an identifier or date, kept', ([field]) => {
    expect(registry().redactJson({ [field]: 'kept-value' })).toEqual({ [field]: 'kept-value' });
  });
});
