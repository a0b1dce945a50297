/**
 * CDNetworks request signing, both methods, as pure functions of their inputs
 * (documents.cdnetworks.com authentication pages; the official Go SDK
 * cdnetworks-api/cdnetworks-sdk-go, common/auth/aksk_auth.go): the caller
 * supplies the clock and the exact body bytes.
 */
import { createHash, createHmac } from 'node:crypto';

export const AKSK_ALGORITHM = 'CNC-HMAC-SHA256';
export const SIGNED_HEADERS = 'content-type;host';

/** RFC 1123 date with English names and a literal GMT, as API-Key auth signs it. */
export function rfc1123Date(nowMs: number): string {
  return new Date(nowMs).toUTCString();
}

export interface ApiKeyAuthorization {
  headers: { date: string; authorization: string };
  /** base64(HMAC-SHA1(api-key, date)): a secret, valid for this date */
  password: string;
  /** base64("username:password"): the Basic credential, equally secret */
  basicCredential: string;
}

/** API-Key auth: `Date` plus `Authorization: Basic base64(username:base64(HMAC-SHA1(key, date)))`. */
export function apiKeyAuthorization(
  username: string,
  apiKey: string,
  date: string,
): ApiKeyAuthorization {
  const password = createHmac('sha1', apiKey).update(date, 'utf8').digest('base64');
  const basicCredential = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  return {
    headers: { date, authorization: `Basic ${basicCredential}` },
    password,
    basicCredential,
  };
}

/** What AK/SK signs of a request. */
export interface SignableRequest {
  method: string;
  url: URL;
  /** the exact body sent; undefined for none */
  body: string | undefined;
  contentType: string;
}

/** Lowercase hex SHA-256 of the body bytes; the empty body for GET and for none. */
export function payloadHash(method: string, body: string | undefined): string {
  const bytes = method.toUpperCase() === 'GET' || body === undefined ? '' : body;
  return sha256Hex(bytes);
}

/** Empty for POST; otherwise the raw query percent-decoded, in the order sent. */
export function canonicalQuery(method: string, url: URL): string {
  if (method.toUpperCase() === 'POST') return '';
  const raw = url.search.replace(/^\?/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The canonical request: six lines, the canonical headers ending in their own newline. */
export function canonicalRequest(request: SignableRequest): string {
  const headers =
    `content-type:${request.contentType.trim().toLowerCase()}\n` +
    `host:${request.url.host.toLowerCase()}\n`;
  return [
    request.method.toUpperCase(),
    request.url.pathname,
    canonicalQuery(request.method, request.url),
    headers,
    SIGNED_HEADERS,
    payloadHash(request.method, request.body),
  ].join('\n');
}

export function stringToSign(timestamp: string, canonical: string): string {
  return `${AKSK_ALGORITHM}\n${timestamp}\n${sha256Hex(canonical)}`;
}

export interface AkskAuthorization {
  headers: Record<string, string>;
  /** lowercase hex HMAC-SHA256: a secret, valid for this request and timestamp */
  signature: string;
}

/** AK/SK auth: HMAC-SHA256 with the secret key itself (no derived key chain). */
export function akskAuthorization(
  accessKey: string,
  secretKey: string,
  nowMs: number,
  request: SignableRequest,
): AkskAuthorization {
  const timestamp = String(Math.floor(nowMs / 1000));
  const signature = createHmac('sha256', secretKey)
    .update(stringToSign(timestamp, canonicalRequest(request)), 'utf8')
    .digest('hex');
  return {
    signature,
    headers: {
      'x-cnc-accessKey': accessKey,
      'x-cnc-timestamp': timestamp,
      'x-cnc-auth-method': 'AKSK',
      host: request.url.host,
      'content-type': request.contentType,
      authorization: `${AKSK_ALGORITHM} Credential=${accessKey}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`,
    },
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
