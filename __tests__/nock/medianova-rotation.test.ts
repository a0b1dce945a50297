/**
 * rotate-credential's order against nock, with a SecretStore: the old
 * credential is deleted only after the new one is verified and both keys are
 * stored, the access key first; a half-written pair is put back.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError, ProviderError, StepError } from '../../src/errors.js';
import { HINTS } from '../../src/hints.js';
import { rotateCredential } from '../../src/operations/rotate-credential.js';
import { createMedianovaProvider } from '../../src/providers/medianova/provider.js';
import type { SecretStore, SecretToStore } from '../../src/run-context.js';
import { type TestContext, testContext } from '../helpers/context.js';

/** Medianova's rotation names carry the UTC time: pin it. */
const contextFor = (
  inputs: Record<string, string>,
  options: Parameters<typeof testContext>[1] = {},
): TestContext => testContext(inputs, { now: Date.UTC(2026, 10, 23, 9, 15, 30), ...options });

const BASE = 'https://cloud.medianova.com';
const STOOK = '/api/v2/stook/org-1';
const OLD = {
  uuid: 'cred-old',
  name: 'deploy-20261023T0915Z',
  is_readonly: true,
  access_key: 'AK-OLD',
  subfolder: 'site/',
  buckets: [{ uuid: 'b-1', name: 'assets' }],
};
const NEW = { uuid: 'cred-new', name: 'deploy-20261123T091530Z', access_key: 'AK-NEW' };
const SECRET = 'SK-new-secret-value';

/** Medianova as nock, writing each call into `events` in the order it arrives. */
function medianova(
  events: string[],
  listed: object[][] = [[OLD, NEW]],
  created: object = { ...NEW, is_readonly: true, buckets: OLD.buckets, secret_key: SECRET },
) {
  nock(BASE)
    .post('/api/v1/auth/login/token')
    .reply(200, { status: true, token: 'tok-1', expire: 1 })
    .get(`${STOOK}/credential/cred-old`)
    .reply(200, () => {
      events.push('get old');
      return { status: true, data: OLD };
    })
    .post(`${STOOK}/credentials`, {
      name: NEW.name,
      is_readonly: true,
      buckets: ['b-1'],
      subfolder: 'site/',
    })
    .reply(200, () => {
      events.push('create');
      return { status: true, data: created };
    });
  for (const data of listed) {
    nock(BASE)
      .get(`${STOOK}/credential`)
      .reply(200, () => {
        events.push('list');
        return { status: true, data };
      });
  }
}

function expectDelete(events: string[], id = 'cred-old', status = 200) {
  nock(BASE)
    .delete(`${STOOK}/credential/${id}`)
    .reply(status, () => {
      events.push(`delete ${id}`);
      return status === 200
        ? { status: true, message: 'Credential successfully deleted.' }
        : { status: false, message: 'Permission denied.' };
    });
}

/** A secret store that records every write; `refuse` says which writes fail (by number, from 1). */
function recordingStore(
  events: string[],
  refuse: (write: number) => boolean = () => false,
): SecretStore & { stored: SecretToStore[] } {
  const stored: SecretToStore[] = [];
  return {
    stored,
    describe: (name) => `repository secret ${name} of owner/repo`,
    store: async (secrets) => {
      events.push(`store ${secrets.map((secret) => secret.name).join(',')}`);
      if (refuse(events.filter((event) => event.startsWith('store')).length))
        throw new ProviderError('github', 'Resource not accessible by integration', {
          status: 403,
        });
      stored.push(...secrets);
    },
  };
}

function rotation(inputs: Record<string, string>, store?: SecretStore) {
  const ctx = contextFor(
    {
      provider: 'medianova',
      operation: 'rotate-credential',
      'api-key': 'mn-key',
      'api-secret': 'mn-secret',
      organization: 'org-1',
      'credential-id': 'cred-old',
      ...inputs,
    },
    { secretStore: store },
  );
  return { ctx, run: () => rotateCredential(createMedianovaProvider(ctx), ctx) };
}

const writeBack = { 'secret-name': 'STOOK_SECRET', 'github-token': 'ghp_test_token' };
/** The calls of a rotation up to both keys written: the access key first. */
const UNTIL_STORED = [
  'get old',
  'create',
  'list',
  'store STOOK_SECRET_ACCESS_KEY',
  'store STOOK_SECRET',
];

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('rotate-credential', () => {
  it('reads, creates, verifies, stores both keys, then deletes the old credential', async () => {
    const events: string[] = [];
    medianova(events);
    expectDelete(events);
    const store = recordingStore(events);
    const { ctx, run } = rotation(writeBack, store);
    const report = await run();
    expect(events).toEqual([...UNTIL_STORED, 'delete cred-old']);
    expect(store.stored).toEqual([
      { name: 'STOOK_SECRET_ACCESS_KEY', value: 'AK-NEW' },
      { name: 'STOOK_SECRET', value: SECRET },
    ]);
    expect(report.failure).toBeUndefined();
    expect(report.outputs).toMatchObject({
      'credential-id': 'cred-new',
      'access-key': 'AK-NEW',
      'secret-key': SECRET,
    });
    expect(ctx.secrets.has(SECRET)).toBe(true);
    expect(ctx.secrets.redactJson(report.result)).toMatchObject({
      new: { secretKey: '***' },
      storedIn: [
        'repository secret STOOK_SECRET_ACCESS_KEY of owner/repo',
        'repository secret STOOK_SECRET of owner/repo',
      ],
    });
    // nothing but debug lines before the secret key was registered
    expect(ctx.lines.filter((line) => !line.startsWith('debug:'))[0]).toContain(
      'created credential cred-new',
    );
  });

  it('when storing fails, keeps the old credential and names both', async () => {
    const events: string[] = [];
    medianova(events);
    const { run } = rotation(
      writeBack,
      recordingStore(events, () => true),
    );
    const report = await run();
    expect(events).toEqual(['get old', 'create', 'list', 'store STOOK_SECRET_ACCESS_KEY']);
    expect(report.failure).toBe(
      `Storing the new credential failed: GitHub: Resource not accessible by integration; status 403. ${HINTS.githubAccess}. Credentials now: new cred-new ('deploy-20261123T091530Z', access key AK-NEW, verified, not stored); old cred-old ('deploy-20261023T0915Z') still exists and works. GitHub secrets now: repository secret STOOK_SECRET_ACCESS_KEY of owner/repo keeps its earlier value (this write failed). Its secret is only in this step's masked outputs: delete credential cred-new (delete-credential) and run again.`,
    );
    expect(report.outputs['secret-key']).toBe(SECRET);
  });

  it('when the secret key cannot be written, writes the old access key back and deletes nothing', async () => {
    const events: string[] = [];
    medianova(events);
    const store = recordingStore(events, (write) => write === 2);
    const { run } = rotation(writeBack, store);
    const report = await run();
    expect(events).toEqual([...UNTIL_STORED, 'store STOOK_SECRET_ACCESS_KEY']);
    // the stored pair is the old, working one again
    expect(store.stored.at(-1)).toEqual({ name: 'STOOK_SECRET_ACCESS_KEY', value: 'AK-OLD' });
    expect(report.failure).toBe(
      `Storing the new credential failed: GitHub: Resource not accessible by integration; status 403. ${HINTS.githubAccess}. Credentials now: new cred-new ('deploy-20261123T091530Z', access key AK-NEW, verified, not stored); old cred-old ('deploy-20261023T0915Z') still exists and works. GitHub secrets now: repository secret STOOK_SECRET_ACCESS_KEY of owner/repo holds the access key of credential cred-old again; repository secret STOOK_SECRET of owner/repo keeps its earlier value (this write failed). Its secret is only in this step's masked outputs: delete credential cred-new (delete-credential) and run again.`,
    );
    expect(report.outputs).toMatchObject({ 'credential-id': 'cred-new', 'secret-key': SECRET });
  });

  it('says the access key secret holds the new key when writing the old one back fails too', async () => {
    const events: string[] = [];
    medianova(events);
    const { run } = rotation(
      writeBack,
      recordingStore(events, (write) => write >= 2),
    );
    const report = await run();
    expect(events).not.toContain('delete cred-old');
    expect(report.failure).toContain(
      'GitHub secrets now: repository secret STOOK_SECRET_ACCESS_KEY of owner/repo holds the access key of credential cred-new (writing the access key of credential cred-old back failed: GitHub: Resource not accessible by integration; status 403); repository secret STOOK_SECRET of owner/repo keeps its earlier value (this write failed).',
    );
  });

  it('deletes the credential it created when the answer carries no secret key, and keeps the old one', async () => {
    const events: string[] = [];
    medianova(events, [], { ...NEW, is_readonly: true });
    expectDelete(events, 'cred-new');
    const store = recordingStore(events);
    const { run } = rotation(writeBack, store);
    const error = await run().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(events).toEqual(['get old', 'create', 'delete cred-new']);
    expect(store.stored).toEqual([]);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toBe(
      "Reading the new secret key failed: Medianova: the create answer for credential cred-new carries no secret key, and the API offers no other way to read it. Nothing was kept: the new credential cred-new was deleted again and credential cred-old ('deploy-20261023T0915Z') is unchanged. Rotate this credential in the Medianova panel (Stook -> Access Key Management) instead.",
    );
  });

  it('names the orphan when deleting the credential without a secret key fails', async () => {
    const events: string[] = [];
    medianova(events, [], { ...NEW, is_readonly: true });
    expectDelete(events, 'cred-new', 403);
    const { run } = rotation({});
    const report = await run();
    expect(events).toEqual(['get old', 'create', 'delete cred-new']);
    expect(report.failure).toBe(
      "Reading the new secret key failed: Medianova: the create answer for credential cred-new carries no secret key, and the API offers no other way to read it. Credentials now: new cred-new ('deploy-20261123T091530Z', access key AK-NEW, not verified, not stored); old cred-old ('deploy-20261023T0915Z') still exists and works. Deleting the new credential cred-new again failed too: Medianova (DELETE /api/v2/stook/org-1/credential/cred-new): Permission denied.; status 403. Delete credential cred-new with delete-credential. Rotate this credential in the Medianova panel (Stook -> Access Key Management) instead.",
    );
    expect(report.outputs['credential-id']).toBe('cred-new');
  });

  it('says a credential may exist when the create answer is lost', async () => {
    nock(BASE)
      .post('/api/v1/auth/login/token')
      .reply(200, { status: true, token: 'tok-1', expire: 1 })
      .get(`${STOOK}/credential/cred-old`)
      .reply(200, { status: true, data: OLD })
      .post(`${STOOK}/credentials`)
      .reply(502, 'Bad Gateway');
    const { run } = rotation({ 'max-retries': '0' });
    await expect(run()).rejects.toThrow(
      "Nothing was deleted: credential cred-old ('deploy-20261023T0915Z') is unchanged. The request may have reached Medianova: check list-credentials for a credential named 'deploy-20261123T091530Z'.",
    );
  });

  it('reads the list again when the new credential is not listed yet', async () => {
    const events: string[] = [];
    medianova(events, [[OLD], [OLD, NEW]]);
    expectDelete(events);
    const { ctx, run } = rotation({});
    const report = await run();
    expect(report.failure).toBeUndefined();
    expect(events).toEqual(['get old', 'create', 'list', 'list', 'delete cred-old']);
    expect(ctx.slept).toContain(2_000);
  });

  it('refuses a listed credential whose access key differs from the one created', async () => {
    const events: string[] = [];
    const wrong = { ...NEW, access_key: 'AK-OTHER' };
    medianova(events, [[wrong], [wrong], [wrong]]);
    const { run } = rotation({});
    const report = await run();
    expect(events).not.toContain('delete cred-old');
    expect(report.failure).toContain(
      'Verifying the new credential failed: credential cred-new is listed with access key AK-OTHER, not AK-NEW.',
    );
  });

  it('refuses secret-name before any request when this run cannot write secrets', async () => {
    const { run } = rotation(writeBack);
    await expect(run()).rejects.toBeInstanceOf(InputError);
  });
});
