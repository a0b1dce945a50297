import type { ProviderProtocol } from '../../http/client.js';
import { messageText } from '../../http/shape.js';
import { MEDIANOVA_BASE_URL } from './limits.js';

/**
 * Medianova answers `{ "status": false, "message": "..." }` on failure, also
 * with HTTP 200 at times; some validation answers carry `errors: { field: [..] }`.
 */
export function medianovaErrorMessage(body: unknown): { message?: string; code?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ['message', 'error']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') {
      parts.push(value);
      break;
    }
  }
  const errors = record.errors;
  if (typeof errors === 'object' && errors !== null) {
    for (const [field, messages] of Object.entries(errors)) {
      const text = messageText(messages);
      if (text !== undefined) parts.push(`${field}: ${text}`);
    }
  }
  return parts.length > 0 ? { message: parts.join('; ') } : {};
}

export const medianovaProtocol: ProviderProtocol = {
  provider: 'medianova',
  baseUrl: MEDIANOVA_BASE_URL,
  requestIdHeaders: [],
  errorMessage: medianovaErrorMessage,
  failureIn: (body) =>
    typeof body === 'object' && body !== null && (body as { status?: unknown }).status === false,
};
