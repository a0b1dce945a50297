/**
 * "The last successful run of this workflow on this branch", read from the
 * Actions REST API (List workflow runs for a workflow:
 * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs).
 */
import { readPages } from '../http/pages.js';
import { pathSegment as segment } from '../http/paths.js';
import {
  array,
  map,
  number,
  object,
  optional,
  type Shape,
  ShapeError,
  string,
  word,
} from '../http/shape.js';
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

/** A whole number that can be compared exactly (run and workflow ids). */
const wholeNumber: Shape<number> = (value, path) => {
  const read = number(value, path);
  if (!Number.isSafeInteger(read)) throw new ShapeError(path, 'a whole number', 'a fraction');
  return read;
};

/** A commit id as git prints it: it is handed to git as a revision. */
const commitId: Shape<string> = (value, path) => {
  const read = string(value, path);
  if (!COMMIT_ID.test(read)) throw new ShapeError(path, 'a commit id', 'another string');
  return read;
};

/** One run of the list, filtered by `status: success`: a run that says otherwise is an error. */
const RUN = map(
  object({
    id: wholeNumber,
    run_number: optional(wholeNumber),
    head_sha: commitId,
    event: optional(string),
    conclusion: optional(word(['success'])),
  }),
  (run): SuccessfulRun => ({
    id: run.id,
    runNumber: run.run_number ?? 0,
    headSha: run.head_sha,
    event: run.event ?? '',
  }),
);

const RUNS_PAGE = object({ total_count: optional(wholeNumber), workflow_runs: array(RUN) });

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
  const path = `/repos/${repoPath(query.repository)}/actions/workflows/${segment(String(query.workflow))}/runs`;
  const isBase = (run: SuccessfulRun) => run.id !== query.currentRunId;
  const list = await readPages(
    async (page) => {
      const body = await githubGet(client, path, RUNS_PAGE, {
        branch: query.branch,
        status: 'success',
        per_page: RUNS_PER_PAGE,
        page,
        exclude_pull_requests: 'true',
      });
      return { items: body.workflow_runs, total: body.total_count };
    },
    (run) => String(run.id),
    { maxPages: MAX_PAGES, maxItems: MAX_PAGES * RUNS_PER_PAGE, pageSize: RUNS_PER_PAGE },
    (runs) => runs.some(isBase),
  );
  return list.items.find(isBase);
}

/** The numeric id of the workflow a run belongs to (when GITHUB_WORKFLOW_REF is not set). */
export async function workflowOfRun(
  client: GithubClient,
  repository: string,
  runId: number,
): Promise<number> {
  const path = `/repos/${repoPath(repository)}/actions/runs/${segment(String(runId))}`;
  return (await githubGet(client, path, object({ workflow_id: wholeNumber }))).workflow_id;
}

function repoPath(repository: string): string {
  return repository.split('/').map(segment).join('/');
}
