/**
 * The deploy purge through dist/index.js: `changed-files: auto` in a throwaway
 * git repository (pushed to a local bare origin, checked out as the runner
 * does), the GitHub runs API on the emulator, and `if-no-targets`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionRun } from '../../emulator/runner.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';
import { git, TestRepo, ZERO } from '../helpers/git-repo.js';

const TOKEN = '7711$gcore-test-token-secret';
const GITHUB_TOKEN = 'ghs_emulator_default_token';
const REPOSITORY = 'octo/site';

describe('deploy purge with changed-files: auto', () => {
  const env = useEmulator();
  const repos: TestRepo[] = [];
  afterAll(() => {
    for (const repo of repos) repo.remove();
  });

  /** A repository whose first commit, on main, holds the site. */
  function site(): { repo: TestRepo; first: string } {
    const repo = new TestRepo();
    repos.push(repo);
    const first = repo.commit({
      'public/index.html': 'home',
      'public/a.html': 'a',
      'public/b.html': 'b',
      'public/c.html': 'c',
      'README.md': 'readme',
    });
    repo.push();
    return { repo, first };
  }

  interface RunOn {
    repo: TestRepo;
    workspace: string;
    head: string;
    event: string;
    payload?: object;
    inputs?: Record<string, string>;
    ref?: string;
  }

  function deploy({
    repo,
    workspace,
    head,
    event,
    payload = {},
    inputs = {},
    ref = 'refs/heads/main',
  }: RunOn) {
    return env.run(
      {
        provider: 'gcore',
        operation: 'purge',
        'api-token': TOKEN,
        'api-url': env.emulator.url('gcore'),
        resource: '123',
        'changed-files': 'auto',
        'url-map': 'public/** => https://cdn.example.com/{path}',
        ...inputs,
      },
      {
        env: {
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: head,
          GITHUB_REF: ref,
          GITHUB_EVENT_NAME: event,
          GITHUB_EVENT_PATH: repo.event(payload),
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/deploy.yml@${ref}`,
          GITHUB_RUN_ID: '777',
          GITHUB_API_URL: env.emulator.url('github'),
        },
      },
    );
  }

  /** Pushes what was committed and deploys it as a push from `before`, on a checkout of `depth`. */
  function pushed(
    repo: TestRepo,
    before: string,
    extra: { depth?: number; inputs?: Record<string, string> } = {},
  ) {
    repo.push();
    const head = repo.head();
    return deploy({
      repo,
      workspace: repo.checkout('main', extra.depth),
      head,
      event: 'push',
      payload: { before, after: head },
      inputs: extra.inputs,
    });
  }

  /** The URLs of the purge requests a run sent to the emulator. */
  function purged(before: number): string[] {
    return env.gcore.purges
      .slice(before)
      .flatMap((purge) => ('urls' in purge.payload ? purge.payload.urls : []))
      .sort();
  }

  /**
   * With no base: the default fallback fails with `message` and sends nothing;
   * `purge-all` purges the whole resource. Returns the purge-all run.
   */
  async function failsThenPurgesAll(on: RunOn, message: string): Promise<ActionRun> {
    let before = env.gcore.purges.length;
    const failed = await deploy(on);
    expect(failed.exitCode).toBe(1);
    expect(errorLines(failed)[0]).toContain(message);
    expect(env.gcore.purges.length).toBe(before);
    before = env.gcore.purges.length;
    const run = await deploy({ ...on, inputs: { 'changed-files-fallback': 'purge-all' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(env.gcore.purges.slice(before).map((purge) => purge.payload)).toEqual([{ paths: [] }]);
    return run;
  }

  it('a single-commit push purges the changed file', async () => {
    const { repo, first } = site();
    const head = repo.commit({ 'public/a.html': 'a2' });
    const before = env.gcore.purges.length;
    const run = await pushed(repo, first);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(purged(before)).toEqual(['/a.html']);
    expect(run.stdout).toContain(
      `changed-files: auto compared ${first.slice(0, 7)}..${head.slice(0, 7)} (the push's previous head (before)): 1 changed file`,
    );
    expect(run.summary).toContain(
      `| Changed files | 1 in ${first.slice(0, 7)}..${head.slice(0, 7)}`,
    );
  });

  it('a multi-commit push purges every commit’s files, deleted ones and both sides of a rename', async () => {
    const { repo, first } = site();
    repo.commit({ 'public/a.html': 'a2' });
    repo.commit({ 'public/b.html': null, 'README.md': 'readme 2' });
    repo.commit({ 'public/docs/c.html': { from: 'public/c.html' } });
    const before = env.gcore.purges.length;
    const run = await pushed(repo, first);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(purged(before)).toEqual(['/a.html', '/b.html', '/c.html', '/docs/c.html']);
    expect(run.summary).toContain('Changed files matched by no url-map rule (1)');
    expect(run.summary).toContain('- `README.md`');
    expect(run.summary).toContain('<summary>Purged (4)</summary>');
    expect(run.summary).toContain(
      '- `https://cdn.example.com/docs/c.html <- public/docs/c.html (rule public/**)`',
    );
  });

  it('a shallow clone (depth 1) fetches just the base commit', async () => {
    const { repo, first } = site();
    repo.commit({ 'public/a.html': 'a2' });
    repo.commit({ 'public/index.html': 'home 2' });
    const before = env.gcore.purges.length;
    const run = await pushed(repo, first, { depth: 1 });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `changed-files: auto fetches commit ${first.slice(0, 7)} (not in this checkout)`,
    );
    expect(purged(before)).toEqual(['/a.html', '/index.html']);
  });

  it('a new branch fails with a hint by default, and purges everything with changed-files-fallback: purge-all', async () => {
    const { repo } = site();
    const head = repo.commit({ 'public/a.html': 'feature' });
    repo.push('feature');
    const on: RunOn = {
      repo,
      workspace: repo.checkout('feature', 1),
      head,
      event: 'push',
      payload: { before: ZERO, after: head, created: true },
      ref: 'refs/heads/feature',
    };
    const run = await failsThenPurgesAll(
      on,
      "::error::Input 'changed-files': auto found no commit to compare with: the push created the branch: there is no previous commit. Set 'changed-files-fallback: purge-all' to purge the whole resource in that case",
    );
    expect(run.summary).toContain(
      '| Changed files | unknown (the push created the branch: there is no previous commit): changed-files-fallback purges everything |',
    );
  });

  it('a force-push whose old head is gone follows changed-files-fallback', async () => {
    const { repo } = site();
    const lost = repo.commit({ 'public/a.html': 'to be rewritten' });
    repo.push();
    // rewrite history: the pushed commit is replaced and dropped from origin
    git(repo.dev, 'reset', '-q', '--hard', 'HEAD~1');
    const head = repo.commit({ 'public/b.html': 'b2' });
    repo.push('main', { force: true });
    repo.forgetUnreachable();
    const on: RunOn = {
      repo,
      workspace: repo.checkout('main', 1),
      head,
      event: 'push',
      payload: { before: lost, after: head, forced: true },
    };
    await failsThenPurgesAll(
      on,
      `the push was a force-push and its previous head ${lost.slice(0, 7)} is no longer in the repository`,
    );
  });

  it('workflow_dispatch has no base: fail names the fix; purge-all purges everything', async () => {
    const { repo, first } = site();
    const on: RunOn = {
      repo,
      workspace: repo.checkout('main'),
      head: first,
      event: 'workflow_dispatch',
      payload: { inputs: {} },
    };
    await failsThenPurgesAll(
      on,
      "a workflow_dispatch run has no previous commit (give 'github-token' to compare with this workflow's last successful run)",
    );
  });

  it('with github-token, the base is the last successful run, so a failed run’s files are purged too', async () => {
    const { repo, first } = site();
    const deployed = repo.commit({ 'public/index.html': 'home 2' });
    const failed = repo.commit({ 'public/a.html': 'a2' });
    const head = repo.commit({ 'public/b.html': 'b2' });
    repo.push();
    const repository = `${REPOSITORY}`;
    env.github.addRun(repository, { workflow: 'deploy.yml', branch: 'main', headSha: first });
    const success = env.github.addRun(repository, {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: deployed,
    });
    env.github.addRun(repository, {
      workflow: 'deploy.yml',
      branch: 'main',
      headSha: failed,
      conclusion: 'failure',
    });
    env.github.addRun(repository, { workflow: 'other.yml', branch: 'main', headSha: failed });
    env.github.addRun(repository, { workflow: 'deploy.yml', branch: 'other', headSha: failed });
    const before = env.gcore.purges.length;
    const run = await deploy({
      repo,
      workspace: repo.checkout('main', 1),
      head,
      event: 'push',
      payload: { before: failed, after: head },
      inputs: { 'github-token': GITHUB_TOKEN },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(purged(before)).toEqual(['/a.html', '/b.html']);
    expect(run.stdout).toContain(
      `(head of the last successful run #${success.runNumber} of this workflow on main): 2 changed files`,
    );
    const request = env.emulator.requestsTo('github', { path: /\/actions\/workflows\// }).at(-1)!;
    expect(request.path).toBe(`/repos/${REPOSITORY}/actions/workflows/deploy.yml/runs`);
    expect(Object.fromEntries(request.query)).toMatchObject({ branch: 'main', status: 'success' });
    expect(request.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
  });

  describe('a push that changes no mapped file', () => {
    async function readmeOnly(ifNoTargets?: string): Promise<{ run: ActionRun; sent: number }> {
      const { repo, first } = site();
      repo.commit({ 'README.md': 'docs only' });
      const before = env.emulator.requestsTo('gcore').length;
      const run = await pushed(repo, first, {
        depth: 1,
        inputs: ifNoTargets ? { 'if-no-targets': ifNoTargets } : {},
      });
      return { run, sent: env.emulator.requestsTo('gcore').length - before };
    }

    it('warn (default): green, a warning, status skipped, nothing sent', async () => {
      const { run, sent } = await readmeOnly();
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(sent).toBe(0);
      expect(run.outputs.status).toBe('skipped');
      expect(run.stdout).toContain(
        '::warning::Nothing to purge: none of the 1 changed file matched a url-map rule. Nothing was sent.',
      );
      expect(run.summary).toContain('| Status | skipped |');
    });

    it('ignore: green and quiet', async () => {
      const { run, sent } = await readmeOnly('ignore');
      expect(run.exitCode).toBe(0);
      expect(sent).toBe(0);
      expect(run.outputs.status).toBe('skipped');
      expect(run.stdout).not.toContain('::warning::');
    });

    it('error: the step fails, nothing sent', async () => {
      const { run, sent } = await readmeOnly('error');
      expect(run.exitCode).toBe(1);
      expect(sent).toBe(0);
      expect(run.outputs.status).toBe('skipped');
      expect(errorLines(run)[0]).toContain('Nothing to purge');
    });
  });
});

describe('the plan, shown URL by URL', () => {
  const env = useEmulator();

  it('a dry run lists every URL with its file and rule, and shows a hostname in the planned path', async () => {
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-token': TOKEN,
      'api-url': env.emulator.url('gcore'),
      resource: 'cdn.example.com',
      'dry-run': 'true',
      'changed-files': 'public/docs/index.html, public/app.js, notes.txt',
      'url-map': [
        'public/**/index.html => https://cdn.example.com/{dir}/, https://cdn.example.com/{path}',
        'public/** => https://cdn.example.com/{path}',
      ].join('\n'),
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(env.emulator.requestsTo('gcore')).toEqual([]);
    expect(run.stdout).toContain(
      'dry run: request 1/1: POST /cdn/resources/<id of cdn.example.com>/purge',
    );
    expect(run.stdout).toContain('::group::dry run: the 3 targets and where each came from');
    for (const line of [
      'dry run: https://cdn.example.com/docs/ <- public/docs/index.html (rule public/**/index.html)',
      'dry run: https://cdn.example.com/docs/index.html <- public/docs/index.html (rule public/**/index.html)',
      'dry run: https://cdn.example.com/app.js <- public/app.js (rule public/**)',
    ]) {
      expect(run.stdout).toContain(line);
    }
    expect(run.summary).toContain('<details><summary>Planned purge targets (3)</summary>');
    expect(run.summary).toContain('Changed files matched by no url-map rule (1)');
  });

  it('progress: per-request lines in a group, each with the time left', async () => {
    const urls = Array.from({ length: 250 }, (_, i) => `/file-${i}.js`);
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-token': TOKEN,
      'api-url': env.emulator.url('gcore'),
      resource: '123',
      urls: urls.join('\n'),
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => !line.startsWith('::debug::'));
    const group = lines.findIndex((line) =>
      line.startsWith('::group::purge: sending 3 requests, about'),
    );
    expect(group).toBeGreaterThan(-1);
    expect(lines[group + 1]).toMatch(
      /^purge request 1\/3 accepted: 100 items \(purge by URL\), about .* left$/,
    );
    const waits = lines.filter((line) => line.startsWith('waiting '));
    expect(waits.join('\n')).toMatch(
      // Gcore takes two purges a minute: the third waits, and says how long is left
      // (about a minute: "59 s" or "1 min", as formatDuration rounds the window of 61 s)
      /^waiting (\d+ s|1 min( \d+ s)?) for gcore's rate limit before request 3\/3, about (\d+ s|1 min( \d+ s)?) left$/m,
    );
    expect(lines).toContain('purge request 3/3 accepted: 50 items (purge by URL), all sent');
    expect(lines).toContain('::endgroup::');
  });

  it('a target list that is empty by input follows if-no-targets too', async () => {
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-token': TOKEN,
      'api-url': env.emulator.url('gcore'),
      resource: '123',
      urls: '# nothing this time',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('skipped');
    expect(run.stdout).toContain('::warning::Nothing to purge: the targets are empty');
  });
});
