import type { Config } from '../config/config.js';
import { InputError, StepError } from '../errors.js';
import type { CredentialOperation } from '../providers/catalog.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
  StorageCredentials,
} from '../providers/credentials.js';
import type { ProviderSession } from '../providers/provider.js';
import type { RunContext, SecretStore } from './context.js';
import type { Annotation, OperationReport, SummaryTable } from './report.js';
import { createFailureState, nothingChanged } from './rotation-state.js';

/** A new credential may take a moment to show in `list`: read it this often before giving up. */
export const VERIFY_ATTEMPTS = 3;
/** Pause between those reads (unscaled ms). */
export const VERIFY_PAUSE_MS = 2_000;

/** `-20261123T0915Z`, the suffix rotation appends (and replaces on the next rotation). */
const TIMESTAMP_SUFFIX = /-\d{8}T\d{4}Z$/;

/** The default name of a rotated credential: the old name with a UTC timestamp suffix. */
export function rotatedName(oldName: string, now: number): string {
  const iso = new Date(now).toISOString();
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  return `${oldName.replace(TIMESTAMP_SUFFIX, '') || 'credential'}-${stamp}`;
}

type CredentialRunner = (session: ProviderSession, ctx: RunContext) => Promise<OperationReport>;

/** Credential operations change accounts: with dry-run they only describe their steps. */
function unlessDryRun(runner: CredentialRunner): CredentialRunner {
  return async (session, ctx) =>
    ctx.config.dryRun ? plannedCredentialSteps(ctx) : runner(session, ctx);
}

/** The runners of the *-credential operations, for the operation table in run.ts. */
export const CREDENTIAL_RUNNERS: Record<CredentialOperation, CredentialRunner> = {
  'list-credentials': unlessDryRun(listCredentials),
  'get-credential': unlessDryRun(getCredential),
  'create-credential': unlessDryRun(createCredential),
  'update-credential': unlessDryRun(updateCredential),
  'delete-credential': unlessDryRun(deleteCredential),
  'rotate-credential': unlessDryRun(rotateCredential),
};

export async function listCredentials(
  session: ProviderSession,
  _ctx: RunContext,
): Promise<OperationReport> {
  const credentials = await storage(session).list();
  return {
    outputs: { 'request-id': session.http.lastRequestId ?? '' },
    result: { credentials },
    rows: [['Credentials', String(credentials.length)]],
    tables: [credentialTable('Credentials', credentials)],
  };
}

export async function getCredential(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const credential = await storage(session).get(credentialId(ctx.config));
  return credentialReport(session, credential);
}

/** create-credential: the secret key is masked when it arrives and stored when asked. */
export async function createCredential(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const store = secretStoreOf(ctx);
  const { credential } = ctx.config;
  const created = await storage(session).create({
    name: credential.name ?? '',
    readOnly: credential.readOnly ?? false,
    buckets: credential.buckets ?? [],
    subfolder: credential.subfolder,
  });
  const annotations: Annotation[] = [];
  if (created.secretKey === undefined) {
    annotations.push({
      level: 'warning',
      message: `Medianova created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in the Medianova panel (Stook -> Access Key Management), or delete the credential and create it there.`,
    });
  }
  let storedIn: string[] = [];
  if (store) {
    if (created.secretKey === undefined) {
      return {
        ...credentialReport(session, created, { created: true, annotations }),
        failure: `Credential ${created.id} was created, but there is no secret key to store in ${ctx.config.githubSecret?.name}.`,
      };
    }
    storedIn = await storeNewSecret(store, ctx.config, created.secretKey, created.accessKey);
  }
  return credentialReport(session, created, { created: true, annotations, storedIn });
}

/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
export async function updateCredential(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const credentials = storage(session);
  const id = credentialId(ctx.config);
  const current = await credentials.get(id);
  const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
  return credentialReport(session, { ...current, ...definedOnly(updated) });
}

export async function deleteCredential(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const id = credentialId(ctx.config);
  const message = await storage(session).delete(id);
  return {
    outputs: { 'credential-id': id, 'request-id': session.http.lastRequestId ?? '' },
    result: { deleted: id, message },
    rows: [
      ['Deleted credential', id],
      ['Message', message ?? '—'],
    ],
  };
}

interface Rotation {
  old: StorageCredential;
  created: CreatedCredential;
  /** access key as verified in the list (the create answer may lack it) */
  accessKey?: string;
  verified: boolean;
  storedIn: string[];
  oldDeleted: boolean;
}

/**
 * rotate-credential, in this order only: read the old credential -> create the
 * new one with its settings -> verify the new one is listed with its access key
 * -> store it (when asked) -> delete the old one (when `delete-old`). Nothing is
 * deleted before the new credential is verified and stored; a failure after the
 * create fails the step naming both credentials, and still outputs the new one.
 */
export async function rotateCredential(
  session: ProviderSession,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  const credentials = storage(session);
  const store = secretStoreOf(ctx);
  const id = credentialId(config);
  // debug only until the new secret key is masked: nothing may be written before its mask
  logger.debug(`rotate-credential: reading credential ${id}`);
  let old: StorageCredential;
  try {
    old = await credentials.get(id);
  } catch (error) {
    throw new StepError('Reading the old credential', error, nothingChanged('credential', id));
  }
  const settings = settingsFrom(config, old, rotatedName(old.name, timing.now()));
  let created: CreatedCredential;
  try {
    created = await credentials.create(settings);
  } catch (error) {
    throw new StepError(
      'Creating the new credential',
      error,
      createFailureState(session.name, 'credential', old, settings.name, error),
    );
  }
  const rotation: Rotation = {
    old,
    created,
    accessKey: created.accessKey,
    verified: false,
    storedIn: [],
    oldDeleted: false,
  };
  logger.info(`rotate-credential: created credential ${created.id} ('${created.name}')`);
  try {
    await finishRotation(rotation, credentials, store, ctx);
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    return { ...rotationReport(session, rotation, ctx), failure: error.message };
  }
  return rotationReport(session, rotation, ctx);
}

async function finishRotation(
  rotation: Rotation,
  credentials: StorageCredentials,
  store: SecretStore | undefined,
  ctx: RunContext,
): Promise<void> {
  const { created, old } = rotation;
  const step = async (name: string, action: () => Promise<void>): Promise<void> => {
    try {
      await action();
    } catch (error) {
      throw new StepError(name, error, rotationState(rotation));
    }
  };
  const secretKey = created.secretKey;
  if (secretKey === undefined) {
    throw new StepError(
      'Reading the new secret key',
      new Error(`Medianova returned no secret key for credential ${created.id}`),
      rotationState(rotation),
    );
  }
  await step('Verifying the new credential', async () => {
    rotation.accessKey = await verifyListed(credentials, created, ctx);
    rotation.verified = true;
    ctx.logger.info(
      `rotate-credential: ${created.id} is listed with access key ${rotation.accessKey}`,
    );
  });
  if (store) {
    await step('Storing the new secret', async () => {
      rotation.storedIn = await storeNewSecret(store, ctx.config, secretKey, rotation.accessKey);
      ctx.logger.info(`rotate-credential: stored in ${rotation.storedIn.join(' and ')}`);
    });
  }
  if (!ctx.config.deleteOld) {
    ctx.logger.info(`rotate-credential: kept the old credential ${old.id} (delete-old: false)`);
    return;
  }
  await step('Deleting the old credential', async () => {
    await credentials.delete(old.id);
    rotation.oldDeleted = true;
    ctx.logger.info(`rotate-credential: deleted the old credential ${old.id}`);
  });
}

/** The new credential must be listed with the access key create gave (if it gave one). */
async function verifyListed(
  credentials: StorageCredentials,
  created: CreatedCredential,
  { timing }: RunContext,
): Promise<string> {
  let seen: StorageCredential | undefined;
  for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt++) {
    seen = (await credentials.list()).find((credential) => credential.id === created.id);
    const accessKey = seen?.accessKey;
    if (accessKey !== undefined && (created.accessKey ?? accessKey) === accessKey) return accessKey;
    if (attempt < VERIFY_ATTEMPTS) await timing.sleep(VERIFY_PAUSE_MS * timing.scale);
  }
  throw new Error(
    seen
      ? `credential ${created.id} is listed with access key ${seen.accessKey ?? '(none)'}, not ${created.accessKey}`
      : `credential ${created.id} is not in the credential list after ${VERIFY_ATTEMPTS} reads`,
  );
}

async function storeNewSecret(
  store: SecretStore,
  config: Config,
  secretKey: string,
  accessKey: string | undefined,
): Promise<string[]> {
  const target = config.githubSecret!;
  const secrets = [{ name: target.name, value: secretKey }];
  if (accessKey !== undefined) secrets.push({ name: target.accessKeyName, value: accessKey });
  await store.store(secrets);
  return secrets.map((secret) => store.describe(secret.name));
}

/**
 * dry-run for the credential operations: the steps, logged and summarised;
 * nothing is sent, not even the login.
 */
export function plannedCredentialSteps(ctx: RunContext): OperationReport {
  const { operation, credential, deleteOld, githubSecret } = ctx.config;
  const id = credential.id ?? '';
  const store = githubSecret
    ? [
        `store the secret key in ${githubSecret.name} and the access key in ${githubSecret.accessKeyName}`,
      ]
    : [];
  const steps: Partial<Record<string, string[]>> = {
    'list-credentials': ['list the credentials'],
    'get-credential': [`read credential ${id}`],
    'create-credential': [`create credential '${credential.name}'`, ...store],
    'update-credential': [`read credential ${id}`, 'replace its settings with the ones given'],
    'delete-credential': [`delete credential ${id}`],
    'rotate-credential': [
      `read credential ${id}`,
      `create a new credential${credential.name ? ` '${credential.name}'` : ' (its name with a UTC timestamp suffix)'} with its settings`,
      'verify the new credential is listed with its access key',
      ...store,
      deleteOld ? `delete credential ${id}` : `keep credential ${id} (delete-old: false)`,
    ],
  };
  const planned = steps[operation] ?? [];
  for (const [index, step] of planned.entries()) ctx.logger.info(`dry run: ${index + 1}. ${step}`);
  return {
    outputs: {},
    result: { dryRun: true, steps: planned },
    rows: [['Mode', 'dry run: nothing was sent']],
    lists: [{ title: `Planned steps (${planned.length})`, items: planned }],
  };
}

function rotationState(rotation: Rotation): string {
  const { old, created } = rotation;
  const newOne = [
    `new ${created.id} ('${created.name}', access key ${rotation.accessKey ?? 'unknown'}`,
    rotation.verified ? ', verified' : ', not verified',
    rotation.storedIn.length > 0
      ? `, stored in ${rotation.storedIn.join(' and ')})`
      : ', not stored)',
  ].join('');
  const oldOne = rotation.oldDeleted
    ? `old ${old.id} was deleted`
    : `old ${old.id} ('${old.name}') still exists and works`;
  return `Credentials now: ${newOne}; ${oldOne}. Delete the one you do not want with operation delete-credential.`;
}

function rotationReport(
  session: ProviderSession,
  rotation: Rotation,
  { config }: RunContext,
): OperationReport {
  const { old, created } = rotation;
  const oldState = rotation.oldDeleted
    ? 'deleted'
    : config.deleteOld
      ? 'not deleted'
      : 'kept (delete-old: false)';
  return {
    outputs: {
      'credential-id': created.id,
      'access-key': rotation.accessKey ?? '',
      'secret-key': created.secretKey ?? '',
      'request-id': session.http.lastRequestId ?? '',
    },
    result: {
      old: { id: old.id, name: old.name, deleted: rotation.oldDeleted },
      new: { ...created, accessKey: rotation.accessKey, verified: rotation.verified },
      storedIn: rotation.storedIn,
    },
    rows: [
      ['Old credential', `${old.id} (${old.name}): ${oldState}`],
      ['New credential', `${created.id} (${created.name})`],
      ['Access key', rotation.accessKey ?? '—'],
      [
        'Secret key',
        created.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
      ],
      ['Verified', rotation.verified ? 'yes: listed with its access key' : 'no'],
      ['Stored in', rotation.storedIn.join(', ') || '—'],
    ],
  };
}

function credentialReport(
  session: ProviderSession,
  credential: CreatedCredential,
  extra: { created?: boolean; annotations?: Annotation[]; storedIn?: string[] } = {},
): OperationReport {
  const created = extra.created === true;
  const rows: [string, string][] = [
    ['Credential', credential.id],
    ['Name', credential.name],
    ['Access key', credential.accessKey ?? '—'],
    ['Read-only', String(credential.readOnly)],
    ['Buckets', bucketNames(credential)],
    ['Subfolder', credential.subfolder || '—'],
  ];
  if (created) {
    rows.push([
      'Secret key',
      credential.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
    ]);
  }
  if (extra.storedIn && extra.storedIn.length > 0)
    rows.push(['Stored in', extra.storedIn.join(', ')]);
  return {
    outputs: {
      'credential-id': credential.id,
      'access-key': credential.accessKey ?? '',
      ...(created ? { 'secret-key': credential.secretKey ?? '' } : {}),
      'request-id': session.http.lastRequestId ?? '',
    },
    result: { credential, ...(extra.storedIn ? { storedIn: extra.storedIn } : {}) },
    rows,
    annotations: extra.annotations,
  };
}

function credentialTable(title: string, credentials: readonly StorageCredential[]): SummaryTable {
  return {
    title,
    header: ['Id', 'Name', 'Access key', 'Read-only', 'Buckets', 'Subfolder'],
    rows: credentials.map((credential) => [
      credential.id,
      credential.name,
      credential.accessKey ?? '',
      String(credential.readOnly),
      bucketNames(credential),
      credential.subfolder ?? '',
    ]),
  };
}

function bucketNames(credential: StorageCredential): string {
  return credential.buckets.map((bucket) => bucket.name ?? bucket.id).join(', ') || '—';
}

/** The inputs win; what they leave unset is copied from `base`. */
function settingsFrom(
  config: Config,
  base: StorageCredential,
  defaultName: string,
): CredentialSettings {
  const { credential } = config;
  return {
    name: credential.name ?? defaultName,
    readOnly: credential.readOnly ?? base.readOnly,
    buckets: credential.buckets ?? base.buckets.map((bucket) => bucket.id),
    subfolder: credential.subfolder ?? base.subfolder,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== ''),
  ) as Partial<T>;
}

function storage(session: ProviderSession): StorageCredentials {
  if (!session.credentials) throw new Error(`${session.name} has no storage credentials`);
  return session.credentials;
}

function credentialId(config: Config): string {
  if (config.credential.id === undefined) throw new InputError('credential-id', 'is required');
  return config.credential.id;
}

/**
 * Where the new secret goes when `secret-name` is set. Refused before any
 * request when this build cannot write secrets: a rotation must never finish
 * with the new secret kept nowhere.
 */
function secretStoreOf(ctx: RunContext): SecretStore | undefined {
  if (ctx.config.githubSecret === undefined) return undefined;
  if (!ctx.secretStore) {
    throw new InputError(
      'secret-name',
      'is set, but this run has no way to write GitHub secrets; remove secret-name and store the secret-key output yourself',
    );
  }
  return ctx.secretStore;
}
