/**
 * Gcore IAM as Gcore's documents describe it (API reference, gcore-go iam/,
 * gcore-python resources/iam/): JWT login and refresh, who-am-I endpoints, and permanent API
 * tokens with Gcore's rules: at most 50 an account, a new token's role at most
 * its creator's, administrators see and delete every token and others only
 * their own, expired tokens refused with 401, create on v2 only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';
import { failure, fieldError } from './answers.js';
import { signJwt, verifyJwt } from './jwt.js';

export interface IamRole {
  id: number;
  name: string;
}

/** Gcore's roles, most powerful first: a token's role may not rank above its creator's. */
export const IAM_ROLES: readonly IamRole[] = [
  { id: 1, name: 'Administrators' },
  { id: 5, name: 'Engineers' },
  { id: 2, name: 'Users' },
  { id: 3009, name: 'Purge and Prefetch only (API+Web)' },
  { id: 3022, name: 'Purge and Prefetch only (API)' },
];
const ADMINISTRATORS = IAM_ROLES[0]!;

export interface IamUser {
  id: number;
  name: string;
  email: string;
  password: string;
  role: IamRole;
}

export interface IamToken {
  id: number;
  name: string;
  description: string | null;
  /** ISO 8601, or null for never */
  exp_date: string | null;
  created: string;
  last_usage: string | null;
  deleted: boolean;
  /** the whole token string, `<id>_<secret>` (or `<id>$<secret>` for seeded v1 tokens) */
  token: string;
  userId: number;
  role: IamRole;
}

/** Who a request acts as: a user, with the role of its token (or the user's own, for a JWT). */
interface Principal {
  user: IamUser;
  role: IamRole;
}

export interface IamOptions {
  /** permanent tokens that exist from the start, owned by the administrator */
  apiTokens?: string[];
  /** lifetime of issued access tokens (Gcore: 1 hour) */
  accessLifetimeSeconds?: number;
  /** lifetime of issued refresh tokens (Gcore: 24 hours) */
  refreshLifetimeSeconds?: number;
  /**
   * How the token list reads `deleted`. 'inverted' (default): as the official
   * SDKs define it, "True - API token was not deleted. False - API token was
   * deleted." (gcore-go iam/apitoken.go APITokenListParams, gcore-python
   * types/iam/api_token_list_params.py); 'literal': `deleted=true` means deleted.
   * Without the filter every token is listed, deleted ones with `deleted: true`.
   */
  tokenDeletedFilter?: 'inverted' | 'literal';
}

export const MAX_TOKENS = 50;
const TOKENS_PATH = /^\/iam\/(v2\/)?clients\/(\d+)\/tokens(?:\/(\d+))?$/;

export class GcoreIamEmulator {
  readonly clientId = 9001;
  readonly users: IamUser[] = [
    {
      id: 501,
      name: 'Ada Admin',
      email: 'admin@example.com',
      password: 'correct-horse-battery-staple',
      role: ADMINISTRATORS,
    },
    {
      id: 502,
      name: 'Pat Purger',
      email: 'purger@example.com',
      password: 'purge-only-password',
      role: IAM_ROLES[4]!,
    },
  ];
  readonly tokens: IamToken[] = [];
  /** every JWT pair issued, so tests can prove none leaked */
  readonly issued: { access: string; refresh: string }[] = [];
  /** changeable by tests, so tokens can be made to expire within a run */
  accessLifetimeSeconds: number;
  refreshLifetimeSeconds: number;
  tokenDeletedFilter: 'inverted' | 'literal';
  private readonly signingKey = randomBytes(32);
  private nextTokenId = 8001;
  private reserved: string | undefined;

  constructor(options: IamOptions = {}) {
    this.accessLifetimeSeconds = options.accessLifetimeSeconds ?? 3600;
    this.refreshLifetimeSeconds = options.refreshLifetimeSeconds ?? 86_400;
    this.tokenDeletedFilter = options.tokenDeletedFilter ?? 'inverted';
    for (const token of options.apiTokens ?? ['7711$gcore-test-token-secret']) {
      const id = Number(/^(\d+)[$_]/.exec(token)?.[1]);
      this.tokens.push(this.record(id, token, { name: `seeded ${id}` }));
    }
  }

  /** A token as if made in the portal; returns its record (`token` is the secret string). */
  addToken(options: {
    name?: string;
    userId?: number;
    role?: IamRole;
    expDate?: string | null;
  }): IamToken {
    const secret = this.reserved ?? this.freshToken();
    this.reserved = undefined;
    const token = this.record(Number(secret.split('_')[0]), secret, options);
    this.tokens.push(token);
    return token;
  }

  /** The token string the next created token will have, so a test can watch for leaks of it. */
  nextToken(): string {
    this.reserved ??= this.freshToken();
    return this.reserved;
  }

  private freshToken(): string {
    return `${this.nextTokenId++}_${randomBytes(24).toString('hex')}`;
  }

  /** Login and refresh: the two calls that need no credentials. */
  handlePublic(request: EmulatorRequest): EmulatorResponse | undefined {
    if (request.method !== 'POST') return undefined;
    // seed 001 and gcore.md: JWT login { username, password, one_time_password? }
    if (request.path === '/iam/auth/jwt/login') return this.login(request.json);
    // gcore.md: POST /iam/auth/jwt/refresh { refresh }
    if (request.path === '/iam/auth/jwt/refresh') return this.refresh(request.json);
    return undefined;
  }

  /** `APIKey <token>` or `Bearer <access JWT>`; anything else, expired or unknown is a 401. */
  authenticate(headers: Record<string, string>): Principal | EmulatorResponse {
    const header = headers.authorization ?? '';
    const apiKey = /^apikey\s+(\S+)$/i.exec(header);
    if (apiKey) {
      const token = this.tokens.find((t) => !t.deleted && t.token === apiKey[1]);
      if (!token) return failure(401, 'Invalid authentication credentials');
      if (isPast(token.exp_date)) return failure(401, 'Token is expired');
      const user = this.users.find((u) => u.id === token.userId);
      if (!user) return failure(401, 'Invalid authentication credentials');
      token.last_usage = new Date().toISOString();
      return { user, role: token.role };
    }
    const bearer = /^bearer\s+(\S+)$/i.exec(header);
    if (bearer) {
      const claims = this.validJwt(bearer[1]!, 'access');
      const user = claims && this.users.find((u) => u.id === claims.user_id);
      if (!user) return jwtRefused();
      return { user, role: user.role };
    }
    return failure(401, 'Authentication credentials were not provided.');
  }

  /** Answers an IAM request, or undefined when the path is not an IAM one. */
  handle(request: EmulatorRequest, who: Principal): EmulatorResponse | undefined {
    const { method, path } = request;
    // gcore-go iam/apitoken.go (doc comment: `curl -H "Authorization: APIKey 42_…" …/iam/users/me`)
    if (method === 'GET' && path === '/iam/users/me')
      return { status: 200, body: this.userView(who) };
    // gcore-go iam/iam.go GetAccountOverview
    if (method === 'GET' && path === '/iam/clients/me') {
      return {
        status: 200,
        body: {
          id: this.clientId,
          name: 'Example Ltd',
          currentUser: who.user.id,
          status: 'active',
        },
      };
    }
    const match = TOKENS_PATH.exec(path);
    if (!match) return undefined;
    const [, v2, clientId, tokenId] = match;
    if (Number(clientId) !== this.clientId)
      return failure(403, 'You do not have access to this client.');
    // gcore-go iam/apitoken.go List/New/Get/Delete (v2; list, get and delete "identical to the V1 endpoint")
    if (tokenId === undefined) {
      if (method === 'GET') return this.list(who, request.query);
      if (method === 'POST') {
        return v2
          ? this.create(who, request.json)
          : failure(
              410,
              'Creating tokens with v1 is deprecated: use /iam/v2/clients/{clientId}/tokens',
            );
      }
      return failure(405, `Method "${method}" not allowed.`);
    }
    const token = this.visible(who).find((t) => t.id === Number(tokenId) && !t.deleted);
    if (!token) return failure(404, 'Not found.');
    if (method === 'GET') return { status: 200, body: this.tokenView(token) };
    if (method === 'DELETE') {
      token.deleted = true;
      return { status: 204 };
    }
    return failure(405, `Method "${method}" not allowed.`);
  }

  private login(body: unknown): EmulatorResponse {
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    const user = this.users.find((u) => u.email === username && u.password === password);
    if (!user) return failure(401, 'No active account found with the given credentials');
    return { status: 200, body: this.pair(user) };
  }

  private refresh(body: unknown): EmulatorResponse {
    const { refresh } = (body ?? {}) as { refresh?: unknown };
    const claims = typeof refresh === 'string' ? this.validJwt(refresh, 'refresh') : undefined;
    const user = claims && this.users.find((u) => u.id === claims.user_id);
    if (!user) return jwtRefused();
    return { status: 200, body: this.pair(user) };
  }

  private pair(user: IamUser): { access: string; refresh: string } {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      user_id: user.id,
      user_type: 'common',
      user_groups: [user.role.id],
      client_id: this.clientId,
      email: user.email,
      username: user.email,
      iat: now,
    };
    const sign = (type: string, lifetime: number) =>
      signJwt(
        { token_type: type, exp: now + lifetime, jti: randomUUID(), ...claims },
        this.signingKey,
      );
    const pair = {
      access: sign('access', this.accessLifetimeSeconds),
      refresh: sign('refresh', this.refreshLifetimeSeconds),
    };
    this.issued.push(pair);
    return pair;
  }

  private validJwt(token: string, type: string): { user_id: number } | undefined {
    const claims = verifyJwt(token, this.signingKey);
    if (!claims || claims.token_type !== type || typeof claims.exp !== 'number') return undefined;
    if (claims.exp * 1000 <= Date.now()) return undefined;
    return claims as { user_id: number };
  }

  private list(who: Principal, query: URLSearchParams): EmulatorResponse {
    const filter = query.get('deleted');
    const flag = filter === null ? undefined : filter.toLowerCase() === 'true';
    // 'inverted': deleted=true lists the tokens that were NOT deleted
    const wantDeleted =
      flag === undefined ? undefined : this.tokenDeletedFilter === 'inverted' ? !flag : flag;
    const all = this.visible(who)
      .filter((token) => wantDeleted === undefined || token.deleted === wantDeleted)
      .map((token) => this.tokenView(token));
    const limit = query.get('limit');
    if (limit === null) return { status: 200, body: all };
    const offset = Number(query.get('offset') ?? 0);
    const page = all.slice(offset, offset + Number(limit));
    return { status: 200, body: { count: all.length, next: null, previous: null, results: page } };
  }

  private create(who: Principal, body: unknown): EmulatorResponse {
    const { name, description, exp_date, client_user } = (body ?? {}) as {
      name?: unknown;
      description?: unknown;
      exp_date?: unknown;
      client_user?: { role?: { id?: unknown; name?: unknown } };
    };
    if (typeof name !== 'string' || name.trim() === '')
      return fieldError('name', 'This field is required.');
    if (exp_date !== null && (typeof exp_date !== 'string' || Number.isNaN(Date.parse(exp_date))))
      return fieldError('exp_date', 'Give an RFC 3339 date or null.');
    if (typeof exp_date === 'string' && isPast(exp_date))
      return fieldError('exp_date', 'The expiration date must be in the future.');
    const role = IAM_ROLES.find((r) => r.id === client_user?.role?.id);
    if (!role) return fieldError('client_user', 'Unknown role.');
    if (rank(role) < rank(who.role))
      return failure(403, "A token's role cannot be higher than the role of its creator.");
    if (this.tokens.filter((t) => !t.deleted).length >= MAX_TOKENS)
      return failure(400, `The account already has the maximum of ${MAX_TOKENS} API tokens.`);
    const token = this.addToken({
      name,
      userId: who.user.id,
      role,
      expDate: exp_date,
    });
    if (typeof description === 'string') token.description = description;
    return { status: 201, body: { ...this.tokenView(token), token: token.token } };
  }

  private visible(who: Principal): IamToken[] {
    return who.role.id === ADMINISTRATORS.id
      ? this.tokens
      : this.tokens.filter((token) => token.userId === who.user.id);
  }

  private record(
    id: number,
    token: string,
    options: { name?: string; userId?: number; role?: IamRole; expDate?: string | null },
  ): IamToken {
    return {
      id,
      name: options.name ?? `token ${id}`,
      description: null,
      exp_date: options.expDate ? new Date(options.expDate).toISOString() : null,
      created: new Date().toISOString(),
      last_usage: null,
      deleted: false,
      token,
      userId: options.userId ?? this.users[0]!.id,
      role: options.role ?? ADMINISTRATORS,
    };
  }

  private tokenView(token: IamToken): object {
    const user = this.users.find((u) => u.id === token.userId);
    return {
      id: token.id,
      name: token.name,
      description: token.description,
      // Gcore writes microseconds
      exp_date: token.exp_date === null ? null : token.exp_date.replace(/\.(\d{3})Z$/, '.$1000Z'),
      expired: isPast(token.exp_date),
      deleted: token.deleted,
      created: token.created,
      last_usage: token.last_usage,
      client_user: {
        client_id: this.clientId,
        user_id: token.userId,
        user_name: user?.name,
        user_email: user?.email,
        deleted: false,
        role: token.role,
      },
    };
  }

  private userView(who: Principal): object {
    const { user } = who;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      client: this.clientId,
      groups: [user.role],
      user_type: 'common',
      activated: true,
    };
  }
}

function rank(role: IamRole): number {
  return IAM_ROLES.findIndex((r) => r.id === role.id);
}

function isPast(date: string | null): boolean {
  return date !== null && Date.parse(date) <= Date.now();
}

function jwtRefused(): EmulatorResponse {
  return {
    status: 401,
    body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' },
  };
}
