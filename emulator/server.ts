/**
 * The provider emulator: one loopback HTTP server, each provider mounted under
 * its own prefix (`/gcore`, `/medianova`, `/cdnetworks`, `/github`), recording
 * every request and answering scripted faults before the provider logic.
 * Dev tooling only: nothing in src/ imports it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmulatorRequest {
  method: string;
  /** path below the provider prefix, without query */
  path: string;
  /** the full path as received (signatures cover it) */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  /** parsed JSON body, or undefined */
  json: unknown;
}

export interface EmulatorResponse {
  status: number;
  /** JSON-serialised unless a string */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ProviderModule {
  readonly name: string;
  handle(request: EmulatorRequest): EmulatorResponse | Promise<EmulatorResponse>;
}

export interface RecordedRequest extends EmulatorRequest {
  provider: string;
  at: number;
  /** the status the emulator answered (0 for a reset connection) */
  status: number;
}

/** A scripted misbehaviour, answered instead of the provider for the next `times` matching requests. */
export interface Fault {
  provider?: string;
  method?: string;
  /** matches the path below the provider prefix: exact string or RegExp */
  path?: string | RegExp;
  /** how many matching requests get this fault (default 1) */
  times?: number;
  /** skip this many matching requests before the fault applies (default 0) */
  after?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** wait this long before answering (a slow provider) */
  delayMs?: number;
  /** destroy the connection without an answer */
  reset?: boolean;
  /** answer this raw text with status 200 (malformed JSON) */
  raw?: string;
  /** after a delay, let the provider answer normally */
  passThrough?: boolean;
  /**
   * let the provider handle the request first (it authenticates and records
   * it), then answer this instead: a failure after the provider saw the request
   */
  afterProvider?: boolean;
  /** send the status line and headers at once, then the body one byte every `dripMs` */
  dripMs?: number;
  /** send the status line, the headers and half the body, then destroy the connection */
  cutAfterHeaders?: boolean;
  /** send the status line and the headers, then nothing: the connection stays open and silent */
  stallAfterHeaders?: boolean;
  /** answer with a chunked JSON-looking body this many bytes long, streamed as fast as it is read */
  hugeBodyBytes?: number;
}

/** How an answer goes on the wire: whole, dripped, cut after the headers, stalled or huge. */
type Delivery = Pick<Fault, 'dripMs' | 'cutAfterHeaders' | 'stallAfterHeaders' | 'hugeBodyBytes'>;

export class Emulator {
  readonly requests: RecordedRequest[] = [];
  private readonly modules = new Map<string, ProviderModule>();
  private readonly faults: (Fault & { seen: number; used: number })[] = [];
  private server: Server | undefined;
  private baseUrl = '';

  mount(module: ProviderModule): this {
    this.modules.set(module.name, module);
    return this;
  }

  /** Starts listening on 127.0.0.1 (port 0: any free port); returns the base URL. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      void this.dispatch(req, res);
    });
    // Node's default. The Keep-Alive hint is this in whole seconds, and a client's agent gives
    // a socket back one second early: at 1 s no client could reuse a connection at all.
    this.server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${address.port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** The api-url for one provider. */
  url(provider: string): string {
    return `${this.baseUrl}/${provider}`;
  }

  fault(fault: Fault): this {
    this.faults.push({ ...fault, seen: 0, used: 0 });
    return this;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  requestsTo(
    provider: string,
    filter: { method?: string; path?: string | RegExp } = {},
  ): RecordedRequest[] {
    return this.requests.filter(
      (request) =>
        request.provider === provider &&
        (filter.method === undefined || request.method === filter.method) &&
        matches(filter.path, request.path),
    );
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const [, provider = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const request: EmulatorRequest = {
      method: req.method ?? 'GET',
      path,
      rawPath: url.pathname,
      query: url.searchParams,
      headers,
      body,
      json: parseJson(body),
    };
    const record: RecordedRequest = { ...request, provider, at: Date.now(), status: 0 };
    this.requests.push(record);

    const fault = this.takeFault(provider, request);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    let response: EmulatorResponse;
    if (fault?.afterProvider) await this.modules.get(provider)?.handle(request);
    if (fault && !fault.passThrough) {
      if (fault.raw !== undefined)
        response = { status: fault.status ?? 200, body: fault.raw, headers: fault.headers };
      else
        response = {
          status: fault.status ?? 500,
          body: fault.body ?? { message: 'injected fault' },
          headers: fault.headers,
        };
    } else {
      const module = this.modules.get(provider);
      try {
        response = module
          ? await module.handle(request)
          : { status: 404, body: { message: `no provider '${provider}'` } };
      } catch (error) {
        response = {
          status: 500,
          body: { message: `emulator error: ${(error as Error).message}` },
        };
      }
    }
    record.status = response.status;
    const text =
      response.body === undefined
        ? ''
        : typeof response.body === 'string'
          ? response.body
          : JSON.stringify(response.body);
    if (res.destroyed) return;
    deliver(res, response, text, fault ?? {});
  }

  private takeFault(provider: string, request: EmulatorRequest): Fault | undefined {
    for (const fault of this.faults) {
      if (fault.provider !== undefined && fault.provider !== provider) continue;
      if (fault.method !== undefined && fault.method !== request.method) continue;
      if (!matches(fault.path, request.path)) continue;
      if (fault.used >= (fault.times ?? 1)) continue;
      fault.seen++;
      if (fault.seen <= (fault.after ?? 0)) continue;
      fault.used++;
      return fault;
    }
    return undefined;
  }
}

/** Writes the answer the way `delivery` says; a client that hangs up stops every stream. */
function deliver(
  res: ServerResponse,
  response: EmulatorResponse,
  text: string,
  delivery: Delivery,
): void {
  const headers = {
    ...(text !== '' || delivery.hugeBodyBytes ? { 'content-type': 'application/json' } : {}),
    ...response.headers,
  };
  if (delivery.hugeBodyBytes !== undefined) {
    res.writeHead(response.status, headers);
    streamHuge(res, delivery.hugeBodyBytes);
    return;
  }
  const body = Buffer.from(text);
  if (!delivery.dripMs && !delivery.cutAfterHeaders && !delivery.stallAfterHeaders) {
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.flushHeaders();
  if (delivery.stallAfterHeaders) return;
  if (delivery.cutAfterHeaders) {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
    return;
  }
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= body.length) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(body.subarray(sent, sent + 1));
    sent++;
  }, delivery.dripMs);
  res.on('close', () => clearInterval(timer));
}

/** `{"data":"xxxx…` for `bytes` bytes, in 64 KiB chunks, waiting whenever the client reads slower. */
function streamHuge(res: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const pump = (): void => {
    while (!res.destroyed && sent < bytes) {
      const piece = sent === 0 ? Buffer.from('{"data":"') : chunk.subarray(0, bytes - sent);
      sent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function matches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A sliding-window counter like the providers' own: at most `limit` in any
 * `windowMs` (the provider's window times `scale`). Below a scale of 1e-4 a
 * window nears a millisecond and is timed finer than Date.now(), as the
 * action times it at that scale (src/timing.ts; the emulator imports nothing
 * from src/).
 */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly clock: () => number;
  constructor(
    private readonly limit: number,
    providerWindowMs: number,
    scale = 1,
  ) {
    this.windowMs = providerWindowMs * scale;
    this.clock = scale < 1e-4 ? () => performance.timeOrigin + performance.now() : Date.now;
  }

  /** Records a hit for `key` unless over the limit; returns whether it was allowed. */
  allow(key: string, now = this.clock()): boolean {
    const list = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return false;
    }
    list.push(now);
    this.hits.set(key, list);
    return true;
  }
}
