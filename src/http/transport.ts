/**
 * One HTTP exchange on the wire, bounded in time and size: `timeoutMs` covers
 * the whole exchange (connecting, the headers and every byte of the body), and
 * the body is read up to `maxBodyBytes`. It always settles: a connection that
 * dies after the headers rejects instead of leaving a promise that never ends
 * (which made Node exit with code 13 and print nothing).
 */
import * as http from 'node:http';
import * as https from 'node:https';

export interface WireRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** the connection pool (and proxy) to use */
  readonly agent: http.Agent;
  /** the whole exchange, headers and body */
  readonly timeoutMs: number;
  /** how much of the body to read for a status: more than this is `tooLarge` */
  readonly maxBodyBytes: (status: number) => BodyLimit;
}

/**
 * `fail`: a longer body is an error (answers that must be read whole).
 * `cut`: a longer body is cut to the limit (error pages, quoted in part).
 * `skip`: the body is not waited for at all (answers documented without one).
 * It is drained in the background, up to `bytes` and within the timeout, so
 * that the connection carries the next request; past either it is closed.
 */
export interface BodyLimit {
  readonly bytes: number;
  readonly beyond: 'fail' | 'cut' | 'skip';
}

export interface WireResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** the body as text (UTF-8), possibly cut (`cut`) */
  readonly body: string;
  readonly cut: boolean;
}

export type TransportFailure =
  /** no status line within the timeout */
  | 'no-answer'
  /** the status came, the body did not finish within the timeout */
  | 'slow-body'
  /** the connection closed or failed before the body was complete */
  | 'cut-off'
  /** the body is longer than its limit */
  | 'too-large'
  /** the request never got an answer: refused, reset, DNS… */
  | 'network';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
    /** the status, when the headers had arrived */
    readonly status?: number,
  ) {
    super(message);
  }
}

export function exchange(request: WireRequest): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const transport = request.url.protocol === 'https:' ? https : http;
    let answer: { status: number; headers: http.IncomingHttpHeaders; limit: BodyLimit } | undefined;
    // chunks kept in a list and joined once: linear in the body's size
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;

    const finish = (cut: boolean): void => {
      if (settled || !answer) return;
      settled = true;
      clearTimeout(timer);
      // a cut body leaves the rest of the answer on the socket: it must not be reused
      if (cut) req.destroy();
      const body = Buffer.concat(chunks, length).toString('utf8');
      resolve({ status: answer.status, headers: answer.headers, body, cut });
    };
    const fail = (failure: TransportFailure, message: string): void => {
      // settled already: only a skipped body can still be arriving, too slowly
      if (settled) {
        req.destroy();
        return;
      }
      // an error page needs only its status: what arrived of it is enough
      if (answer?.limit.beyond === 'cut' && failure !== 'too-large') {
        finish(true);
        return;
      }
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(new TransportError(failure, message, answer?.status));
    };
    const timer = setTimeout(() => {
      if (answer) fail('slow-body', 'the answer did not finish within the timeout');
      else fail('no-answer', 'no answer within the timeout');
    }, request.timeoutMs);

    const req = transport.request(request.url, {
      method: request.method,
      agent: request.agent,
      headers: {
        'user-agent': 'cdnkit',
        ...request.headers,
        ...(request.body === undefined
          ? {}
          : { 'content-length': String(Buffer.byteLength(request.body)) }),
      },
    });
    req.on('error', (error) => {
      if (answer) fail('cut-off', CUT_OFF);
      else fail('network', error.message);
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const limit = request.maxBodyBytes(status);
      answer = { status, headers: res.headers, limit };
      if (limit.beyond === 'skip') {
        settled = true;
        resolve({ status, headers: res.headers, body: '', cut: true });
        drain(res, limit.bytes, () => clearTimeout(timer));
        return;
      }
      if (limit.beyond === 'fail' && Number(res.headers['content-length']) > limit.bytes) {
        fail('too-large', tooLarge(limit));
        return;
      }
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = limit.bytes - length;
        if (chunk.length > room && limit.beyond === 'fail') {
          fail('too-large', tooLarge(limit));
          return;
        }
        const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
        chunks.push(kept);
        length += kept.length;
        if (kept !== chunk) finish(true);
      });
      res.on('end', () => finish(false));
      // 'error', or 'close' without 'end': the connection died mid-body
      res.on('error', () => fail('cut-off', CUT_OFF));
      res.on('close', () => {
        if (!res.complete) fail('cut-off', CUT_OFF);
      });
    });
    req.end(request.body);
  });
}

const CUT_OFF = 'the connection closed before the answer was complete';

/**
 * Reads a body nobody waits for to its end, so the connection returns to the
 * pool, or closes the connection once more than `maxBytes` arrived; `done`
 * runs when the body ended or the connection closed.
 */
function drain(res: http.IncomingMessage, maxBytes: number, done: () => void): void {
  let length = 0;
  res.on('data', (chunk: Buffer) => {
    length += chunk.length;
    if (length > maxBytes) res.destroy();
  });
  res.on('end', done);
  res.on('close', done);
  res.on('error', () => {});
}

function tooLarge(limit: BodyLimit): string {
  return `the answer is larger than ${formatBytes(limit.bytes)}; cdnkit reads no more of it`;
}

/** 8388608 -> "8 MiB", 65536 -> "64 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
