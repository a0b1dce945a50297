/**
 * Redaction itself: a replacement never lets a secret re-form, and JSON fields
 * named like secrets are hidden whatever their value. Expected values are
 * literals, never computed with the registry under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../../src/secret-registry.js';

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
