import type { Credentials } from '../../config/config.js';
import { isoDate } from '../../dates.js';
import { ProviderError } from '../../errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js';
import { object, optional, string, unknown } from '../../http/shape.js';
import type { Logger } from '../../log.js';
import type { LoginResult } from '../provider.js';
import { ENDPOINTS } from './endpoints.js';

/** The login answer; `token` and `session` are registered as secrets before it is read. */
const LOGIN = object({
  token: optional(string),
  session: optional(string),
  expire: optional(unknown),
});

/**
 * `expire` (unix seconds) as ISO 8601 UTC; undefined when it is not a usable
 * number. Past year 9999 (99999999999999 has been seen) it is far future.
 */
export function expiryIso(expire: unknown): string | undefined {
  const seconds = typeof expire === 'string' && /^\d+$/.test(expire) ? Number(expire) : expire;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return isoDate(seconds * 1000)?.replace(/\.\d{3}Z$/, 'Z');
}

export function bearerHeader(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * The session token of one run: logged in once (lazily, on the first call), or
 * given as `api-token`. A call answered 401 logs in again once and is retried
 * once; with a given token there is nothing to log in with, so it fails clearly.
 */
export class MedianovaAuth {
  private token: string | undefined;
  private readonly tokenGiven: boolean;

  constructor(
    private readonly http: HttpClient,
    private readonly credentials: Credentials,
    private readonly logger: Logger,
  ) {
    this.token = credentials.apiToken;
    this.tokenGiven = credentials.apiToken !== undefined;
  }

  /** `POST /api/v1/auth/login/token`; the token is registered as a secret the moment it arrives. */
  async login(): Promise<LoginResult> {
    const { apiKey, apiSecret } = this.credentials;
    if (apiKey === undefined || apiSecret === undefined) {
      throw new Error("Medianova login needs 'api-key' and 'api-secret'");
    }
    const response = await this.http.request({
      method: 'POST',
      path: ENDPOINTS.login,
      body: { api_key: apiKey, api_secret: apiSecret },
      secretFields: ['token', 'session'],
      shape: LOGIN,
    });
    const { token, expire } = response.body;
    if (token === undefined || token === '') {
      throw new ProviderError('medianova', 'the login answer carries no token', {
        status: response.status,
        requestId: response.requestId,
        action: `POST ${ENDPOINTS.login}`,
      });
    }
    this.token = token;
    return { token, expiresAt: expiryIso(expire) };
  }

  /** Sends `request` with `Authorization: Bearer`, logging in first when there is no token yet. */
  async send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    if (this.token === undefined) await this.login();
    try {
      return await this.http.request<T>({ ...request, headers: this.headers(request) });
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 401) throw error;
      if (this.tokenGiven) {
        throw new ProviderError(
          'medianova',
          `${error.message} The 'api-token' input was refused: Medianova tokens expire a few hours after login, and cdnkit cannot log in again without credentials. Run the login step just before this one, or give 'api-key' and 'api-secret' instead of 'api-token'`,
          error.details,
        );
      }
      this.logger.info(
        `medianova: ${error.details.action ?? 'a call'} answered 401; logging in again once`,
      );
      await this.login();
      const retried = await this.http.request<T>({ ...request, headers: this.headers(request) });
      return { ...retried, attempts: retried.attempts + (error.details.attempts ?? 1) };
    }
  }

  private headers(request: HttpRequest<unknown>): Record<string, string> {
    return { ...request.headers, ...bearerHeader(this.token ?? '') };
  }
}
