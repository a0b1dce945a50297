/**
 * `changed-files: auto`: the files this deploy changed, from the workflow run's
 * own facts (GITHUB_SHA, the event payload, and with `github-token` this
 * workflow's run history), diffed with git in GITHUB_WORKSPACE. Loaded only
 * when a run asks for it.
 *
 * The base is the head commit of the last successful run of this workflow on
 * this branch (so the changes of a cancelled or failed run are purged by the
 * next success), else the push's `before`. When no base can be known (a new
 * branch, a force-push whose old head is gone, a manual or scheduled run),
 * `changed-files-fallback` decides: fail (default) or purge everything. It
 * never quietly purges nothing.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ChangedFilesFallback } from '../config/config.js';
import { describeError, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import type { SecretRegistry } from '../secret-registry.js';
import { COMMIT_ID, Git, GitError } from './git.js';

export type FoundChanges =
  | {
      kind: 'files';
      files: string[];
      base: string;
      head: string;
      /** why this base, in words for the log and summary */
      why: string;
    }
  | { kind: 'purge-all'; why: string };

export interface FindChangesOptions {
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  secrets: SecretRegistry;
  fallback: ChangedFilesFallback;
  githubToken?: string;
  /** ms for one GitHub request */
  timeoutMs: number;
  maxRetries: number;
  /** multiplies GitHub retry delays (tests) */
  scale?: number;
}

/** Longest a git command (a fetch of one commit, or a diff) may take. */
const GIT_TIMEOUT_MS = 120_000;
/** Largest event payload read (a push of 2,048 commits is a few MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
const ZERO_COMMIT = /^0+$/;

export async function findChangedFiles(options: FindChangesOptions): Promise<FoundChanges> {
  const { env, logger } = options;
  const head = env.GITHUB_SHA ?? '';
  if (!COMMIT_ID.test(head)) {
    throw new InputError(
      'changed-files',
      "auto needs GITHUB_SHA, the commit of this run: it works in a GitHub Actions job (or list the files instead of 'auto')",
    );
  }
  const event = readWorkflowEvent(env);
  const git = new Git({ cwd: env.GITHUB_WORKSPACE || process.cwd(), timeoutMs: GIT_TIMEOUT_MS });
  try {
    const chosen = await chooseBase(event, options);
    let base = chosen.base;
    let noBase = chosen.noBase;
    if (base && !(await ensureCommit(git, base.sha, options))) {
      noBase = event.forced
        ? `the push was a force-push and its previous head ${short(base.sha)} is no longer in the repository`
        : `the base commit ${short(base.sha)} (${base.why}) cannot be fetched from origin`;
      base = undefined;
    }
    if (!base) return fallBack(noBase ?? 'no base commit', options);
    if (!(await ensureCommit(git, head, options))) {
      throw new GitError(`the commit of this run, ${short(head)}, cannot be fetched from origin`);
    }
    const files = await git.changedPaths(base.sha, head);
    logger.info(
      `changed-files: auto compared ${short(base.sha)}..${short(head)} (${base.why}): ${files.length} changed file${files.length === 1 ? '' : 's'}`,
    );
    return { kind: 'files', files, base: base.sha, head, why: base.why };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new InputError(
      'changed-files',
      `auto needs a git checkout of this repository in GITHUB_WORKSPACE (actions/checkout): ${error.message}`,
    );
  }
}

interface WorkflowEvent {
  name: string;
  before?: string;
  created: boolean;
  forced: boolean;
  deleted: boolean;
}

/** The facts of the triggering event that matter here; a missing or odd payload gives none. */
export function parseWorkflowEvent(name: string, payload: unknown): WorkflowEvent {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
    string,
    unknown
  >;
  const before = typeof body.before === 'string' ? body.before.toLowerCase() : undefined;
  return {
    name,
    before:
      before !== undefined && COMMIT_ID.test(before) && !ZERO_COMMIT.test(before)
        ? before
        : undefined,
    created: body.created === true || (before !== undefined && ZERO_COMMIT.test(before)),
    forced: body.forced === true,
    deleted: body.deleted === true,
  };
}

function readWorkflowEvent(env: Readonly<Record<string, string | undefined>>): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return parseWorkflowEvent(name, undefined);
  let text: string;
  try {
    text = readBounded(path, MAX_EVENT_BYTES);
  } catch (error) {
    throw new InputError(
      'changed-files',
      `auto cannot read the event payload GITHUB_EVENT_PATH: ${(error as Error).message}`,
    );
  }
  try {
    return parseWorkflowEvent(name, JSON.parse(text));
  } catch {
    throw new InputError(
      'changed-files',
      'auto: the event payload in GITHUB_EVENT_PATH is not JSON',
    );
  }
}

async function chooseBase(
  event: WorkflowEvent,
  options: FindChangesOptions,
): Promise<{ base?: { sha: string; why: string }; noBase?: string }> {
  const { env, githubToken, logger } = options;
  const branch = branchOf(env);
  let lastRunNote = '';
  if (githubToken) {
    try {
      const run = await lastSuccessfulRunOf(options, branch);
      if (run) {
        return {
          base: {
            sha: run.headSha,
            why: `head of the last successful run #${run.runNumber} of this workflow on ${branch}`,
          },
        };
      }
      lastRunNote = ` and this workflow has no earlier successful run on ${branch}`;
    } catch (error) {
      if (error instanceof InputError) throw error;
      logger.warning(
        `changed-files: auto could not read this workflow's runs, so it falls back to the push's 'before': ${describeError(error)}. The token needs "actions: read".`,
      );
    }
  }
  if (event.name === 'push' || event.before !== undefined || event.created) {
    if (event.deleted) return { noBase: 'the push deleted the branch' };
    if (event.created || event.before === undefined) {
      return { noBase: `the push created the branch${lastRunNote}: there is no previous commit` };
    }
    return { base: { sha: event.before, why: "the push's previous head (before)" } };
  }
  const kind = event.name ? `a ${event.name} run` : 'this run';
  return {
    noBase: `${kind} has no previous commit${lastRunNote || (githubToken ? '' : " (give 'github-token' to compare with this workflow's last successful run)")}`,
  };
}

async function lastSuccessfulRunOf(options: FindChangesOptions, branch: string) {
  const { env } = options;
  const repository = env.GITHUB_REPOSITORY;
  if (!repository?.includes('/') || branch === '') {
    throw new Error('GITHUB_REPOSITORY or the branch (GITHUB_REF) is not set');
  }
  const [{ createGithubClient }, runs] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/workflow-runs.js'),
  ]);
  const client = createGithubClient({
    token: options.githubToken!,
    apiUrl: env.GITHUB_API_URL,
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    logger: options.logger,
    scale: options.scale,
  });
  const currentRunId = Number(env.GITHUB_RUN_ID) || undefined;
  const workflow =
    workflowFile(env.GITHUB_WORKFLOW_REF) ??
    (currentRunId !== undefined
      ? await runs.workflowOfRun(client, repository, currentRunId)
      : undefined);
  if (workflow === undefined) throw new Error('GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not set');
  return runs.lastSuccessfulRun(client, { repository, workflow, branch, currentRunId });
}

/** `owner/repo/.github/workflows/deploy.yml@refs/heads/main` -> `deploy.yml`. */
export function workflowFile(ref: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([\w.-]+\.ya?ml)@/.exec(ref ?? '');
  return match?.[1];
}

function branchOf(env: Readonly<Record<string, string | undefined>>): string {
  const ref = env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  return env.GITHUB_REF_NAME ?? '';
}

/** Whether the commit is there, fetching just that commit from origin when it is not. */
async function ensureCommit(
  git: Git,
  commit: string,
  options: FindChangesOptions,
): Promise<boolean> {
  if (await git.hasCommit(commit)) return true;
  options.logger.info(`changed-files: auto fetches commit ${short(commit)} (not in this checkout)`);
  try {
    await git.fetchCommit(commit, await fetchCredentials(git, options));
  } catch (error) {
    options.logger.info(`changed-files: ${describeError(error)}`);
  }
  return git.hasCommit(commit);
}

/**
 * With `persist-credentials: false` the checkout keeps no credentials, so a
 * fetch from a private repository needs github-token: passed as actions/checkout
 * does, as an http extra header, through GIT_CONFIG_* variables (never on the
 * command line), and only when the checkout did not keep its own.
 */
async function fetchCredentials(
  git: Git,
  options: FindChangesOptions,
): Promise<Record<string, string>> {
  const { env, githubToken, secrets } = options;
  if (!githubToken) return {};
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const key = `http.${server}/.extraheader`;
  if ((await git.configValues(key)).length > 0) return {};
  const basic = Buffer.from(`x-access-token:${githubToken}`).toString('base64');
  secrets.add(basic);
  const index = Number(env.GIT_CONFIG_COUNT) || 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: key,
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

function fallBack(why: string, options: FindChangesOptions): FoundChanges {
  if (options.fallback === 'purge-all') {
    options.logger.warning(
      `changed-files: auto found no commit to compare with (${why}); changed-files-fallback is purge-all, so the whole resource is purged.`,
    );
    return { kind: 'purge-all', why };
  }
  throw new InputError(
    'changed-files',
    `auto found no commit to compare with: ${why}. Set 'changed-files-fallback: purge-all' to purge the whole resource in that case`,
  );
}

function readBounded(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function short(commit: string): string {
  return commit.slice(0, 7);
}
