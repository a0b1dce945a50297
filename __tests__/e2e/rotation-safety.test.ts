/**
 * Rotation crash safety: each step of both rotations (Gcore rotate-token,
 * Medianova rotate-credential) is made to fail in turn, through the built
 * bundle, with the new secret written back to GitHub. What exists afterwards
 * is read from the emulator, never from the action's own words: the old
 * credential must still work wherever the new one is not fully in place.
 * Rows go to docs/reliability.md.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IAM_ROLES } from '../../emulator/gcore/iam.js';
import type { Fault } from '../../emulator/server.js';
import { type E2E, errorLines, expectNoLeaks, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

const STEPS = ['read old', 'create new', 'verify new', 'store', 'delete old'] as const;
type Step = (typeof STEPS)[number];

/** A token allowed to write Actions secrets in the GitHub emulator. */
const GITHUB_WRITE_TOKEN = 'github_pat_emulator_secrets_write';
/** The GitHub secret write: the PUT of one secret, in any repository. */
const SECRET_PUT = /^\/repos\/[^/]+\/[^/]+\/actions\/secrets\/[^/]+$/;

/** A credential as the emulator holds it. */
interface Live {
  id: string;
  /** the value a rotation stores in GitHub */
  secret: string;
}

interface RotationCase {
  provider: 'gcore' | 'medianova';
  operation: string;
  /** the output that names the new credential */
  idOutput: string;
  /** the (masked) output that carries its secret */
  secretOutput: string;
  /** how the action names each step in its error line */
  stepNames: Record<Step, string>;
  secretName: string;
  /** puts the credential to rotate in place */
  seed(env: E2E): Live;
  inputs(env: E2E, old: Live): Record<string, string>;
  /** the call a step makes, below the provider prefix (store is GitHub's, the same for both) */
  call(env: E2E, step: Exclude<Step, 'store'>, old: Live): Omit<Fault, 'provider'>;
  /** every credential the emulator holds now */
  live(env: E2E): Live[];
  /** the old credential still does its job, as the provider would judge it */
  works(env: E2E, old: Live): Promise<boolean>;
  /** secrets the emulator issued, none of which may leak */
  issued(env: E2E): string[];
}

const PURGE_ROLE = IAM_ROLES.find((role) => role.id === 3022)!;
const stook = (env: E2E) => `/api/v2/stook/${env.medianova.organization}`;
const gcoreTokens = '/iam/v2/clients/9001/tokens';

const CASES: RotationCase[] = [
  {
    provider: 'gcore',
    operation: 'rotate-token',
    idOutput: 'token-id',
    secretOutput: 'api-token',
    stepNames: {
      'read old': 'Reading the old token',
      'create new': 'Creating the new token',
      'verify new': 'Verifying the new token',
      store: 'Storing the new token',
      'delete old': 'Deleting the old token',
    },
    secretName: 'GCORE_API_TOKEN',
    seed: (env) => {
      const token = env.gcore.iam.addToken({ name: 'deploy', role: PURGE_ROLE });
      return { id: String(token.id), secret: token.token };
    },
    // the deploy token rotates itself, as a scheduled workflow would run it
    inputs: (env, old) => ({
      provider: 'gcore',
      operation: 'rotate-token',
      'api-url': env.emulator.url('gcore'),
      'api-token': old.secret,
    }),
    call: (_env, step, old) =>
      ({
        'read old': { method: 'GET', path: `${gcoreTokens}/${old.id}` },
        'create new': { method: 'POST', path: gcoreTokens },
        // the one call sent with the new token; a 401 is how a token that does not work answers
        'verify new': { method: 'GET', path: '/iam/users/me', status: 401 },
        'delete old': { method: 'DELETE', path: `${gcoreTokens}/${old.id}` },
      })[step],
    live: (env) =>
      env.gcore.iam.tokens
        .filter((token) => !token.deleted)
        .map((token) => ({ id: String(token.id), secret: token.token })),
    works: async (env, old) => {
      const answer = await fetch(`${env.emulator.url('gcore')}/iam/users/me`, {
        headers: { authorization: `APIKey ${old.secret}` },
      });
      return answer.status === 200;
    },
    issued: (env) => [env.gcore.iam.nextToken()],
  },
  {
    provider: 'medianova',
    operation: 'rotate-credential',
    idOutput: 'credential-id',
    secretOutput: 'secret-key',
    stepNames: {
      'read old': 'Reading the old credential',
      'create new': 'Creating the new credential',
      'verify new': 'Verifying the new credential',
      store: 'Storing the new credential',
      'delete old': 'Deleting the old credential',
    },
    secretName: 'STOOK_SECRET_KEY',
    seed: (env) => {
      const credential = env.medianova.addCredential({ name: 'deploy', subfolder: 'site/' });
      return { id: credential.uuid, secret: credential.secret_key };
    },
    inputs: (env, old) => ({
      provider: 'medianova',
      operation: 'rotate-credential',
      'api-url': env.emulator.url('medianova'),
      'api-key': env.medianova.apiKey,
      'api-secret': env.medianova.apiSecret,
      organization: env.medianova.organization,
      'credential-id': old.id,
    }),
    call: (env, step, old) =>
      ({
        'read old': { method: 'GET', path: `${stook(env)}/credential/${old.id}` },
        'create new': { method: 'POST', path: `${stook(env)}/credentials` },
        'verify new': { method: 'GET', path: `${stook(env)}/credential` },
        'delete old': { method: 'DELETE', path: `${stook(env)}/credential/${old.id}` },
      })[step],
    live: (env) =>
      env.medianova.credentials.map((credential) => ({
        id: credential.uuid,
        secret: credential.secret_key,
      })),
    // a Stook key pair works while the credential holding it exists, unchanged
    works: async (env, old) =>
      env.medianova.credentials.some((c) => c.uuid === old.id && c.secret_key === old.secret),
    issued: (env) => env.medianova.issuedSecrets(),
  },
];

describe.each(CASES)('$operation on $provider, each step failing in turn', (rotation) => {
  // Medianova: the undocumented create answer that carries the secret key, so a rotation can complete
  const env = useEmulator({ medianova: { returnSecretOnCreate: true } });
  afterEach(() => env.emulator.clearFaults());

  it.for(STEPS.map((step) => [step] as const))('%s fails', async ([step], { task }) => {
    const old = rotation.seed(env);
    const before = new Set(rotation.live(env).map((credential) => credential.id));
    // a repository per case, so what one case stored cannot be mistaken for another's
    const repository = `acme/${rotation.provider}-${step.replace(' ', '-')}`;
    const fault =
      step === 'store'
        ? { provider: 'github', method: 'PUT', path: SECRET_PUT }
        : { provider: rotation.provider, ...rotation.call(env, step, old) };
    env.emulator.fault({ status: 500, body: { message: `injected: ${step} failed` }, ...fault });

    const run = await env.run(
      {
        ...rotation.inputs(env, old),
        'max-retries': '0',
        'secret-name': rotation.secretName,
        'github-token': GITHUB_WRITE_TOKEN,
      },
      {
        secrets: rotation.issued(env),
        env: { GITHUB_API_URL: env.emulator.url('github'), GITHUB_REPOSITORY: repository },
      },
    );
    expectNoLeaks(run, rotation.issued(env));

    // what exists now, from the emulator
    const created = rotation.live(env).filter((credential) => !before.has(credential.id));
    const oldWorks =
      rotation.live(env).some((credential) => credential.id === old.id) &&
      (await rotation.works(env, old));
    const stored = env.github.secret({ repository }, rotation.secretName)?.value;
    const fullyInPlace = created.length === 1 && stored === created[0]!.secret;

    expect(run.exitCode, run.stdout).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    const [error] = errors as [string];
    expect(error).toMatch(new RegExp(`^::error::${rotation.stepNames[step]} failed: `));
    expect(error).toContain(`injected: ${step} failed`);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    // the old credential survives every failure; only the delete step could have removed it
    expect(oldWorks).toBe(true);
    expect(error).toContain(old.id);

    const createdYet = STEPS.indexOf(step) > STEPS.indexOf('create new');
    expect(created).toHaveLength(createdYet ? 1 : 0);
    expect(fullyInPlace).toBe(step === 'delete old');
    if (!fullyInPlace) expect(stored).toBeUndefined();
    const [newOne] = created;
    if (newOne) {
      expect(error).toContain(newOne.id);
      expect(run.outputs[rotation.idOutput]).toBe(newOne.id);
      // the new secret is never lost with the error (expectNoLeaks proved it was masked first)
      expect(run.outputs[rotation.secretOutput]).toBe(newOne.secret);
    } else {
      expect(error).toMatch(/Nothing was (created or )?deleted/);
    }

    note(task, 'rotations', [
      rotation.provider,
      step,
      oldWorks ? 'exists, works' : 'gone',
      newOne
        ? `exists, ${stored === newOne.secret ? 'stored in the GitHub secret' : 'not stored'}`
        : 'none created',
      newOne
        ? `failed (exit ${run.exitCode}); error names new and old; new id in '${rotation.idOutput}' output`
        : `failed (exit ${run.exitCode}); error says nothing was deleted and names the old one`,
    ]);
  });
});
