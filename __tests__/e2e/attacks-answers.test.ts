/**
 * Hostile answers through the built action: wrong types, null items,
 * prototype keys and empty answers (shapes); dates past JavaScript's range;
 * page counts that lie; and a rotation whose answers are cut off after their
 * headers. Rows go to docs/reliability.md.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import { IAM_ROLES } from '../../emulator/gcore/iam.js';
import type { Fault } from '../../emulator/server.js';
import { FAR_FUTURE } from '../../src/dates.js';
import { type E2E, errorLines, useEmulator } from '../helpers/e2e.js';
import { fakeJwt } from '../helpers/gcore.js';
import { note } from '../helpers/reliability.js';

const ADMIN_TOKEN = '7711$gcore-test-token-secret';
const PURGE_ROLE = IAM_ROLES.find((role) => role.id === 3022)!;
const GITHUB_WRITE_TOKEN = 'github_pat_emulator_secrets_write';

const gcore = (env: E2E) => ({
  provider: 'gcore',
  'api-url': env.emulator.url('gcore'),
  'api-token': ADMIN_TOKEN,
});
const medianova = (env: E2E) => ({
  provider: 'medianova',
  'api-url': env.emulator.url('medianova'),
  'api-key': env.medianova.apiKey,
  'api-secret': env.medianova.apiSecret,
  organization: env.medianova.organization,
});
const cdnetworks = (env: E2E) => ({
  provider: 'cdnetworks',
  'api-url': env.emulator.url('cdnetworks'),
  'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
  'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
});

interface ShapeCase {
  label: string;
  inputs(env: E2E): Record<string, string>;
  fault: Fault;
  /** what the one error line says, or undefined when the run must succeed */
  error?: RegExp;
}

const RESOURCE = { id: 123, cname: 'cdn.example.com', secondaryHostnames: ['static.example.com'] };

const SHAPES: ShapeCase[] = [
  {
    label: 'a number where a list of hostnames belongs',
    inputs: (env) => ({
      ...gcore(env),
      operation: 'purge',
      resource: 'static.example.com',
      urls: '/a',
    }),
    fault: {
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/resources',
      status: 200,
      body: [{ ...RESOURCE, secondaryHostnames: 42 }],
    },
    error: /field '\[0\]\.secondaryHostnames' is a number; expected a list; status 200/,
  },
  {
    label: 'an empty 200 where a resource belongs',
    inputs: (env) => ({ ...gcore(env), operation: 'purge', resource: '123', urls: '/a' }),
    fault: { provider: 'gcore', method: 'GET', path: '/cdn/resources/123', status: 200, raw: '' },
    error: /the answer is missing; expected an object; status 200/,
  },
  {
    label: 'a null item in a token list',
    inputs: (env) => ({ ...gcore(env), operation: 'list-tokens' }),
    fault: { provider: 'gcore', method: 'GET', path: /\/tokens$/, status: 200, body: [null] },
    error: /field '\[0\]' is null; expected an object/,
  },
  {
    label: 'a null entry in a job status',
    inputs: (env) => ({
      ...medianova(env),
      operation: 'purge-status',
      resource: env.medianova.resources[0]!.resource_uuid,
      'task-id': 'op-1',
    }),
    fault: {
      provider: 'medianova',
      method: 'GET',
      path: /\/job\/[^/]+\/purge$/,
      status: 200,
      body: { data: { page: 1, total: 1, limit: 100, requests: [null] } },
    },
    error: /field 'data\.requests\[0\]' is null; expected an object/,
  },
  {
    label: "an object where CDNetworks' Code belongs",
    inputs: (env) => ({
      ...cdnetworks(env),
      operation: 'purge',
      urls: 'https://cdn.example.com/shape',
    }),
    fault: {
      provider: 'cdnetworks',
      method: 'POST',
      path: '/ccm/purge/ItemIdReceiver',
      status: 200,
      raw: '{"Code": {"__proto__": {"x": 1}}, "itemId": "i-1"}',
    },
    error: /field 'Code' is an object; expected a number or a string/,
  },
  {
    label: '__proto__ and constructor keys in a resource',
    inputs: (env) => ({ ...gcore(env), operation: 'purge', resource: '123', urls: '/a' }),
    fault: {
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/resources/123',
      status: 200,
      raw: '{"__proto__": {"cname": "evil.example"}, "constructor": {"prototype": 1}, "toString": 1, "id": 123, "cname": "cdn.example.com"}',
    },
  },
];

describe('hostile answers through dist/index.js', () => {
  const env = useEmulator();

  it.for(SHAPES.map((shape) => [shape.label, shape] as const))(
    'shapes: %s',
    async ([label, shape], { task }) => {
      env.emulator.fault(shape.fault);
      const run = await env.run({ ...shape.inputs(env), 'max-retries': '0' });
      env.emulator.clearFaults();
      expect(run.stdout + run.stderr).not.toMatch(/TypeError|RangeError|Cannot read|is not/);
      if (shape.error) {
        expect(run.exitCode).toBe(1);
        expect(errorLines(run)).toHaveLength(1);
        expect(errorLines(run)[0]).toMatch(shape.error);
      } else {
        expect(run.exitCode, run.stdout).toBe(0);
      }
      note(task, 'attacks', [
        'answer shapes',
        label,
        `dist/index.js ${shape.inputs(env).provider} ${shape.inputs(env).operation}`,
        shape.error ? 'ProviderError naming the field' : 'keys ignored; succeeded',
      ]);
    },
  );

  it('dates: a Medianova login expire of 99999999999999 is far future', async ({ task }) => {
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: '/api/v1/auth/login/token',
      status: 200,
      body: { status: true, token: 'mn-far-future-token', expire: 99999999999999 },
    });
    const run = await env.run(
      { ...medianova(env), operation: 'login' },
      { secrets: ['mn-far-future-token'] },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['expires-at']).toBe('9999-12-31T23:59:59Z');
    note(task, 'attacks', [
      'dates',
      'Medianova login expire 99999999999999 (s)',
      'dist/index.js medianova login',
      `expires-at ${run.outputs['expires-at']}`,
    ]);
  });

  it('dates: a Gcore certificate valid until year 275760 is far future', async ({ task }) => {
    const certificate = env.gcore.certificates.add({ name: 'forever' });
    certificate.validity_not_after = '+275760-09-13T00:00:00.000Z';
    const run = await env.run({
      ...gcore(env),
      operation: 'check-certificate',
      'certificate-id': String(certificate.id),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['not-after']).toBe('9999-12-31T23:59:59Z');
    note(task, 'attacks', [
      'dates',
      'Gcore certificate validity_not_after +275760-09-13',
      'dist/index.js gcore check-certificate',
      `not-after ${run.outputs['not-after']}, days-left ${run.outputs['days-left']}`,
    ]);
  });

  it('dates: a Gcore JWT exp of 9e12 seconds is far future', async ({ task }) => {
    const access = fakeJwt({ exp: 9e12, user_id: 1 });
    env.emulator.fault({
      provider: 'gcore',
      method: 'POST',
      path: '/iam/auth/jwt/login',
      status: 200,
      body: { access, refresh: 'gcore-far-future-refresh' },
    });
    const run = await env.run(
      {
        provider: 'gcore',
        'api-url': env.emulator.url('gcore'),
        operation: 'login',
        username: 'admin@example.com',
        password: 'correct-horse-battery-staple',
      },
      { secrets: [access, 'gcore-far-future-refresh'] },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['expires-at']).toBe(FAR_FUTURE);
    note(task, 'attacks', [
      'dates',
      'Gcore JWT exp 9e12 (s)',
      'dist/index.js gcore login',
      `expires-at ${run.outputs['expires-at']}`,
    ]);
  });

  it('pages: a resource list whose last page never comes, repeating itself', async ({ task }) => {
    const page = {
      data: {
        current_page: 1,
        last_page: 100_000,
        total: 10_000_000,
        data: [{ resource_uuid: 'r-other', cdn_url: 'other.mncdn.com', alias_domain: [] }],
      },
    };
    const path = /\/resource$/;
    env.emulator.fault({
      provider: 'medianova',
      method: 'GET',
      path,
      status: 200,
      body: page,
      times: 1000,
    });
    const since = Date.now();
    const run = await env.run({
      ...medianova(env),
      operation: 'purge',
      resource: 'www.example.com',
      urls: '/a',
    });
    env.emulator.clearFaults();
    const reads = env.emulator
      .requestsTo('medianova', { method: 'GET', path })
      .filter((r) => r.at >= since);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/Input 'resource': no Medianova CDN resource/);
    expect(reads.length).toBeLessThanOrEqual(2);
    note(task, 'attacks', [
      'pages',
      'Medianova resource list: last_page 100000, the same page every time',
      'dist/index.js medianova purge',
      `stopped after ${reads.length} pages (a repeat)`,
    ]);
  });

  it('pages: a job status whose total never comes, repeating itself, within wait-timeout', async ({
    task,
  }) => {
    const path = /\/job\/[^/]+\/purge$/;
    const entry = { opID: 'op-1', url: '/a', status: 1, message: 'running', completedAt: null };
    env.emulator.fault({
      provider: 'medianova',
      method: 'GET',
      path,
      status: 200,
      body: { data: { page: 1, total: 1_000_000_000, limit: 100, requests: [entry] } },
      times: 1000,
    });
    const since = Date.now();
    const run = await env.run({
      ...medianova(env),
      operation: 'purge-status',
      resource: env.medianova.resources[0]!.resource_uuid,
      'task-id': 'op-1',
      wait: 'true',
      'wait-timeout': '2',
    });
    env.emulator.clearFaults();
    const reads = env.emulator
      .requestsTo('medianova', { method: 'GET', path })
      .filter((r) => r.at >= since);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('pending');
    // one repeat per poll at most; polls every 5 s scaled down, for 2 s
    expect(reads.length).toBeLessThan(2 * 500);
    note(task, 'attacks', [
      'pages',
      'Medianova job status: total 1e9, the same page every time, wait-timeout 2 s',
      'dist/index.js medianova purge-status',
      'two reads a poll (one a repeat); pending when wait-timeout ends',
    ]);
  });

  it('pages: selected repositories of an organization secret that never end', async ({ task }) => {
    const old = env.gcore.iam.addToken({ name: 'org-rotation', role: PURGE_ROLE });
    env.github.seedOrgSecret('acme', 'GCORE_TOKEN', {
      visibility: 'selected',
      selectedRepositoryIds: [1],
    });
    const repositories = Array.from({ length: 100 }, (_, i) => ({ id: i + 1 }));
    const path = '/orgs/acme/actions/secrets/GCORE_TOKEN/repositories';
    env.emulator.fault({
      provider: 'github',
      method: 'GET',
      path,
      status: 200,
      body: { total_count: 1_000_000, repositories },
      times: 10_000,
    });
    const since = Date.now();
    const run = await env.run(
      {
        provider: 'gcore',
        'api-url': env.emulator.url('gcore'),
        'api-token': old.token,
        operation: 'rotate-token',
        'secret-name': 'GCORE_TOKEN',
        'secret-org': 'acme',
        'github-token': GITHUB_WRITE_TOKEN,
      },
      {
        secrets: [env.gcore.iam.nextToken()],
        env: { GITHUB_API_URL: env.emulator.url('github') },
      },
    );
    env.emulator.clearFaults();
    const reads = env.emulator
      .requestsTo('github', { method: 'GET', path })
      .filter((r) => r.at >= since);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/could not be read to the end.*the secret was not written/);
    expect(reads.length).toBeLessThanOrEqual(2);
    expect(env.github.secret({ org: 'acme' }, 'GCORE_TOKEN')?.value).toBe('seeded');
    expect(env.gcore.iam.tokens.find((token) => token.id === old.id)?.deleted).toBe(false);
    note(task, 'attacks', [
      'pages',
      'GitHub selected repositories: total_count 1e6, the same page every time',
      'dist/index.js gcore rotate-token, secret-org',
      `stopped after ${reads.length} pages; secret not written; old token kept`,
    ]);
  });

  const cutRotations: [string, Omit<Fault, 'provider'>, RegExp][] = [
    [
      'the new token verified with an answer cut off after its headers',
      { method: 'GET', path: '/iam/users/me', cutAfterHeaders: true, passThrough: true },
      /Verifying the new token failed: .*connection closed before the answer was complete/,
    ],
    [
      'the create answer cut off after its headers',
      { method: 'POST', path: /\/tokens$/, cutAfterHeaders: true, passThrough: true },
      /Creating the new token failed: .*may have reached Gcore: check list-tokens/,
    ],
  ];

  it.for(cutRotations)('network: rotate-token with %s', async ([label, fault, error], { task }) => {
    const old = env.gcore.iam.addToken({ name: 'cut-rotation', role: PURGE_ROLE });
    env.emulator.fault({ provider: 'gcore', ...fault });
    const issued = env.gcore.iam.nextToken();
    const run = await env.run(
      { ...gcore(env), 'api-token': old.token, operation: 'rotate-token', 'max-retries': '0' },
      { secrets: [issued] },
    );
    env.emulator.clearFaults();
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(error);
    expect(run.summary).toContain('cdnkit: rotate-token on gcore');
    const created = fault.method === 'GET';
    if (created) {
      expect(run.outputs['token-id']).toBe(issued.split('_')[0]);
      expect(run.outputs['api-token']).toBe(issued);
    }
    note(task, 'attacks', [
      'network',
      `rotate-token: ${label}`,
      'dist/index.js gcore rotate-token',
      created
        ? 'one ::error::; new token in the outputs; summary written'
        : 'one ::error:: saying a token may exist; summary written',
    ]);
  });
});
