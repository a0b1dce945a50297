import { VerificationError } from '../errors.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
  StorageCredentialManager,
} from '../providers/object-storage.js';
import { capabilityOf, type Provider } from '../providers/provider.js';
import { type RunContext, secretStoreFor } from '../run-context.js';
import type { OperationReport } from './report.js';
import {
  deleteOldStep,
  type RotationState,
  rotatedName,
  rotationState,
  runRotation,
  storedIn,
} from './rotation.js';
import {
  credentialId,
  credentialSubject,
  panelHint,
  secretKeyStep,
  settingsFrom,
  storeKeyPairStep,
} from './storage-credentials.js';

/** A new credential may take a moment to show in `list`: read it this often before giving up. */
export const VERIFY_ATTEMPTS = 3;
/** Pause between those reads (unscaled ms). */
export const VERIFY_PAUSE_MS = 2_000;

/**
 * rotate-credential: read the old credential -> create the new one with its
 * settings -> check the answer carried the secret key (else delete the new one
 * again) -> verify the new one is listed with its access key -> store the pair
 * (when asked) -> delete the old one (when `delete-old`).
 */
export async function rotateCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
  const store = secretStoreFor(ctx);
  const id = credentialId(config);
  let old!: StorageCredential;
  let settings!: CredentialSettings;
  let created!: CreatedCredential;
  /** as verified in the list: the create answer may lack it */
  let accessKey: string | undefined;
  const state = rotationState({ id }, { verifies: true });
  const newName = config.credential.name ? ` '${config.credential.name}'` : '';
  return runRotation(ctx, {
    noun: 'credential',
    provider: provider.name,
    state,
    steps: [
      {
        role: 'read',
        plan: `read credential ${id}`,
        run: async () => {
          // debug only until the new secret key is masked: nothing may be written before its mask
          logger.debug(`rotate-credential: reading credential ${id}`);
          old = await credentials.get(id);
          settings = settingsFrom(config, old, rotatedName(old.name, timing.now()));
          return { id: old.id, name: old.name };
        },
      },
      {
        role: 'create',
        plan: `create a new credential${newName || ' (its name with a UTC timestamp suffix)'} with its settings`,
        newName: () => settings.name,
        run: async () => {
          created = await credentials.create(settings);
          accessKey = created.accessKey;
          logger.info(`rotate-credential: created credential ${created.id} ('${created.name}')`);
          return credentialSubject(created);
        },
      },
      secretKeyStep(provider.name, () => created, {
        compensate: async () => {
          await credentials.delete(created.id);
          logger.info(`rotate-credential: deleted the new credential ${created.id} again`);
        },
        advice: () => `Rotate this credential in ${panelHint(provider.name)} instead.`,
      }),
      {
        role: 'verify',
        plan: 'verify the new credential is listed with its access key',
        run: async (rotation) => {
          accessKey = await verifyListed(credentials, created, ctx);
          rotation.created = credentialSubject(created, accessKey);
          logger.info(`rotate-credential: ${created.id} is listed with access key ${accessKey}`);
        },
      },
      ...(store
        ? [
            storeKeyPairStep(store, config.githubSecret!, () => ({
              id: created.id,
              accessKey,
              secretKey: created.secretKey!,
              old,
            })),
          ]
        : []),
      ...(config.deleteOld
        ? [
            deleteOldStep(`delete credential ${id}`, async () => {
              await credentials.delete(id);
              logger.info(`rotate-credential: deleted the old credential ${id}`);
            }),
          ]
        : []),
    ],
    report: () => rotationReport(provider, state, { old, created, accessKey }, ctx),
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
  throw new VerificationError(
    seen
      ? `credential ${created.id} is listed with access key ${seen.accessKey ?? '(none)'}, not ${created.accessKey}`
      : `credential ${created.id} is not in the credential list after ${VERIFY_ATTEMPTS} reads`,
  );
}

function rotationReport(
  provider: Provider,
  state: RotationState,
  {
    old,
    created,
    accessKey,
  }: {
    old: StorageCredential;
    created: CreatedCredential;
    accessKey: string | undefined;
  },
  { config }: RunContext,
): OperationReport {
  const stored = storedIn(state);
  const oldState = state.oldDeleted
    ? 'deleted'
    : config.deleteOld
      ? 'not deleted'
      : 'kept (delete-old: false)';
  return {
    outputs: {
      'credential-id': created.id,
      'access-key': accessKey ?? '',
      'secret-key': created.secretKey ?? '',
      'request-id': provider.http.lastRequestId ?? '',
    },
    result: {
      old: { id: old.id, name: old.name, deleted: state.oldDeleted },
      new: { ...created, accessKey, verified: state.verified === true },
      storedIn: stored,
    },
    rows: [
      ['Old credential', `${old.id} (${old.name}): ${oldState}`],
      ['New credential', `${created.id} (${created.name})`],
      ['Access key', accessKey ?? '—'],
      [
        'Secret key',
        created.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
      ],
      ['Verified', state.verified ? 'yes: listed with its access key' : 'no'],
      ['Stored in', stored.join(', ') || '—'],
    ],
  };
}
