export const GITHUB_API_URL = 'https://api.github.com';
/** The REST API version cdnkit was written against. */
export const GITHUB_API_VERSION = '2022-11-28';

/** GitHub errors: `{ message, errors?: [{ field, code, message? }] }`. */
export function githubErrorMessage(body: unknown): { message?: string; code?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const { message, errors } = body as { message?: unknown; errors?: unknown };
  if (typeof message !== 'string' || message === '') return {};
  const details = Array.isArray(errors)
    ? errors
        .map((error) => {
          if (typeof error === 'string') return error;
          const { field, code, message: text } = (error ?? {}) as Record<string, unknown>;
          return [field, text ?? code].filter((part) => typeof part === 'string').join(': ');
        })
        .filter((detail) => detail !== '')
    : [];
  return { message: details.length > 0 ? `${message} (${details.join('; ')})` : message };
}

/** Headers of every GitHub request besides Authorization. */
export const GITHUB_HEADERS = {
  accept: 'application/vnd.github+json',
  'x-github-api-version': GITHUB_API_VERSION,
} as const;
