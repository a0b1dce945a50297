import { ProviderError } from '../../errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js';
import { array, either, map, object, type Shape } from '../../http/shape.js';
import type { GcoreAuth } from './auth.js';

export type GcoreRequest<T = unknown> = Omit<HttpRequest<T>, 'headers' | 'authorize'>;

/**
 * Authenticated Gcore calls: every request carries the current credentials, and
 * a 401 gets one renewal (a JWT refresh) and one more try.
 */
export class GcoreApi {
  constructor(
    readonly http: HttpClient,
    private readonly auth: GcoreAuth,
  ) {}

  async request<T = unknown>(request: GcoreRequest<T>): Promise<HttpResponse<T>> {
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

  async get<T>(path: string, shape: Shape<T>, query?: GcoreRequest['query']): Promise<T> {
    return (await this.request({ method: 'GET', path, query, shape })).body;
  }
}

/** A Gcore list: a bare array, or `{ count, next, previous, results }` when paginated. */
export function listOf<T>(item: Shape<T>): Shape<T[]> {
  return either(
    array(item),
    map(object({ results: array(item) }), (page) => page.results),
  );
}
