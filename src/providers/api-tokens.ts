/** Permanent API tokens (Gcore's): what the token operations need from a provider. */

export interface TokenRole {
  readonly id: number;
  readonly name: string;
}

/** A token as cdnkit shows it: never its secret. */
export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly role?: TokenRole;
  /** ISO 8601 UTC; null: never expires */
  readonly expiresAt: string | null;
  /** the provider's own flag; expiry is also judged from `expiresAt` */
  readonly expired: boolean;
  readonly created?: string;
  readonly lastUsed?: string | null;
  /** the user the token acts for */
  readonly owner?: string;
}

export interface NewToken {
  readonly name: string;
  readonly description?: string;
  readonly role: TokenRole;
  /** ISO 8601 UTC, or null for never */
  readonly expiresAt: string | null;
}

export interface CreatedToken {
  readonly token: ApiToken;
  /** the token string, shown once; registered as a secret before it is returned */
  readonly secret: string;
}

export interface TokenManager {
  /** tokens an account may hold */
  readonly maxTokens: number;
  /** id of the permanent token this run authenticates with, if it uses one */
  readonly inUseTokenId: string | undefined;
  /** the id inside a token string, e.g. `123` of `123_abc` */
  tokenIdOf(secret: string): string | undefined;
  /** a `role` input (name or id) as the provider's role; throws InputError */
  resolveRole(input: string): TokenRole;
  /** every token the credentials can see, deleted ones left out */
  list(): Promise<ApiToken[]>;
  get(id: string): Promise<ApiToken>;
  create(token: NewToken): Promise<CreatedToken>;
  /** proves `secret` authenticates, with a call sent with it rather than the run's credentials */
  verify(secret: string): Promise<void>;
  delete(id: string): Promise<void>;
}
