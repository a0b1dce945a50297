/** The token flows against a scripted token manager: order of steps, what fails and what is left. */
import { describe, expect, it } from 'vitest';
import { ProviderError, StepError } from '../../src/errors.js';
import { HINTS } from '../../src/hints.js';
import type { HttpClient } from '../../src/http/client.js';
import { checkToken } from '../../src/operations/check-token.js';
import type { OperationReport } from '../../src/operations/report.js';
import { rotateToken } from '../../src/operations/rotate-token.js';
import { createToken, deleteToken, listTokens } from '../../src/operations/tokens.js';
import type { ApiToken, NewToken, TokenManager } from '../../src/providers/api-tokens.js';
import { resolveRole } from '../../src/providers/gcore/roles.js';
import type { CdnClient, Provider } from '../../src/providers/provider.js';
import type { SecretStore } from '../../src/run-context.js';
import { DAY, gcoreContext, NOW } from '../helpers/gcore.js';

const OLD_SECRET = '7711$old-token-secret';
const NEW_SECRET = '8001_new-token-secret';
const ENGINEERS = { id: 5, name: 'Engineers' };

function token(id: string, partial: Partial<ApiToken> = {}): ApiToken {
  return { id, name: `token ${id}`, expiresAt: null, expired: false, role: ENGINEERS, ...partial };
}

/** A token manager that records each call in `steps` and fails where told. */
class ScriptedTokens implements TokenManager {
  readonly maxTokens = 50;
  readonly steps: string[] = [];
  readonly created: NewToken[] = [];
  failAt: string | undefined;
  listed: ApiToken[] = [token('7711', { name: 'deploy', description: 'CI purges' })];

  constructor(readonly inUseTokenId: string | undefined = '7711') {}

  tokenIdOf(secret: string) {
    return /^(\d+)[$_]/.exec(secret)?.[1];
  }
  resolveRole(input: string) {
    return resolveRole(input);
  }
  async list() {
    this.step('list');
    return this.listed;
  }
  async get(id: string) {
    this.step(`get ${id}`);
    return this.listed.find((t) => t.id === id) ?? token(id);
  }
  async create(spec: NewToken) {
    this.step('create');
    this.created.push(spec);
    return {
      token: token('8001', { name: spec.name, role: spec.role, expiresAt: spec.expiresAt }),
      secret: NEW_SECRET,
    };
  }
  async verify(secret: string) {
    this.step(`verify ${secret}`);
  }
  async delete(id: string) {
    this.step(`delete ${id}`);
  }
  private step(name: string) {
    this.steps.push(name);
    if (this.failAt && name.startsWith(this.failAt)) {
      throw new ProviderError('gcore', `${this.failAt} refused`, { status: 401 });
    }
  }
}

function store(steps: string[], fail = false): SecretStore {
  return {
    describe: (name) => `repository secret ${name} of octo/site`,
    store: async (secrets) => {
      steps.push(`store ${secrets.map((s) => `${s.name}=${s.value}`).join(',')}`);
      if (fail)
        throw new ProviderError('github', 'Resource not accessible by integration', {
          status: 403,
        });
    },
  };
}

function providerWith(tokens: TokenManager): Provider {
  return {
    name: 'gcore',
    http: { lastRequestId: 'req-9' } as HttpClient,
    cdn: {} as CdnClient,
    tokens,
  };
}

const ROTATE = { operation: 'rotate-token', 'api-token': OLD_SECRET };
const STORED = { 'secret-name': 'GCORE_TOKEN', 'github-token': 'ghp_writer' };

async function rotate(
  inputs: Record<string, string> = {},
  options: { failAt?: string; storeFails?: boolean; withStore?: boolean } = {},
) {
  const tokens = new ScriptedTokens();
  tokens.failAt = options.failAt;
  const withStore = options.withStore ?? true;
  const ctx = gcoreContext(
    { ...ROTATE, ...(withStore ? STORED : {}), ...inputs },
    { secretStore: withStore ? store(tokens.steps, options.storeFails) : undefined },
  );
  const outcome = await rotateToken(providerWith(tokens), ctx).catch((error: unknown) => error);
  return { tokens, ctx, outcome };
}

/** The failure line of a report returned after the create. */
function failureOf(outcome: unknown): string | undefined {
  return (outcome as OperationReport).failure;
}

/** The summary rows of a report, by label. */
function rows(outcome: unknown): Record<string, string> {
  return Object.fromEntries((outcome as OperationReport).rows);
}

describe('rotate-token', () => {
  it('reads, checks the cap, creates, verifies with the new token, stores, then deletes the old', async () => {
    const { tokens, outcome } = await rotate();
    expect(tokens.steps).toEqual([
      'get 7711',
      'list',
      'create',
      `verify ${NEW_SECRET}`,
      `store GCORE_TOKEN=${NEW_SECRET}`,
      'delete 7711',
    ]);
    expect(tokens.created).toEqual([
      {
        name: 'deploy-20250601T000000Z',
        description: 'CI purges',
        role: ENGINEERS,
        expiresAt: new Date(NOW + 90 * DAY).toISOString(),
      },
    ]);
    expect(outcome).toMatchObject({
      outputs: {
        'api-token': NEW_SECRET,
        'token-id': '8001',
        'expires-at': '2025-08-30T00:00:00.000Z',
        'request-id': 'req-9',
      },
      result: {
        oldTokenId: '7711',
        newTokenId: '8001',
        stored: 'repository secret GCORE_TOKEN of octo/site',
        oldDeleted: true,
      },
      annotations: [],
    });
  });

  it('takes token-id, name, role and expiry from the inputs', async () => {
    const { tokens } = await rotate({
      'token-id': '7711',
      'api-token': '99_other-admin-token',
      name: 'deploy 2',
      role: 'Purge and Prefetch only (API)',
      'expires-in-days': 'never',
    });
    expect(tokens.steps[0]).toBe('get 7711');
    expect(tokens.created[0]).toMatchObject({
      name: 'deploy 2',
      role: { id: 3022, name: 'Purge and Prefetch only (API)' },
      expiresAt: null,
    });
  });

  it('names the old token unchanged when reading it fails', async () => {
    const { tokens, outcome } = await rotate({}, { failAt: 'get' });
    expect(tokens.steps).toEqual(['get 7711']);
    expect(outcome).toBeInstanceOf(StepError);
    expect((outcome as Error).message).toBe(
      `Reading the old token failed: Gcore: get refused; status 401. ${HINTS.gcoreToken}. Nothing was created or deleted: token 7711 is unchanged.`,
    );
  });

  it('names the old token unchanged when the create is refused', async () => {
    const { tokens, outcome } = await rotate({}, { failAt: 'create' });
    expect(tokens.steps).toEqual(['get 7711', 'list', 'create']);
    expect((outcome as Error).message).toBe(
      `Creating the new token failed: Gcore: create refused; status 401. ${HINTS.gcoreToken}. Nothing was created or deleted: token 7711 ('deploy') is unchanged.`,
    );
  });

  it('leaves the old token and stores nothing when the new one does not verify', async () => {
    const { tokens, outcome } = await rotate({}, { failAt: 'verify' });
    expect(tokens.steps).toEqual(['get 7711', 'list', 'create', `verify ${NEW_SECRET}`]);
    expect(outcome).toMatchObject({
      failure: `Verifying the new token failed: Gcore: verify refused; status 401. ${HINTS.gcoreToken}. Tokens now: new 8001 ('deploy-20250601T000000Z', not verified, not stored); old 7711 ('deploy') still exists and works. Delete token 8001 (delete-token) once the cause is known.`,
      outputs: { 'api-token': NEW_SECRET, 'token-id': '8001' },
      result: { verified: false, stored: null, oldDeleted: false },
    });
    expect(rows(outcome)).toMatchObject({ Verified: 'no', 'Old token deleted': 'no' });
  });

  it('does not delete the old token when storing the new one fails', async () => {
    const { tokens, outcome } = await rotate({}, { storeFails: true });
    expect(tokens.steps.at(-1)).toBe(`store GCORE_TOKEN=${NEW_SECRET}`);
    expect(tokens.steps).not.toContain('delete 7711');
    expect(failureOf(outcome)).toBe(
      `Storing the new token failed: GitHub: Resource not accessible by integration; status 403. ${HINTS.githubAccess}. Tokens now: new 8001 ('deploy-20250601T000000Z', verified, not stored); old 7711 ('deploy') still exists and works. GitHub secrets now: repository secret GCORE_TOKEN of octo/site keeps its earlier value (this write failed). Its secret is only in this step's masked outputs: delete token 8001 (delete-token) and run again.`,
    );
    expect(rows(outcome)).toMatchObject({ 'Stored in': 'not stored' });
  });

  it('says both tokens exist when deleting the old one fails, and still outputs the new one', async () => {
    const { outcome } = await rotate({}, { failAt: 'delete' });
    expect(failureOf(outcome)).toMatch(
      /new 8001 \('deploy-20250601T000000Z', verified, stored in repository secret GCORE_TOKEN of octo\/site\); old 7711 \('deploy'\) still exists and works\. Delete token 7711 with delete-token\.$/,
    );
    expect(outcome).toMatchObject({
      outputs: { 'api-token': NEW_SECRET, 'token-id': '8001' },
      result: { verified: true, oldDeleted: false },
      annotations: [],
    });
  });

  it('keeps the old token with delete-old: false', async () => {
    const { tokens, outcome } = await rotate({ 'delete-old': 'false' });
    expect(tokens.steps).not.toContain('delete 7711');
    expect(outcome).toMatchObject({ result: { oldDeleted: false } });
  });

  it('refuses to create a 51st token, before creating anything', async () => {
    const tokens = new ScriptedTokens();
    tokens.listed = Array.from({ length: 50 }, (_, i) => token(String(7711 + i)));
    const ctx = gcoreContext(ROTATE);
    await expect(rotateToken(providerWith(tokens), ctx)).rejects.toThrow(
      "Checking the token limit failed: The account already holds 50 API tokens, the maximum of 50: delete unused ones (list-tokens, delete-token) first. Nothing was created or deleted: token 7711 ('token 7711') is unchanged.",
    );
    expect(tokens.steps).toEqual(['get 7711', 'list']);
  });

  it('warns when the old token is gone and the new one lives only in the output', async () => {
    const { outcome } = await rotate({}, { withStore: false });
    expect(outcome).toMatchObject({
      result: { stored: null, oldDeleted: true },
      annotations: [{ level: 'warning', message: expect.stringMatching(/set 'secret-name'/) }],
    });
  });

  it('refuses secret-name without a secret store, before any request', async () => {
    const tokens = new ScriptedTokens();
    const ctx = gcoreContext({ ...ROTATE, ...STORED });
    await expect(rotateToken(providerWith(tokens), ctx)).rejects.toThrow(
      "Input 'secret-name': is set, but this run has no GitHub secret store",
    );
    expect(tokens.steps).toEqual([]);
  });

  it('refuses an unknown role before any request', async () => {
    const { tokens, outcome } = await rotate({ role: 'Owners' });
    expect((outcome as Error).message).toMatch(/^Input 'role': 'Owners' is not a Gcore role/);
    expect(tokens.steps).toEqual([]);
  });
});

describe('create-token, delete-token, list-tokens', () => {
  it('creates with the resolved role and expiry, and stores the token', async () => {
    const tokens = new ScriptedTokens();
    const ctx = gcoreContext(
      { operation: 'create-token', 'api-token': OLD_SECRET, name: 'ci', role: '3022', ...STORED },
      { secretStore: store(tokens.steps) },
    );
    const report = await createToken(providerWith(tokens), ctx);
    expect(tokens.steps).toEqual(['list', 'create', `store GCORE_TOKEN=${NEW_SECRET}`]);
    expect(tokens.created[0]).toEqual({
      name: 'ci',
      role: { id: 3022, name: 'Purge and Prefetch only (API)' },
      expiresAt: '2025-08-30T00:00:00.000Z',
    });
    expect(report.outputs).toMatchObject({ 'api-token': NEW_SECRET, 'token-id': '8001' });
  });

  it('names the token it created when storing fails', async () => {
    const tokens = new ScriptedTokens();
    const ctx = gcoreContext(
      { operation: 'create-token', 'api-token': OLD_SECRET, name: 'ci', role: '3022', ...STORED },
      { secretStore: store(tokens.steps, true) },
    );
    const report = await createToken(providerWith(tokens), ctx);
    expect(report.failure).toBe(
      `Storing the new token failed: GitHub: Resource not accessible by integration; status 403. ${HINTS.githubAccess}. Tokens now: new 8001 ('ci', not stored). GitHub secrets now: repository secret GCORE_TOKEN of octo/site keeps its earlier value (this write failed). Its secret is only in this step's masked outputs: delete token 8001 (delete-token) and run again.`,
    );
    // the new token is not lost with the error: it is still the (masked) output
    expect(report.outputs).toMatchObject({ 'api-token': NEW_SECRET, 'token-id': '8001' });
  });

  it('deletes token-id and lists every token in a table', async () => {
    const tokens = new ScriptedTokens();
    tokens.listed = [
      token('7711', {
        name: 'deploy',
        expiresAt: '2025-07-01T00:00:00.000Z',
        lastUsed: '2025-05-30T10:00:00Z',
        owner: 'Ada',
      }),
    ];
    const removed = await deleteToken(
      providerWith(tokens),
      gcoreContext({ operation: 'delete-token', 'api-token': OLD_SECRET, 'token-id': '42' }),
    );
    expect(removed.outputs['token-id']).toBe('42');
    const listed = await listTokens(
      providerWith(tokens),
      gcoreContext({ operation: 'list-tokens', 'api-token': OLD_SECRET }),
    );
    expect(tokens.steps).toEqual(['delete 42', 'list']);
    expect(listed.tables![0]!.rows).toEqual([
      ['7711', 'deploy', 'Engineers', '2025-07-01T00:00:00.000Z', '2025-05-30T10:00:00Z', 'Ada'],
    ]);
  });
});

describe('check-token', () => {
  const inDays = (days: number) => new Date(NOW + days * DAY).toISOString();
  const CHECK = { operation: 'check-token', 'api-token': OLD_SECRET };

  it('warns within warn-days, errors within a day, and reports the earliest expiry', async () => {
    const tokens = new ScriptedTokens();
    tokens.listed = [
      token('7711', { name: 'in use', expiresAt: inDays(30) }),
      token('7712', { name: 'soon', expiresAt: inDays(6.5) }),
      token('7713', { name: 'tomorrow', expiresAt: inDays(0.5) }),
      token('7714', { name: 'forever', expiresAt: null }),
    ];
    const report = await checkToken(providerWith(tokens), gcoreContext(CHECK));
    expect(report.annotations).toEqual([
      {
        level: 'warning',
        message: "Gcore API token 7712 'soon' expires in 6 days, at 2025-06-07T12:00:00.000Z.",
      },
      {
        level: 'error',
        message:
          "Gcore API token 7713 'tomorrow' expires within a day, at 2025-06-01T12:00:00.000Z.",
      },
    ]);
    expect(report.outputs['days-left']).toBe('0');
    expect(report.failure).toBeUndefined();
    expect(report.result).toMatchObject({
      daysLeft: 0,
      tokens: [
        { id: '7711', daysLeft: 30, state: 'ok' },
        { id: '7712', daysLeft: 6, state: 'warning' },
        { id: '7713', daysLeft: 0, state: 'error' },
        { id: '7714', daysLeft: null, state: 'never' },
      ],
    });
  });

  it('checks only token-id when given, with its own warn-days', async () => {
    const tokens = new ScriptedTokens();
    tokens.listed = [token('7712', { expiresAt: inDays(20) })];
    const report = await checkToken(
      providerWith(tokens),
      gcoreContext({ ...CHECK, 'token-id': '7712', 'warn-days': '30' }),
    );
    expect(tokens.steps).toEqual(['get 7712']);
    expect(report.annotations).toHaveLength(1);
    expect(report.outputs['days-left']).toBe('20');
  });

  it('fails the step when the token this run uses has expired', async () => {
    const tokens = new ScriptedTokens();
    tokens.listed = [token('7711', { expiresAt: inDays(-1), expired: true })];
    const report = await checkToken(providerWith(tokens), gcoreContext(CHECK));
    expect(report.failure).toBe(
      'The API token this run uses (token 7711) has expired: rotate it or create a new one.',
    );
    expect(report.annotations![0]!.level).toBe('error');
  });

  it('explains a 401 on its own token as an expired or deleted api-token', async () => {
    const tokens = new ScriptedTokens();
    tokens.failAt = 'list';
    await expect(checkToken(providerWith(tokens), gcoreContext(CHECK))).rejects.toThrow(
      /^The api-token of this run \(token 7711\) was refused: it has expired or was deleted\./,
    );
  });

  it('leaves days-left empty when no token expires', async () => {
    const tokens = new ScriptedTokens();
    const report = await checkToken(providerWith(tokens), gcoreContext(CHECK));
    expect(report.outputs['days-left']).toBe('');
    expect(report.annotations).toEqual([]);
  });
});

describe('dry-run of token operations', () => {
  const run = async (operation: string, inputs: Record<string, string> = {}) => {
    const tokens = new ScriptedTokens();
    const ctx = gcoreContext(
      { operation, 'api-token': OLD_SECRET, 'dry-run': 'true', ...inputs },
      { secretStore: inputs['secret-name'] ? store(tokens.steps) : undefined },
    );
    const runners = { listTokens, createToken, deleteToken, checkToken, rotateToken };
    const runner = {
      'list-tokens': runners.listTokens,
      'create-token': runners.createToken,
      'delete-token': runners.deleteToken,
      'check-token': runners.checkToken,
      'rotate-token': runners.rotateToken,
    }[operation]!;
    const report = await runner(providerWith(tokens), ctx);
    expect(tokens.steps, 'nothing is sent').toEqual([]);
    return { report, logged: ctx.lines.map((line) => line.replace(/^\w+: /, '')) };
  };

  it('lists the rotation steps in order, and sends nothing', async () => {
    const { report, logged } = await run('rotate-token', STORED);
    expect(report.result).toEqual({
      dryRun: true,
      steps: [
        'read token 7711',
        'check the account holds fewer than 50 tokens',
        'create its replacement with the same role, expiring 2025-08-30T00:00:00.000Z',
        'verify the new token with a request sent with it',
        'store it in repository secret GCORE_TOKEN of octo/site',
        'delete token 7711',
      ],
    });
    expect(logged[0]).toBe('dry run: step 1/6: read token 7711');
  });

  it('plans create, delete, list and check without sending', async () => {
    const steps = async (operation: string, inputs: Record<string, string> = {}) =>
      ((await run(operation, inputs)).report.result as { steps: string[] }).steps;
    expect(
      await steps('create-token', { name: 'ci', role: 'Users', 'expires-in-days': 'never' }),
    ).toEqual([
      'check the account holds fewer than 50 tokens',
      "create token 'ci' with role Users, expiring never",
    ]);
    expect(await steps('delete-token', { 'token-id': '42' })).toEqual(['delete token 42']);
    expect(await steps('list-tokens')).toEqual(['list the API tokens of the account']);
    expect(await steps('check-token', { 'token-id': '42' })).toEqual([
      'read token 42',
      'warn about tokens expiring within 7 days; error within 1 day',
    ]);
  });
});
