import { type OperationName, type ProviderName, SUPPORTED_OPERATIONS } from '../catalog.js';
import type { Targets } from '../config/config.js';
import { UnsupportedOperationError } from '../errors.js';
import type { HttpClient, Method } from '../http/client.js';
import type { RateLimit } from '../http/pacing.js';
import type { TokenManager } from './api-tokens.js';
import type { CertificateReader } from './certificates.js';
import type { StorageCredentialManager } from './object-storage.js';
import type { PurgeTimeModel } from './time-model.js';

/** One HTTP request a purge or prefetch will send, planned before anything is sent. */
export interface PlannedRequest {
  /** what the request does, e.g. "purge by URL" */
  readonly kind: string;
  readonly method: Method;
  readonly path: string;
  readonly body: unknown;
  /** the targets (as normalised from the inputs) this request carries */
  readonly items: readonly string[];
  readonly limits: readonly RateLimit[];
}

export type TaskState = 'done' | 'pending' | 'failed';

export interface TaskStatus {
  readonly id: string;
  readonly state: TaskState;
  /** provider wording worth showing, e.g. "3 of 5 URLs finished" */
  readonly detail?: string;
}

/** The CDN resource an operation acts on, after any hostname lookup. */
export interface Resource {
  readonly id: string;
  /** hostnames that belong to it; undefined when unknown (dry run), so hosts are not checked */
  readonly hostnames?: readonly string[];
  /** Gcore: the CNAME purge statuses are filtered by */
  readonly cname?: string;
}

/** What a provider's daily purge quota has left today (CDNetworks `check-quota`). */
export interface QuotaLeft {
  readonly urls: number;
  readonly prefixes: number;
  /** the daily quota itself */
  readonly dailyUrls: number;
  readonly dailyPrefixes: number;
}

/** Purge, prefetch and status: what every provider offers, behind one interface. */
export interface CdnClient {
  /** Looks the resource up (hostname -> id) where the provider needs it. */
  resolveResource(): Promise<Resource>;
  /** The resource as given, for a dry run that sends nothing. */
  unresolvedResource(): Resource;
  /**
   * The per-request item limits, rate windows and daily quota of purges of
   * `resource`: what `planPurge` batches and paces with, and the planner plans with.
   */
  purgeModel(resource: Resource): PurgeTimeModel;
  /**
   * What the provider purges for a normalised URL, as the planner groups it:
   * the path on providers that purge by path (so a resource's hostnames are one
   * tree), the full URL on CDNetworks; undefined when `resource` cannot purge it.
   */
  purgeKey(target: string, resource: Resource): string | undefined;
  /** Maps targets to requests at the provider's per-call limits (pure: throws InputError). */
  planPurge(targets: Targets, resource: Resource): PlannedRequest[];
  planPrefetch(urls: readonly string[], resource: Resource): PlannedRequest[];
  /** With `check-quota`: the daily purge quota left, read before planning; else undefined. */
  remainingQuota?(): Promise<QuotaLeft | undefined>;
  /**
   * The provider refused `request` for the prefixes it carries (Medianova: the
   * resource's "Wildcard Purge Suffix" option is off): a collapsed plan then
   * falls back to purging the URLs those prefixes cover.
   */
  isPrefixRefusal?(error: unknown, request: PlannedRequest): boolean;
  /** Sends one planned request; returns the task ids the provider gave. */
  send(request: PlannedRequest): Promise<{ taskIds: string[]; attempts: number }>;
  /**
   * Task ids for requests whose answer carried none (Gcore finds its purges in
   * the status list afterwards). `since` is the epoch ms just before the first send.
   */
  findTaskIds?(
    sent: readonly PlannedRequest[],
    resource: Resource,
    since: number,
  ): Promise<string[]>;
  /**
   * The state of each task. With a `deadline` (epoch ms), no request starts
   * after it: a status read the rate limit would hold longer fails at once.
   */
  taskStatus(
    taskIds: readonly string[],
    resource: Resource,
    kind: 'purge' | 'prefetch',
    options?: { deadline?: number },
  ): Promise<TaskStatus[]>;
  /** how often to poll with `wait` (unscaled ms) */
  readonly pollIntervalMs: number;
  /**
   * Kinds of task whose status interface allows fewer reads than
   * `pollIntervalMs`: the interval `wait` keeps to instead, and a sentence it
   * logs once (e.g. CDNetworks: a prefetch's status once every 5 minutes).
   */
  readonly statusPace?: Partial<
    Record<'purge' | 'prefetch', { intervalMs: number; note?: string }>
  >;
  /** kinds of task the provider reports no status for, with the sentence `wait` shows instead */
  readonly noStatus?: Partial<Record<'purge' | 'prefetch', string>>;
}

export interface LoginResult {
  token: string;
  /** ISO 8601 UTC */
  expiresAt?: string;
}

/** A provider for one run: its HTTP client and the capabilities it has. */
export interface Provider {
  readonly name: ProviderName;
  readonly http: HttpClient;
  readonly cdn: CdnClient;
  login?(): Promise<LoginResult>;
  /** permanent API tokens (Gcore) */
  readonly tokens?: TokenManager;
  /** object-storage credentials (Medianova Stook) */
  readonly storageCredentials?: StorageCredentialManager;
  /**
   * TLS certificates, on the provider's own auth and HTTP client. The client
   * code is imported on the first call: no other operation loads it.
   */
  certificates?(): Promise<CertificateReader>;
}

/**
 * A capability the operation needs. The catalog lets an operation reach only
 * providers that have it, so a miss is the catalog and the provider disagreeing.
 */
export function capabilityOf<K extends 'login' | 'tokens' | 'storageCredentials'>(
  provider: Provider,
  capability: K,
  operation: OperationName,
): NonNullable<Provider[K]> {
  const found = provider[capability];
  if (found === undefined) {
    throw new UnsupportedOperationError(
      provider.name,
      operation,
      SUPPORTED_OPERATIONS[provider.name],
    );
  }
  return found as NonNullable<Provider[K]>;
}
