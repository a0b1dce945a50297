/**
 * The GitHub API client: the toolkit's Octokit with its retry plugin (5xx and
 * network errors) and throttling plugin (primary and secondary rate limits),
 * over cdnkit's bounded, proxy-aware fetch. Import this module lazily: only
 * runs that talk to GitHub pay for it.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { checkUrl } from '../config/values.js';
import { ProviderError } from '../errors.js';
import { redirectMessage } from '../http/redirect.js';
import { readShape, type Shape, ShapeError } from '../http/shape.js';
import type { Logger } from '../log.js';
import { VERSION } from '../version.js';
import { boundedFetch } from './fetch.js';
import { GITHUB_API_URL, GITHUB_HEADERS, githubErrorMessage } from './protocol.js';

const GithubOctokit = Octokit.plugin(retry, throttling);
export type GithubClient = InstanceType<typeof GithubOctokit>;

/** Largest GitHub answer read (a page of workflow runs is about 100 KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Longest Retry-After cdnkit waits for on a rate limit, in seconds. */
const MAX_RATE_LIMIT_WAIT_S = 120;

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
      fetch: boundedFetch({ timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES }),
    },
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      error: (message: string) => logger.error(message),
    },
    retry: { retries: maxRetries, retryAfterBaseValue: 1000 * scale },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: 1000 * scale,
    },
  });
}

/**
 * A GET with the REST API version header, its answer read through `shape`
 * (src/http/shape.ts): a failure, or an answer of another shape, is a
 * ProviderError naming the request (and the field).
 */
export async function githubGet<T>(
  client: GithubClient,
  path: string,
  shape: Shape<T>,
  query: Record<string, string | number> = {},
): Promise<T> {
  const action = `GET ${path.replace(/\?.*$/, '')}`;
  let response: Awaited<ReturnType<GithubClient['request']>>;
  try {
    response = await client.request(`GET ${path}`, { ...query, headers: { ...GITHUB_HEADERS } });
  } catch (error) {
    throw githubError(error, action);
  }
  // the fetch follows no redirect, and Octokit hands a 3xx back as an answer
  if (response.status >= 300 && response.status <= 399) {
    const location = response.headers.location;
    throw new ProviderError(
      'github',
      redirectMessage(
        location,
        new URL(response.url || client.request.endpoint.DEFAULTS.baseUrl),
        'GITHUB_API_URL',
      ),
      { status: response.status, action, retryable: false },
    );
  }
  const data: unknown = response.data;
  try {
    return readShape(shape, data);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new ProviderError('github', error.message, { action });
  }
}

/** Octokit's RequestError (or a network error) as cdnkit's ProviderError. */
export function githubError(error: unknown, action: string): ProviderError {
  const { status, response, message } = error as {
    status?: number;
    response?: { data?: unknown; headers?: Record<string, string | undefined> };
    message?: string;
  };
  const requestId = response?.headers?.['x-github-request-id'];
  const text = githubErrorMessage(response?.data).message ?? message ?? String(error);
  return new ProviderError('github', text, {
    status: response ? status : undefined,
    requestId,
    action,
  });
}
