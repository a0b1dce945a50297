/**
 * The rotation engine on its own: steps in order, one state report, the
 * "may exist" rule for creates, compensation, warn-only steps, dry runs and
 * the naming rule. Declared here with a certificate-like rotation, the shape
 * the next rotation takes.
 */
import { describe, expect, it } from 'vitest';
import { InputError, ProviderError, QuotaError, StepError } from '../../src/errors.js';
import { HINTS } from '../../src/hints.js';
import type { OperationReport } from '../../src/operations/report.js';
import {
  type Rotation,
  type RotationState,
  type RotationStep,
  rotatedName,
  rotationState,
  runRotation,
} from '../../src/operations/rotation.js';
import { testContext } from '../helpers/context.js';

const context = (inputs: Record<string, string> = {}) =>
  testContext({ provider: 'gcore', operation: 'rotate-token', 'api-token': '1$x', ...inputs });

/** A certificate-like rotation whose steps record themselves and fail where told. */
function certificate(fail: Partial<Record<string, unknown>> = {}) {
  const ran: string[] = [];
  const state = rotationState({ id: 'cert-1' }, { verifies: true });
  const attempt = (name: string) => {
    ran.push(name);
    if (name in fail) throw fail[name];
  };
  const steps: RotationStep[] = [
    {
      role: 'read',
      plan: 'read the binding',
      run: async () => {
        attempt('read');
        return { id: 'cert-1', name: 'old cert' };
      },
    },
    {
      role: 'create',
      plan: 'upload the certificate',
      newName: () => 'www-2026',
      run: async () => {
        attempt('upload');
        return { id: 'cert-2', name: 'www-2026' };
      },
    },
    {
      role: 'other',
      name: 'Binding the new certificate',
      plan: 'bind it',
      skip: () => 'skip bind' in fail,
      advice: (now) => `Bind certificate ${now.created?.id} by hand; a rerun reuses it.`,
      run: async () => attempt('bind'),
    },
    { role: 'verify', plan: 'verify it is served', run: async () => attempt('verify') },
    {
      role: 'delete-old',
      plan: 'delete the old one',
      onFailure: 'warn',
      run: async () => attempt('delete'),
    },
  ];
  const rotation: Rotation = {
    noun: 'certificate',
    provider: 'gcore',
    state,
    steps,
    report: (): OperationReport => ({ outputs: {}, result: { ...state }, rows: [] }),
  };
  return { ran, state, run: () => runRotation(context(), rotation) };
}

const refused = new ProviderError('gcore', 'bad certificate', { status: 400 });
const outage = new ProviderError('gcore', 'upstream down', { status: 503 });

describe('runRotation', () => {
  it('runs every step in order and records what each did', async () => {
    const { ran, state, run } = certificate();
    const report = await run();
    expect(ran).toEqual(['read', 'upload', 'bind', 'verify', 'delete']);
    expect(report.failure).toBeUndefined();
    expect(state).toMatchObject({
      old: { id: 'cert-1', name: 'old cert' },
      created: { id: 'cert-2', name: 'www-2026' },
      verified: true,
      oldDeleted: true,
    });
  });

  it('stops at a failure before the create with a StepError and nothing created', async () => {
    const { ran, run } = certificate({ read: refused });
    await expect(run()).rejects.toThrow(
      new StepError(
        'Reading the old certificate',
        refused,
        `${HINTS.refused}. Nothing was created or deleted: certificate cert-1 is unchanged.`,
      ),
    );
    expect(ran).toEqual(['read']);
  });

  it.each([
    ['a refusal (4xx)', refused, false],
    ['cdnkit refusing before sending', new QuotaError('over the limit'), false],
    ['an input error', new InputError('name', 'bad'), false],
    ['a 5xx', outage, true],
    ['a lost answer (no status)', new ProviderError('gcore', 'socket hang up'), true],
    [
      'a 2xx without the expected answer',
      new ProviderError('gcore', 'no id', { status: 200 }),
      true,
    ],
    ['anything else', new TypeError('cannot read id'), true],
  ])('after %s, says whether a certificate may exist', async (_case, error, mayExist) => {
    const { run } = certificate({ upload: error });
    const failure = await run().catch((thrown: unknown) => thrown as Error);
    expect(failure).toBeInstanceOf(StepError);
    const message = (failure as Error).message;
    if (mayExist) {
      expect(message).toMatch(
        /Nothing was deleted: certificate cert-1 \('old cert'\) is unchanged\. The request may have reached Gcore: check list-certificates for a certificate named 'www-2026'\.$/,
      );
    } else {
      expect(message).toMatch(
        /Nothing was created or deleted: certificate cert-1 \('old cert'\) is unchanged\.$/,
      );
    }
  });

  it('once the new one exists, returns the report with the failure, what exists and the advice', async () => {
    const { run } = certificate({ bind: outage });
    const report = await run();
    expect(report.failure).toBe(
      "Binding the new certificate failed: Gcore: upstream down; status 503. Certificates now: new cert-2 ('www-2026', not verified, not stored); old cert-1 ('old cert') still exists and works. Bind certificate cert-2 by hand; a rerun reuses it.",
    );
  });

  it('says what a rotation of no secret keeps, in its own words; a read may find no old one', async () => {
    const run = (old: boolean) => {
      const state = rotationState(undefined, { verifies: true });
      return runRotation(context(), {
        noun: 'certificate',
        provider: 'cdnetworks',
        state,
        secret: false,
        oldKept: () => 'is still bound',
        steps: [
          { role: 'read', run: async () => (old ? { id: 'c-1', name: 'old' } : undefined) },
          { role: 'create', run: async () => ({ id: 'c-2', detail: 'uploaded, not bound' }) },
          {
            role: 'other',
            name: 'Binding the new certificate',
            run: async () => {
              throw outage;
            },
          },
        ],
        report: () => ({ outputs: {}, result: {}, rows: [] }),
      });
    };
    expect((await run(true)).failure).toBe(
      `Binding the new certificate failed: Gcore: upstream down; status 503. ${HINTS.serverError}. Certificates now: new c-2 (uploaded, not bound, not verified); old c-1 ('old') is still bound.`,
    );
    expect((await run(false)).failure).toBe(
      `Binding the new certificate failed: Gcore: upstream down; status 503. ${HINTS.serverError}. Certificates now: new c-2 (uploaded, not bound, not verified).`,
    );
  });

  it('skips a step that says so', async () => {
    const { ran, run } = certificate({ 'skip bind': true });
    await run();
    expect(ran).toEqual(['read', 'upload', 'verify', 'delete']);
  });

  it('turns a failure of a warn-only step into a warning and succeeds', async () => {
    const { state, run } = certificate({ delete: outage });
    const report = await run();
    expect(report.failure).toBeUndefined();
    expect(state.oldDeleted).toBe(false);
    expect(report.annotations).toEqual([
      {
        level: 'warning',
        message:
          'Deleting the old certificate failed: Gcore: upstream down; status 503. Delete certificate cert-1 with delete-certificate.',
      },
    ]);
  });

  it('compensates: deletes the new one again and says nothing was kept', async () => {
    const deleted: string[] = [];
    const state = rotationState({ id: 'old-1', name: 'deploy' });
    const rotation: Rotation = {
      noun: 'credential',
      provider: 'medianova',
      state,
      steps: [
        { role: 'create', newName: () => 'n', run: async () => ({ id: 'new-1' }) },
        {
          role: 'other',
          name: 'Checking the answer',
          compensate: async () => {
            deleted.push('new-1');
          },
          run: async () => {
            throw new Error('no key');
          },
        },
      ],
      report: () => ({ outputs: {}, result: {}, rows: [] }),
    };
    await expect(runRotation(context(), rotation)).rejects.toThrow(
      // a step throwing a plain Error is a bug: the line says so before what exists now
      `Checking the answer failed: no key. ${HINTS.internal}. Nothing was kept: the new credential new-1 was deleted again and credential old-1 ('deploy') is unchanged.`,
    );
    expect(deleted).toEqual(['new-1']);
    expect(state.createdRemoved).toBe(true);
  });

  it('with dry-run, lists the planned steps and runs none', async () => {
    const ran: string[] = [];
    const step = (plan?: string): RotationStep => ({
      role: 'other',
      name: 'x',
      plan,
      run: async () => void ran.push('ran'),
    });
    const report = await runRotation(context({ 'dry-run': 'true' }), {
      noun: 'token',
      provider: 'gcore',
      state: rotationState() as RotationState,
      steps: [step('first'), step(), step('second')],
      report: () => ({ outputs: {}, result: {}, rows: [] }),
    });
    expect(ran).toEqual([]);
    expect(report.result).toEqual({ dryRun: true, steps: ['first', 'second'] });
  });
});

describe('rotatedName', () => {
  const now = Date.parse('2026-11-23T09:15:30.789Z');
  it.each([
    ['deploy', 'deploy-20261123T091530Z'],
    ['deploy purge-20250301T000000Z', 'deploy purge-20261123T091530Z'],
    // the minute suffix rotate-credential added before 0.2
    ['deploy-20261023T0915Z', 'deploy-20261123T091530Z'],
    ['deploy-20261023T0915Z-20261024T101010Z', 'deploy-20261123T091530Z'],
    ['ci-key-2', 'ci-key-2-20261123T091530Z'],
    ['2026', '2026-20261123T091530Z'],
    ['', 'cdnkit-20261123T091530Z'],
  ])('%s -> %s', (old, expected) => {
    expect(rotatedName(old, now)).toBe(expected);
  });

  it('does not grow over repeated rotations', () => {
    let name = 'deploy';
    for (let day = 0; day < 5; day++) name = rotatedName(name, now + day * 86_400_000);
    expect(name).toBe('deploy-20261127T091530Z');
  });
});
