import type { CredentialOperation } from '../catalog.js';
import type { CreatedCredential, StorageCredential } from '../providers/object-storage.js';
import type { Provider } from '../providers/provider.js';
import { type RunContext, secretStoreFor } from '../run-context.js';
import { credentialId, settingsFrom, storage, storeNewSecret } from './credential-inputs.js';
import { plannedSteps } from './dry-run.js';
import type { Annotation, OperationReport, SummaryTable } from './report.js';
import { rotateCredential } from './rotate-credential.js';

type CredentialRunner = (provider: Provider, ctx: RunContext) => Promise<OperationReport>;

/** Credential operations change accounts: with dry-run they only describe their steps. */
function unlessDryRun(runner: CredentialRunner): CredentialRunner {
  return async (provider, ctx) =>
    ctx.config.dryRun ? plannedCredentialSteps(ctx) : runner(provider, ctx);
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
  provider: Provider,
  _ctx: RunContext,
): Promise<OperationReport> {
  const credentials = await storage(provider).list();
  return {
    outputs: { 'request-id': provider.http.lastRequestId ?? '' },
    result: { credentials },
    rows: [['Credentials', String(credentials.length)]],
    tables: [credentialTable('Credentials', credentials)],
  };
}

export async function getCredential(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const credential = await storage(provider).get(credentialId(ctx.config));
  return credentialReport(provider, credential);
}

/** create-credential: the secret key is masked when it arrives and stored when asked. */
export async function createCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const store = secretStoreFor(ctx);
  const { credential } = ctx.config;
  const created = await storage(provider).create({
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
        ...credentialReport(provider, created, { created: true, annotations }),
        failure: `Credential ${created.id} was created, but there is no secret key to store in ${ctx.config.githubSecret?.name}.`,
      };
    }
    storedIn = await storeNewSecret(store, ctx.config, created.secretKey, created.accessKey);
  }
  return credentialReport(provider, created, { created: true, annotations, storedIn });
}

/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
export async function updateCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const credentials = storage(provider);
  const id = credentialId(ctx.config);
  const current = await credentials.get(id);
  const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
  return credentialReport(provider, { ...current, ...definedOnly(updated) });
}

export async function deleteCredential(
  provider: Provider,
  ctx: RunContext,
): Promise<OperationReport> {
  const id = credentialId(ctx.config);
  const message = await storage(provider).delete(id);
  return {
    outputs: { 'credential-id': id, 'request-id': provider.http.lastRequestId ?? '' },
    result: { deleted: id, message },
    rows: [
      ['Deleted credential', id],
      ['Message', message ?? '—'],
    ],
  };
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
  return plannedSteps(ctx, steps[operation] ?? []);
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
