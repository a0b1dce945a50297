import { ProviderError } from '../../errors.js';
import {
  boolean,
  id,
  lenient,
  nullable,
  number,
  object,
  optional,
  type ShapeOf,
  string,
} from '../../http/shape.js';
import type { ApiToken, CreatedToken, NewToken, TokenManager } from '../api-tokens.js';
import { type GcoreApi, listOf } from './api.js';
import { apiKeyHeader, tokenIdOf } from './auth.js';
import { GCORE_PATHS } from './endpoints.js';
import { MAX_TOKENS_PER_ACCOUNT } from './limits.js';
import { resolveRole } from './roles.js';

const ROLE = object({ id: number, name: string });

/** A token as Gcore's IAM API returns it. */
const TOKEN_FIELDS = {
  id,
  name: optional(string),
  description: nullable(string),
  exp_date: nullable(string),
  expired: optional(boolean),
  deleted: optional(boolean),
  created: optional(string),
  last_usage: nullable(string),
  client_user: optional(
    object({ user_name: optional(string), user_email: optional(string), role: optional(ROLE) }),
  ),
};
const TOKEN = object(TOKEN_FIELDS);
type GcoreToken = ShapeOf<typeof TOKEN>;

/**
 * The create answer: the secret `token` must be there (it is registered before
 * the answer is read); the rest only describes the token, so a field that does
 * not fit is dropped rather than losing a token that exists.
 */
const CREATED_TOKEN = object({ ...lenient(TOKEN_FIELDS), token: string });

const CLIENT = object({ id });

/** Gcore permanent API tokens (IAM v2), for the account the credentials belong to. */
export class GcoreTokens implements TokenManager {
  readonly maxTokens = MAX_TOKENS_PER_ACCOUNT;
  readonly inUseTokenId: string | undefined;
  private clientIdLookup: Promise<string> | undefined;

  constructor(
    private readonly api: GcoreApi,
    options: { clientId?: string; apiToken?: string },
  ) {
    if (options.clientId !== undefined) this.clientIdLookup = Promise.resolve(options.clientId);
    this.inUseTokenId = options.apiToken === undefined ? undefined : tokenIdOf(options.apiToken);
  }

  tokenIdOf(secret: string): string | undefined {
    return tokenIdOf(secret);
  }

  resolveRole(input: string) {
    return resolveRole(input);
  }

  /** `client-id`, or the id of the account the credentials belong to. */
  clientId(): Promise<string> {
    this.clientIdLookup ??= this.api.get(GCORE_PATHS.clientsMe, CLIENT).then((me) => me.id);
    return this.clientIdLookup;
  }

  /**
   * No `deleted` filter is sent: the official SDKs define it inverted ("True -
   * API token was not deleted", gcore-go iam/apitoken.go APITokenListParams,
   * gcore-python api_token_list_params.py), so either reading of it could
   * return only deleted tokens. Deleted ones are dropped here instead.
   */
  async list(): Promise<ApiToken[]> {
    const path = GCORE_PATHS.tokens(await this.clientId());
    const tokens = await this.api.get(path, listOf(TOKEN));
    return tokens.filter((token) => !token.deleted).map(toApiToken);
  }

  async get(id: string): Promise<ApiToken> {
    return toApiToken(await this.api.get(GCORE_PATHS.token(await this.clientId(), id), TOKEN));
  }

  /** Creates with v2 only; the secret is registered the instant the answer is read. */
  async create(token: NewToken): Promise<CreatedToken> {
    const path = GCORE_PATHS.tokens(await this.clientId());
    const response = await this.api.request({
      method: 'POST',
      path,
      body: {
        name: token.name,
        ...(token.description ? { description: token.description } : {}),
        exp_date: token.expiresAt === null ? null : rfc3339(token.expiresAt),
        client_user: { role: { id: token.role.id, name: token.role.name } },
      },
      // a create must not run twice: only answers proving it was not processed are retried
      retry: 'throttled-only',
      secretFields: ['token'],
      shape: CREATED_TOKEN,
    });
    const secret = response.body.token;
    if (secret === '') {
      const id = response.body.id;
      throw new ProviderError(
        'gcore',
        `the answer carries no token${id === undefined ? '' : `, although token ${id} may have been created`}`,
        { status: response.status, requestId: response.requestId, action: `POST ${path}` },
      );
    }
    const created = toApiToken({
      ...response.body,
      id: response.body.id ?? tokenIdOf(secret) ?? '',
    });
    return { token: created, secret };
  }

  /** GET /iam/users/me sent with the new token itself, not with the run's credentials. */
  async verify(secret: string): Promise<void> {
    await this.api.http.request({
      method: 'GET',
      path: GCORE_PATHS.usersMe,
      headers: apiKeyHeader(secret),
    });
  }

  /** No answer body is documented (the SDKs accept any type and read none): any 2xx is done. */
  async delete(id: string): Promise<void> {
    await this.api.request({
      method: 'DELETE',
      path: GCORE_PATHS.token(await this.clientId(), id),
      responseBody: 'ignored',
    });
  }
}

function toApiToken(token: GcoreToken): ApiToken {
  const owner = token.client_user?.user_name || token.client_user?.user_email;
  return {
    id: String(token.id),
    name: token.name ?? '',
    ...(token.description ? { description: token.description } : {}),
    ...(token.client_user?.role ? { role: token.client_user.role } : {}),
    expiresAt: isoOrNull(token.exp_date),
    expired: token.expired === true,
    ...(token.created ? { created: token.created } : {}),
    lastUsed: token.last_usage ?? null,
    ...(owner ? { owner } : {}),
  };
}

/** Gcore dates (RFC 3339, sometimes with microseconds) as ISO 8601 UTC; unreadable ones kept. */
function isoOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** RFC 3339 UTC without milliseconds, as Gcore's examples write it. */
function rfc3339(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
