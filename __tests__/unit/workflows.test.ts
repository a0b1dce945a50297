/**
 * Every workflow in .github/workflows (the examples included) parses and fits
 * the part of GitHub's schema that can go wrong quietly: jobs, runners, steps,
 * and every cdnkit step's inputs and outputs checked against action.yml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem, lintWorkflows, workflowFiles } from '../../scripts/workflows/actionlint.js';
import { PROVIDERS } from '../../src/catalog.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
};
const REQUIRED = Object.entries(action.inputs)
  .filter(([, input]) => input.required)
  .map(([name]) => name);

const isCdnkit = (uses: string | undefined) =>
  uses === './' || !!uses?.startsWith('cdnkit/cdnkit@');
const USES = /^(\.\/.*|docker:\/\/.+|[\w.-]+\/[\w./-]+@[\w./-]+)$/;
const STEP_OUTPUT = /steps\.([\w-]+)\.outputs\.([\w-]+)/g;

/** Every problem found in one workflow, as readable lines. */
function problems(file: string): string[] {
  const found: string[] = [];
  const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (!doc.on) found.push('no "on" trigger');
  if (!doc.permissions) found.push('no top-level "permissions" (least privilege)');
  for (const schedule of (doc.on as { schedule?: { cron: string }[] })?.schedule ?? []) {
    if (schedule.cron.trim().split(/\s+/).length !== 5)
      found.push(`cron '${schedule.cron}' needs 5 fields`);
  }
  const jobs = doc.jobs as
    | Record<string, { 'runs-on'?: unknown; steps?: Step[]; uses?: string }>
    | undefined;
  if (!jobs || Object.keys(jobs).length === 0) return [...found, 'no jobs'];
  for (const [jobId, job] of Object.entries(jobs)) {
    const where = `job ${jobId}`;
    if (!/^[A-Za-z_][\w-]*$/.test(jobId)) found.push(`${where}: invalid job id`);
    if (job.uses !== undefined) {
      // a reusable workflow call: no runner or steps of its own
      if (
        !/^(\.\/|[\w.-]+\/[\w.-]+\/)\.github\/workflows\/[\w.-]+\.ya?ml(@[\w./-]+)?$/.test(job.uses)
      )
        found.push(`${where}: malformed reusable workflow '${job.uses}'`);
      if (job.uses.startsWith('./') && !existsSync(job.uses))
        found.push(`${where}: ${job.uses} does not exist`);
      continue;
    }
    if (!job['runs-on']) found.push(`${where}: no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      found.push(`${where}: no steps`);
      continue;
    }
    const earlier = new Map<string, Step>();
    job.steps.forEach((step, index) => {
      const at = `${where} step ${step.id ?? step.name ?? index + 1}`;
      if ((step.uses === undefined) === (step.run === undefined))
        found.push(`${at}: needs exactly one of uses or run`);
      if (step.uses !== undefined && !USES.test(step.uses))
        found.push(`${at}: malformed uses '${step.uses}'`);
      if (step.with && step.uses === undefined) found.push(`${at}: "with" on a run step`);
      if (isCdnkit(step.uses)) {
        const given = Object.keys(step.with ?? {});
        for (const key of given)
          if (!(key in action.inputs)) found.push(`${at}: '${key}' is not an input of action.yml`);
        for (const key of REQUIRED)
          if (!given.includes(key)) found.push(`${at}: required input '${key}' missing`);
      }
      const text = JSON.stringify([step.run, step.with, step.env]);
      for (const [, id, output] of text.matchAll(STEP_OUTPUT)) {
        const source = earlier.get(id!);
        if (!source) found.push(`${at}: refers to step '${id}' that does not come before it`);
        else if (isCdnkit(source.uses) && !(output! in action.outputs))
          found.push(`${at}: '${output}' is not an output of action.yml`);
      }
      if (step.id !== undefined) {
        if (earlier.has(step.id)) found.push(`${at}: duplicate id`);
        earlier.set(step.id, step);
      }
    });
  }
  return found;
}

const files = workflowFiles('.github/workflows');

describe('workflows', () => {
  it('include CI, CodeQL, the release and the documented examples', () => {
    expect(files.sort()).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/codeql.yml',
      '.github/workflows/examples/check-certificate-expiry.yml',
      '.github/workflows/examples/check-token-expiry.yml',
      '.github/workflows/examples/purge-on-deploy.yml',
      '.github/workflows/examples/renew-and-rotate-certificate.yml',
      '.github/workflows/examples/rotate-gcore-token.yml',
      '.github/workflows/examples/rotate-stook-credential.yml',
      '.github/workflows/release.yml',
    ]);
  });

  for (const file of files) {
    it(`${file} fits the schema and action.yml`, () => {
      expect(problems(file)).toEqual([]);
    });
  }

  it('the checker catches what it is for', () => {
    const bad = problems('__tests__/fixtures/bad-workflow.yml');
    expect(bad).toEqual([
      'no top-level "permissions" (least privilege)',
      "cron '0 4 * *' needs 5 fields",
      'job build: no runs-on',
      "job build step late: 'purge-urls' is not an input of action.yml",
      "job build step late: required input 'operation' missing",
      'job build step both: needs exactly one of uses or run',
      "job build step late: refers to step 'later' that does not come before it",
      "job build step late: 'nope' is not an output of action.yml",
      'job build step late: duplicate id',
    ]);
  });

  it('CI runs the action itself against the emulator, and checks dist/', () => {
    const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    const own = steps.find((step) => step.uses === './')!;
    expect(own.with).toMatchObject({ provider: 'gcore', 'api-url': 'http://127.0.0.1:8787/gcore' });
    expect(steps.some((step) => /npm run emulator\b.*&\s*$/m.test(step.run ?? ''))).toBe(true);
    expect(steps.some((step) => step.run?.includes('git diff --exit-code'))).toBe(true);
  });
});

interface Job {
  'runs-on'?: string;
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix?: { include?: Record<string, unknown>[] } };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}
const workflow = (name: string) =>
  parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const OWN = files.filter((file) => !file.includes('/examples/'));

describe("the project's own workflows", () => {
  it('pin every action by its full commit SHA, the version in a comment', () => {
    for (const file of OWN) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const uses = lines.filter((line) => /^\s*(-\s+)?uses:\s/.test(line));
      expect(uses.length, file).toBeGreaterThan(0);
      for (const line of uses) {
        const target = line.replace(/^\s*(-\s+)?uses:\s+/, '');
        if (target.startsWith('./')) continue; // this repository: the action itself, or ci.yml
        expect(target, `${file}: ${line.trim()}`).toMatch(
          /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/,
        );
      }
    }
  });

  it('test on Node 20 and on the runtime the action declares, which .node-version states', () => {
    const runtime = /^\s*using:\s*['"]?node(\d+)/m.exec(readFileSync('action.yml', 'utf8'))![1];
    expect(readFileSync('.node-version', 'utf8').trim()).toBe(runtime);
    const test = workflow('ci.yml').jobs.test!;
    expect(test.strategy?.matrix?.include?.map((entry) => entry.node)).toEqual([
      20,
      Number(runtime),
    ]);
    const runs = test.steps!.map((step) => step.run ?? '');
    for (const command of ['npm ci', 'npm run lint', 'npm run typecheck', 'npm run lint:workflows'])
      expect(runs).toContain(command);
    expect(runs).toContain('npm test');
    expect(runs).toContain('npm run coverage');
    expect(runs.some((run) => run.includes('$GITHUB_STEP_SUMMARY'))).toBe(true);
  });

  it('run CodeQL on the JavaScript and the workflows, with the least permissions', () => {
    const analyze = workflow('codeql.yml').jobs.analyze!;
    expect(analyze.permissions).toEqual({
      actions: 'read',
      contents: 'read',
      'security-events': 'write',
    });
    expect(analyze.steps!.map((step) => step.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'github/codeql-action/init',
      'github/codeql-action/analyze',
    ]);
    expect(readFileSync('.github/workflows/codeql.yml', 'utf8')).toContain(
      'language: [javascript-typescript, actions]',
    );
  });

  it('release: a version typed by hand, the whole CI first, then npm run release and a draft', () => {
    const release = workflow('release.yml');
    expect(Object.keys(release.on)).toEqual(['workflow_dispatch']);
    expect(release.on.workflow_dispatch).toMatchObject({
      inputs: { version: { required: true, type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    expect(release.jobs.ci!.uses).toBe('./.github/workflows/ci.yml');
    expect(Object.keys(workflow('ci.yml').on)).toContain('workflow_call');
    const job = release.jobs.release!;
    expect(job.needs).toBe('ci');
    expect(job.permissions).toEqual({ contents: 'write' });
    const runs = job.steps!.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm run release -- "$VERSION"');
    expect(runs).toContain('gh release create "v$VERSION" --draft --verify-tag');
    // the version reaches the shell through env, never spliced into the script
    expect(runs).not.toContain('${{');
  });
});

describe('actionlint', () => {
  it('finds nothing in any workflow, the examples included', async () => {
    const problems = await lintWorkflows(workflowFiles('.github/workflows'));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reports what it is for, one line a problem', async () => {
    const [first, ...rest] = await lintWorkflows(['__tests__/fixtures/bad-workflow.yml']);
    expect(formatProblem(first!)).toMatch(
      /^__tests__\/fixtures\/bad-workflow\.yml:\d+:\d+: .+ \[[a-z-]+\]$/,
    );
    const all = [first!, ...rest].map((problem) => problem.message).join('\n');
    expect(all).toContain('property "later" is not defined');
    expect(all).toContain('"runs-on" section is missing');
  });
});

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[]; value?: string };
}

describe('issue templates', () => {
  const dir = '.github/ISSUE_TEMPLATE';
  const forms = ['bug_report.yml', 'feature_request.yml', 'provider_api_change.yml'];

  it('are issue forms with unique ids, labels and options', () => {
    for (const name of forms) {
      const form = parse(readFileSync(`${dir}/${name}`, 'utf8')) as {
        name: string;
        description: string;
        body: FormField[];
      };
      expect(form.name, name).toBeTruthy();
      expect(form.description, name).toBeTruthy();
      const fields = form.body.filter((field) => field.type !== 'markdown');
      expect(fields.length, name).toBeGreaterThan(0);
      const ids = fields.map((field) => field.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const field of fields) {
        expect(field.id, name).toMatch(/^[a-z][a-z-]*$/);
        expect(field.attributes.label, `${name} ${field.id}`).toBeTruthy();
        if (field.type === 'dropdown') expect(field.attributes.options?.length).toBeGreaterThan(1);
      }
    }
  });

  it('offer every provider, warn against pasting secrets, and send vulnerabilities elsewhere', () => {
    const bug = readFileSync(`${dir}/bug_report.yml`, 'utf8');
    for (const provider of PROVIDERS) expect(bug.toLowerCase()).toContain(provider);
    expect(bug).toContain('Never paste a token, key, secret or password');
    const config = parse(readFileSync(`${dir}/config.yml`, 'utf8')) as {
      blank_issues_enabled: boolean;
      contact_links: { url: string }[];
    };
    expect(config.blank_issues_enabled).toBe(false);
    expect(config.contact_links[0]!.url).toMatch(/\/security\/advisories\/new$/);
  });
});

describe('the examples: one recipe everywhere', () => {
  const examples = files.filter((file) => file.includes('/examples/'));
  const read = (file: string) =>
    parse(readFileSync(file, 'utf8')) as {
      permissions: Record<string, string>;
      concurrency?: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, { steps: Step[] }>;
    };
  const steps = (file: string) => Object.values(read(file).jobs).flatMap((job) => job.steps);

  it('check out without persisting credentials', () => {
    for (const file of examples) {
      for (const step of steps(file).filter((one) => one.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials'], file).toBe(false);
      }
    }
  });

  it('deploy with changed-files: auto and the permission its runs lookup needs', () => {
    const deploy = read('.github/workflows/examples/purge-on-deploy.yml');
    const purge = steps('.github/workflows/examples/purge-on-deploy.yml').find(
      (step) => step.with?.operation === 'purge',
    )!;
    expect(purge.with).toMatchObject({
      'changed-files': 'auto',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
      'github-token': '${{ github.token }}',
    });
    expect(deploy.permissions).toEqual({ contents: 'read', actions: 'read' });
  });

  it('deploy, rotation and expiry check of one account share one concurrency group, never cancelled', () => {
    const groups = ['purge-on-deploy.yml', 'rotate-gcore-token.yml', 'check-token-expiry.yml'].map(
      (name) => read(`.github/workflows/examples/${name}`).concurrency,
    );
    expect(new Set(groups.map((group) => group?.group)).size).toBe(1);
    for (const group of groups) expect(group?.['cancel-in-progress']).toBe(false);
  });

  it('the certificate example renews, then rotates into a resource', () => {
    const all = steps('.github/workflows/examples/renew-and-rotate-certificate.yml');
    const renew = all.findIndex((step) => step.run?.includes('certbot certonly'));
    const rotate = all.findIndex((step) => step.with?.operation === 'rotate-certificate');
    expect(renew).toBeGreaterThan(0);
    expect(rotate).toBeGreaterThan(renew);
    expect(all[rotate]!.with).toMatchObject({ resource: 'cdn.example.com' });
    expect(all[rotate]!.with).toHaveProperty('private-key-file');
  });

  it('README and examples name the same secrets', () => {
    const names = (text: string) =>
      new Set([...text.matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!));
    const inExamples = new Set(examples.flatMap((file) => [...names(readFileSync(file, 'utf8'))]));
    const inReadme = names(readFileSync('README.md', 'utf8'));
    expect([...inReadme].filter((name) => !inExamples.has(name))).toEqual([]);
    expect([...inExamples].filter((name) => !inReadme.has(name))).toEqual([]);
  });
});

describe('dependabot', () => {
  it('updates npm and GitHub Actions weekly', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(
      config.updates.map((update) => [update['package-ecosystem'], update.schedule.interval]),
    ).toEqual([
      ['npm', 'weekly'],
      ['github-actions', 'weekly'],
    ]);
  });
});
