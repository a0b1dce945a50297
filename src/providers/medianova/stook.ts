import { describeError, ProviderError } from '../../errors.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import type { Logger } from '../../log.js';
import type { SecretRegistry } from '../../secret-registry.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
  StorageCredentialManager,
} from '../object-storage.js';
import type { MedianovaAuth } from './auth.js';
import { ENDPOINTS, STOOK_PREFIXES, type StookPrefix } from './endpoints.js';

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

/**
 * Stook object-storage credentials of one organization (Medianova's API
 * documentation, "Object Storage (Stook) / Credentials").
 */
export class StookCredentials implements StorageCredentialManager {
  /** the prefix Stook answered under in this run; undefined before the first call */
  private prefix: StookPrefix | undefined;

  constructor(
    private readonly auth: MedianovaAuth,
    private readonly organization: string,
    private readonly secrets: SecretRegistry,
    private readonly logger: Logger,
  ) {}

  async list(): Promise<StorageCredential[]> {
    const data = await this.data<StookCredential[]>((prefix) => ({
      method: 'GET',
      path: ENDPOINTS.credentials(prefix, this.organization),
    }));
    return (Array.isArray(data) ? data : []).map(toCredential);
  }

  async get(id: string): Promise<StorageCredential> {
    const path = (prefix: StookPrefix) => ENDPOINTS.credential(prefix, this.organization, id);
    const data = await this.data<StookCredential>((prefix) => ({
      method: 'GET',
      path: path(prefix),
    }));
    return this.checked(data, `GET ${path(this.prefix ?? STOOK_PREFIXES[0])}`);
  }

  /**
   * `POST .../credentials` (plural). Retried only when throttled, so a retry never
   * makes a second credential. The documented answer carries neither key: the
   * access key is read back with `get`. A `secret_key` (undocumented) is
   * registered as a secret before anything else; `secretKey` is undefined when
   * none came back, and the caller decides what that means.
   */
  async create(settings: CredentialSettings): Promise<CreatedCredential> {
    const path = (prefix: StookPrefix) => ENDPOINTS.createCredential(prefix, this.organization);
    const data = await this.data<StookCredential>((prefix) => ({
      method: 'POST',
      path: path(prefix),
      body: toBody(settings),
      retry: 'throttled-only',
    }));
    const secretKey =
      typeof data?.secret_key === 'string' && data.secret_key !== '' ? data.secret_key : undefined;
    this.secrets.add(secretKey);
    const created = this.checked(data, `POST ${path(this.prefix ?? STOOK_PREFIXES[0])}`);
    const accessKey = created.accessKey ?? (await this.accessKeyOf(created.id));
    return { ...created, accessKey, secretKey };
  }

  /** `PUT` replaces every setting, so callers pass the full settings. */
  async update(id: string, settings: CredentialSettings): Promise<StorageCredential> {
    const path = (prefix: StookPrefix) => ENDPOINTS.credential(prefix, this.organization, id);
    const data = await this.data<StookCredential>((prefix) => ({
      method: 'PUT',
      path: path(prefix),
      body: toBody(settings),
    }));
    return this.checked({ uuid: id, ...data }, `PUT ${path(this.prefix ?? STOOK_PREFIXES[0])}`);
  }

  async delete(id: string): Promise<string | undefined> {
    const response = await this.send<{ message?: unknown }>((prefix) => ({
      method: 'DELETE',
      path: ENDPOINTS.credential(prefix, this.organization, id),
    }));
    const message = response.body?.message;
    return typeof message === 'string' ? message : undefined;
  }

  /** A new credential's access key; a failed read is a warning, never a lost credential. */
  private async accessKeyOf(id: string): Promise<string | undefined> {
    try {
      return (await this.get(id)).accessKey;
    } catch (error) {
      this.logger.warning(
        `Medianova created credential ${id}, but reading its access key failed: ${describeError(error)}`,
      );
      return undefined;
    }
  }

  private async data<T>(build: (prefix: StookPrefix) => HttpRequest): Promise<T | undefined> {
    return (await this.send<{ data?: T }>(build)).body?.data;
  }

  /**
   * Sends a Stook call under the run's prefix. The run's first call tries the
   * first prefix; a 404 there is retried once under the second, and whichever
   * answered is kept for the rest of the run.
   */
  private async send<T>(build: (prefix: StookPrefix) => HttpRequest): Promise<HttpResponse<T>> {
    if (this.prefix) return this.auth.send<T>(build(this.prefix));
    const [first, second] = STOOK_PREFIXES;
    try {
      const response = await this.auth.send<T>(build(first));
      this.settle(first, `medianova: Stook answers under ${first}`);
      return response;
    } catch (error) {
      if (!isNotFound(error)) {
        if (answered(error)) this.settle(first, `medianova: Stook answers under ${first}`);
        throw error;
      }
      try {
        const response = await this.auth.send<T>(build(second));
        this.settle(second, fallbackLine(first, second));
        return response;
      } catch (retried) {
        // only an answer from Stook under the second prefix beats the first 404
        if (!answered(retried) || isNotFound(retried)) throw error;
        this.settle(second, fallbackLine(first, second));
        throw retried;
      }
    }
  }

  private settle(prefix: StookPrefix, line: string): void {
    this.prefix = prefix;
    this.logger.debug(line);
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

function fallbackLine(first: string, second: string): string {
  return `medianova: Stook answered 404 under ${first} and answered under ${second}; using ${second} for the rest of this run`;
}

function isNotFound(error: unknown): boolean {
  return error instanceof ProviderError && error.status === 404;
}

/** Stook itself answered (a 4xx other than 404): the prefix exists. */
function answered(error: unknown): boolean {
  const status = error instanceof ProviderError ? error.status : undefined;
  return status !== undefined && status >= 400 && status < 500;
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
