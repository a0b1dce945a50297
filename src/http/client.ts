import { HttpClient as ActionsHttpClient } from '@actions/http-client';
import { ProviderError, type ProviderErrorDetails } from '../errors.js';
import type { Logger } from '../log.js';
import type { SecretRegistry } from '../secret-registry.js';
import type { Timing } from '../timing.js';
import type { Pacer, RateLimit } from './pacing.js';
import { redirectMessage } from './redirect.js';
import {
  type BackoffPolicy,
  backoffDelayMs,
  DEFAULT_BACKOFF,
  isRetryableStatus,
  parseRetryAfter,
} from './retry.js';
import { readShape, type Shape, ShapeError } from './shape.js';
import { type BodyLimit, exchange, TransportError, type TransportFailure } from './transport.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a request looks like on the wire, as request signers see it. */
export interface PreparedRequest {
  readonly method: Method;
  readonly url: URL;
  /** the exact bytes sent (JSON serialised once), or undefined for no body */
  readonly body: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** the clock time (epoch ms) this attempt is signed at: signers use it, not their own clock */
  readonly signedAt: number;
}

export interface HttpRequest<T = unknown> {
  method: Method;
  /** path relative to the base URL, without query */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** client-side pacing this request obeys */
  limits?: readonly RateLimit[];
  /**
   * 'always' (default) retries throttling, 5xx and network errors; 'throttled-only'
   * retries only answers that prove the request was not processed (429 and
   * provider throttle statuses), for calls that must not run twice (creates).
   */
  retry?: 'always' | 'throttled-only';
  /** auth headers for this attempt; runs per attempt so timestamps stay fresh */
  authorize?: (request: PreparedRequest) => Record<string, string>;
  /**
   * The resolution of the timestamp `authorize` signs (AK/SK: 1000 ms). No two
   * attempts of one request (same method, URL and body; a retry, or a repeated
   * status read) are signed in the same tick: the later one waits into the next
   * tick, so the provider never sees one signature twice (a replay).
   */
  authorizeTickMs?: number;
  /**
   * 'json' (default): a 2xx answer must be JSON (or empty). 'ignored': the
   * answer's body is not read (`Accept: *\/*`), so any 2xx is a success — for
   * calls documented without a response body.
   */
  responseBody?: 'json' | 'ignored';
  /**
   * The shape of a 2xx answer (shape.ts): the body is read through it, and a
   * mismatch is a ProviderError naming the field. Without it the body is unknown.
   */
  shape?: Shape<T>;
  /**
   * Fields of a 2xx answer that hold secrets (dotted paths, e.g. `data.secret_key`):
   * registered before anything else looks at the answer, its shape included.
   */
  secretFields?: readonly string[];
  /**
   * Epoch ms (the run's clock) after which no attempt may start: a rate-limit
   * window or a retry that would open later fails at once with a throttled
   * ProviderError instead of waiting (a `wait-timeout` that must hold).
   */
  deadline?: number;
}

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  requestId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** HTTP requests this call made, retries included */
  attempts: number;
}

/** How one provider speaks HTTP: the only provider-specific input of this layer. */
export interface ProviderProtocol {
  readonly provider: string;
  readonly baseUrl: string;
  /** response headers that carry the provider's request id, lower case, first wins */
  readonly requestIdHeaders: readonly string[];
  /** the provider's error message and code from an error (or failure-flagged) body */
  errorMessage(body: unknown): { message?: string; code?: string };
  /** a failure reported inside a 2xx answer, e.g. `{ "status": false }` */
  failureIn?(body: unknown): boolean;
  /** statuses besides 429 that mean "slow down" (CDNetworks 446) */
  readonly throttleStatuses?: readonly number[];
  /** backoff after a throttle answer without Retry-After */
  readonly throttleBackoff?: BackoffPolicy;
}

export interface HttpClientOptions {
  protocol: ProviderProtocol;
  timeoutMs: number;
  maxRetries: number;
  timing: Timing;
  pacer: Pacer;
  logger: Logger;
  secrets: SecretRegistry;
  /** overrides protocol.baseUrl (the `api-url` input) */
  baseUrl?: string;
  backoff?: BackoffPolicy;
}

/** Longest answer read whole: lists are paged, so a few MiB is far more than any page. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** Longest part of an error answer read: its message is near the start, and only 200 characters are quoted. */
export const MAX_ERROR_BYTES = 64 * 1024;

/** A request not sent because the rate limit would hold it past its `deadline`. */
export class PastDeadlineError extends ProviderError {}

const GENERIC_REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-trace-id'];

/**
 * The one HTTP layer: timeouts, retries with full-jitter backoff and Retry-After,
 * client-side pacing, request ids and typed errors. It never logs headers or bodies.
 */
export class HttpClient {
  /** the provider's id of the last response seen */
  lastRequestId: string | undefined;
  /** every HTTP request sent through this client */
  requestsSent = 0;
  /** used for its connection pool and proxy support (HTTPS_PROXY, NO_PROXY) only */
  private readonly http: ActionsHttpClient;
  private readonly baseUrl: URL;
  /** request -> the tick it was last signed in (see `authorizeTickMs`) */
  private readonly signedTicks = new Map<string, number>();

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = new URL(options.baseUrl ?? options.protocol.baseUrl);
    this.http = new ActionsHttpClient('cdnkit', [], { keepAlive: true });
  }

  get provider(): string {
    return this.options.protocol.provider;
  }

  /** Sends a JSON request, retrying and pacing as configured; throws ProviderError. */
  async request<T = unknown>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const { timing, maxRetries, protocol, logger } = this.options;
    const url = this.url(request);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const action = `${request.method} ${url.pathname}`;
    // only the current tick's keys are kept (freshTick), so whole bodies are cheap keys
    const replayKey = request.authorizeTickMs
      ? `${action}\n${url.search}\n${body ?? ''}`
      : undefined;
    for (let attempt = 0; ; attempt++) {
      const settle = await this.acquire(request, action);
      let outcome: Attempt<T>;
      if (replayKey && request.authorizeTickMs) {
        await this.freshTick(replayKey, request.authorizeTickMs);
      }
      // nothing awaits between here and `authorize`: the signature carries this tick
      const signedAt = timing.now();
      try {
        outcome = await this.send<T>(request, url, body, action, signedAt);
      } catch (error) {
        outcome = { error: this.networkError(error, action) };
      } finally {
        settle();
      }
      if ('response' in outcome) return { ...outcome.response, attempts: attempt + 1 };
      const error = outcome.error.withAttempts(attempt + 1);
      const retryable =
        error.details.retryable &&
        (request.retry !== 'throttled-only' || error.details.throttled === true);
      if (!retryable || attempt >= maxRetries) throw error;
      const delay = this.retryDelay(error, attempt) * timing.scale;
      // a retry that could only start after the deadline is not worth waiting for
      if (request.deadline !== undefined && timing.now() + delay > request.deadline) throw error;
      logger.info(
        `${protocol.provider}: ${action} answered ${error.status ?? 'a network error'}; retry ${attempt + 1} of ${maxRetries} in ${(delay / 1000).toFixed(1)} s`,
      );
      await timing.sleep(delay);
    }
  }

  /** Frees sockets kept alive, so the process can exit at once. */
  dispose(): void {
    this.http.dispose();
  }

  /** Waits for the pacer, or fails at once when the window opens after `request.deadline`. */
  private acquire(request: HttpRequest, action: string): Promise<() => void> {
    const { timing, protocol, logger, pacer } = this.options;
    const limits = request.limits ?? [];
    const { deadline } = request;
    if (deadline !== undefined) {
      const now = timing.now();
      const start = pacer.earliestStart(limits, now);
      if (start > deadline) {
        throw new PastDeadlineError(
          protocol.provider,
          `the rate limit allows the next ${action} in ${Math.ceil((start - now) / timing.scale / 1000)} s, after the deadline`,
          { action, throttled: true, retryable: false },
        );
      }
    }
    return pacer.acquire(limits, (ms) => {
      // a long silence in the log reads as a hang: say why we wait
      if (ms >= 1000 * timing.scale) {
        logger.info(
          `${protocol.provider}: waiting ${(ms / timing.scale / 1000).toFixed(0)} s for the rate limit before ${action}`,
        );
      }
    });
  }

  /**
   * Waits into a tick in which the request `key` was not signed yet, and
   * claims it. Only the current tick's claims are kept: older ones cannot collide.
   */
  private async freshTick(key: string, tickMs: number): Promise<void> {
    const { timing } = this.options;
    const last = this.signedTicks.get(key);
    if (last !== undefined && Math.floor(timing.now() / tickMs) <= last) {
      await timing.sleep((last + 1) * tickMs - timing.now());
    }
    const tick = Math.floor(timing.now() / tickMs);
    for (const [seen, at] of this.signedTicks) if (at < tick) this.signedTicks.delete(seen);
    this.signedTicks.set(key, tick);
  }

  private url(request: HttpRequest): URL {
    const base = this.baseUrl.href.replace(/\/+$/, '');
    const url = new URL(base + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  private async send<T>(
    request: HttpRequest<T>,
    url: URL,
    body: string | undefined,
    action: string,
    signedAt: number,
  ): Promise<Attempt<T>> {
    const { protocol, logger } = this.options;
    const ignoreBody = request.responseBody === 'ignored';
    const headers: Record<string, string> = {
      accept: ignoreBody ? '*/*' : 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    };
    const auth =
      request.authorize?.({ method: request.method, url, body, headers, signedAt }) ?? {};
    const started = this.options.timing.now();
    this.requestsSent++;
    // redirects are never followed: a 3xx is an answer like any other non-2xx
    const response = await exchange({
      method: request.method,
      url,
      headers: { ...headers, ...auth },
      body,
      agent: this.http.getAgent(url.href),
      timeoutMs: this.options.timeoutMs,
      maxBodyBytes: (status) => bodyLimit(status, ignoreBody),
    });
    const { status, body: text, headers: responseHeaders } = response;
    const requestId = this.requestIdOf(responseHeaders);
    if (requestId) this.lastRequestId = requestId;
    logger.debug(
      `${protocol.provider}: ${action} -> ${status} in ${Math.round(this.options.timing.now() - started)} ms${requestId ? ` (request id ${requestId})` : ''}`,
    );
    const success = status >= 200 && status <= 299;
    if (success && ignoreBody) {
      return {
        response: {
          status,
          body: undefined as T,
          requestId,
          headers: responseHeaders,
          attempts: 1,
        },
      };
    }
    const parsed = parseJson(text);
    const fail = (message: string, extra: ProviderErrorDetails = {}): Attempt<T> => ({
      error: new ProviderError(protocol.provider, this.options.secrets.redact(message), {
        status,
        requestId,
        action,
        ...extra,
      }),
    });

    if (status >= 300 && status <= 399) {
      return fail(redirectMessage(header(responseHeaders, 'location'), url), { retryable: false });
    }
    if (!success) {
      const { message, code } = parsed.ok ? protocol.errorMessage(parsed.value) : {};
      const throttled = status === 429 || (protocol.throttleStatuses ?? []).includes(status);
      // redacted before the excerpt changes white space or strips tags around a secret
      const excerpt = summarise(this.options.secrets.redact(text));
      return fail(message ?? (excerpt || `HTTP ${status}`), {
        code,
        throttled,
        retryable: throttled || isRetryableStatus(status),
        retryAfterMs: parseRetryAfter(
          header(responseHeaders, 'retry-after'),
          this.options.timing.now(),
        ),
      });
    }
    if (!parsed.ok) {
      return fail(`the response is not valid JSON (${text.length} bytes)`);
    }
    for (const field of request.secretFields ?? []) {
      const secret = fieldAt(parsed.value, field);
      if (typeof secret === 'string') this.options.secrets.add(secret);
    }
    if (protocol.failureIn?.(parsed.value)) {
      const { message, code } = protocol.errorMessage(parsed.value);
      return fail(message ?? 'the provider reported a failure without a message', { code });
    }
    let answer = parsed.value as T;
    if (request.shape) {
      try {
        answer = readShape(request.shape, parsed.value);
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error;
        return fail(error.message);
      }
    }
    return {
      response: {
        status,
        body: answer,
        requestId,
        headers: responseHeaders,
        attempts: 1,
      },
    };
  }

  private retryDelay(error: ProviderError, attempt: number): number {
    const { protocol, timing } = this.options;
    if (error.details.retryAfterMs !== undefined) return error.details.retryAfterMs;
    const policy =
      error.details.throttled && protocol.throttleBackoff
        ? protocol.throttleBackoff
        : (this.options.backoff ?? DEFAULT_BACKOFF);
    return backoffDelayMs(attempt, policy, timing.random);
  }

  /** A failed exchange as a ProviderError: each kind retryable except a too-large answer. */
  private networkError(error: unknown, action: string): ProviderError {
    const seconds = `${this.options.timeoutMs / 1000} s (input 'timeout')`;
    const failure: TransportFailure = error instanceof TransportError ? error.failure : 'network';
    const reason = this.options.secrets.redact(
      error instanceof Error ? error.message : String(error),
    );
    const messages: Record<TransportFailure, string> = {
      'no-answer': `no answer within ${seconds}`,
      'slow-body': `the answer did not finish within ${seconds}`,
      'cut-off': reason,
      'too-large': reason,
      network: `network error: ${reason}`,
    };
    return new ProviderError(this.options.protocol.provider, messages[failure], {
      action,
      status: error instanceof TransportError ? error.status : undefined,
      retryable: failure !== 'too-large',
      transport:
        failure === 'no-answer' || failure === 'slow-body'
          ? 'timeout'
          : failure === 'too-large'
            ? 'too-large'
            : 'network',
    });
  }

  private requestIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
    for (const name of [...this.options.protocol.requestIdHeaders, ...GENERIC_REQUEST_ID_HEADERS]) {
      const value = header(headers, name);
      if (value) return value;
    }
    return undefined;
  }
}

type Attempt<T> = { response: HttpResponse<T> } | { error: ProviderError };

function header(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The value at a dotted path of own properties, e.g. `data.secret_key`. */
function fieldAt(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** How much of an answer is read: 2xx whole (or not at all), error pages in part. */
function bodyLimit(status: number, ignoreBody: boolean): BodyLimit {
  if (status < 200 || status > 299) return { bytes: MAX_ERROR_BYTES, beyond: 'cut' };
  return ignoreBody ? { bytes: 0, beyond: 'skip' } : { bytes: MAX_ANSWER_BYTES, beyond: 'fail' };
}

/** Longest excerpt of an error page quoted in a message. */
const EXCERPT_LENGTH = 200;

/**
 * A short, single-line excerpt of a non-JSON error body (HTML error pages,
 * proxies), in linear time: a tag ends at the next `<` or `>`, so no match
 * rescans the text after it, and only the first 16 KiB are looked at.
 */
export function summarise(text: string): string {
  const plain = text
    .slice(0, 16 * 1024)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH)}…` : plain;
}
