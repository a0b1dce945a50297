import { createHash } from 'node:crypto';
import type { Credentials } from '../../config/config.js';
import { InputError } from '../../errors.js';
import type { PreparedRequest } from '../../http/client.js';
import type { SecretRegistry } from '../../secret-registry.js';
import { akskAuthorization, apiKeyAuthorization, rfc1123Date } from './sign.js';

export interface RequestSigner {
  /** the auth headers of one attempt, signed at `request.signedAt` */
  readonly authorize: (request: PreparedRequest) => Record<string, string>;
  /**
   * AK/SK timestamps are whole seconds, and CDNetworks refuses a signature with
   * an `x-cnc-timestamp` it has seen within 5 minutes: a retry is signed in a later second.
   */
  readonly tickMs?: number;
}

const JSON_CONTENT_TYPE = 'application/json';

/**
 * The per-attempt signer for the configured auth method. Each signature (and
 * the Basic password) is a secret good for one request: it is registered
 * (addOneTime) before the request leaves.
 */
export function requestSigner(credentials: Credentials, secrets: SecretRegistry): RequestSigner {
  const { apiKey, apiSecret, username } = credentials;
  if (apiKey === undefined) throw new InputError('api-key', 'is required for CDNetworks');
  if (credentials.authMethod === 'aksk') {
    if (apiSecret === undefined)
      throw new InputError('api-secret', "is required with auth-method 'aksk'");
    return {
      authorize: (request) => {
        const { headers, signature } = akskAuthorization(apiKey, apiSecret, request.signedAt, {
          method: request.method,
          url: request.url,
          body: request.body,
          contentType: request.headers['content-type'] ?? JSON_CONTENT_TYPE,
        });
        secrets.addOneTime(signature);
        return headers;
      },
      tickMs: 1000,
    };
  }
  if (username === undefined)
    throw new InputError('username', "is required with auth-method 'api-key'");
  return {
    authorize: (request) => {
      const { headers, password, basicCredential } = apiKeyAuthorization(
        username,
        apiKey,
        rfc1123Date(request.signedAt),
      );
      secrets.addOneTime(password);
      secrets.addOneTime(basicCredential);
      return headers;
    },
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
