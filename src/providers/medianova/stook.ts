import { describeError, ProviderError } from '../../errors.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import {
  array,
  boolean,
  either,
  id,
  lenient,
  nullable,
  object,
  optional,
  type Shape,
  type ShapeOf,
  string,
  unknown,
} from '../../http/shape.js';
import type { Logger } from '../../log.js';
import type {
  CreatedCredential,
  CredentialSettings,
  StorageCredential,
  StorageCredentialManager,
} from '../object-storage.js';
import type { MedianovaAuth } from './auth.js';
import { ENDPOINTS, STOOK_PREFIXES, type StookPrefix } from './endpoints.js';

/** A credential as Stook answers it; buckets are objects in list/get, uuids in update. */
const CREDENTIAL_FIELDS = {
  uuid: optional(id),
  name: optional(string),
  is_readonly: optional(boolean),
  access_key: optional(string),
  secret_key: optional(string),
  subfolder: nullable(string),
  buckets: optional(array(either(id, object({ uuid: optional(id), name: optional(string) })))),
};
const CREDENTIAL = object(CREDENTIAL_FIELDS);
type StookCredential = ShapeOf<typeof CREDENTIAL>;
/** The create answer: the secret key is registered before it is read; the rest only describes it. */
const CREATED = object(lenient(CREDENTIAL_FIELDS));

const ENVELOPE = object({ data: unknown });

/** Stook wraps every answer in `{ data }`. */
function inData<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value, path) => optional(shape)(ENVELOPE(value, path).data, 'data');
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
    private readonly logger: Logger,
  ) {}

  async list(): Promise<StorageCredential[]> {
    const data = await this.data((prefix) => ({
      method: 'GET',
      path: ENDPOINTS.credentials(prefix, this.organization),
      shape: inData(array(CREDENTIAL)),
    }));
    return (data ?? []).map(toCredential);
  }

  async get(id: string): Promise<StorageCredential> {
    const path = (prefix: StookPrefix) => ENDPOINTS.credential(prefix, this.organization, id);
    const data = await this.data((prefix) => ({
      method: 'GET',
      path: path(prefix),
      shape: inData(CREDENTIAL),
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
    const data = await this.data((prefix) => ({
      method: 'POST',
      path: path(prefix),
      body: toBody(settings),
      retry: 'throttled-only',
      secretFields: ['data.secret_key'],
      shape: inData(CREATED),
    }));
    const secretKey = data?.secret_key || undefined;
    const created = this.checked(data, `POST ${path(this.prefix ?? STOOK_PREFIXES[0])}`);
    const accessKey = created.accessKey ?? (await this.accessKeyOf(created.id));
    return { ...created, accessKey, secretKey };
  }

  /** `PUT` replaces every setting, so callers pass the full settings. */
  async update(id: string, settings: CredentialSettings): Promise<StorageCredential> {
    const path = (prefix: StookPrefix) => ENDPOINTS.credential(prefix, this.organization, id);
    const data = await this.data((prefix) => ({
      method: 'PUT',
      path: path(prefix),
      body: toBody(settings),
      shape: inData(CREDENTIAL),
    }));
    return this.checked({ uuid: id, ...data }, `PUT ${path(this.prefix ?? STOOK_PREFIXES[0])}`);
  }

  async delete(id: string): Promise<string | undefined> {
    const response = await this.send((prefix) => ({
      method: 'DELETE',
      path: ENDPOINTS.credential(prefix, this.organization, id),
      shape: optional(object({ message: optional(unknown) })),
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

  private async data<T>(build: (prefix: StookPrefix) => HttpRequest<T>): Promise<T> {
    return (await this.send(build)).body;
  }

  /**
   * Sends a Stook call under the run's prefix. The run's first call tries the
   * first prefix; a 404 there is retried once under the second, and whichever
   * answered is kept for the rest of the run.
   */
  private async send<T>(build: (prefix: StookPrefix) => HttpRequest<T>): Promise<HttpResponse<T>> {
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
  private checked(data: Partial<StookCredential> | undefined, action: string): StorageCredential {
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

function toCredential(raw: Partial<StookCredential>): StorageCredential {
  return {
    id: raw.uuid ?? '',
    name: raw.name ?? '',
    readOnly: raw.is_readonly === true,
    accessKey: raw.access_key || undefined,
    subfolder: raw.subfolder ?? undefined,
    buckets: (raw.buckets ?? []).map((bucket) =>
      typeof bucket === 'string' ? { id: bucket } : { id: bucket.uuid ?? '', name: bucket.name },
    ),
  };
}
