/** What every Stook credential flow takes from the run: the client, the ids and the settings. */
import type { Config } from '../config/config.js';
import { InputError } from '../errors.js';
import type {
  CredentialSettings,
  StorageCredential,
  StorageCredentialManager,
} from '../providers/object-storage.js';
import type { Provider } from '../providers/provider.js';
import type { SecretStore } from '../run-context.js';

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

export function storage(provider: Provider): StorageCredentialManager {
  if (!provider.storageCredentials) throw new Error(`${provider.name} has no storage credentials`);
  return provider.storageCredentials;
}

export function credentialId(config: Config): string {
  if (config.credential.id === undefined) throw new InputError('credential-id', 'is required');
  return config.credential.id;
}

/** Stores the secret key (and the access key) where `secret-name` says; returns where they went. */
export async function storeNewSecret(
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
