/**
 * The GitHub API client: the toolkit's Octokit with its retry plugin (5xx and
 * network errors) and throttling plugin (primary and secondary rate limits),
 * over cdnkit's bounded, proxy-aware fetch. Import this module lazily: only
 * runs that talk to GitHub pay for it.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { checkUrl } from '../config/values.js';
import { ProviderError, type ProviderErrorDetails } from '../errors.js';
import { redirectMessage } from '../http/redirect.js';
import { readShape, type Shape, ShapeError } from '../http/shape.js';
import type { Logger } from '../log.js';
import { preview } from '../text.js';
import { VERSION } from '../version.js';
import { boundedFetch, FetchFailure } from './fetch.js';
import { GITHUB_API_URL, GITHUB_HEADERS, githubErrorMessage } from './protocol.js';

const GithubOctokit = Octokit.plugin(retry, throttling);
export type GithubClient = InstanceType<typeof GithubOctokit>;

/** Largest GitHub answer read (a page of workflow runs is about 100 KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Longest Retry-After cdnkit waits for on a rate limit, in seconds. */
const MAX_RATE_LIMIT_WAIT_S = 120;
/**
 * GitHub asks for a second between writes (POST, PUT, PATCH, DELETE) of one
 * client ("Best practices for using the REST API"); the throttling plugin keeps
 * it. Its own limiter is shared by every client in the process and cannot be
 * scaled, so each client gets one of its own, shrunk with CDNKIT_PACING_SCALE
 * like every other pause of cdnkit.
 */
const WRITE_INTERVAL_MS = 1000;

export interface GithubClientOptions {
  token: string;
  /** GITHUB_API_URL; https only, except loopback hosts */
  apiUrl?: string;
  /** ms a request may take, answer included */
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
  /** multiplies every retry delay (CDNKIT_PACING_SCALE in tests; 1 in production) */
  scale?: number;
}

/** A GitHub client for one run. Throws InputError for a GITHUB_API_URL that is not https or loopback. */
export function createGithubClient(options: GithubClientOptions): GithubClient {
  const apiUrl = (options.apiUrl || GITHUB_API_URL).replace(/\/+$/, '');
  checkUrl(apiUrl, 'github-token', 'GITHUB_API_URL');
  const { logger, maxRetries } = options;
  const scale = options.scale ?? 1;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _client: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < maxRetries && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      logger.info(
        `GitHub: ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return retrying;
    };
  return new GithubOctokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: `cdnkit/${VERSION}`,
    request: {
      fetch: loggedFetch(
        boundedFetch({ timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES }),
        logger,
      ),
    },
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.error(message),
    },
    retry: {
      retries: maxRetries,
      retryAfterBaseValue: 1000 * scale,
      // the plugin's list plus 429: rate limits are the throttling plugin's, which honours
      // retry-after and x-ratelimit-reset (the retry plugin would not)
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: 1000 * scale,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_INTERVAL_MS * scale }),
    },
  });
}

/**
 * Each attempt in the debug log as every cdnkit request is logged: method,
 * path, status, time and request id; never headers or bodies.
 */
function loggedFetch(fetch: typeof globalThis.fetch, logger: Logger): typeof globalThis.fetch {
  return async (input, init) => {
    const started = Date.now();
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    const action = `${init?.method ?? 'GET'} ${path}`;
    try {
      const response = await fetch(input, init);
      const id = response.headers.get('x-github-request-id');
      logger.debug(
        `github: ${action} -> ${response.status} in ${Date.now() - started} ms${id ? ` (request id ${id})` : ''}`,
      );
      return response;
    } catch (error) {
      logger.debug(`github: ${action} -> ${(error as Error).message}`);
      throw error;
    }
  };
}

export interface GithubRequest {
  method: 'GET' | 'PUT';
  /** below the API URL, each segment encoded (paths.ts) */
  path: string;
  query?: Record<string, string | number>;
  /** the JSON body */
  body?: Record<string, unknown>;
  /** details every error of this request carries, e.g. the secret scope a 403 is about */
  details?: Pick<ProviderErrorDetails, 'secretScope'>;
}

export interface GithubResponse {
  status: number;
  data: unknown;
  /** `METHOD /path` under the API URL, as errors name the request */
  action: string;
}

/**
 * One REST call with the API version header. Redirects are not followed
 * (credentials go only where GITHUB_API_URL points); every failure is a
 * ProviderError naming the request as `METHOD /path` under the API URL.
 */
export async function githubRequest(
  client: GithubClient,
  request: GithubRequest,
): Promise<GithubResponse> {
  const action = githubAction(client, request.method, request.path);
  let response: { status: number; data: unknown };
  try {
    response = await client.request(`${request.method} ${request.path}`, {
      ...request.query,
      // `data` is the whole body, so no body field is read as an Octokit option
      ...(request.body ? { data: request.body } : {}),
      headers: { ...GITHUB_HEADERS },
    });
  } catch (error) {
    throw githubError(error, action, request.details);
  }
  // the fetch follows no redirect, and Octokit hands a 3xx back as an answer
  if (response.status >= 300) {
    const location = (response as { headers?: Record<string, string | undefined> }).headers
      ?.location;
    throw new ProviderError(
      'github',
      redirectMessage(location, new URL(client.request.endpoint.DEFAULTS.baseUrl)),
      { status: response.status, action, retryable: false, ...request.details },
    );
  }
  return { status: response.status, data: response.data, action };
}

/** `METHOD /path` with the API URL's own path (GitHub Enterprise Server: `/api/v3`). */
export function githubAction(client: GithubClient, method: string, path: string): string {
  const base = new URL(client.request.endpoint.DEFAULTS.baseUrl).pathname.replace(/\/+$/, '');
  return `${method} ${base}${path}`;
}

/**
 * A GET of a JSON answer, read through `shape` (src/http/shape.ts): an answer
 * of another shape is a ProviderError naming the request and the field.
 */
export async function githubGet<T>(
  client: GithubClient,
  path: string,
  shape: Shape<T>,
  query: Record<string, string | number> = {},
): Promise<T> {
  const { data, action } = await githubRequest(client, { method: 'GET', path, query });
  try {
    return readShape(shape, data);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new ProviderError('github', error.message, { action });
  }
}

/** Octokit's RequestError (or any other failure) as cdnkit's ProviderError. */
export function githubError(
  error: unknown,
  action: string,
  details: Pick<ProviderErrorDetails, 'secretScope'> = {},
): ProviderError {
  const { status, response, message, cause } = error as {
    status?: number;
    response?: { data?: unknown; headers?: Record<string, string | undefined> };
    message?: string;
    cause?: unknown;
  };
  const failure = [error, cause].find((each) => each instanceof FetchFailure);
  if (!response) {
    return new ProviderError('github', message ?? String(error), {
      action,
      transport: failure?.transport ?? 'network',
      retryable: failure?.transport !== 'too-large',
      ...details,
    });
  }
  const headers = response.headers ?? {};
  const text = githubErrorMessage(response.data).message ?? excerpt(response.data, status);
  return new ProviderError('github', text, {
    status,
    requestId: headers['x-github-request-id'],
    action,
    throttled:
      status === 429 ||
      (status === 403 &&
        (headers['x-ratelimit-remaining'] === '0' ||
          headers['retry-after'] !== undefined ||
          /\bsecondary rate\b/i.test(text))),
    ...details,
  });
}

/** A short line from an answer that is not GitHub's JSON error (a proxy's HTML page). */
function excerpt(data: unknown, status: number | undefined): string {
  const text =
    typeof data === 'string'
      ? data
          .slice(0, 16 * 1024)
          .replace(/<[^<>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return text === '' ? `HTTP ${status}` : preview(text);
}
