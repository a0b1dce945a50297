/**
 * rotate-credential's order against nock, with a SecretStore: the old
 * credential is deleted only after the new one is verified and stored.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { SecretStore, SecretToStore } from '../../src/operations/context.js';
import { rotateCredential, VERIFY_PAUSE_MS } from '../../src/operations/rotate-credential.js';
import { createMedianovaSession } from '../../src/providers/medianova/session.js';
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
const NEW = { uuid: 'cred-new', name: 'deploy-20261123T0915Z', access_key: 'AK-NEW' };
const SECRET = 'SK-new-secret-value';

/** Medianova as nock, writing each call into `events` in the order it arrives. */
function medianova(events: string[], listed: object[][] = [[OLD, NEW]]) {
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
      return {
        status: true,
        data: { ...NEW, is_readonly: true, buckets: OLD.buckets, secret_key: SECRET },
      };
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

function expectDelete(events: string[]) {
  nock(BASE)
    .delete(`${STOOK}/credential/cred-old`)
    .reply(200, () => {
      events.push('delete old');
      return { status: true, message: 'Credential successfully deleted.' };
    });
}

function recordingStore(events: string[], fail?: Error): SecretStore & { stored: SecretToStore[] } {
  const stored: SecretToStore[] = [];
  return {
    stored,
    describe: (name) => `repository secret ${name} of owner/repo`,
    store: async (secrets) => {
      events.push('store');
      if (fail) throw fail;
      stored.push(...secrets);
    },
  };
}

function rotation(inputs: Record<string, string>, store?: SecretStore) {
  const ctx = contextFor(
    {
      provider: 'medianova',
      operation: 'rotate-credential',
      'api-key': 'k',
      'api-secret': 's',
      organization: 'org-1',
      'credential-id': 'cred-old',
      ...inputs,
    },
    { secretStore: store },
  );
  return { ctx, run: () => rotateCredential(createMedianovaSession(ctx), ctx) };
}

const writeBack = { 'secret-name': 'STOOK_SECRET', 'github-token': 'ghp_test_token' };

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
    expect(events).toEqual(['get old', 'create', 'list', 'store', 'delete old']);
    expect(store.stored).toEqual([
      { name: 'STOOK_SECRET', value: SECRET },
      { name: 'STOOK_SECRET_ACCESS_KEY', value: 'AK-NEW' },
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
        'repository secret STOOK_SECRET of owner/repo',
        'repository secret STOOK_SECRET_ACCESS_KEY of owner/repo',
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
    const { run } = rotation(writeBack, recordingStore(events, new Error('GitHub said 403')));
    const report = await run();
    expect(events).toEqual(['get old', 'create', 'list', 'store']);
    expect(report.failure).toBe(
      "Storing the new secret failed: GitHub said 403. Credentials now: new cred-new ('deploy-20261123T0915Z', access key AK-NEW, verified, not stored); old cred-old ('deploy-20261023T0915Z') still exists and works. Delete the one you do not want with operation delete-credential.",
    );
    expect(report.outputs['secret-key']).toBe(SECRET);
  });

  it('reads the list again when the new credential is not listed yet', async () => {
    const events: string[] = [];
    medianova(events, [[OLD], [OLD, NEW]]);
    expectDelete(events);
    const { ctx, run } = rotation({});
    const report = await run();
    expect(report.failure).toBeUndefined();
    expect(events).toEqual(['get old', 'create', 'list', 'list', 'delete old']);
    expect(ctx.slept).toContain(VERIFY_PAUSE_MS);
  });

  it('refuses a listed credential whose access key differs from the one created', async () => {
    const events: string[] = [];
    const wrong = { ...NEW, access_key: 'AK-OTHER' };
    medianova(events, [[wrong], [wrong], [wrong]]);
    const { run } = rotation({});
    const report = await run();
    expect(events).not.toContain('delete old');
    expect(report.failure).toContain(
      'Verifying the new credential failed: credential cred-new is listed with access key AK-OTHER, not AK-NEW.',
    );
  });

  it('refuses secret-name before any request when this run cannot write secrets', async () => {
    const { run } = rotation(writeBack);
    await expect(run()).rejects.toBeInstanceOf(InputError);
  });
});
