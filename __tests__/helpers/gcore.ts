/** Gcore test helpers: a run context on Gcore's fixed clock, fake JWTs. */
import { type TestContext, testContext } from './context.js';

/** 2025-06-01T00:00:00Z: the fixed "now" of unit and nock tests. */
export const NOW = Date.UTC(2025, 5, 1);
export const DAY = 86_400_000;

/** A run context for Gcore from action inputs, on a virtual clock starting at NOW. */
export function gcoreContext(
  inputs: Readonly<Record<string, string>>,
  options: Parameters<typeof testContext>[1] = {},
): TestContext {
  return testContext({ provider: 'gcore', ...inputs }, { now: NOW, ...options });
}

/** An unsigned-looking JWT with `claims` as its payload (cdnkit never checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}
