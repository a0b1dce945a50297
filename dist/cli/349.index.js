"use strict";
exports.id = 349;
exports.ids = [349];
exports.modules = {

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  zJ: () => (/* binding */ PastDeadlineError)
});

// UNUSED EXPORTS: MAX_ANSWER_BYTES, MAX_ERROR_BYTES, summarise

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/redirect.ts
var redirect = __webpack_require__(6790);
;// CONCATENATED MODULE: ./src/http/retry.ts
/** Backoff maths: pure, so the delays are tested without waiting. */
const DEFAULT_BACKOFF = { baseMs: 1_000, capMs: 30_000 };
/** Longest `Retry-After` we honour; a larger value is cut to this. */
const MAX_RETRY_AFTER_MS = 120_000;
/**
 * "Full jitter" exponential backoff: a random wait in [floor, min(cap, base * 2^attempt)).
 * `attempt` counts retries from 0.
 */
function backoffDelayMs(attempt, policy, random) {
    const floor = policy.floorMs ?? 0;
    const ceiling = Math.max(floor, Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
    return Math.floor(floor + random() * (ceiling - floor));
}
/**
 * Parses a `Retry-After` header: delta-seconds or an HTTP date. Returns the wait
 * in ms (capped at MAX_RETRY_AFTER_MS, never negative), or undefined when absent
 * or unreadable.
 */
function parseRetryAfter(header, nowMs) {
    if (header === undefined)
        return undefined;
    const value = header.trim();
    if (value === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * 1000;
    }
    else {
        const date = Date.parse(value);
        if (Number.isNaN(date))
            return undefined;
        ms = date - nowMs;
    }
    return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.ceil(ms)));
}
/** Statuses worth another try: throttling and server-side failures. */
function isRetryableStatus(status, extra = []) {
    return (status === 429 || status === 408 || (status >= 500 && status <= 599) || extra.includes(status));
}

// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __webpack_require__(1513);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/http/transport.ts
/**
 * One HTTP exchange on the wire, bounded in time and size: `timeoutMs` covers
 * the whole exchange (connecting, the headers and every byte of the body), and
 * the body is read up to `maxBodyBytes`. It always settles: a connection that
 * dies after the headers rejects instead of leaving a promise that never ends
 * (which made Node exit with code 13 and print nothing).
 */


class TransportError extends Error {
    failure;
    status;
    name = 'TransportError';
    constructor(failure, message, 
    /** the status, when the headers had arrived */
    status) {
        super(message);
        this.failure = failure;
        this.status = status;
    }
}
function exchange(request) {
    return new Promise((resolve, reject) => {
        const transport = request.url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        let answer;
        // chunks kept in a list and joined once: linear in the body's size
        const chunks = [];
        let length = 0;
        let settled = false;
        const finish = (cut, destroy = cut) => {
            if (settled || !answer)
                return;
            settled = true;
            clearTimeout(timer);
            // a cut body leaves the rest of the answer on the socket: it must not be reused
            if (destroy)
                req.destroy();
            const body = Buffer.concat(chunks, length).toString('utf8');
            resolve({ status: answer.status, headers: answer.headers, body, cut });
        };
        const fail = (failure, message) => {
            if (settled)
                return;
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
            if (answer)
                fail('slow-body', 'the answer did not finish within the timeout');
            else
                fail('no-answer', 'no answer within the timeout');
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
            if (answer)
                fail('cut-off', CUT_OFF);
            else
                fail('network', error.message);
        });
        req.on('response', (res) => {
            const status = res.statusCode ?? 0;
            const limit = request.maxBodyBytes(status);
            answer = { status, headers: res.headers, limit };
            if (limit.beyond === 'skip') {
                // the status is the answer: settle now, and drain the body so the connection serves the next request
                finish(true, false);
                drainInBackground(res, request.timeoutMs);
                return;
            }
            if (limit.beyond === 'fail' && Number(res.headers['content-length']) > limit.bytes) {
                fail('too-large', tooLarge(limit));
                return;
            }
            res.on('data', (chunk) => {
                if (settled)
                    return;
                const room = limit.bytes - length;
                if (chunk.length > room && limit.beyond === 'fail') {
                    fail('too-large', tooLarge(limit));
                    return;
                }
                const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
                chunks.push(kept);
                length += kept.length;
                if (kept !== chunk)
                    finish(true);
            });
            res.on('end', () => finish(false));
            // 'error', or 'close' without 'end': the connection died mid-body
            res.on('error', () => fail('cut-off', CUT_OFF));
            res.on('close', () => {
                if (!res.complete)
                    fail('cut-off', CUT_OFF);
            });
        });
        req.end(request.body);
    });
}
const CUT_OFF = 'the connection closed before the answer was complete';
/** Most of a body nobody reads that is drained to keep its connection; a longer one closes it. */
const MAX_DRAINED_BYTES = 64 * 1024;
/**
 * Reads and drops a body whose status was the answer, so keep-alive can hand
 * the connection to the next request (a purge of thousands of URLs would
 * otherwise open a connection per request). A body that is long or slower
 * than `timeoutMs` is cut, closing the connection; the drain never keeps the
 * process alive.
 */
function drainInBackground(res, timeoutMs) {
    res.socket?.unref();
    let drained = 0;
    const stop = setTimeout(() => res.destroy(), timeoutMs);
    stop.unref();
    res.on('data', (chunk) => {
        drained += chunk.length;
        if (drained > MAX_DRAINED_BYTES)
            res.destroy();
    });
    res.on('close', () => clearTimeout(stop));
    res.on('error', () => { });
    res.resume();
}
function tooLarge(limit) {
    return `the answer is larger than ${formatBytes(limit.bytes)}; cdnkit reads no more of it`;
}
/** 8388608 -> "8 MiB", 65536 -> "64 KiB". */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / 1024 / 1024} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/http/client.ts






/** Longest answer read whole: lists are paged, so a few MiB is far more than any page. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** Longest part of an error answer read: its message is near the start, and only 200 characters are quoted. */
const MAX_ERROR_BYTES = 64 * 1024;
/** A request not sent because the rate limit would hold it past its `deadline`. */
class PastDeadlineError extends errors/* ProviderError */.mZ {
}
const GENERIC_REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-trace-id'];
/**
 * The one HTTP layer: timeouts, retries with full-jitter backoff and Retry-After,
 * client-side pacing, request ids and typed errors. It never logs headers or bodies.
 */
class HttpClient {
    options;
    /** the provider's id of the last response seen */
    lastRequestId;
    /** every HTTP request sent through this client */
    requestsSent = 0;
    /** used for its connection pool and proxy support (HTTPS_PROXY, NO_PROXY) only */
    http;
    baseUrl;
    /** request -> the tick it was last signed in (see `authorizeTickMs`) */
    signedTicks = new Map();
    constructor(options) {
        this.options = options;
        this.baseUrl = new URL(options.baseUrl ?? options.protocol.baseUrl);
        this.http = new lib/* HttpClient */.Qq('cdnkit', [], { keepAlive: true });
    }
    get provider() {
        return this.options.protocol.provider;
    }
    /** Sends a JSON request, retrying and pacing as configured; throws ProviderError. */
    async request(request) {
        const { timing, maxRetries, protocol, logger } = this.options;
        const url = this.url(request);
        const body = request.body === undefined ? undefined : JSON.stringify(request.body);
        const action = `${request.method} ${url.pathname}`;
        // only the current tick's keys are kept (freshTick), so whole bodies are cheap keys
        const replayKey = request.authorizeTickMs
            ? `${action}\n${url.search}\n${body ?? ''}`
            : undefined;
        for (let attempt = 0;; attempt++) {
            const settle = await this.acquire(request, action);
            let outcome;
            if (replayKey && request.authorizeTickMs) {
                await this.freshTick(replayKey, request.authorizeTickMs);
            }
            // nothing awaits between here and `authorize`: the signature carries this tick
            const signedAt = timing.now();
            try {
                outcome = await this.send(request, url, body, action, signedAt);
            }
            catch (error) {
                outcome = { error: this.networkError(error, action) };
            }
            finally {
                settle();
            }
            if ('response' in outcome)
                return { ...outcome.response, attempts: attempt + 1 };
            const error = outcome.error.withAttempts(attempt + 1);
            const retryable = error.details.retryable &&
                (request.retry !== 'throttled-only' || error.details.throttled === true);
            if (!retryable || attempt >= maxRetries)
                throw error;
            const delay = this.retryDelay(error, attempt) * timing.scale;
            // a retry that could only start after the deadline is not worth waiting for
            if (request.deadline !== undefined && timing.now() + delay > request.deadline)
                throw error;
            logger.info(`${protocol.provider}: ${action} answered ${error.status ?? 'a network error'}; retry ${attempt + 1} of ${maxRetries} in ${(delay / 1000).toFixed(1)} s`);
            await timing.sleep(delay);
        }
    }
    /** Frees sockets kept alive, so the process can exit at once. */
    dispose() {
        this.http.dispose();
    }
    /** Waits for the pacer, or fails at once when the window opens after `request.deadline`. */
    acquire(request, action) {
        const { timing, protocol, logger, pacer } = this.options;
        const limits = request.limits ?? [];
        const { deadline } = request;
        if (deadline !== undefined) {
            const now = timing.now();
            const start = pacer.earliestStart(limits, now);
            if (start > deadline) {
                throw new PastDeadlineError(protocol.provider, `the rate limit allows the next ${action} in ${Math.ceil((start - now) / timing.scale / 1000)} s, after the deadline`, { action, throttled: true, retryable: false });
            }
        }
        return pacer.acquire(limits, (ms) => {
            // a long silence in the log reads as a hang: say why we wait
            if (ms >= 1000 * timing.scale) {
                logger.info(`${protocol.provider}: waiting ${(ms / timing.scale / 1000).toFixed(0)} s for the rate limit before ${action}`);
            }
        });
    }
    /**
     * Waits into a tick in which the request `key` was not signed yet, and
     * claims it. Only the current tick's claims are kept: older ones cannot collide.
     */
    async freshTick(key, tickMs) {
        const { timing } = this.options;
        const last = this.signedTicks.get(key);
        if (last !== undefined && Math.floor(timing.now() / tickMs) <= last) {
            await timing.sleep((last + 1) * tickMs - timing.now());
        }
        const tick = Math.floor(timing.now() / tickMs);
        for (const [seen, at] of this.signedTicks)
            if (at < tick)
                this.signedTicks.delete(seen);
        this.signedTicks.set(key, tick);
    }
    url(request) {
        const base = this.baseUrl.href.replace(/\/+$/, '');
        const url = new URL(base + request.path);
        for (const [key, value] of Object.entries(request.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        return url;
    }
    async send(request, url, body, action, signedAt) {
        const { protocol, logger } = this.options;
        const ignoreBody = request.responseBody === 'ignored';
        const headers = {
            accept: ignoreBody ? '*/*' : 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...request.headers,
        };
        const auth = request.authorize?.({ method: request.method, url, body, headers, signedAt }) ?? {};
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
        if (requestId)
            this.lastRequestId = requestId;
        logger.debug(`${protocol.provider}: ${action} -> ${status} in ${Math.round(this.options.timing.now() - started)} ms${requestId ? ` (request id ${requestId})` : ''}`);
        const success = status >= 200 && status <= 299;
        if (success && ignoreBody) {
            return {
                response: {
                    status,
                    body: undefined,
                    requestId,
                    headers: responseHeaders,
                    attempts: 1,
                },
            };
        }
        const parsed = parseJson(text);
        const fail = (message, extra = {}) => ({
            error: new errors/* ProviderError */.mZ(protocol.provider, this.options.secrets.redact(message), {
                status,
                requestId,
                action,
                ...extra,
            }),
        });
        if (status >= 300 && status <= 399) {
            return fail((0,redirect/* redirectMessage */.O)(header(responseHeaders, 'location'), url), { retryable: false });
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
                retryAfterMs: parseRetryAfter(header(responseHeaders, 'retry-after'), this.options.timing.now()),
            });
        }
        if (!parsed.ok) {
            return fail(`the response is not valid JSON (${text.length} bytes)`);
        }
        for (const field of request.secretFields ?? []) {
            const secret = fieldAt(parsed.value, field);
            if (typeof secret === 'string')
                this.options.secrets.add(secret);
        }
        if (protocol.failureIn?.(parsed.value)) {
            const { message, code } = protocol.errorMessage(parsed.value);
            return fail(message ?? 'the provider reported a failure without a message', { code });
        }
        let answer = parsed.value;
        if (request.shape) {
            try {
                answer = (0,shape/* readShape */._f)(request.shape, parsed.value);
            }
            catch (error) {
                if (!(error instanceof shape/* ShapeError */.ym))
                    throw error;
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
    retryDelay(error, attempt) {
        const { protocol, timing } = this.options;
        if (error.details.retryAfterMs !== undefined)
            return error.details.retryAfterMs;
        const policy = error.details.throttled && protocol.throttleBackoff
            ? protocol.throttleBackoff
            : (this.options.backoff ?? DEFAULT_BACKOFF);
        return backoffDelayMs(attempt, policy, timing.random);
    }
    /** A failed exchange as a ProviderError: each kind retryable except a too-large answer. */
    networkError(error, action) {
        const seconds = `${this.options.timeoutMs / 1000} s (input 'timeout')`;
        const failure = error instanceof TransportError ? error.failure : 'network';
        const reason = this.options.secrets.redact(error instanceof Error ? error.message : String(error));
        const messages = {
            'no-answer': `no answer within ${seconds}`,
            'slow-body': `the answer did not finish within ${seconds}`,
            'cut-off': reason,
            'too-large': reason,
            network: `network error: ${reason}`,
        };
        return new errors/* ProviderError */.mZ(this.options.protocol.provider, messages[failure], {
            action,
            status: error instanceof TransportError ? error.status : undefined,
            retryable: failure !== 'too-large',
            transport: failure === 'no-answer' || failure === 'slow-body'
                ? 'timeout'
                : failure === 'too-large'
                    ? 'too-large'
                    : 'network',
        });
    }
    requestIdOf(headers) {
        for (const name of [...this.options.protocol.requestIdHeaders, ...GENERIC_REQUEST_ID_HEADERS]) {
            const value = header(headers, name);
            if (value)
                return value;
        }
        return undefined;
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function parseJson(text) {
    if (text.trim() === '')
        return { ok: true, value: undefined };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
/** The value at a dotted path of own properties, e.g. `data.secret_key`. */
function fieldAt(value, path) {
    let at = value;
    for (const key of path.split('.')) {
        if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key))
            return undefined;
        at = at[key];
    }
    return at;
}
/** How much of an answer is read: 2xx whole (or not at all), error pages in part. */
function bodyLimit(status, ignoreBody) {
    if (status < 200 || status > 299)
        return { bytes: MAX_ERROR_BYTES, beyond: 'cut' };
    return ignoreBody ? { bytes: 0, beyond: 'skip' } : { bytes: MAX_ANSWER_BYTES, beyond: 'fail' };
}
/** Longest excerpt of an error page quoted in a message. */
const EXCERPT_LENGTH = 200;
/**
 * A short, single-line excerpt of a non-JSON error body (HTML error pages,
 * proxies), in linear time: a tag ends at the next `<` or `>`, so no match
 * rescans the text after it, and only the first 16 KiB are looked at.
 */
function summarise(text) {
    const plain = text
        .slice(0, 16 * 1024)
        .replace(/<[^<>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH)}…` : plain;
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ redirectMessage)
/* harmony export */ });
/**
 * Redirects are never followed (neither `exchange` nor the GitHub client's
 * fetch follows one): credentials and bodies go only where the configured
 * base URL points. The message names the host the redirect led to, not the
 * whole Location, which may carry a token. The advice comes from the hint
 * table (src/hints.ts).
 */
function redirectMessage(location, from) {
    let host;
    try {
        host = location === undefined ? undefined : new URL(location, from).host;
    }
    catch {
        host = 'an unreadable address';
    }
    return `answered a redirect${host ? ` to ${host}` : ''}, which cdnkit does not follow`;
}


/***/ }),

/***/ 1556:
/***/ ((module) => {

// What cdnkit's bundles get for `import … from 'undici'`; Node and the tests
// get the real package (a dependency of @actions/http-client). Only the
// bundler reads this, through tsconfig.json "paths" (ncc resolves every
// import, node_modules included, through those of its working directory).
//
// @actions/http-client imports undici at its top level only to build a
// ProxyAgent in getAgentDispatcher(), for fetch() users; its own requests (all
// of cdnkit's) are proxied with tunnel. Bundled, undici would be most of the
// action and would be evaluated at every start, since @actions/core imports
// http-client statically: BENCHMARKS.md measures what that costs.
// __tests__/unit/bundle.test.ts proves, on the built bundles, that every use of
// this module lies in getAgentDispatcher and that nothing calls it; if a new
// http-client used undici elsewhere, that test fails before a release could.


// Read by module interop when the module is imported, before any real use.
const INTEROP_KEYS = new Set(['__esModule', 'then', 'default']);

module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      if (typeof key === 'symbol' || INTEROP_KEYS.has(key)) return undefined;
      throw new Error(
        `undici.${key} is not in cdnkit's bundle: @actions/http-client needs undici only for getAgentDispatcher(), which cdnkit does not call`,
      );
    },
  },
);


/***/ })

};
;
//# sourceMappingURL=349.index.js.map