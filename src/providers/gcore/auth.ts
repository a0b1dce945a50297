import { isoDate } from '../../dates.js';
import { ProviderError } from '../../errors.js';
import type { HttpClient } from '../../http/client.js';
import { object, optional, string } from '../../http/shape.js';
import type { Logger } from '../../log.js';
import type { Timing } from '../../timing.js';
import type { LoginResult } from '../provider.js';
import { GCORE_PATHS } from './endpoints.js';
import { jwtExpiryMs } from './jwt.js';

/** Gcore permanent API tokens: `<id>$<secret>` (v1) or `<id>_<secret>` (v2). */
export function tokenIdOf(token: string): string | undefined {
  return /^(\d+)[$_]/.exec(token)?.[1];
}

/** The Authorization header for a permanent API token. */
export function apiKeyHeader(token: string): Record<string, string> {
  return { authorization: `APIKey ${token}` };
}

/** A JWT login or refresh answer; both tokens are registered as secrets before it is read. */
const JWT_PAIR = object({ access: optional(string), refresh: optional(string) });

/** Where the Authorization header of every Gcore request comes from. */
export interface GcoreAuth {
  headers(): Promise<Record<string, string>>;
  /** After a 401: obtains fresh credentials; false when there is nothing to renew. */
  renew(): Promise<boolean>;
}

/** `api-token`: the same header on every request; a 401 is final. */
export class PermanentTokenAuth implements GcoreAuth {
  constructor(private readonly token: string) {}

  async headers(): Promise<Record<string, string>> {
    return apiKeyHeader(this.token);
  }

  async renew(): Promise<boolean> {
    return false;
  }
}

interface JwtSession {
  access: string;
  refresh: string;
  /** the access token's `exp`, epoch ms; undefined when the token carries none */
  expiresAtMs: number | undefined;
}

/**
 * `username` + `password`: logs in on first use, sends `Bearer <access>`, and
 * refreshes the pair when the access token's `exp` has passed or Gcore answers
 * 401. A refused refresh token (it lives 24 h) falls back to a fresh login.
 * Both tokens are registered as secrets the moment they arrive.
 */
export class JwtAuth implements GcoreAuth {
  private session: JwtSession | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly credentials: { username: string; password: string },
    private readonly timing: Timing,
    private readonly logger: Logger,
  ) {}

  async login(): Promise<LoginResult> {
    const { username, password } = this.credentials;
    const session = await this.exchange(GCORE_PATHS.jwtLogin, { username, password });
    return {
      token: session.access,
      expiresAt: session.expiresAtMs === undefined ? undefined : isoDate(session.expiresAtMs),
    };
  }

  async headers(): Promise<Record<string, string>> {
    if (!this.session) await this.login();
    else if (this.expired(this.session)) {
      this.logger.debug('gcore: the JWT access token has expired; refreshing it');
      await this.renew();
    }
    return { authorization: `Bearer ${this.session!.access}` };
  }

  async renew(): Promise<boolean> {
    if (!this.session) {
      await this.login();
      return true;
    }
    try {
      await this.exchange(GCORE_PATHS.jwtRefresh, { refresh: this.session.refresh });
    } catch (error) {
      if (!(error instanceof ProviderError) || (error.status !== 401 && error.status !== 403))
        throw error;
      this.logger.debug('gcore: the JWT refresh token was refused; logging in again');
      await this.login();
    }
    return true;
  }

  private expired(session: JwtSession): boolean {
    return session.expiresAtMs !== undefined && this.timing.now() >= session.expiresAtMs;
  }

  private async exchange(path: string, body: object): Promise<JwtSession> {
    const response = await this.http.request({
      method: 'POST',
      path,
      body,
      secretFields: ['access', 'refresh'],
      shape: JWT_PAIR,
    });
    const { access, refresh } = response.body;
    if (access === undefined || access === '') {
      throw new ProviderError('gcore', 'the answer carries no access token', {
        status: response.status,
        requestId: response.requestId,
        action: `POST ${path}`,
      });
    }
    this.session = {
      access,
      // a refresh answer without a new refresh token keeps the old one
      refresh: refresh || (this.session?.refresh ?? ''),
      expiresAtMs: jwtExpiryMs(access),
    };
    return this.session;
  }
}
