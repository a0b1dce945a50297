import type { ProviderProtocol } from '../../http/client.js';
import { messageText } from '../../http/shape.js';
import { GCORE_BASE_URL, THROTTLE_BACKOFF } from './limits.js';

/** How Gcore reports errors: `{ message }`, `{ detail }`, `{ error }` or `{ errors: { field: [..] } }`. */
export function gcoreErrorMessage(body: unknown): { message?: string; code?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'detail', 'error', 'errorMessage']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return { message: value };
  }
  const errors = record.errors;
  if (typeof errors === 'object' && errors !== null) {
    const parts = Object.entries(errors).flatMap(([field, messages]) => {
      const text = messageText(messages);
      return text === undefined ? [] : [`${field}: ${text}`];
    });
    if (parts.length > 0) return { message: parts.join('; ') };
  }
  return {};
}

export const gcoreProtocol: ProviderProtocol = {
  provider: 'gcore',
  baseUrl: GCORE_BASE_URL,
  requestIdHeaders: ['x-request-id', 'x-trace-id'],
  errorMessage: gcoreErrorMessage,
  throttleBackoff: THROTTLE_BACKOFF,
};
