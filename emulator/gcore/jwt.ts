/** HS256 JWTs as the Gcore emulator issues them: real-looking, with `exp` claims the client reads. */
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export function signJwt(claims: Record<string, unknown>, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${HEADER}.${payload}.${signature(`${HEADER}.${payload}`, key)}`;
}

/** The claims of a JWT this key signed, or undefined; `exp` is checked by the caller. */
export function verifyJwt(token: string, key: Buffer): Record<string, unknown> | undefined {
  const [header, payload, sig] = token.split('.');
  if (!header || !payload || !sig || token.split('.').length !== 3) return undefined;
  const expected = Buffer.from(signature(`${header}.${payload}`, key));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
}

function signature(input: string, key: Buffer): string {
  return createHmac('sha256', key).update(input).digest('base64url');
}
