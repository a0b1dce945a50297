import { describe, expect, it } from 'vitest';
import type { StookCredentialState } from '../../emulator/medianova.js';
import { HINTS } from '../../src/hints.js';
import { errorLines, expectNoLeaks, medianovaInputs, useEmulator } from '../helpers/e2e.js';

describe('medianova Stook credentials through dist/index.js', () => {
  // the undocumented variant whose create answer carries the keys (the documented one: medianova-fidelity.test.ts)
  const env = useEmulator({ medianova: { returnSecretOnCreate: true } });
  const stook = () => `/api/v2/stook/${env.medianova.organization}`;
  const base = (operation: string) => medianovaInputs(env, operation);
  /** every run also proves no token or secret key the emulator issued leaked */
  const run = async (inputs: Record<string, string>) => {
    const result = await env.run(inputs);
    expectNoLeaks(result, env.medianova.issuedSecrets());
    return result;
  };
  const fixture = (name: string, extra: Partial<StookCredentialState> = {}) =>
    env.medianova.addCredential({
      name,
      is_readonly: true,
      subfolder: 'site/',
      buckets: env.medianova.buckets.map((bucket) => bucket.uuid),
      ...extra,
    });
  /** the next DELETE is answered 403, as a key without the delete permission would be */
  const refuseNextDelete = () =>
    env.emulator.fault({
      provider: 'medianova',
      method: 'DELETE',
      status: 403,
      body: { status: false, message: 'Permission denied.' },
    });
  const exists = (id: string) => env.medianova.credentials.some((c) => c.uuid === id);
  const requestsSince = (count: number) =>
    env.emulator.requests.slice(count).map((request) => `${request.method} ${request.path}`);

  it('rotates: old read, new created with its settings, verified in the list, then old deleted', async () => {
    const old = fixture('deploy-20261023T0915Z');
    const before = env.emulator.requests.length;
    const result = await run({ ...base('rotate-credential'), 'credential-id': old.uuid });
    expect(result.exitCode, result.stdout).toBe(0);

    const created = env.medianova.credentials.at(-1)!;
    expect(created.uuid).not.toBe(old.uuid);
    expect(created).toMatchObject({
      is_readonly: true,
      subfolder: 'site/',
      buckets: old.buckets,
    });
    expect(created.name).toMatch(/^deploy-\d{8}T\d{6}Z$/);
    expect(exists(old.uuid)).toBe(false);
    expect(requestsSince(before)).toEqual([
      'POST /api/v1/auth/login/token',
      `GET ${stook()}/credential/${old.uuid}`,
      `POST ${stook()}/credentials`,
      `GET ${stook()}/credential`,
      `DELETE ${stook()}/credential/${old.uuid}`,
    ]);
    const body = env.emulator.requestsTo('medianova', { method: 'POST' }).at(-1)!.json;
    expect(body).toEqual({
      name: created.name,
      is_readonly: true,
      buckets: old.buckets,
      subfolder: 'site/',
    });
    expect(result.outputs['credential-id']).toBe(created.uuid);
    expect(result.outputs['access-key']).toBe(created.access_key);
    expect(result.outputs['secret-key']).toBe(created.secret_key);
    expect(result.stdout).toContain(`::add-mask::${created.secret_key}`);
    const output = JSON.parse(result.outputs.result!);
    expect(output.new).toMatchObject({ id: created.uuid, secretKey: '***', verified: true });
    expect(output.old).toEqual({ id: old.uuid, name: old.name, deleted: true });
    expect(result.summary).toContain(`| Old credential | ${old.uuid} (${old.name}): deleted |`);
  });

  it('keeps the old credential with delete-old: false and uses the name input', async () => {
    const old = fixture('ci');
    const result = await run({
      ...base('rotate-credential'),
      'credential-id': old.uuid,
      'delete-old': 'false',
      name: 'ci-next',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(exists(old.uuid)).toBe(true);
    expect(env.medianova.credentials.at(-1)!.name).toBe('ci-next');
    expect(result.summary).toContain('kept (delete-old: false)');
  });

  it('when create fails, deletes nothing and fails the step saying the old one is unchanged', async () => {
    const old = fixture('release');
    const count = env.medianova.credentials.length;
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: `${stook()}/credentials`,
      status: 422,
      body: { status: false, message: 'Invalid request payload.' },
    });
    const before = env.emulator.requests.length;
    const result = await run({ ...base('rotate-credential'), 'credential-id': old.uuid });
    expect(result.exitCode).toBe(1);
    expect(env.medianova.credentials.length).toBe(count);
    expect(exists(old.uuid)).toBe(true);
    expect(requestsSince(before).some((request) => request.startsWith('DELETE'))).toBe(false);
    expect(errorLines(result)).toEqual([
      `::error::Creating the new credential failed: Medianova (POST /medianova${stook()}/credentials): Invalid request payload.; status 422. ${HINTS.refused}. Nothing was created or deleted: credential ${old.uuid} ('release') is unchanged.`,
    ]);
  });

  it('when delete fails, reports the new credential and fails naming both ids', async () => {
    const old = fixture('backup');
    refuseNextDelete();
    const result = await run({ ...base('rotate-credential'), 'credential-id': old.uuid });
    expect(result.exitCode).toBe(1);
    const created = env.medianova.credentials.at(-1)!;
    expect(exists(old.uuid)).toBe(true);
    expect(exists(created.uuid)).toBe(true);
    const [error] = errorLines(result);
    expect(error).toContain('Deleting the old credential failed: Medianova');
    expect(error).toContain('Permission denied.; status 403');
    expect(error).toContain(
      `new ${created.uuid} ('${created.name}', access key ${created.access_key}, verified, not stored)`,
    );
    expect(error).toContain(`old ${old.uuid} ('backup') still exists and works`);
    expect(result.outputs['credential-id']).toBe(created.uuid);
    expect(result.outputs['secret-key']).toBe(created.secret_key);
    expect(result.summary).toContain('not deleted');
  });

  it('when the new credential is not listed, deletes nothing', async () => {
    const old = fixture('verify-me');
    env.emulator.fault({
      provider: 'medianova',
      method: 'GET',
      path: `${stook()}/credential`,
      times: 3,
      status: 200,
      body: { status: true, data: [] },
    });
    const before = env.emulator.requests.length;
    const result = await run({ ...base('rotate-credential'), 'credential-id': old.uuid });
    expect(result.exitCode).toBe(1);
    expect(exists(old.uuid)).toBe(true);
    expect(requestsSince(before).filter((r) => r === `GET ${stook()}/credential`)).toHaveLength(3);
    expect(requestsSince(before).some((request) => request.startsWith('DELETE'))).toBe(false);
    expect(errorLines(result)[0]).toContain('Verifying the new credential failed');
    expect(errorLines(result)[0]).toContain('is not in the credential list after 3 reads');
  });

  /** Runs with create answers that carry no keys, as Medianova's documented answer does. */
  const withoutSecretOnCreate = async <T>(body: () => Promise<T>): Promise<T> => {
    env.medianova.returnSecretOnCreate = false;
    try {
      return await body();
    } finally {
      env.medianova.returnSecretOnCreate = true;
    }
  };

  it('when create returns no secret key, deletes the new credential again, keeps the old one and says why', async () => {
    const old = fixture('no-secret');
    const count = env.medianova.credentials.length;
    const before = env.emulator.requests.length;
    const result = await withoutSecretOnCreate(() =>
      run({ ...base('rotate-credential'), 'credential-id': old.uuid }),
    );
    expect(result.exitCode).toBe(1);
    expect(exists(old.uuid)).toBe(true);
    // no orphan: the one credential created was deleted again, and only it
    expect(env.medianova.credentials.length).toBe(count);
    const deletes = requestsSince(before).filter((request) => request.startsWith('DELETE'));
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).not.toContain(old.uuid);
    const errors = errorLines(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error::Reading the new secret key failed: Medianova: the create answer for credential (\\S+) carries no secret key, and the API offers no other way to read it\\. Nothing was kept: the new credential \\1 was deleted again and credential ${old.uuid} \\('no-secret'\\) is unchanged\\. Rotate this credential in the Medianova panel \\(Stook -> Access Key Management\\) instead\\.$`,
      ),
    );
    expect(deletes[0]).toContain(/credential (\S+) carries/.exec(errors[0]!)![1]);
  });

  it('names the orphan when deleting the credential without a secret key fails', async () => {
    const old = fixture('orphan');
    refuseNextDelete();
    const result = await withoutSecretOnCreate(() =>
      run({ ...base('rotate-credential'), 'credential-id': old.uuid }),
    );
    expect(result.exitCode).toBe(1);
    const orphan = env.medianova.credentials.at(-1)!;
    expect(orphan.uuid).not.toBe(old.uuid);
    expect(exists(old.uuid)).toBe(true);
    const [error] = errorLines(result);
    expect(error).toContain(
      `Deleting the new credential ${orphan.uuid} again failed too: Medianova (DELETE /medianova${stook()}/credential/${orphan.uuid}): Permission denied.; status 403. Delete credential ${orphan.uuid} with delete-credential.`,
    );
    expect(result.outputs['credential-id']).toBe(orphan.uuid);
  });

  it('when the secret key cannot be stored, writes the old access key back and deletes nothing', async () => {
    const old = fixture('pair');
    const repository = 'acme/stook-pair';
    const secret = (name: string) => env.github.secret({ repository }, name)?.value;
    env.emulator.fault({
      provider: 'github',
      method: 'PUT',
      path: /\/actions\/secrets\/STOOK_SECRET_KEY$/,
      status: 500,
      body: { message: 'injected: the secret key write failed' },
    });
    const result = await env.run(
      {
        ...base('rotate-credential'),
        'credential-id': old.uuid,
        'max-retries': '0',
        'secret-name': 'STOOK_SECRET_KEY',
        'github-token': 'github_pat_emulator_secrets_write',
      },
      {
        secrets: env.medianova.issuedSecrets(),
        env: { GITHUB_API_URL: env.emulator.url('github'), GITHUB_REPOSITORY: repository },
      },
    );
    expectNoLeaks(result, env.medianova.issuedSecrets());
    expect(result.exitCode).toBe(1);
    const created = env.medianova.credentials.at(-1)!;
    // the old credential and the old pair: what the secrets hold still works together
    expect(exists(old.uuid)).toBe(true);
    expect(secret('STOOK_SECRET_KEY_ACCESS_KEY')).toBe(old.access_key);
    expect(secret('STOOK_SECRET_KEY')).toBeUndefined();
    const [error] = errorLines(result);
    expect(error).toContain(
      `GitHub secrets now: repository secret STOOK_SECRET_KEY_ACCESS_KEY of ${repository} holds the access key of credential ${old.uuid} again; repository secret STOOK_SECRET_KEY of ${repository} keeps its earlier value (this write failed).`,
    );
    expect(error).toContain(`new ${created.uuid} ('${created.name}'`);
    // the new secret key is not lost with the error: it is the masked output
    expect(result.outputs).toMatchObject({
      'credential-id': created.uuid,
      'secret-key': created.secret_key,
    });
  });

  it('creates with POST to the plural /credentials and masks the secret key', async () => {
    const buckets = env.medianova.buckets[1]!.uuid;
    const result = await run({
      ...base('create-credential'),
      name: 'uploader',
      'read-only': 'false',
      buckets,
      subfolder: 'uploads/',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const created = env.medianova.credentials.at(-1)!;
    const post = env.emulator.requestsTo('medianova', { method: 'POST' }).at(-1)!;
    expect(post.path).toBe(`${stook()}/credentials`);
    expect(post.json).toEqual({
      name: 'uploader',
      is_readonly: false,
      buckets: [buckets],
      subfolder: 'uploads/',
    });
    expect(result.outputs).toMatchObject({
      'credential-id': created.uuid,
      'access-key': created.access_key,
      'secret-key': created.secret_key,
    });
    expect(result.summary).toContain('| Buckets | backups |');
  });

  it('warns when create returns no secret key', async () => {
    env.medianova.returnSecretOnCreate = false;
    try {
      const result = await run({
        ...base('create-credential'),
        name: 'quiet',
        buckets: env.medianova.buckets[0]!.uuid,
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs['secret-key']).toBe('');
      expect(result.stdout).toMatch(/::warning::Medianova created credential .* no secret key/);
    } finally {
      env.medianova.returnSecretOnCreate = true;
    }
  });

  it('lists, gets, updates (keeping unset settings) and deletes', async () => {
    const credential = fixture('editable');
    let result = await run(base('list-credentials'));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toContain(
      `| ${credential.uuid} | editable | ${credential.access_key} |`,
    );

    result = await run({ ...base('get-credential'), 'credential-id': credential.uuid });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['access-key']).toBe(credential.access_key);
    expect(result.outputs['secret-key']).toBeUndefined();

    result = await run({
      ...base('update-credential'),
      'credential-id': credential.uuid,
      'read-only': 'false',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const put = env.emulator.requestsTo('medianova', { method: 'PUT' }).at(-1)!;
    expect(put.path).toBe(`${stook()}/credential/${credential.uuid}`);
    expect(put.json).toEqual({
      name: 'editable',
      is_readonly: false,
      buckets: credential.buckets,
      subfolder: 'site/',
    });

    result = await run({ ...base('delete-credential'), 'credential-id': credential.uuid });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(exists(credential.uuid)).toBe(false);
    expect(result.summary).toContain('Credential successfully deleted.');
  });

  it("an unknown credential id fails with Medianova's message, not a stack trace", async () => {
    const result = await run({
      ...base('rotate-credential'),
      'credential-id': 'no-such-credential',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toEqual([
      `::error::Reading the old credential failed: Medianova (GET /medianova${stook()}/credential/no-such-credential): Credential not found.; status 404. ${HINTS.notFound}. Nothing was created or deleted: credential no-such-credential is unchanged.`,
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('dry-run describes the rotation steps and sends nothing, not even the login', async () => {
    const old = fixture('dry');
    const before = env.emulator.requests.length;
    const result = await run({
      ...base('rotate-credential'),
      'credential-id': old.uuid,
      'dry-run': 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(env.emulator.requests.length).toBe(before);
    expect(result.stdout).toContain(`dry run: step 1/4: read credential ${old.uuid}`);
    expect(result.stdout).toContain(`dry run: step 4/4: delete credential ${old.uuid}`);
    expect(exists(old.uuid)).toBe(true);
  });

  it('fails on a missing credential-id or organization before any request', async () => {
    const before = env.emulator.requests.length;
    let result = await run(base('rotate-credential'));
    expect(errorLines(result)).toEqual([
      "::error::Input 'credential-id': is required for 'rotate-credential'",
    ]);
    const { organization: _organization, ...inputs } = base('list-credentials');
    result = await run(inputs);
    expect(errorLines(result)).toEqual([
      "::error::Input 'organization': is required for medianova 'list-credentials' (the organization uuid)",
    ]);
    expect(env.emulator.requests.length).toBe(before);
  });
});
