import { StepError } from '../errors.js';
import type {
  CreatedCredential,
  StorageCredential,
  StorageCredentialManager,
} from '../providers/object-storage.js';
import type { Provider } from '../providers/provider.js';
import { type RunContext, type SecretStore, secretStoreFor } from '../run-context.js';
import { credentialId, settingsFrom, storage, storeNewSecret } from './credential-inputs.js';
import type { OperationReport } from './report.js';
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
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  const credentials = storage(provider);
  const store = secretStoreFor(ctx);
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
      createFailureState(provider.name, 'credential', old, settings.name, error),
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
    return { ...rotationReport(provider, rotation, ctx), failure: error.message };
  }
  return rotationReport(provider, rotation, ctx);
}

async function finishRotation(
  rotation: Rotation,
  credentials: StorageCredentialManager,
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
  credentials: StorageCredentialManager,
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
  provider: Provider,
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
      'request-id': provider.http.lastRequestId ?? '',
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
