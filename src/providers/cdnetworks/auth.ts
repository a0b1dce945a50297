import { createHash } from 'node:crypto';
import type { Credentials } from '../../config/config.js';
import { InputError } from '../../errors.js';
import type { PreparedRequest } from '../../http/client.js';
import type { SecretRegistry } from '../../secret-registry.js';
import { akskAuthorization, apiKeyAuthorization, rfc1123Date } from './sign.js';

export type RequestSigner = (request: PreparedRequest) => Record<string, string>;

const JSON_CONTENT_TYPE = 'application/json';

/**
 * The per-attempt signer for the configured auth method. Each signature (and
 * the Basic password) is a secret: it is registered before the request leaves.
 */
export function requestSigner(
  credentials: Credentials,
  secrets: SecretRegistry,
  now: () => number,
): RequestSigner {
  const { apiKey, apiSecret, username } = credentials;
  if (apiKey === undefined) throw new InputError('api-key', 'is required for CDNetworks');
  if (credentials.authMethod === 'aksk') {
    if (apiSecret === undefined)
      throw new InputError('api-secret', "is required with auth-method 'aksk'");
    return (request) => {
      const { headers, signature } = akskAuthorization(apiKey, apiSecret, now(), {
        method: request.method,
        url: request.url,
        body: request.body,
        contentType: request.headers['content-type'] ?? JSON_CONTENT_TYPE,
      });
      secrets.add(signature);
      return headers;
    };
  }
  if (username === undefined)
    throw new InputError('username', "is required with auth-method 'api-key'");
  return () => {
    const { headers, password, basicCredential } = apiKeyAuthorization(
      username,
      apiKey,
      rfc1123Date(now()),
    );
    secrets.add(password);
    secrets.add(basicCredential);
    return headers;
  };
}

/**
 * The account the rate limits count against: the access key or the username,
 * hashed so that no credential ends up in a pacing key.
 */
export function accountKey(credentials: Credentials): string {
  const id =
    credentials.authMethod === 'aksk'
      ? `ak:${credentials.apiKey ?? ''}`
      : `user:${credentials.username ?? ''}`;
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}
