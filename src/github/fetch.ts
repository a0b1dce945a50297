/**
 * The `fetch` Octokit sends through: Node's http(s) with @actions/http-client's
 * agent, so `https_proxy` and `no_proxy` work as in every other cdnkit request
 * (Node's own fetch ignores them), a deadline on the whole request, headers
 * and body alike, and a cap on the body it will read.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { HttpClient } from '@actions/http-client';

/**
 * Why an exchange brought no usable answer. An Error, not an AbortError, so
 * Octokit reports it as a 500 and its retry plugin retries it; cdnkit reads
 * `transport` back from the RequestError's `cause` (octokit.ts).
 */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly transport: 'network' | 'timeout' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export interface BoundedFetchOptions {
  /** ms from sending to the last byte of the answer */
  timeoutMs: number;
  /** bytes of body read before the request is abandoned */
  maxBodyBytes: number;
}

/** Statuses whose Response must have no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

export function boundedFetch(options: BoundedFetchOptions): typeof fetch {
  const agents = new HttpClient('cdnkit', [], { keepAlive: false });
  return (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string') {
      return Promise.reject(new TypeError('cdnkit sends string bodies only'));
    }
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        reject(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new FetchFailure(
              'timeout',
              `no answer within ${options.timeoutMs / 1000} s (input 'timeout')`,
            ),
          ),
        options.timeoutMs,
      );
      const request = send(
        url,
        { method: init.method ?? 'GET', headers, agent: agents.getAgent(url.href) },
        (response) => {
          readBody(response, options.maxBodyBytes).then(
            (bytes) => {
              if (settled) return;
              settled = true;
              clearTimeout(timer);
              const status = response.statusCode ?? 0;
              resolve(
                new Response(NULL_BODY.has(status) ? null : bytes, {
                  status,
                  statusText: response.statusMessage ?? '',
                  headers: responseHeaders(response),
                }),
              );
            },
            (error: Error) => fail(asFailure(error)),
          );
        },
      );
      request.on('error', (error) => fail(asFailure(error)));
      init.signal?.addEventListener('abort', () =>
        fail(new FetchFailure('network', 'the request was aborted')),
      );
      request.end(body ?? undefined);
    });
  };
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new FetchFailure('too-large', `the answer is larger than ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
    response.on('aborted', () => reject(new FetchFailure('network', 'the answer was cut off')));
  });
}

/** A socket or stream error as a network failure, worded as the HTTP layer words it. */
function asFailure(error: Error): FetchFailure {
  return error instanceof FetchFailure
    ? error
    : new FetchFailure('network', `network error: ${error.message}`);
}

function responseHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
