/**
 * The one engine behind every operation that makes a new credential: rotate-token,
 * rotate-credential, create-token, create-credential (and next, certificates).
 * Each is a declared list of steps run strictly in order, so nothing is deleted
 * before every step before it succeeded. The engine keeps one state of what
 * exists and, when a step fails, writes one error: the step, why, what exists
 * now, and what to do about it. Once the new credential exists a failure still
 * returns the operation's report (its masked secret output included), so a new
 * secret is never lost with the error.
 */
import type { ProviderName } from '../catalog.js';
import {
  describeError,
  InputError,
  ProviderError,
  providerLabel,
  QuotaError,
  StepError,
} from '../errors.js';
import { hintSentence } from '../hints.js';
import type { RunContext, SecretStore } from '../run-context.js';
import { capitalise } from '../text.js';
import { plannedSteps } from './plan.js';
import type { OperationReport } from './report.js';

/** Something a rotation reads, creates or deletes, as its messages name it. */
export interface Subject {
  readonly id: string;
  readonly name?: string;
  /** shown after the name, e.g. "access key AK-1" */
  readonly detail?: string;
}

/** A GitHub secret a step wrote or tried to write, and what it holds now. */
export interface SecretState {
  readonly where: string;
  holds: string;
}

/** What exists now: the one state every rotation keeps; its errors are written from it. */
export interface RotationState {
  /** the one being replaced; absent when the operation only creates */
  old?: Subject;
  oldDeleted: boolean;
  /** the new one, from the moment the provider confirmed it */
  created?: Subject;
  /** a create that failed without a clear refusal may have made one of this name */
  mayExist?: string;
  /** a step's compensation deleted the new one again */
  createdRemoved: boolean;
  /** why deleting the new one again failed: it is left behind */
  compensationFailed?: string;
  /** undefined when the operation has no verify step */
  verified?: boolean;
  /** every GitHub secret written or tried, in order */
  secrets: SecretState[];
  /** every secret of the store step was written */
  stored: boolean;
  /** failures of steps that warn instead of failing */
  warnings: string[];
}

/**
 * What a step is for. The engine names it from the role ("Creating the new
 * token"), gives the standard advice when it fails, and records its effect:
 * `read` returns the old one, `create` the new one; `verify` and `delete-old`
 * mark the state when they succeed.
 */
export type StepRole = 'read' | 'create' | 'verify' | 'store' | 'delete-old' | 'other';

interface StepFields {
  /** the dry-run line; a step without one is an internal check */
  readonly plan?: string;
  /** create: the name the new one gets, for "may exist" after an unclear failure */
  readonly newName?: () => string;
  /** what to do after this step fails, said after the state (instead of the role's advice) */
  readonly advice?: (state: RotationState) => string | undefined;
  /** deletes the new one again when this step fails, so the failure leaves no orphan */
  readonly compensate?: () => Promise<void>;
  /** 'warn': a failure is reported as a warning and the rotation goes on */
  readonly onFailure?: 'fail' | 'warn';
  /** skipped at run time (e.g. a certificate already bound) */
  readonly skip?: (state: RotationState) => boolean;
}

export type RotationStep = StepFields &
  (
    | {
        readonly role: 'read';
        readonly name?: string;
        /** the old one, as messages name it; undefined when there is none yet (a first binding) */
        run(state: RotationState): Promise<Subject | undefined>;
      }
    | {
        readonly role: 'create';
        readonly name?: string;
        /** the new one, as messages name it */
        run(state: RotationState): Promise<Subject>;
      }
    | {
        readonly role: 'verify' | 'store' | 'delete-old';
        readonly name?: string;
        run(state: RotationState): Promise<unknown>;
      }
    | { readonly role: 'other'; readonly name: string; run(state: RotationState): Promise<unknown> }
  );

export interface Rotation {
  /**
   * 'token', 'credential', 'certificate': the noun of every message, and of the
   * operations named in advice (`list-tokens`, `delete-token`)
   */
  readonly noun: string;
  readonly provider: ProviderName;
  readonly state: RotationState;
  readonly steps: readonly RotationStep[];
  /** the operation's report; after a failure once the new one exists, it carries `failure` */
  report(): OperationReport;
  /** false: the new one is no secret to store (a certificate), so messages never say "not stored" */
  readonly secret?: boolean;
  /** how messages say the old one is kept (default "still exists and works") */
  oldKept?(state: RotationState): string;
}

/** A fresh state: `old` is what the inputs name, `verifies` when a verify step will run. */
export function rotationState(old?: Subject, { verifies = false } = {}): RotationState {
  return {
    old,
    oldDeleted: false,
    createdRemoved: false,
    verified: verifies ? false : undefined,
    secrets: [],
    stored: false,
    warnings: [],
  };
}

/** Runs the steps in order; with dry-run, lists them and sends nothing. */
export async function runRotation(ctx: RunContext, rotation: Rotation): Promise<OperationReport> {
  const { state, steps } = rotation;
  if (ctx.config.dryRun) {
    return plannedSteps(
      ctx,
      steps.flatMap((step) => (step.plan ? [step.plan] : [])),
    );
  }
  for (const step of steps) {
    if (step.skip?.(state)) continue;
    try {
      if (step.role === 'read') state.old = await step.run(state);
      else if (step.role === 'create') state.created = await step.run(state);
      else await step.run(state);
      if (step.role === 'verify') state.verified = true;
      if (step.role === 'delete-old') state.oldDeleted = true;
    } catch (error) {
      if (step.onFailure === 'warn') {
        const advice = step.advice?.(state) ?? adviceAfter(rotation, step);
        state.warnings.push(
          `${stepName(rotation, step)} failed: ${describeError(error)}.${advice ? ` ${advice}` : ''}`,
        );
        continue;
      }
      return failed(rotation, step, error);
    }
  }
  return withWarnings(rotation.report(), state);
}

async function failed(
  rotation: Rotation,
  step: RotationStep,
  error: unknown,
): Promise<OperationReport> {
  const { state } = rotation;
  if (step.newName && !provesNothingCreated(error)) state.mayExist = step.newName();
  if (step.compensate && state.created) {
    try {
      await step.compensate();
      state.createdRemoved = true;
    } catch (cleanup) {
      state.compensationFailed = describeError(cleanup);
    }
  }
  const advice = step.advice?.(state);
  const failure = new StepError(
    stepName(rotation, step),
    error,
    // what to fix (the cause's hint, unless the step has advice of its own), then what
    // exists now and what to clean up: the line ends with the rotation's advice, no hint after it
    [
      advice ? undefined : hintSentence(error),
      describeState(rotation),
      adviceAfter(rotation, step),
      advice,
    ]
      .filter(Boolean)
      .join(' '),
  );
  if (!state.created || state.createdRemoved) throw failure;
  return { ...withWarnings(rotation.report(), state), failure: failure.message };
}

/**
 * A failed create left nothing behind only when the provider refused it (4xx)
 * or cdnkit refused before sending. A 5xx, a reset, a timeout or a 2xx without
 * the expected answer may hide a create that happened.
 */
function provesNothingCreated(error: unknown): boolean {
  if (error instanceof ProviderError) {
    const status = error.status ?? 0;
    return status >= 400 && status < 500;
  }
  return error instanceof InputError || error instanceof QuotaError;
}

const ROLE_NAMES: Readonly<Record<Exclude<StepRole, 'other'>, (noun: string) => string>> = {
  read: (noun) => `Reading the old ${noun}`,
  create: (noun) => `Creating the new ${noun}`,
  verify: (noun) => `Verifying the new ${noun}`,
  store: (noun) => `Storing the new ${noun}`,
  'delete-old': (noun) => `Deleting the old ${noun}`,
};

function stepName(rotation: Rotation, step: RotationStep): string {
  return step.name ?? ROLE_NAMES[step.role as Exclude<StepRole, 'other'>](rotation.noun);
}

/** What to do about a new one left behind by a failed step. */
function adviceAfter(rotation: Rotation, step: RotationStep): string | undefined {
  const { noun, state } = rotation;
  const operations = operationsOf(noun);
  const { created } = state;
  if (!created || state.createdRemoved) return undefined;
  if (state.compensationFailed) return `Delete ${noun} ${created.id} with ${operations.delete}.`;
  if (step.advice) return undefined;
  switch (step.role) {
    case 'verify':
      return `Delete ${noun} ${created.id} (${operations.delete}) once the cause is known.`;
    case 'store':
      return `Its secret is only in this step's masked outputs: delete ${noun} ${created.id} (${operations.delete}) and run again.`;
    case 'delete-old':
      return state.old ? `Delete ${noun} ${state.old.id} with ${operations.delete}.` : undefined;
    default:
      return undefined;
  }
}

/** "What exists now", in one or two sentences, from the state alone. */
export function describeState(rotation: Rotation): string {
  const { noun, state } = rotation;
  const operations = operationsOf(noun);
  const old = state.old ? `${noun} ${named(state.old)}` : undefined;
  const { created } = state;
  if (created && state.createdRemoved) {
    return `Nothing was kept: the new ${noun} ${created.id} was deleted again${old ? ` and ${old} is unchanged` : ''}.`;
  }
  if (!created) {
    const kept = old
      ? `Nothing was ${state.mayExist ? '' : 'created or '}deleted: ${old} is unchanged.`
      : state.mayExist
        ? ''
        : `No ${noun} was created.`;
    if (!state.mayExist) return kept;
    const check = `The request may have reached ${providerLabel(rotation.provider)}: check ${operations.list} for a ${noun} named '${state.mayExist}'.`;
    return kept ? `${kept} ${check}` : check;
  }
  const facts = [
    ...(created.name !== undefined ? [`'${created.name}'`] : []),
    ...(created.detail ? [created.detail] : []),
    ...(state.verified === undefined ? [] : [state.verified ? 'verified' : 'not verified']),
    ...(rotation.secret === false
      ? []
      : [
          state.stored
            ? `stored in ${state.secrets.map((secret) => secret.where).join(' and ')}`
            : 'not stored',
        ]),
  ];
  const now = [`new ${created.id} (${facts.join(', ')})`];
  if (state.old) {
    const kept = rotation.oldKept?.(state) ?? 'still exists and works';
    now.push(`old ${named(state.old)} ${state.oldDeleted ? 'was deleted' : kept}`);
  }
  const sentences = [`${capitalise(noun)}s now: ${now.join('; ')}.`];
  if (!state.stored && state.secrets.length > 0) {
    sentences.push(
      `GitHub secrets now: ${state.secrets.map((secret) => `${secret.where} ${secret.holds}`).join('; ')}.`,
    );
  }
  if (state.compensationFailed) {
    sentences.push(
      `Deleting the new ${noun} ${created.id} again failed too: ${state.compensationFailed}.`,
    );
  }
  return sentences.join(' ');
}

/** The last step of a rotation: delete the old one (declared only with `delete-old`). */
export function deleteOldStep(plan: string, remove: () => Promise<void>): RotationStep {
  return { role: 'delete-old', plan, run: remove };
}

/** One secret the store step writes, and what to put back if a later one of the pair fails. */
export interface SecretWrite {
  readonly name: string;
  readonly value: string;
  /** the value as the state report names it, e.g. "the new access key AK-2" */
  readonly what: string;
  /** a known, non-secret value to write back when a later write fails (the old access key) */
  readonly restore?: { readonly value: string; readonly what: string };
}

/**
 * The store step: writes each secret in order, one at a time. When a write
 * fails, the secrets written before it are put back where a value to restore
 * is known, so a stored pair never mixes an old half with a new half; the state
 * says what each secret holds.
 */
export function storeStep(
  store: SecretStore,
  plan: string,
  secrets: () => readonly SecretWrite[],
): RotationStep {
  return {
    role: 'store',
    plan,
    run: async (state) => {
      const written: [SecretWrite, SecretState][] = [];
      for (const secret of secrets()) {
        const where = store.describe(secret.name);
        try {
          await store.store([{ name: secret.name, value: secret.value }]);
        } catch (error) {
          await restore(store, written);
          state.secrets.push({ where, holds: 'keeps its earlier value (this write failed)' });
          throw error;
        }
        const entry = { where, holds: `holds ${secret.what}` };
        state.secrets.push(entry);
        written.push([secret, entry]);
      }
      state.stored = true;
    },
  };
}

async function restore(store: SecretStore, written: readonly [SecretWrite, SecretState][]) {
  for (const [secret, state] of written) {
    if (!secret.restore) continue;
    try {
      await store.store([{ name: secret.name, value: secret.restore.value }]);
      state.holds = `holds ${secret.restore.what} again`;
    } catch (error) {
      state.holds += ` (writing ${secret.restore.what} back failed: ${describeError(error)})`;
    }
  }
}

/** Where the new secret went, once every write of the store step succeeded. */
export function storedIn(state: RotationState): string[] {
  return state.stored ? state.secrets.map((secret) => secret.where) : [];
}

/** The report with the warnings of steps that may fail without failing the operation. */
function withWarnings(report: OperationReport, state: RotationState): OperationReport {
  if (state.warnings.length === 0) return report;
  return {
    ...report,
    annotations: [
      ...(report.annotations ?? []),
      ...state.warnings.map((message) => ({ level: 'warning' as const, message })),
    ],
  };
}

/**
 * Timestamp suffixes rotations add: `-20250601T123456Z`, and `-20261123T0915Z`
 * from rotate-credential before 0.2. Every trailing one is replaced, so names
 * never grow.
 */
const ROTATION_SUFFIXES = /(?:-\d{8}T\d{4}(?:\d{2})?Z)+$/;

/** The default name of a replacement: the old name with a UTC timestamp suffix. */
export function rotatedName(oldName: string, nowMs: number): string {
  const stamp = new Date(nowMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `${oldName.replace(ROTATION_SUFFIXES, '') || 'cdnkit'}-${stamp}`;
}

/** The operations that list and delete what a rotation makes: `list-tokens`, `delete-token`. */
function operationsOf(noun: string): { list: string; delete: string } {
  return { list: `list-${noun}s`, delete: `delete-${noun}` };
}

function named(subject: Subject): string {
  return subject.name === undefined ? subject.id : `${subject.id} ('${subject.name}')`;
}
