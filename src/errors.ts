/**
 * The error classes cdnkit raises. Every failure reaches the user through
 * `describeError` (one line); nothing else formats errors.
 */

/** A bad input value or combination, detected before any request is sent. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
  }
}

/** An operation the chosen provider does not offer. */
export class UnsupportedOperationError extends InputError {
  constructor(provider: string, operation: string, supported: readonly string[]) {
    super(
      'operation',
      `'${operation}' is not supported by ${provider}; ${provider} supports: ${supported.join(', ')}`,
    );
  }
}

/** The provider answered with an error, or never answered usefully. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly provider: string,
    message: string,
    readonly details: {
      status?: number;
      requestId?: string;
      /** what was being done, e.g. "POST /cdn/resources/1/purge" */
      action?: string;
      /** the error can be retried (429, 5xx, network) */
      retryable?: boolean;
      /** how long the provider asked us to wait (Retry-After) */
      retryAfterMs?: number;
      code?: string;
      /** the provider said "slow down": 429 or its own throttle status */
      throttled?: boolean;
      /** HTTP requests made for this call, retries included */
      attempts?: number;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }
  get requestId(): string | undefined {
    return this.details.requestId;
  }
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

/** The provider's name as users write it: Gcore, Medianova, CDNetworks. */
export function providerLabel(provider: string): string {
  const labels: Record<string, string> = {
    gcore: 'Gcore',
    medianova: 'Medianova',
    cdnetworks: 'CDNetworks',
    github: 'GitHub',
  };
  return labels[provider] ?? provider;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
