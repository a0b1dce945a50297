/** Pure pieces of Gcore auth: JWT payloads, token ids, role names. */
import { describe, expect, it } from 'vitest';
import { apiKeyHeader, tokenIdOf } from '../../src/providers/gcore/auth.js';
import { decodeJwtPayload, jwtExpiryMs } from '../../src/providers/gcore/jwt.js';
import { GCORE_ROLES, resolveRole } from '../../src/providers/gcore/roles.js';

// header {"alg":"HS256","typ":"JWT"}, payload {"token_type":"access","exp":1748739600,"user_id":501,"client_id":9001}
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwiZXhwIjoxNzQ4NzM5NjAwLCJ1c2VyX2lkIjo1MDEsImNsaWVudF9pZCI6OTAwMX0.c2ln';

describe('JWT payloads', () => {
  it('decodes the base64url payload of a fixed vector', () => {
    expect(decodeJwtPayload(JWT)).toEqual({
      token_type: 'access',
      exp: 1748739600,
      user_id: 501,
      client_id: 9001,
    });
    expect(jwtExpiryMs(JWT)).toBe(Date.parse('2025-06-01T01:00:00Z'));
  });

  it('reads base64url characters (- and _) that plain base64 would not', () => {
    // payload {"exp":1,"n":"??>"} encodes to eyJleHAiOjEsIm4iOiI_Pz4ifQ
    expect(decodeJwtPayload('h.eyJleHAiOjEsIm4iOiI_Pz4ifQ.s')).toEqual({ exp: 1, n: '??>' });
  });

  it.each([
    ['not a JWT', 'opaque-token'],
    ['two parts', 'a.b'],
    ['payload not JSON', 'a.bm90IGpzb24.c'],
    ['payload an array', `a.${Buffer.from('[1]').toString('base64url')}.c`],
    ['empty payload', 'a..c'],
  ])('returns undefined for %s', (_label, token) => {
    expect(decodeJwtPayload(token)).toBeUndefined();
    expect(jwtExpiryMs(token)).toBeUndefined();
  });

  it('has no expiry when exp is missing or not a number', () => {
    const token = (payload: object) =>
      `a.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c`;
    expect(jwtExpiryMs(token({ user_id: 1 }))).toBeUndefined();
    expect(jwtExpiryMs(token({ exp: '1748739600' }))).toBeUndefined();
  });
});

describe('permanent tokens', () => {
  it.each([
    ['7711$abc', '7711'],
    ['8001_9f8e7d', '8001'],
    ['12$a_b', '12'],
    ['abc$def', undefined],
    ['$abc', undefined],
  ])('the id of %s is %s', (token, id) => {
    expect(tokenIdOf(token)).toBe(id);
  });

  it('is sent as Authorization: APIKey', () => {
    expect(apiKeyHeader('7711$abc')).toEqual({ authorization: 'APIKey 7711$abc' });
  });
});

describe('roles', () => {
  it.each([
    ['1', 'Administrators'],
    ['Administrators', 'Administrators'],
    ['engineers', 'Engineers'],
    ['2', 'Users'],
    ['3009', 'Purge and Prefetch only (API+Web)'],
    ['Purge and Prefetch only (API)', 'Purge and Prefetch only (API)'],
    ['  purge and  prefetch ONLY (api) ', 'Purge and Prefetch only (API)'],
  ])('resolves %s to %s', (input, name) => {
    const role = resolveRole(input);
    expect(role.name).toBe(name);
    expect(GCORE_ROLES).toContainEqual(role);
  });

  it('names every role when the input is none of them', () => {
    expect(() => resolveRole('Owners')).toThrow(
      "Input 'role': 'Owners' is not a Gcore role; use one of: 1 (Administrators), 2 (Users), 5 (Engineers), 3009 (Purge and Prefetch only (API+Web)), 3022 (Purge and Prefetch only (API))",
    );
    expect(() => resolveRole('4')).toThrow(/is not a Gcore role/);
  });
});
