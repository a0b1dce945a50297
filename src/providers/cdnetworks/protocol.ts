import type { ProviderProtocol } from '../../http/client.js';
import { CDNETWORKS_BASE_URL, THROTTLE_BACKOFF, THROTTLE_STATUSES } from './limits.js';

/**
 * CDNetworks errors: `{ code, message }` with a 4xx status, or a 200 answer
 * whose `Code` is 0 with the reason in `Message`. The code (`NoSuchDomain`,
 * `WPLUS_AccountApiTooFrequence`…) is what support asks for, so it is shown.
 */
export function cdnetworksErrorMessage(body: unknown): { message?: string; code?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const code = nonEmpty(record.code);
  const message = nonEmpty(record.message) ?? nonEmpty(record.Message);
  if (message === undefined) return code === undefined ? {} : { message: code, code };
  return { message: code === undefined ? message : `${message} (${code})`, code };
}

/** `Code` 0 (number or string) in a 200 answer is a failure. */
export function cdnetworksFailureIn(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const code = (body as Record<string, unknown>).Code;
  return code === 0 || code === '0';
}

/** `Code` 1 (number or string) is success. */
export function isSuccessCode(code: unknown): boolean {
  return code === 1 || code === '1';
}

export const cdnetworksProtocol: ProviderProtocol = {
  provider: 'cdnetworks',
  baseUrl: CDNETWORKS_BASE_URL,
  requestIdHeaders: ['x-cnc-request-id'],
  errorMessage: cdnetworksErrorMessage,
  failureIn: cdnetworksFailureIn,
  throttleStatuses: THROTTLE_STATUSES,
  throttleBackoff: THROTTLE_BACKOFF,
};

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
