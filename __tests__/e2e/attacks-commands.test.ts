/**
 * No workflow command from provider data: names, task details and error
 * messages a provider returns carry line breaks followed by `::warning::`,
 * `::stop-commands::`, `::set-output` and a legacy `##[add-mask]`. The action's
 * and the CLI's output are read the way the runner reads them, and no command
 * in them may come from a payload. Rows go to docs/reliability.md.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IAM_ROLES } from '../../emulator/gcore/iam.js';
import { runCliProcess } from '../../emulator/runner.js';
import { E2E_SCALE, useEmulator } from '../helpers/e2e.js';
import { TestRepo } from '../helpers/git-repo.js';
import { note } from '../helpers/reliability.js';
import { COMMAND_PAYLOADS, INJECTED, injectedCommands } from '../helpers/runner-commands.js';

const ADMIN_TOKEN = '7711$gcore-test-token-secret';
const PURGE_ROLE = IAM_ROLES.find((role) => role.id === 3022)!;
const CLASS = 'workflow commands';

describe('no workflow command from provider data', () => {
  const env = useEmulator();
  const cli = (args: string[], variables: Record<string, string>) =>
    runCliProcess({ args, env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), ...variables } });
  const gcore = () => ({ provider: 'gcore', 'api-url': env.emulator.url('gcore') });
  /** the CLI on Medianova: `operation` with the organization, credentials from the environment */
  const medianovaCli = (operation: string, flags: string[] = []) => {
    const inputs = medianova();
    return cli(
      [
        operation,
        '--provider',
        'medianova',
        '--api-url',
        inputs['api-url'],
        '--organization',
        inputs.organization,
        ...flags,
      ],
      { CDNKIT_API_KEY: inputs['api-key'], CDNKIT_API_SECRET: inputs['api-secret'] },
    );
  };
  const medianova = () => ({
    provider: 'medianova',
    'api-url': env.emulator.url('medianova'),
    'api-key': env.medianova.apiKey,
    'api-secret': env.medianova.apiSecret,
    organization: env.medianova.organization,
  });

  it.for(COMMAND_PAYLOADS.map((payload) => [payload] as const))(
    'token names, through rotate-token (action) and list-tokens (CLI): %j',
    async ([payload], { task }) => {
      const token = env.gcore.iam.addToken({ name: payload, role: PURGE_ROLE });
      const action = await env.run(
        { ...gcore(), operation: 'rotate-token', 'api-token': token.token },
        { secrets: [env.gcore.iam.nextToken()] },
      );
      expect(action.exitCode, action.stdout).toBe(0);
      expect(injectedCommands(action.stdout + action.stderr)).toEqual([]);
      const list = await cli(
        ['list-tokens', '--provider', 'gcore', '--api-url', gcore()['api-url']],
        {
          CDNKIT_API_TOKEN: ADMIN_TOKEN,
        },
      );
      expect(list.exitCode, list.stderr).toBe(0);
      expect(list.stdout).toContain(INJECTED);
      expect(injectedCommands(list.stdout + list.stderr)).toEqual([]);
      note(task, 'attacks', [
        CLASS,
        `Gcore token name ${JSON.stringify(payload)}`,
        'dist/index.js rotate-token; dist/cli/index.js list-tokens',
        'no command started; name shown as text',
      ]);
    },
  );

  it.for(COMMAND_PAYLOADS.map((payload) => [payload] as const))(
    'credential names, through rotate-credential (action) and list-credentials (CLI): %j',
    async ([payload], { task }) => {
      const old = env.medianova.addCredential({ name: payload });
      const action = await env.run({
        ...medianova(),
        operation: 'rotate-credential',
        'credential-id': old.uuid,
        // the old one stays: the run below lists it
        'delete-old': 'false',
      });
      expect(injectedCommands(action.stdout + action.stderr)).toEqual([]);
      const list = await medianovaCli('list-credentials');
      expect(list.exitCode, list.stderr).toBe(0);
      expect(injectedCommands(list.stdout + list.stderr)).toEqual([]);
      note(task, 'attacks', [
        CLASS,
        `Stook credential name ${JSON.stringify(payload)}`,
        'dist/index.js rotate-credential; dist/cli/index.js list-credentials',
        'no command started; name shown as text',
      ]);
    },
  );

  it.for(COMMAND_PAYLOADS.map((payload) => [payload] as const))(
    'task details and error messages, through purge-status and purge (action and CLI): %j',
    async ([payload], { task }) => {
      const inputs = medianova();
      const resource = env.medianova.resources[0]!.resource_uuid;
      const statusPath = /\/job\/[^/]+\/purge$/;
      const detail = {
        data: {
          page: 1,
          total: 1,
          limit: 100,
          requests: [{ opID: 'op-1', url: '/a', status: 3, message: payload, completedAt: null }],
        },
      };
      const refusal = { status: 400, body: { status: false, message: payload } };
      const runs = [];
      for (const through of ['action', 'cli'] as const) {
        env.emulator.fault({
          provider: 'medianova',
          method: 'GET',
          path: statusPath,
          status: 200,
          body: detail,
        });
        env.emulator.fault({ provider: 'medianova', method: 'POST', path: statusPath, ...refusal });
        if (through === 'action') {
          runs.push(
            await env.run({ ...inputs, resource, operation: 'purge-status', 'task-id': 'op-1' }),
          );
          runs.push(
            await env.run({
              ...inputs,
              resource,
              operation: 'purge',
              urls: '/a',
              'max-retries': '0',
            }),
          );
        } else {
          const flags = ['--resource', resource];
          runs.push(await medianovaCli('purge-status', [...flags, '--task-id', 'op-1']));
          runs.push(await medianovaCli('purge', [...flags, '--urls', '/a', '--max-retries', '0']));
        }
      }
      for (const purge of [runs[1], runs[3]]) expect(purge!.exitCode).toBe(1);
      for (const run of runs) expect(injectedCommands(run.stdout + run.stderr)).toEqual([]);
      note(task, 'attacks', [
        CLASS,
        `Medianova task detail and error message ${JSON.stringify(payload)}`,
        'dist/index.js and dist/cli/index.js: purge-status, purge',
        'no command started; text kept on its line',
      ]);
    },
  );

  it.for(COMMAND_PAYLOADS.map((payload) => [payload] as const))(
    'certificate names, through list-certificates (action and CLI): %j',
    async ([payload], { task }) => {
      env.gcore.certificates.add({ name: payload });
      const action = await env.run({
        ...gcore(),
        operation: 'list-certificates',
        'api-token': ADMIN_TOKEN,
      });
      expect(action.exitCode, action.stdout).toBe(0);
      const list = await cli(
        ['list-certificates', '--provider', 'gcore', '--api-url', gcore()['api-url']],
        { CDNKIT_API_TOKEN: ADMIN_TOKEN },
      );
      expect(list.exitCode, list.stderr).toBe(0);
      expect(list.stdout).toContain(INJECTED);
      for (const run of [action, list]) {
        expect(injectedCommands(run.stdout + run.stderr)).toEqual([]);
      }
      note(task, 'attacks', [
        CLASS,
        `Gcore certificate name ${JSON.stringify(payload)}`,
        'dist/index.js and dist/cli/index.js list-certificates',
        'no command started; name shown as text',
      ]);
    },
  );

  const repos: TestRepo[] = [];
  afterAll(() => {
    for (const repo of repos) repo.remove();
  });

  it('changed file names from git (changed-files: auto) that carry commands, through a dry-run purge', async ({
    task,
  }) => {
    const repo = new TestRepo();
    repos.push(repo);
    const first = repo.commit({ 'public/index.html': 'home' });
    repo.push();
    const names = COMMAND_PAYLOADS.map((payload) => `public/${payload}.html`);
    const head = repo.commit(Object.fromEntries(names.map((name) => [name, 'x'])));
    repo.push();
    const run = await env.run(
      {
        ...gcore(),
        operation: 'purge',
        'api-token': ADMIN_TOKEN,
        resource: '123',
        'dry-run': 'true',
        'changed-files': 'auto',
        'url-map': 'public/** => https://cdn.example.com/{path}',
      },
      {
        env: {
          GITHUB_WORKSPACE: repo.checkout('main'),
          GITHUB_SHA: head,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: repo.event({ before: first, after: head }),
          GITHUB_REPOSITORY: 'acme/site',
        },
      },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    // each file is in the plan the dry run logs, its name on lines of its own
    expect(run.stdout.split(INJECTED).length - 1).toBeGreaterThanOrEqual(names.length);
    expect(injectedCommands(run.stdout + run.stderr)).toEqual([]);
    note(task, 'attacks', [
      CLASS,
      'changed file names from git holding each payload',
      'dist/index.js purge, changed-files: auto, dry run',
      'no command started; each name in the plan as text',
    ]);
  });
});
