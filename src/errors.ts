/**
 * Every error class cdnkit raises. Each failure reaches the user through
 * `describeError` (one line); nothing else formats errors.
 */
import type { SecretScope } from './github/paths.js';
import { oneLine } from './text.js';

/** A bad input value or combination, detected before any request is sent. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
  }
}

/** An operation the chosen provider does not offer. */
export class UnsupportedOperationError extends InputError {
  override readonly name = 'UnsupportedOperationError';
  constructor(provider: string, operation: string, supported: readonly string[]) {
    super(
      'operation',
      `'${operation}' is not supported by ${provider}; ${provider} supports: ${supported.join(', ')}`,
    );
  }
}

/** A command line the CLI cannot run; reported in one line with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ProviderErrorDetails {
  readonly status?: number;
  readonly requestId?: string;
  /** what was being done, e.g. "POST /cdn/resources/1/purge" */
  readonly action?: string;
  /** the error can be retried (429, 5xx, network) */
  readonly retryable?: boolean;
  /** how long the provider asked us to wait (Retry-After) */
  readonly retryAfterMs?: number;
  readonly code?: string;
  /** the provider said "slow down": 429 or its own throttle status */
  readonly throttled?: boolean;
  /** HTTP requests made for this call, retries included */
  readonly attempts?: number;
  /** no usable answer came: the network failed, `timeout` passed, or the answer was too large */
  readonly transport?: 'network' | 'timeout' | 'too-large';
  /** the message already ends with the one hint that applies (hints.ts adds none) */
  readonly hinted?: boolean;
  /** GitHub write-back: where the secret lives, which says what a 403 or 404 is missing */
  readonly secretScope?: SecretScope;
}

/** The provider answered with an error, or never answered usefully. Immutable once made. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly details: ProviderErrorDetails;

  constructor(
    readonly provider: string,
    message: string,
    details: ProviderErrorDetails = {},
  ) {
    super(message);
    this.details = Object.freeze({ ...details });
  }

  get status(): number | undefined {
    return this.details.status;
  }
  get requestId(): string | undefined {
    return this.details.requestId;
  }

  /** The same error, counting `attempts` HTTP requests (retries and re-logins included). */
  withAttempts(attempts: number): ProviderError {
    return new ProviderError(this.provider, this.message, { ...this.details, attempts });
  }
}

/**
 * An account limit refuses the change before anything is sent: CDNetworks' daily
 * purge quota, Gcore's 50 API tokens an account.
 */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
}

/**
 * cdnkit refused a change that would do harm or cannot be right (an empty
 * secret, a certificate still in use); the message says why and that nothing
 * was changed.
 */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
}

/** The API token this run signs in with was refused: expired or deleted. */
export class RefusedTokenError extends Error {
  override readonly name = 'RefusedTokenError';
  constructor(
    tokenId: string,
    override readonly cause: ProviderError,
  ) {
    super(
      `The api-token of this run (token ${tokenId}) was refused: it has expired or was deleted. ${describeError(cause)}`,
    );
  }
}

/** A new credential exists but did not prove to work (not listed, or listed with another key). */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
}

/** A multi-step change (rotation) stopped part-way; `state` says what exists now. */
export class StepError extends Error {
  override readonly name = 'StepError';
  constructor(
    readonly step: string,
    override readonly cause: unknown,
    readonly state: string,
  ) {
    super(`${step} failed: ${describeError(cause)}. ${state}`);
  }
}

/** One line for the user: what failed, the provider's status, message and request id. */
export function describeError(error: unknown): string {
  if (error instanceof ProviderError) {
    const { status, requestId, action } = error.details;
    const where = action ? ` (${action})` : '';
    const parts = [`${providerLabel(error.provider)}${where}: ${error.message}`];
    if (status !== undefined) parts.push(`status ${status}`);
    if (requestId) parts.push(`request id ${requestId}`);
    return oneLine(parts.join('; '));
  }
  if (error instanceof Error) return oneLine(error.message);
  return oneLine(String(error));
}

const PROVIDER_LABELS: Readonly<Record<string, string>> = {
  gcore: 'Gcore',
  medianova: 'Medianova',
  cdnetworks: 'CDNetworks',
  github: 'GitHub',
};

/** The provider's name as users write it: Gcore, Medianova, CDNetworks. */
export function providerLabel(provider: string): string {
  return Object.hasOwn(PROVIDER_LABELS, provider) ? PROVIDER_LABELS[provider]! : provider;
}
