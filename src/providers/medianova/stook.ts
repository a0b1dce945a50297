import { ProviderError } from '../../errors.js';
import type { HttpRequest } from '../../http/client.js';
import type { SecretRegistry } from '../../secret-registry.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
  StorageCredentialManager,
} from '../object-storage.js';
import type { MedianovaAuth } from './auth.js';
import { ENDPOINTS } from './endpoints.js';

/** A credential as Stook answers it; buckets are objects in list/get, uuids in update. */
interface StookCredential {
  uuid?: string;
  name?: string;
  is_readonly?: boolean;
  access_key?: string;
  secret_key?: string;
  subfolder?: string | null;
  buckets?: (string | { uuid?: string; name?: string })[];
}

/** Stook object-storage credentials of one organization (Medianova API documentation, Stook "Credentials" page). */
export class StookCredentials implements StorageCredentialManager {
  constructor(
    private readonly auth: MedianovaAuth,
    private readonly organization: string,
    private readonly secrets: SecretRegistry,
  ) {}

  async list(): Promise<StorageCredential[]> {
    const data = await this.data<StookCredential[]>({
      method: 'GET',
      path: ENDPOINTS.credentials(this.organization),
    });
    return (Array.isArray(data) ? data : []).map(toCredential);
  }

  async get(id: string): Promise<StorageCredential> {
    const path = ENDPOINTS.credential(this.organization, id);
    return this.checked(await this.data<StookCredential>({ method: 'GET', path }), `GET ${path}`);
  }

  /**
   * `POST .../credentials` (plural). Retried only when throttled, so a retry never
   * makes a second credential; the secret key is registered before anything else.
   */
  async create(settings: CredentialSettings): Promise<CreatedCredential> {
    const path = ENDPOINTS.createCredential(this.organization);
    const data = await this.data<StookCredential>({
      method: 'POST',
      path,
      body: toBody(settings),
      retry: 'throttled-only',
    });
    const secretKey =
      typeof data?.secret_key === 'string' && data.secret_key !== '' ? data.secret_key : undefined;
    this.secrets.add(secretKey);
    return { ...this.checked(data, `POST ${path}`), secretKey };
  }

  /** `PUT` replaces every setting, so callers pass the full settings. */
  async update(id: string, settings: CredentialSettings): Promise<StorageCredential> {
    const path = ENDPOINTS.credential(this.organization, id);
    const data = await this.data<StookCredential>({ method: 'PUT', path, body: toBody(settings) });
    return this.checked({ uuid: id, ...data }, `PUT ${path}`);
  }

  async delete(id: string): Promise<string | undefined> {
    const response = await this.auth.send<{ message?: unknown }>({
      method: 'DELETE',
      path: ENDPOINTS.credential(this.organization, id),
    });
    const message = response.body?.message;
    return typeof message === 'string' ? message : undefined;
  }

  private async data<T>(request: HttpRequest): Promise<T | undefined> {
    const response = await this.auth.send<{ data?: T }>(request);
    return response.body?.data;
  }

  /** A credential answer without a uuid cannot be acted on: say so rather than guess. */
  private checked(data: StookCredential | undefined, action: string): StorageCredential {
    const credential = toCredential(data ?? {});
    if (credential.id === '') {
      throw new ProviderError('medianova', 'the answer carries no credential uuid', { action });
    }
    return credential;
  }
}

function toBody(settings: CredentialSettings): object {
  return {
    name: settings.name,
    is_readonly: settings.readOnly,
    buckets: settings.buckets,
    subfolder: settings.subfolder,
  };
}

function toCredential(raw: StookCredential): StorageCredential {
  return {
    id: raw.uuid ?? '',
    name: raw.name ?? '',
    readOnly: raw.is_readonly === true,
    accessKey:
      typeof raw.access_key === 'string' && raw.access_key !== '' ? raw.access_key : undefined,
    subfolder: typeof raw.subfolder === 'string' ? raw.subfolder : undefined,
    buckets: (raw.buckets ?? []).map((bucket) =>
      typeof bucket === 'string' ? { id: bucket } : { id: bucket.uuid ?? '', name: bucket.name },
    ),
  };
}
