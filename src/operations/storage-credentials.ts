import type { ProviderName } from '../catalog.js';
import type { Config, GithubSecretTarget } from '../config/config.js';
import { InputError, ProviderError, providerLabel } from '../errors.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
} from '../providers/object-storage.js';
import { capabilityOf, type Provider } from '../providers/provider.js';
import { type RunContext, type SecretStore, secretStoreFor } from '../run-context.js';
import { plannedSteps } from './plan.js';
import type { Annotation, OperationReport, SummaryTable } from './report.js';
import {
  type RotationStep,
  rotationState,
  runRotation,
  type SecretWrite,
  type Subject,
  storedIn,
  storeStep,
} from './rotation.js';

/** A credential as rotation messages name it: id, name and access key. */
export function credentialSubject(
  credential: StorageCredential,
  accessKey = credential.accessKey,
): Subject {
  return {
    id: credential.id,
    name: credential.name,
    detail: `access key ${accessKey ?? 'unknown'}`,
  };
}

/** The inputs win; what they leave unset is copied from `base`. */
export function settingsFrom(
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

export function credentialId(config: Config): string {
  if (config.credential.id === undefined) throw new InputError('credential-id', 'is required');
  return config.credential.id;
}

/**
 * The new secret key must be in the create answer: no other call returns it.
 * Medianova's documented answer carries none.
 */
export function secretKeyStep(
  provider: ProviderName,
  created: () => CreatedCredential,
  extra: Pick<RotationStep, 'advice' | 'compensate'>,
): RotationStep {
  return {
    role: 'other',
    name: 'Reading the new secret key',
    run: async () => {
      if (created().secretKey !== undefined) return;
      throw new ProviderError(
        provider,
        `the create answer for credential ${created().id} carries no secret key, and the API offers no other way to read it`,
      );
    },
    ...extra,
  };
}

/** Where the Stook panel keeps the keys, for advice when the API cannot help. */
export function panelHint(provider: ProviderName): string {
  return `the ${providerLabel(provider)} panel (Stook -> Access Key Management)`;
}

/**
 * Stores the key pair: the access key first, then the secret key. If the
 * secret key cannot be written, the access key secret gets the old credential's
 * access key back (public and known), so the stored pair stays the old, working one.
 */
export function storeKeyPairStep(
  store: SecretStore,
  target: GithubSecretTarget,
  pair: () => {
    id: string;
    accessKey?: string;
    secretKey: string;
    old?: { id: string; accessKey?: string };
  },
): RotationStep {
  return storeStep(
    store,
    `store the access key in ${store.describe(target.accessKeyName)}, then the secret key in ${store.describe(target.name)}`,
    () => {
      // named by credential, not by value: the store masks every value it writes
      const { id, accessKey, secretKey, old } = pair();
      const writes: SecretWrite[] = [];
      if (accessKey !== undefined) {
        writes.push({
          name: target.accessKeyName,
          value: accessKey,
          what: `the access key of credential ${id}`,
          restore:
            old?.accessKey === undefined
              ? undefined
              : { value: old.accessKey, what: `the access key of credential ${old.id}` },
        });
      }
      writes.push({
        name: target.name,
        value: secretKey,
        what: `the secret key of credential ${id}`,
      });
      return writes;
    },
  );
}

export async function listCredentials(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
  if (ctx.config.dryRun) return plannedSteps(ctx, ['list the credentials']);
  const list = await credentials.list();
  return {
    outputs: { 'request-id': provider.http.lastRequestId ?? '' },
    result: { credentials: list },
    rows: [['Credentials', String(list.length)]],
    tables: [credentialTable('Credentials', list)],
  };
}

export async function getCredential(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
  const id = credentialId(ctx.config);
  if (ctx.config.dryRun) return plannedSteps(ctx, [`read credential ${id}`]);
  return credentialReport(provider, await credentials.get(id));
}

/** create-credential: the secret key is masked when it arrives and stored when asked. */
export async function createCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const { config, logger } = ctx;
  const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
  const store = secretStoreFor(ctx);
  const { credential } = config;
  const name = credential.name ?? '';
  let created!: CreatedCredential;
  const state = rotationState();
  return runRotation(ctx, {
    noun: 'credential',
    provider: provider.name,
    state,
    steps: [
      {
        role: 'create',
        plan: `create credential '${name}'`,
        newName: () => name,
        run: async () => {
          created = await credentials.create({
            name,
            readOnly: credential.readOnly ?? false,
            buckets: credential.buckets ?? [],
            subfolder: credential.subfolder,
          });
          logger.info(`create-credential: created credential ${created.id} ('${created.name}')`);
          return credentialSubject(created);
        },
      },
      ...(store
        ? [
            secretKeyStep(provider.name, () => created, {
              advice: () =>
                `Read the secret key in ${panelHint(provider.name)} and store it yourself, or delete credential ${created.id} (delete-credential).`,
            }),
            storeKeyPairStep(store, config.githubSecret!, () => ({
              id: created.id,
              accessKey: created.accessKey,
              secretKey: created.secretKey!,
            })),
          ]
        : []),
    ],
    report: () => {
      const annotations: Annotation[] = [];
      if (created.secretKey === undefined) {
        annotations.push({
          level: 'warning',
          message: `${providerLabel(provider.name)} created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in ${panelHint(provider.name)}, or delete the credential and create it there.`,
        });
      }
      return credentialReport(provider, created, {
        created: true,
        annotations,
        storedIn: storedIn(state),
      });
    },
  });
}

/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
export async function updateCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
  const id = credentialId(ctx.config);
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [`read credential ${id}`, 'replace its settings with the ones given']);
  }
  const current = await credentials.get(id);
  const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
  return credentialReport(provider, { ...current, ...definedOnly(updated) });
}

export async function deleteCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
  const id = credentialId(ctx.config);
  if (ctx.config.dryRun) return plannedSteps(ctx, [`delete credential ${id}`]);
  const message = await credentials.delete(id);
  return {
    outputs: { 'credential-id': id, 'request-id': provider.http.lastRequestId ?? '' },
    result: { deleted: id, message },
    rows: [
      ['Deleted credential', id],
      ['Message', message ?? '—'],
    ],
  };
}

function credentialReport(
  provider: Provider,
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
      'request-id': provider.http.lastRequestId ?? '',
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

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== ''),
  ) as Partial<T>;
}
