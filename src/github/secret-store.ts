/**
 * GitHub Actions secrets as a SecretStore: rotations write the new credential
 * here after verifying it and before deleting the old one. Each value is sealed
 * with the scope's public key and PUT; organization secrets keep the visibility
 * and selected repositories they already have.
 */
import type { Config, GithubSecretTarget } from '../config/config.js';
import { ProviderError } from '../errors.js';
import { HttpClient, type HttpRequest } from '../http/client.js';
import { incompleteReason, readPages } from '../http/pages.js';
import { Pacer } from '../http/pacing.js';
import { array, id, number, object, optional, string, word } from '../http/shape.js';
import type { Logger } from '../log.js';
import type { SecretStore, SecretToStore } from '../run-context.js';
import type { SecretRegistry } from '../secret-registry.js';
import { pacingScaleFromEnv, systemTiming, type Timing } from '../timing.js';
import { githubPaths, type SecretScope } from './paths.js';
import { GITHUB_HEADERS, githubProtocol } from './protocol.js';
import { sealSecret } from './seal.js';

export interface GithubSecretStoreOptions {
  logger: Logger;
  secrets: SecretRegistry;
  timing: Timing;
  timeoutMs: number;
  maxRetries: number;
}

export type OrgVisibility = 'all' | 'private' | 'selected';

/** Repositories listed per page when reading a `selected` organization secret (GitHub's maximum). */
const REPOSITORIES_PER_PAGE = 100;
/** Pages of selected repositories read at most: 10,000 repositories. */
const MAX_REPOSITORY_PAGES = 100;

const PUBLIC_KEY = object({ key_id: id, key: string });
const ORG_SECRET = object({ visibility: optional(word(['all', 'private', 'selected'] as const)) });
const SELECTED_REPOSITORIES = object({
  total_count: optional(number),
  repositories: array(object({ id: number })),
});

interface PublicKey {
  keyId: string;
  key: string;
}

export class GithubSecretStore implements SecretStore {
  private readonly scope: SecretScope;

  constructor(
    private readonly target: GithubSecretTarget,
    private readonly options: GithubSecretStoreOptions,
  ) {
    this.scope = scopeOf(target);
  }

  describe(name: string): string {
    const { scope } = this;
    switch (scope.kind) {
      case 'repository':
        return `repository secret ${name} of ${scope.repository}`;
      case 'environment':
        return `environment secret ${name} of ${scope.repository} (environment ${scope.environment})`;
      case 'organization':
        return `organization secret ${name} of ${scope.org}`;
    }
  }

  /** Seals and writes every secret; a failure says which were already written. */
  async store(secrets: readonly SecretToStore[]): Promise<void> {
    for (const secret of secrets) {
      this.options.secrets.add(secret.value);
      if (secret.value === '') {
        throw new Error(`Refusing to store an empty value in ${this.describe(secret.name)}`);
      }
    }
    if (secrets.length === 0) return;
    const http = this.client();
    const stored: string[] = [];
    try {
      const key = await this.publicKey(http);
      for (const secret of secrets) {
        await this.put(http, key, secret);
        stored.push(this.describe(secret.name));
        this.options.logger.info(`Wrote ${this.describe(secret.name)}`);
      }
    } catch (error) {
      throw this.explain(error, stored);
    } finally {
      http.dispose();
    }
  }

  private client(): HttpClient {
    const { logger, secrets, timing, timeoutMs, maxRetries } = this.options;
    return new HttpClient({
      protocol: githubProtocol,
      baseUrl: this.target.apiUrl,
      timeoutMs,
      maxRetries,
      timing,
      pacer: new Pacer(timing),
      logger,
      secrets,
    });
  }

  private request<T>(
    http: HttpClient,
    request: Omit<HttpRequest<T>, 'headers' | 'authorize'>,
  ): Promise<{ status: number; body: T }> {
    const token = this.target.token;
    return http.request<T>({
      ...request,
      headers: { ...GITHUB_HEADERS },
      authorize: () => ({ authorization: `Bearer ${token}` }),
    });
  }

  private async publicKey(http: HttpClient): Promise<PublicKey> {
    const path = githubPaths.publicKey(this.scope);
    const { body } = await this.request(http, { method: 'GET', path, shape: PUBLIC_KEY });
    return { keyId: body.key_id, key: body.key };
  }

  private async put(http: HttpClient, key: PublicKey, secret: SecretToStore): Promise<void> {
    let encrypted: string;
    try {
      encrypted = await sealSecret(secret.value, key.key);
    } catch (error) {
      throw new ProviderError('github', `cannot encrypt: ${(error as Error).message}`, {
        action: `GET ${githubPaths.publicKey(this.scope)}`,
      });
    }
    const body: Record<string, unknown> = { encrypted_value: encrypted, key_id: key.keyId };
    if (this.scope.kind === 'organization') {
      Object.assign(body, await this.orgAccess(http, this.scope.org, secret.name));
    }
    const path = githubPaths.secret(this.scope, secret.name);
    const { status } = await this.request(http, { method: 'PUT', path, body });
    if (status !== 201 && status !== 204) {
      throw new ProviderError('github', `unexpected answer ${status}; expected 201 or 204`, {
        status,
        action: `PUT ${path}`,
      });
    }
  }

  /** The visibility (and selected repositories) to keep; `private` for a new secret. */
  private async orgAccess(
    http: HttpClient,
    org: string,
    name: string,
  ): Promise<{ visibility: OrgVisibility; selected_repository_ids?: number[] }> {
    let visibility: OrgVisibility;
    try {
      const { body } = await this.request(http, {
        method: 'GET',
        path: githubPaths.secret(this.scope, name),
        shape: ORG_SECRET,
      });
      visibility = body.visibility ?? 'private';
    } catch (error) {
      if (error instanceof ProviderError && error.status === 404) return { visibility: 'private' };
      throw error;
    }
    if (visibility !== 'selected') return { visibility };
    return {
      visibility,
      selected_repository_ids: await this.selectedRepositories(http, org, name),
    };
  }

  /**
   * Every repository a `selected` secret is visible to. The PUT replaces the
   * list, so a list read only in part (a page count that never ends, pages that
   * repeat) is refused rather than written: it would hide the secret from the rest.
   */
  private async selectedRepositories(
    http: HttpClient,
    org: string,
    name: string,
  ): Promise<number[]> {
    const path = githubPaths.selectedRepositories(org, name);
    const list = await readPages(
      async (page) => {
        const { body } = await this.request(http, {
          method: 'GET',
          path,
          query: { per_page: REPOSITORIES_PER_PAGE, page },
          shape: SELECTED_REPOSITORIES,
        });
        return {
          items: body.repositories.map((repository) => repository.id),
          total: body.total_count,
        };
      },
      String,
      {
        maxPages: MAX_REPOSITORY_PAGES,
        maxItems: MAX_REPOSITORY_PAGES * REPOSITORIES_PER_PAGE,
        pageSize: REPOSITORIES_PER_PAGE,
      },
    );
    if (!list.complete) {
      throw new ProviderError(
        'github',
        `the repositories secret ${name} is visible to could not be read to the end (${incompleteReason(list)}); the secret was not written, as that would hide it from the rest`,
        { action: `GET ${path}` },
      );
    }
    return list.items;
  }

  /** Adds what the token needs on 401/403/404, and which secrets were already written. */
  private explain(error: unknown, stored: readonly string[]): unknown {
    if (!(error instanceof ProviderError)) return error;
    const notes: string[] = [];
    if ([401, 403, 404].includes(error.status ?? 0)) notes.push(permissionHint(this.scope));
    if (stored.length > 0) notes.push(`already stored: ${stored.join(', ')}`);
    if (notes.length === 0) return error;
    return new ProviderError('github', `${error.message}. ${notes.join('; ')}`, error.details);
  }
}

function scopeOf(target: GithubSecretTarget): SecretScope {
  if (target.org) return { kind: 'organization', org: target.org };
  const repository = target.repository ?? '';
  if (target.environment)
    return { kind: 'environment', repository, environment: target.environment };
  return { kind: 'repository', repository };
}

/** What github-token must be allowed to do for this scope. */
export function permissionHint(scope: SecretScope): string {
  switch (scope.kind) {
    case 'repository':
      return `github-token needs the repository permission "Secrets: read and write" on ${scope.repository} (the default GITHUB_TOKEN cannot write secrets)`;
    case 'environment':
      return `github-token needs the repository permission "Environments: read and write" on ${scope.repository}, and the environment '${scope.environment}' must exist`;
    case 'organization':
      return `github-token needs the organization permission "Secrets: read and write" on ${scope.org} (an organization admin's token)`;
  }
}

/**
 * The store the inputs ask for (`secret-name`), or undefined. It has its own
 * clock and pacer: GitHub's limits have nothing to do with the CDN's.
 */
export function githubSecretStore(
  config: Config,
  logger: Logger,
  secrets: SecretRegistry,
  env: Readonly<Record<string, string | undefined>>,
): SecretStore | undefined {
  if (!config.githubSecret) return undefined;
  return new GithubSecretStore(config.githubSecret, {
    logger,
    secrets,
    timing: systemTiming(pacingScaleFromEnv(env)),
    timeoutMs: config.timeoutSeconds * 1000,
    maxRetries: config.maxRetries,
  });
}
