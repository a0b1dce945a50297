/**
 * "The last successful run of this workflow on this branch", read from the
 * Actions REST API (List workflow runs for a workflow:
 * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs).
 */
import { ProviderError } from '../errors.js';
import { COMMIT_ID } from '../targets/git.js';
import { type GithubClient, githubGet } from './octokit.js';

export interface SuccessfulRun {
  id: number;
  runNumber: number;
  headSha: string;
  event: string;
}

/** Runs read per page, and pages read at most: enough to step over this run's own earlier attempts. */
const RUNS_PER_PAGE = 10;
const MAX_PAGES = 3;

export interface RunQuery {
  /** owner/repo */
  repository: string;
  /** the workflow's file name (`deploy.yml`) or numeric id */
  workflow: string | number;
  branch: string;
  /** this run, which is never its own base */
  currentRunId?: number;
}

export async function lastSuccessfulRun(
  client: GithubClient,
  query: RunQuery,
): Promise<SuccessfulRun | undefined> {
  const path = `/repos/${repoPath(query.repository)}/actions/workflows/${encodeURIComponent(String(query.workflow))}/runs`;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await githubGet<unknown>(client, path, {
      branch: query.branch,
      status: 'success',
      per_page: RUNS_PER_PAGE,
      page,
      exclude_pull_requests: 'true',
    });
    const runs = runsOf(body, path);
    for (const run of runs) {
      if (run.id !== query.currentRunId) return run;
    }
    if (runs.length < RUNS_PER_PAGE) return undefined;
  }
  return undefined;
}

/** The numeric id of the workflow a run belongs to (when GITHUB_WORKFLOW_REF is not set). */
export async function workflowOfRun(
  client: GithubClient,
  repository: string,
  runId: number,
): Promise<number> {
  const path = `/repos/${repoPath(repository)}/actions/runs/${runId}`;
  const body = await githubGet<{ workflow_id?: unknown }>(client, path);
  const id = body?.workflow_id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    throw new ProviderError('github', 'the run has no numeric workflow_id', {
      action: `GET ${path}`,
    });
  }
  return id;
}

/** Checks the page's shape; a run with a malformed field is an error, not a guess. */
function runsOf(body: unknown, path: string): SuccessfulRun[] {
  const list = (body as { workflow_runs?: unknown } | null)?.workflow_runs;
  if (!Array.isArray(list)) {
    throw new ProviderError('github', 'the answer has no workflow_runs list', {
      action: `GET ${path}`,
    });
  }
  return list.slice(0, RUNS_PER_PAGE).map((entry: unknown) => {
    const run = (entry ?? {}) as Record<string, unknown>;
    const { id, run_number: runNumber, head_sha: headSha, event, conclusion } = run;
    if (
      typeof id !== 'number' ||
      typeof headSha !== 'string' ||
      !COMMIT_ID.test(headSha) ||
      (conclusion !== undefined && conclusion !== null && conclusion !== 'success')
    ) {
      throw new ProviderError('github', 'a workflow run has no valid id, head_sha or conclusion', {
        action: `GET ${path}`,
      });
    }
    return {
      id,
      runNumber: typeof runNumber === 'number' ? runNumber : 0,
      headSha,
      event: typeof event === 'string' ? event : '',
    };
  });
}

function repoPath(repository: string): string {
  return repository.split('/').map(encodeURIComponent).join('/');
}
