/**
 * GitHub Actions secrets as a SecretStore: rotations write the new credential
 * here after verifying it and before deleting the old one. Each value is sealed
 * with the scope's public key and PUT; organization secrets keep the visibility
 * and selected repositories they already have. Requests go through the GitHub
 * client (octokit.ts: retries, GitHub's primary and secondary rate limits),
 * loaded on the first write: a dry run or a run that fails before storing never
 * loads it.
 */
import type { Config, GithubSecretTarget } from '../config/config.js';
import { ProviderError, RefusalError } from '../errors.js';
import { incompleteReason, readPages } from '../http/pages.js';
import {
  array,
  id,
  number,
  object,
  optional,
  readShape,
  type Shape,
  ShapeError,
  string,
  word,
} from '../http/shape.js';
import type { Logger } from '../log.js';
import type { SecretStore, SecretToStore } from '../run-context.js';
import type { SecretRegistry } from '../secret-registry.js';
import { pacingScaleFromEnv } from '../timing.js';
import type { GithubRequest, GithubResponse } from './octokit.js';
import { githubPaths, type SecretScope } from './paths.js';
import { sealSecret } from './seal.js';

export interface GithubSecretStoreOptions {
  logger: Logger;
  secrets: SecretRegistry;
  timeoutMs: number;
  maxRetries: number;
  /** multiplies every retry delay and pause (CDNKIT_PACING_SCALE in tests; 1 in production) */
  scale?: number;
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

/** One write: the client, and the scope every request and error of it is about. */
interface Session {
  send(request: Omit<GithubRequest, 'details'>): Promise<GithubResponse>;
  /** a GET whose answer is read through `shape` */
  read<T>(path: string, shape: Shape<T>, query?: Record<string, number>): Promise<T>;
  /** an error about a request (a GitHub answer cdnkit cannot use) */
  fail(method: string, path: string, message: string, status?: number): ProviderError;
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
        throw new RefusalError(`Refusing to store an empty value in ${this.describe(secret.name)}`);
      }
    }
    if (secrets.length === 0) return;
    const stored: string[] = [];
    try {
      const session = await this.session();
      const key = await this.publicKey(session);
      for (const secret of secrets) {
        await this.put(session, key, secret);
        stored.push(this.describe(secret.name));
        this.options.logger.info(`Wrote ${this.describe(secret.name)}`);
      }
    } catch (error) {
      throw this.explain(error, stored);
    }
  }

  private async session(): Promise<Session> {
    const { createGithubClient, githubAction, githubRequest } = await import('./octokit.js');
    const { logger, timeoutMs, maxRetries, scale } = this.options;
    const client = createGithubClient({
      token: this.target.token,
      apiUrl: this.target.apiUrl,
      timeoutMs,
      maxRetries,
      logger,
      scale,
    });
    const details = { secretScope: this.scope };
    const send: Session['send'] = (request) => githubRequest(client, { ...request, details });
    const fail: Session['fail'] = (method, path, message, status) =>
      new ProviderError('github', message, {
        status,
        action: githubAction(client, method, path),
        ...details,
      });
    return {
      send,
      fail,
      read: async (path, shape, query) => {
        const { data } = await send({ method: 'GET', path, query });
        try {
          return readShape(shape, data);
        } catch (error) {
          if (!(error instanceof ShapeError)) throw error;
          throw fail('GET', path, error.message);
        }
      },
    };
  }

  private async publicKey(session: Session): Promise<PublicKey> {
    const body = await session.read(githubPaths.publicKey(this.scope), PUBLIC_KEY);
    return { keyId: body.key_id, key: body.key };
  }

  private async put(session: Session, key: PublicKey, secret: SecretToStore): Promise<void> {
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
      Object.assign(body, await this.orgAccess(session, this.scope.org, secret.name));
    }
    const path = githubPaths.secret(this.scope, secret.name);
    const { status } = await session.send({ method: 'PUT', path, body });
    if (status !== 201 && status !== 204) {
      throw session.fail('PUT', path, `unexpected answer ${status}; expected 201 or 204`, status);
    }
  }

  /** The visibility (and selected repositories) to keep; `private` for a new secret. */
  private async orgAccess(
    session: Session,
    org: string,
    name: string,
  ): Promise<{ visibility: OrgVisibility; selected_repository_ids?: number[] }> {
    let visibility: OrgVisibility;
    try {
      const body = await session.read(githubPaths.secret(this.scope, name), ORG_SECRET);
      visibility = body.visibility ?? 'private';
    } catch (error) {
      if (error instanceof ProviderError && error.status === 404) return { visibility: 'private' };
      throw error;
    }
    if (visibility !== 'selected') return { visibility };
    return {
      visibility,
      selected_repository_ids: await this.selectedRepositories(session, org, name),
    };
  }

  /**
   * Every repository a `selected` secret is visible to. The PUT replaces the
   * list, so a list read only in part (a page count that never ends, pages that
   * repeat) is refused rather than written: it would hide the secret from the rest.
   */
  private async selectedRepositories(
    session: Session,
    org: string,
    name: string,
  ): Promise<number[]> {
    const path = githubPaths.selectedRepositories(org, name);
    const list = await readPages(
      async (page) => {
        const body = await session.read(path, SELECTED_REPOSITORIES, {
          per_page: REPOSITORIES_PER_PAGE,
          page,
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
      throw session.fail(
        'GET',
        path,
        `the repositories secret ${name} is visible to could not be read to the end (${incompleteReason(list)}); the secret was not written, as that would hide it from the rest`,
      );
    }
    return list.items;
  }

  /** Says which secrets were already written; GitHub's text is redacted as every answer is. */
  private explain(error: unknown, stored: readonly string[]): unknown {
    if (!(error instanceof ProviderError)) return error;
    const note = stored.length > 0 ? `. already stored: ${stored.join(', ')}` : '';
    const message = this.options.secrets.redact(`${error.message}${note}`);
    return new ProviderError('github', message, error.details);
  }
}

function scopeOf(target: GithubSecretTarget): SecretScope {
  if (target.org) return { kind: 'organization', org: target.org };
  const repository = target.repository ?? '';
  if (target.environment)
    return { kind: 'environment', repository, environment: target.environment };
  return { kind: 'repository', repository };
}

/**
 * The store the inputs ask for (`secret-name`), or undefined. Its client paces
 * itself: GitHub's limits have nothing to do with the CDN's.
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
    scale: pacingScaleFromEnv(env),
    timeoutMs: config.timeoutSeconds * 1000,
    maxRetries: config.maxRetries,
  });
}
