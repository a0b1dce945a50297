/**
 * Redaction is the second guard at every boundary where text leaves the
 * process: the runner masks what `::add-mask::` registered, but these tests
 * read the raw stdout, summary and outputs, as a log without the runner's
 * masking would show them. Each case makes a provider echo a registered secret
 * in a message, a request id, a name or a task id, which no layer below the
 * boundary redacts, so the case fails when that boundary's redaction is
 * removed. Each also checks the redacted text did reach the boundary, so it
 * cannot pass by the text going nowhere.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT as ACCOUNT } from '../../emulator/cdnetworks.js';
import { runCliProcess } from '../../emulator/runner.js';
import { HINTS } from '../../src/hints.js';
import { E2E_SCALE, errorLines, useEmulator } from '../helpers/e2e.js';

const GCORE_TOKEN = '7711$gcore-boundary-token';
/** what the emulator answers instead of a new Stook credential: it echoes its own secret key */
const ECHOED_SECRET_KEY = 'sk-echoed-in-the-name-4471';

/** Lines a reader of the raw log sees: everything but the runner's commands. */
function logLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'));
}

describe('redaction at every output boundary (dist/index.js and dist/cli)', () => {
  const env = useEmulator();
  const cdnetworks = () => ({
    provider: 'cdnetworks',
    'api-key': ACCOUNT.accessKey,
    'api-secret': ACCOUNT.secretKey,
    'api-url': env.emulator.url('cdnetworks'),
  });

  it('the info log: a new credential whose name echoes its secret key', async () => {
    const old = env.medianova.addCredential({ name: 'deploy' });
    env.emulator.fault({
      provider: 'medianova',
      method: 'POST',
      path: /\/credentials$/,
      status: 200,
      body: {
        status: true,
        data: {
          uuid: 'c-echo',
          name: `deploy ${ECHOED_SECRET_KEY}`,
          is_readonly: false,
          access_key: 'AK-echo',
          secret_key: ECHOED_SECRET_KEY,
        },
      },
    });
    const run = await env.run(
      {
        provider: 'medianova',
        operation: 'rotate-credential',
        'api-key': env.medianova.apiKey,
        'api-secret': env.medianova.apiSecret,
        'api-url': env.emulator.url('medianova'),
        organization: env.medianova.organization,
        'credential-id': old.uuid,
      },
      { secrets: [ECHOED_SECRET_KEY] },
    );
    // the emulator never made c-echo, so verifying it fails; the info line came first
    expect(run.exitCode).toBe(1);
    expect(logLines(run.stdout)).toContain(
      "rotate-credential: created credential c-echo ('deploy ***')",
    );
  });

  it('setFailed, the job summary and result: a purge failure whose message echoes the secret key', async () => {
    env.emulator.fault({
      provider: 'cdnetworks',
      path: '/ccm/purge/ItemIdReceiver',
      status: 200,
      body: { Code: 2, Message: `signature for ${ACCOUNT.secretKey} is wrong` },
    });
    const run = await env.run({
      ...cdnetworks(),
      operation: 'purge',
      urls: 'https://cdn.example.com/a.js',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      expect.stringContaining('answered Code 2: signature for *** is wrong'),
    ]);
    expect(run.summary).toContain('answered Code 2: signature for *** is wrong');
    expect(JSON.parse(run.outputs.result!).error).toContain('signature for *** is wrong');
  });

  it('setFailed and the job summary: a thrown failure whose request id echoes the token', async () => {
    env.emulator.fault({
      provider: 'gcore',
      method: 'GET',
      path: '/cdn/resources/123',
      status: 403,
      body: { message: 'Forbidden' },
      headers: { 'x-request-id': GCORE_TOKEN },
    });
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-token': GCORE_TOKEN,
      'api-url': env.emulator.url('gcore'),
      resource: '123',
      urls: '/a.js',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      `::error::Gcore (GET /gcore/cdn/resources/123): Forbidden; status 403; request id ***. ${HINTS.gcoreRole}`,
    ]);
    expect(run.summary).toContain('Forbidden; status 403; request id ***');
  });

  it("the CLI's stdout: a task id that echoes the secret key", async () => {
    env.emulator.fault({
      provider: 'cdnetworks',
      path: '/ccm/purge/ItemIdReceiver',
      status: 200,
      body: { Code: 1, Message: 'success', itemId: ACCOUNT.secretKey },
    });
    const run = await runCliProcess({
      args: [
        'purge',
        '--provider',
        'cdnetworks',
        '--api-url',
        env.emulator.url('cdnetworks'),
        '--urls',
        'https://cdn.example.com/a.js',
        '--api-key',
        ACCOUNT.accessKey,
      ],
      env: { CDNKIT_PACING_SCALE: String(E2E_SCALE), CDNKIT_API_SECRET: ACCOUNT.secretKey },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\n {2}Task ids +\*\*\*\n/);
    expect(run.stdout + run.stderr).not.toContain(ACCOUNT.secretKey);
  });
});
