import { ProviderError } from '../../errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js';
import type { GcoreAuth } from './auth.js';

export type GcoreRequest = Omit<HttpRequest, 'headers' | 'authorize'>;

/**
 * Authenticated Gcore calls: every request carries the current credentials, and
 * a 401 gets one renewal (a JWT refresh) and one more try.
 */
export class GcoreApi {
  constructor(
    readonly http: HttpClient,
    private readonly auth: GcoreAuth,
  ) {}

  async request<T = unknown>(request: GcoreRequest): Promise<HttpResponse<T>> {
    const send = async () =>
      this.http.request<T>({ ...request, headers: await this.auth.headers() });
    let unauthorized: ProviderError;
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 401) throw error;
      unauthorized = error;
    }
    if (!(await this.auth.renew())) throw unauthorized;
    const earlier = unauthorized.details.attempts ?? 1;
    try {
      const retried = await send();
      return { ...retried, attempts: retried.attempts + earlier };
    } catch (error) {
      if (error instanceof ProviderError)
        throw error.withAttempts((error.details.attempts ?? 1) + earlier);
      throw error;
    }
  }

  async get<T = unknown>(path: string, query?: GcoreRequest['query']): Promise<T> {
    return (await this.request<T>({ method: 'GET', path, query })).body;
  }
}

/** Gcore lists are a bare array, or `{ count, next, previous, results }` when paginated. */
export function listItems<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const results = (body as { results?: unknown } | undefined)?.results;
  return Array.isArray(results) ? (results as T[]) : [];
}
