/**
 * The GitHub Actions secrets API, and the workflow-runs reads of
 * `changed-files: auto`, as the emulator speaks them. Mirrors
 * src/github: each scope (repository, environment, organization) has its own
 * real libsodium keypair; a PUT is decrypted with the private key, so tests
 * assert the plaintext that GitHub would have stored. Organization secrets keep
 * their visibility and selected repositories.
 */
import sodium from 'libsodium-wrappers';
import type { EmulatorRequest, EmulatorResponse, ProviderModule } from './server.js';

export type OrgVisibility = 'all' | 'private' | 'selected';

export interface StoredSecret {
  /** the decrypted value */
  value: string;
  keyId: string;
  createdAt: string;
  updatedAt: string;
  /** organization secrets only */
  visibility?: OrgVisibility;
  selectedRepositoryIds?: number[];
}

export interface GithubOptions {
  /** tokens allowed to write secrets */
  tokens?: string[];
  /** tokens that may read public keys but not write (like the default GITHUB_TOKEN) */
  readOnlyTokens?: string[];
  /** deployment environments that exist in every repository */
  environments?: string[];
}

/**
 * A workflow run, as the REST API's `workflow-run` schema has it (the fields
 * cdnkit and a reader need). Source: GitHub REST docs, "List workflow runs for
 * a workflow" and "Get a workflow run"
 * (https://docs.github.com/en/rest/actions/workflow-runs), and the
 * `actions/list-workflow-runs` operation of @octokit/openapi-types.
 */
export interface EmulatedRun {
  id: number;
  /** the workflow's file name, e.g. deploy.yml (its `path` is .github/workflows/<file>) */
  workflow: string;
  branch: string;
  headSha: string;
  runNumber: number;
  event: string;
  status: 'completed' | 'in_progress' | 'queued';
  /** null while not completed */
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: string;
}

/** Where a secret lives, as the tests name it. */
export type GithubScope = { repository: string; environment?: string } | { org: string };

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class GithubEmulator implements ProviderModule {
  readonly name = 'github';
  readonly tokens: Set<string>;
  readonly readOnlyTokens: Set<string>;
  readonly environments: Set<string>;
  /** scope key -> secret name -> stored secret */
  private readonly secrets = new Map<string, Map<string, StoredSecret>>();
  private readonly keys = new Map<
    string,
    { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array }
  >();
  /** repository -> runs, in the order added (oldest first) */
  private readonly runs = new Map<string, EmulatedRun[]>();
  private nextRunId = 9_000_000_001;
  private nextKeyId = 3380204578043523366n;
  private nextRequestId = 1;

  constructor(options: GithubOptions = {}) {
    this.tokens = new Set(options.tokens ?? ['github_pat_emulator_secrets_write']);
    this.readOnlyTokens = new Set(options.readOnlyTokens ?? ['ghs_emulator_default_token']);
    this.environments = new Set(options.environments ?? ['production', 'staging']);
  }

  /** The decrypted secret, or undefined. */
  secret(scope: GithubScope, name: string): StoredSecret | undefined {
    return this.secrets.get(scopeKey(scope))?.get(name);
  }

  /** Puts an organization secret in place, as if created in the web UI. */
  seedOrgSecret(
    org: string,
    name: string,
    access: { visibility: OrgVisibility; selectedRepositoryIds?: number[]; value?: string },
  ): void {
    const now = new Date().toISOString();
    this.scopeSecrets(scopeKey({ org })).set(name, {
      value: access.value ?? 'seeded',
      keyId: 'seed',
      createdAt: now,
      updatedAt: now,
      visibility: access.visibility,
      selectedRepositoryIds: access.selectedRepositoryIds,
    });
  }

  /** Records a run of a workflow in `repository`; returns it (ids and numbers are filled in). */
  addRun(
    repository: string,
    run: Partial<EmulatedRun> & Pick<EmulatedRun, 'workflow' | 'branch' | 'headSha'>,
  ): EmulatedRun {
    const list = this.runs.get(repository) ?? [];
    this.runs.set(repository, list);
    const full: EmulatedRun = {
      id: this.nextRunId++,
      runNumber: list.filter((other) => other.workflow === run.workflow).length + 1,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      createdAt: new Date(Date.UTC(2026, 0, 1) + list.length * 60_000).toISOString(),
      ...run,
    };
    list.push(full);
    return full;
  }

  async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
    await sodium.ready;
    const headers = {
      'x-github-request-id': `EMU0:${String(this.nextRequestId++).padStart(6, '0')}`,
    };
    const answer = (response: EmulatorResponse): EmulatorResponse => ({
      ...response,
      headers: { ...headers, ...response.headers },
    });
    const token = /^(?:bearer|token)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const writer = token !== undefined && this.tokens.has(token);
    if (!writer && !(token !== undefined && this.readOnlyTokens.has(token))) {
      return answer(error(401, 'Bad credentials'));
    }
    const runs = request.method === 'GET' ? this.runsAnswer(request) : undefined;
    if (runs) return answer(runs);
    const route = this.route(request.path);
    if (!route) return answer(error(404, 'Not Found'));
    if (route.environment !== undefined && !this.environments.has(route.environment)) {
      return answer(error(404, 'Not Found'));
    }
    const { key, name, rest } = route;
    if (request.method === 'GET' && name === 'public-key' && rest === '') {
      const pair = this.keypair(key);
      return answer({
        status: 200,
        body: {
          key_id: pair.keyId,
          key: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
        },
      });
    }
    if (name === undefined) return answer(error(404, 'Not Found'));
    const stored = this.secrets.get(key)?.get(name);
    if (request.method === 'GET' && rest === '') {
      return answer(
        stored ? { status: 200, body: metadata(name, stored, route) } : error(404, 'Not Found'),
      );
    }
    if (request.method === 'GET' && rest === '/repositories' && route.org !== undefined) {
      if (!stored) return answer(error(404, 'Not Found'));
      return answer(repositoriesPage(route.org, stored.selectedRepositoryIds ?? [], request.query));
    }
    if (request.method === 'PUT' && rest === '') {
      if (!writer) return answer(error(403, 'Resource not accessible by integration'));
      return answer(this.put(key, name, route.org !== undefined, request.json));
    }
    return answer(error(404, 'Not Found'));
  }

  /**
   * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs (workflow_id:
   * the numeric id or the file name; query branch, status (a status or a
   * conclusion), per_page (default 30, at most 100), page; newest first), and
   * GET /repos/{owner}/{repo}/actions/runs/{run_id}.
   */
  private runsAnswer(request: EmulatorRequest): EmulatorResponse | undefined {
    const list = /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/.exec(
      request.path,
    );
    const one = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/.exec(request.path);
    if (!list && !one) return undefined;
    const match = (list ?? one)!;
    const repository = `${decodeURIComponent(match[1]!)}/${decodeURIComponent(match[2]!)}`;
    const runs = this.runs.get(repository) ?? [];
    if (one) {
      const run = runs.find((candidate) => candidate.id === Number(one[3]));
      return run ? { status: 200, body: runJson(repository, run) } : error(404, 'Not Found');
    }
    const workflow = decodeURIComponent(match[3]!);
    const { query } = request;
    const branch = query.get('branch');
    const status = query.get('status');
    const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const found = runs
      .filter(
        (run) =>
          (run.workflow === workflow || String(workflowId(run.workflow)) === workflow) &&
          (branch === null || run.branch === branch) &&
          (status === null || run.status === status || run.conclusion === status),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      status: 200,
      body: {
        total_count: found.length,
        workflow_runs: found
          .slice((page - 1) * perPage, page * perPage)
          .map((run) => runJson(repository, run)),
      },
    };
  }

  private put(key: string, name: string, org: boolean, body: unknown): EmulatorResponse {
    if (!SECRET_NAME.test(name) || /^GITHUB_/i.test(name)) {
      return error(422, 'Secret names can only contain alphanumeric characters or underscores');
    }
    const { encrypted_value, key_id, visibility, selected_repository_ids } = (body ?? {}) as Record<
      string,
      unknown
    >;
    if (typeof encrypted_value !== 'string' || typeof key_id !== 'string') {
      return error(422, 'Invalid request.', [{ field: 'encrypted_value', code: 'missing_field' }]);
    }
    const pair = this.keypair(key);
    if (key_id !== pair.keyId)
      return error(422, 'Bad request: key_id does not match the public key');
    let value: string;
    try {
      const sealed = sodium.from_base64(encrypted_value, sodium.base64_variants.ORIGINAL);
      value = sodium.to_string(
        sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey),
      );
    } catch {
      return error(422, 'Bad request: the value could not be decrypted with the public key');
    }
    const existing = this.secrets.get(key)?.get(name);
    const now = new Date().toISOString();
    const secret: StoredSecret = {
      value,
      keyId: key_id,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (org) {
      if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected') {
        return error(422, 'Invalid request.', [{ field: 'visibility', code: 'missing_field' }]);
      }
      secret.visibility = visibility;
      if (visibility === 'selected') {
        if (
          !Array.isArray(selected_repository_ids) ||
          !selected_repository_ids.every(Number.isInteger)
        ) {
          return error(422, 'Invalid request.', [
            { field: 'selected_repository_ids', code: 'invalid' },
          ]);
        }
        secret.selectedRepositoryIds = selected_repository_ids as number[];
      }
    }
    this.scopeSecrets(key).set(name, secret);
    return { status: existing ? 204 : 201, body: existing ? undefined : {} };
  }

  private route(
    path: string,
  ): { key: string; org?: string; environment?: string; name?: string; rest: string } | undefined {
    const decode = decodeURIComponent;
    let match =
      /^\/repos\/([^/]+)\/([^/]+)\/environments\/([^/]+)\/secrets(?:\/([^/]+))?(\/.*)?$/.exec(path);
    if (match) {
      const repository = `${decode(match[1]!)}/${decode(match[2]!)}`;
      const environment = decode(match[3]!);
      return {
        key: scopeKey({ repository, environment }),
        environment,
        ...tail(match[4], match[5]),
      };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/actions\/secrets(?:\/([^/]+))?(\/.*)?$/.exec(path);
    if (match) {
      const repository = `${decode(match[1]!)}/${decode(match[2]!)}`;
      return { key: scopeKey({ repository }), ...tail(match[3], match[4]) };
    }
    match = /^\/orgs\/([^/]+)\/actions\/secrets(?:\/([^/]+))?(\/.*)?$/.exec(path);
    if (match) {
      const org = decode(match[1]!);
      return { key: scopeKey({ org }), org, ...tail(match[2], match[3]) };
    }
    return undefined;
  }

  private keypair(key: string) {
    let pair = this.keys.get(key);
    if (!pair) {
      const generated = sodium.crypto_box_keypair();
      pair = {
        keyId: String(this.nextKeyId++),
        publicKey: generated.publicKey,
        privateKey: generated.privateKey,
      };
      this.keys.set(key, pair);
    }
    return pair;
  }

  private scopeSecrets(key: string): Map<string, StoredSecret> {
    let secrets = this.secrets.get(key);
    if (!secrets) {
      secrets = new Map();
      this.secrets.set(key, secrets);
    }
    return secrets;
  }
}

/** A stable numeric id for a workflow file, as GitHub gives each workflow one. */
function workflowId(file: string): number {
  let hash = 7;
  for (const char of file) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

function runJson(repository: string, run: EmulatedRun): unknown {
  return {
    id: run.id,
    name: run.workflow.replace(/\.ya?ml$/, ''),
    head_branch: run.branch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflow}`,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowId(run.workflow),
    created_at: run.createdAt,
    html_url: `https://github.com/${repository}/actions/runs/${run.id}`,
  };
}

function scopeKey(scope: GithubScope): string {
  if ('org' in scope) return `org:${scope.org}`;
  return scope.environment
    ? `env:${scope.repository}:${scope.environment}`
    : `repo:${scope.repository}`;
}

function tail(name: string | undefined, rest: string | undefined): { name?: string; rest: string } {
  return { name: name === undefined ? undefined : decodeURIComponent(name), rest: rest ?? '' };
}

function metadata(name: string, secret: StoredSecret, route: { org?: string }): unknown {
  const body: Record<string, unknown> = {
    name,
    created_at: secret.createdAt,
    updated_at: secret.updatedAt,
  };
  if (route.org !== undefined) {
    body.visibility = secret.visibility;
    if (secret.visibility === 'selected') {
      body.selected_repositories_url = `/orgs/${route.org}/actions/secrets/${name}/repositories`;
    }
  }
  return body;
}

function repositoriesPage(
  org: string,
  ids: readonly number[],
  query: URLSearchParams,
): EmulatorResponse {
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const slice = ids.slice((page - 1) * perPage, page * perPage);
  return {
    status: 200,
    body: {
      total_count: ids.length,
      repositories: slice.map((id) => ({ id, name: `repo-${id}`, full_name: `${org}/repo-${id}` })),
    },
  };
}

function error(status: number, message: string, errors?: unknown[]): EmulatorResponse {
  return {
    status,
    body: {
      message,
      documentation_url: 'https://docs.github.com/rest',
      ...(errors ? { errors } : {}),
    },
  };
}
