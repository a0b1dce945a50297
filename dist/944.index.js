"use strict";
exports.id = 944;
exports.ids = [944];
exports.modules = {

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isoDate)
/* harmony export */ });
/* unused harmony export FAR_FUTURE */
/**
 * Dates from answers, which may lie about them: an expiry of 99999999999999
 * seconds, or a JWT `exp` of 1e13, is past what a JavaScript Date holds
 * (8.64e15 ms, year 275760) and `toISOString` would throw a RangeError.
 * Anything past year 9999 reads as FAR_FUTURE: a four-digit-year ISO date
 * every parser reads, and what such an expiry means in practice.
 */
/** The last millisecond of year 9999. */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';
const FAR_FUTURE_MS = Date.parse(FAR_FUTURE);
/** `ms` since the epoch as ISO 8601 UTC; FAR_FUTURE past year 9999; undefined for NaN or before year 0. */
function isoDate(ms) {
    if (Number.isNaN(ms))
        return undefined;
    if (ms > FAR_FUTURE_MS)
        return FAR_FUTURE;
    const date = new Date(ms);
    // NaN (past the Date range) is not >= 0 either
    return date.getUTCFullYear() >= 0 ? date.toISOString() : undefined;
}


/***/ }),

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

/***/ 9164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ incompleteReason),
/* harmony export */   n: () => (/* binding */ readPages)
/* harmony export */ });
/**
 * Reading a paginated list from a provider that may lie: every list is read
 * through `readPages`, which stops at the end the answers describe, and also
 * at a page that brings nothing new (a provider ignoring the page parameter
 * repeats itself), at a page count or total that never ends (`maxPages`,
 * `maxItems`), or when the caller has what it needs. It says whether the list
 * was read to its end, so a caller that must not act on part of a list can refuse.
 */
/**
 * Reads pages 1, 2, … through `fetchPage` until one of the ends above. Items
 * are kept once by `keyOf`: paging by offset while items are added may show
 * one twice.
 */
async function readPages(fetchPage, keyOf, bounds, enough) {
    const items = [];
    const seen = new Set();
    let claimedTotal;
    const result = (end, pages) => ({
        items,
        end,
        pages,
        claimedTotal,
        complete: end === 'end' ||
            end === 'enough' ||
            (end === 'repeated' && (claimedTotal === undefined || items.length >= claimedTotal)),
    });
    for (let pageNumber = 1; pageNumber <= bounds.maxPages; pageNumber++) {
        const page = await fetchPage(pageNumber);
        if (page.total !== undefined)
            claimedTotal = Math.max(claimedTotal ?? 0, page.total);
        if (page.items.length === 0)
            return result('end', pageNumber);
        let added = 0;
        for (const item of page.items) {
            const key = keyOf(item);
            if (seen.has(key))
                continue;
            if (items.length >= bounds.maxItems)
                return result('bound', pageNumber);
            seen.add(key);
            items.push(item);
            added++;
        }
        if (added === 0)
            return result('repeated', pageNumber);
        if (enough?.(items))
            return result('enough', pageNumber);
        const last = (page.total !== undefined && items.length >= page.total) ||
            (page.lastPage !== undefined && pageNumber >= page.lastPage) ||
            (bounds.pageSize !== undefined && page.items.length !== bounds.pageSize);
        if (last)
            return result('end', pageNumber);
        if (items.length >= bounds.maxItems)
            return result('bound', pageNumber);
    }
    return result('bound', bounds.maxPages);
}
/**
 * Why `list` is not complete, for an error: "40 read in 3 pages, a page
 * repeated an earlier one, 90 claimed".
 */
function incompleteReason(list) {
    const why = list.end === 'repeated' ? 'a page repeated an earlier one' : 'the list did not end';
    const claimed = list.claimedTotal === undefined ? '' : `, ${list.claimedTotal} claimed`;
    return `${list.items.length} read in ${list.pages} pages, ${why}${claimed}`;
}


/***/ }),

/***/ 9096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pathSegment)
/* harmony export */ });
/**
 * `value` as one segment of a URL path: `/`, `?`, `#`, `%` and every other
 * reserved character percent-encoded. `.` and `..` cannot be encoded away (a
 * URL reads `%2e%2e` as `..` too): inputs and answers refuse them as ids, and
 * this refuses them again rather than send a request one level up.
 */
function pathSegment(value) {
    if (value === '' || value === '.' || value === '..') {
        throw new RangeError(`'${value}' cannot be a path segment`);
    }
    return encodeURIComponent(value);
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

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   Lo: () => (/* binding */ messageText),
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   Tj: () => (/* binding */ map),
/* harmony export */   Vm: () => (/* binding */ word),
/* harmony export */   W_: () => (/* binding */ lenient),
/* harmony export */   YO: () => (/* binding */ array),
/* harmony export */   Yj: () => (/* binding */ string),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   gP: () => (/* binding */ either),
/* harmony export */   id: () => (/* binding */ id),
/* harmony export */   lA: () => (/* binding */ fits),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   me: () => (/* binding */ nullable),
/* harmony export */   sH: () => (/* binding */ numeric),
/* harmony export */   ym: () => (/* binding */ ShapeError),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports MAX_ID_LENGTH, orElse */
/**
 * The shape of an answer, checked where it enters: each provider declares what
 * it reads from an answer with these few readers, and `HttpRequest.shape`
 * applies them to the parsed body. A wrong type, a `null` item or an empty 200
 * becomes a ProviderError naming the field (`results[2].name`), never a
 * TypeError further in. Objects are read by their own properties only, into
 * fresh objects that hold just the declared fields, so `__proto__` or
 * `constructor` keys in an answer are inert.
 */
class ShapeError extends Error {
    path;
    expected;
    found;
    name = 'ShapeError';
    constructor(path, expected, found) {
        super(path === ''
            ? `the answer is ${found}; expected ${expected}`
            : `the answer's field '${path}' is ${found}; expected ${expected}`);
        this.path = path;
        this.expected = expected;
        this.found = found;
    }
}
/** Longest id accepted from an answer: ids end up in paths, outputs and summaries. */
const MAX_ID_LENGTH = 256;
/** What `value` is, for an error message: never the value itself, which may be secret. */
function describeType(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : 'a string';
    if (typeof value === 'number')
        return Number.isFinite(value) ? 'a number' : 'not a number';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}
function check(test, expected) {
    return (value, path) => {
        if (!test(value))
            throw new ShapeError(path, expected, describeType(value));
        return value;
    };
}
const string = check((value) => typeof value === 'string', 'a string');
const number = check((value) => typeof value === 'number' && Number.isFinite(value), 'a number');
const boolean = check((value) => typeof value === 'boolean', 'true or false');
/** Anything at all: for fields read by code that checks them itself. */
const unknown = (value) => value;
/** A number, or a string of digits (some answers quote their numbers). */
const numeric = (value, path) => {
    if (typeof value === 'string' && /^\d{1,15}$/.test(value))
        return Number(value);
    return number(value, path);
};
/**
 * An identifier: a string or an integer, as a string of 1 to 256 characters
 * without control characters or white space, and not `.` or `..` (ids go into
 * request paths).
 */
const id = (value, path) => {
    const text = Number.isSafeInteger(value) ? String(value) : value;
    if (text === '.' || text === '..')
        throw new ShapeError(path, 'an id', `'${text}'`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters in ids
    if (typeof text === 'string' && /^[^\s\u0000-\u001f\u007f]+$/.test(text)) {
        if (text.length <= MAX_ID_LENGTH)
            return text;
        throw new ShapeError(path, `an id of at most ${MAX_ID_LENGTH} characters`, 'longer');
    }
    throw new ShapeError(path, 'an id (a string or a whole number)', describeType(value));
};
/** One of the given words. */
function word(words) {
    return check((value) => typeof value === 'string' && words.includes(value), `one of ${words.join(', ')}`);
}
/** Absent or null reads as undefined. */
function optional(shape) {
    return (value, path) => (value === undefined || value === null ? undefined : shape(value, path));
}
/** Null stays null; absent reads as undefined. */
function nullable(shape) {
    return (value, path) => {
        if (value === null)
            return null;
        return value === undefined ? undefined : shape(value, path);
    };
}
/** A list whose every item has `item`'s shape (a `null` item is an error, named by index). */
function array(item) {
    return (value, path) => {
        if (!Array.isArray(value))
            throw new ShapeError(path, 'a list', describeType(value));
        return value.map((entry, index) => item(entry, `${path}[${index}]`));
    };
}
/** An object: each declared field read from the answer's own properties; others are dropped. */
function object(fields) {
    return (value, path) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new ShapeError(path, 'an object', describeType(value));
        }
        const read = {};
        for (const [name, shape] of Object.entries(fields)) {
            const field = Object.hasOwn(value, name)
                ? value[name]
                : undefined;
            const parsed = shape(field, path === '' ? name : `${path}.${name}`);
            if (parsed !== undefined)
                read[name] = parsed;
        }
        return read;
    };
}
/**
 * `first`, else `second`. When neither reads `value`, the error is the one
 * that got deeper into it (the field that is wrong), or both expectations.
 */
function either(first, second) {
    return (value, path) => {
        let firstError;
        try {
            return first(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            firstError = error;
        }
        try {
            return second(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            if (firstError.path.length !== error.path.length) {
                throw firstError.path.length > error.path.length ? firstError : error;
            }
            throw new ShapeError(error.path, `${firstError.expected} or ${error.expected}`, describeType(value));
        }
    };
}
/** `shape`, then `convert` on what it read. */
function map(shape, convert) {
    return (value, path) => convert(shape(value, path));
}
/** Reads a whole answer body; the error names the field from the answer's top. */
function readShape(shape, body) {
    return shape(body, '');
}
/** `map[key]` when `key` is one of its own keys: a word from an answer never reaches the prototype. */
function lookup(map, key) {
    return typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;
}
/**
 * `shape`, or `fallback` when the field does not fit: only for fields that
 * must not fail an answer whose main part already counts (the name shown
 * next to a token that was just created and whose secret is in hand).
 */
function orElse(shape, fallback) {
    return (value, path) => {
        try {
            return shape(value, path);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            return fallback;
        }
    };
}
/** Each of `fields` through `orElse(…, undefined)`. */
function lenient(fields) {
    const read = {};
    for (const [name, shape] of Object.entries(fields))
        read[name] = orElse(shape, undefined);
    return read;
}
/** Whether `value` has `shape`: for entries a reader skips rather than fails on. */
function fits(shape, value) {
    try {
        shape(value, '');
        return true;
    }
    catch (error) {
        if (error instanceof ShapeError)
            return false;
        throw error;
    }
}
/**
 * Words an error answer gives for a field, e.g. `["Enter a valid URL."]`: a
 * string, or the strings of a list (flat: a nested list is not read), or
 * undefined. For error messages, which are read leniently.
 */
function messageText(value) {
    if (typeof value === 'string')
        return value;
    if (!Array.isArray(value))
        return undefined;
    const words = value.filter((item) => typeof item === 'string');
    return words.length > 0 ? words.join(' ') : undefined;
}


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ describeRequest),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iM: () => (/* binding */ plannedSteps)
/* harmony export */ });
/** "2 min 30 s", "45 s", "< 1 s" */
function formatDuration(ms) {
    if (ms < 1000)
        return '< 1 s';
    const seconds = Math.round(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${seconds} s`;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** One line a planned request, for dry runs and debug logs: never headers or secrets. */
function describeRequest(request, index, total) {
    const bytes = request.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(request.body));
    return `request ${index + 1}/${total}: ${request.method} ${readablePath(request.path)} (${request.kind}, ${request.items.length} item${request.items.length === 1 ? '' : 's'}, ${bytes} bytes)`;
}
/** The path as a person reads it: `<id of cdn.example.com>` rather than its percent-encoding. */
function readablePath(path) {
    try {
        return decodeURI(path);
    }
    catch {
        return path;
    }
}
/**
 * `dry-run` for operations that are not a list of requests: the steps they
 * would take, logged and reported. Nothing is sent, not even a login.
 */
function plannedSteps(ctx, steps) {
    for (const [index, step] of steps.entries()) {
        ctx.logger.info(`dry run: step ${index + 1}/${steps.length}: ${step}`);
    }
    return {
        outputs: {},
        result: { dryRun: true, steps },
        rows: [['Mode', 'dry run: nothing was sent']],
        lists: [{ title: `Planned steps (${steps.length})`, items: [...steps] }],
    };
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ storeStep),
/* harmony export */   LF: () => (/* binding */ deleteOldStep),
/* harmony export */   P3: () => (/* binding */ storedIn),
/* harmony export */   qm: () => (/* binding */ runRotation),
/* harmony export */   rd: () => (/* binding */ rotatedName),
/* harmony export */   yS: () => (/* binding */ rotationState)
/* harmony export */ });
/* unused harmony export describeState */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9957);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8543);




/** A fresh state: `old` is what the inputs name, `verifies` when a verify step will run. */
function rotationState(old, { verifies = false } = {}) {
    return {
        old,
        oldDeleted: false,
        createdRemoved: false,
        verified: verifies ? false : undefined,
        secrets: [],
        stored: false,
        warnings: [],
    };
}
/** Runs the steps in order; with dry-run, lists them and sends nothing. */
async function runRotation(ctx, rotation) {
    const { state, steps } = rotation;
    if (ctx.config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .plannedSteps */ .iM)(ctx, steps.flatMap((step) => (step.plan ? [step.plan] : [])));
    }
    for (const step of steps) {
        if (step.skip?.(state))
            continue;
        try {
            if (step.role === 'read')
                state.old = await step.run(state);
            else if (step.role === 'create')
                state.created = await step.run(state);
            else
                await step.run(state);
            if (step.role === 'verify')
                state.verified = true;
            if (step.role === 'delete-old')
                state.oldDeleted = true;
        }
        catch (error) {
            if (step.onFailure === 'warn') {
                const advice = step.advice?.(state) ?? adviceAfter(rotation, step);
                state.warnings.push(`${stepName(rotation, step)} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}.${advice ? ` ${advice}` : ''}`);
                continue;
            }
            return failed(rotation, step, error);
        }
    }
    return withWarnings(rotation.report(), state);
}
async function failed(rotation, step, error) {
    const { state } = rotation;
    if (step.newName && !provesNothingCreated(error))
        state.mayExist = step.newName();
    if (step.compensate && state.created) {
        try {
            await step.compensate();
            state.createdRemoved = true;
        }
        catch (cleanup) {
            state.compensationFailed = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(cleanup);
        }
    }
    const advice = step.advice?.(state);
    const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(stepName(rotation, step), error, 
    // what to fix (the cause's hint, unless the step has advice of its own), then what
    // exists now and what to clean up: the line ends with the rotation's advice, no hint after it
    [
        advice ? undefined : (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintSentence */ .t6)(error),
        describeState(rotation),
        adviceAfter(rotation, step),
        advice,
    ]
        .filter(Boolean)
        .join(' '));
    if (!state.created || state.createdRemoved)
        throw failure;
    return { ...withWarnings(rotation.report(), state), failure: failure.message };
}
/**
 * A failed create left nothing behind only when the provider refused it (4xx)
 * or cdnkit refused before sending. A 5xx, a reset, a timeout or a 2xx without
 * the expected answer may hide a create that happened.
 */
function provesNothingCreated(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) {
        const status = error.status ?? 0;
        return status >= 400 && status < 500;
    }
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuotaError */ .ZP;
}
const ROLE_NAMES = {
    read: (noun) => `Reading the old ${noun}`,
    create: (noun) => `Creating the new ${noun}`,
    verify: (noun) => `Verifying the new ${noun}`,
    store: (noun) => `Storing the new ${noun}`,
    'delete-old': (noun) => `Deleting the old ${noun}`,
};
function stepName(rotation, step) {
    return step.name ?? ROLE_NAMES[step.role](rotation.noun);
}
/** What to do about a new one left behind by a failed step. */
function adviceAfter(rotation, step) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const { created } = state;
    if (!created || state.createdRemoved)
        return undefined;
    if (state.compensationFailed)
        return `Delete ${noun} ${created.id} with ${operations.delete}.`;
    if (step.advice)
        return undefined;
    switch (step.role) {
        case 'verify':
            return `Delete ${noun} ${created.id} (${operations.delete}) once the cause is known.`;
        case 'store':
            return `Its secret is only in this step's masked outputs: delete ${noun} ${created.id} (${operations.delete}) and run again.`;
        case 'delete-old':
            return state.old ? `Delete ${noun} ${state.old.id} with ${operations.delete}.` : undefined;
        default:
            return undefined;
    }
}
/** "What exists now", in one or two sentences, from the state alone. */
function describeState(rotation) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const old = state.old ? `${noun} ${named(state.old)}` : undefined;
    const { created } = state;
    if (created && state.createdRemoved) {
        return `Nothing was kept: the new ${noun} ${created.id} was deleted again${old ? ` and ${old} is unchanged` : ''}.`;
    }
    if (!created) {
        const kept = old
            ? `Nothing was ${state.mayExist ? '' : 'created or '}deleted: ${old} is unchanged.`
            : state.mayExist
                ? ''
                : `No ${noun} was created.`;
        if (!state.mayExist)
            return kept;
        const check = `The request may have reached ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .providerLabel */ .sQ)(rotation.provider)}: check ${operations.list} for a ${noun} named '${state.mayExist}'.`;
        return kept ? `${kept} ${check}` : check;
    }
    const facts = [
        ...(created.name !== undefined ? [`'${created.name}'`] : []),
        ...(created.detail ? [created.detail] : []),
        ...(state.verified === undefined ? [] : [state.verified ? 'verified' : 'not verified']),
        ...(rotation.secret === false
            ? []
            : [
                state.stored
                    ? `stored in ${state.secrets.map((secret) => secret.where).join(' and ')}`
                    : 'not stored',
            ]),
    ];
    const now = [`new ${created.id} (${facts.join(', ')})`];
    if (state.old) {
        const kept = rotation.oldKept?.(state) ?? 'still exists and works';
        now.push(`old ${named(state.old)} ${state.oldDeleted ? 'was deleted' : kept}`);
    }
    const sentences = [`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capitalise */ .sK)(noun)}s now: ${now.join('; ')}.`];
    if (!state.stored && state.secrets.length > 0) {
        sentences.push(`GitHub secrets now: ${state.secrets.map((secret) => `${secret.where} ${secret.holds}`).join('; ')}.`);
    }
    if (state.compensationFailed) {
        sentences.push(`Deleting the new ${noun} ${created.id} again failed too: ${state.compensationFailed}.`);
    }
    return sentences.join(' ');
}
/** The last step of a rotation: delete the old one (declared only with `delete-old`). */
function deleteOldStep(plan, remove) {
    return { role: 'delete-old', plan, run: remove };
}
/**
 * The store step: writes each secret in order, one at a time. When a write
 * fails, the secrets written before it are put back where a value to restore
 * is known, so a stored pair never mixes an old half with a new half; the state
 * says what each secret holds.
 */
function storeStep(store, plan, secrets) {
    return {
        role: 'store',
        plan,
        run: async (state) => {
            const written = [];
            for (const secret of secrets()) {
                const where = store.describe(secret.name);
                try {
                    await store.store([{ name: secret.name, value: secret.value }]);
                }
                catch (error) {
                    await restore(store, written);
                    state.secrets.push({ where, holds: 'keeps its earlier value (this write failed)' });
                    throw error;
                }
                const entry = { where, holds: `holds ${secret.what}` };
                state.secrets.push(entry);
                written.push([secret, entry]);
            }
            state.stored = true;
        },
    };
}
async function restore(store, written) {
    for (const [secret, state] of written) {
        if (!secret.restore)
            continue;
        try {
            await store.store([{ name: secret.name, value: secret.restore.value }]);
            state.holds = `holds ${secret.restore.what} again`;
        }
        catch (error) {
            state.holds += ` (writing ${secret.restore.what} back failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`;
        }
    }
}
/** Where the new secret went, once every write of the store step succeeded. */
function storedIn(state) {
    return state.stored ? state.secrets.map((secret) => secret.where) : [];
}
/** The report with the warnings of steps that may fail without failing the operation. */
function withWarnings(report, state) {
    if (state.warnings.length === 0)
        return report;
    return {
        ...report,
        annotations: [
            ...(report.annotations ?? []),
            ...state.warnings.map((message) => ({ level: 'warning', message })),
        ],
    };
}
/**
 * Timestamp suffixes rotations add: `-20250601T123456Z`, and `-20261123T0915Z`
 * from rotate-credential before 0.2. Every trailing one is replaced, so names
 * never grow.
 */
const ROTATION_SUFFIXES = /(?:-\d{8}T\d{4}(?:\d{2})?Z)+$/;
/** The default name of a replacement: the old name with a UTC timestamp suffix. */
function rotatedName(oldName, nowMs) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    return `${oldName.replace(ROTATION_SUFFIXES, '') || 'cdnkit'}-${stamp}`;
}
/** The operations that list and delete what a rotation makes: `list-tokens`, `delete-token`. */
function operationsOf(noun) {
    return { list: `list-${noun}s`, delete: `delete-${noun}` };
}
function named(subject) {
    return subject.name === undefined ? subject.id : `${subject.id} ('${subject.name}')`;
}


/***/ }),

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOperation: () => (/* binding */ runOperation)
});

// EXTERNAL MODULE: ./src/catalog.ts
var catalog = __webpack_require__(8920);
// EXTERNAL MODULE: ./src/providers/create-provider.ts + 20 modules
var create_provider = __webpack_require__(5076);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/providers/provider.ts


/**
 * A capability the operation needs. The catalog lets an operation reach only
 * providers that have it, so a miss is the catalog and the provider disagreeing.
 */
function capabilityOf(provider, capability, operation) {
    const found = provider[capability];
    if (found === undefined) {
        throw new errors/* UnsupportedOperationError */.vR(provider.name, operation, catalog/* SUPPORTED_OPERATIONS */.YR[provider.name]);
    }
    return found;
}

// EXTERNAL MODULE: ./src/operations/plan.ts
var operations_plan = __webpack_require__(8543);
// EXTERNAL MODULE: ./src/operations/token-dates.ts
var token_dates = __webpack_require__(9339);
// EXTERNAL MODULE: ./src/run-context.ts
var run_context = __webpack_require__(3564);
// EXTERNAL MODULE: ./src/operations/rotation.ts
var rotation = __webpack_require__(4002);
;// CONCATENATED MODULE: ./src/operations/tokens.ts






/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
function tokenLimitStep(tokens, counted) {
    return {
        role: 'other',
        name: 'Checking the token limit',
        plan: `check the account holds fewer than ${tokens.maxTokens} tokens`,
        run: async () => {
            const count = (await tokens.list()).length;
            if (count >= tokens.maxTokens) {
                throw new errors/* QuotaError */.ZP(`The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first`);
            }
            counted?.(count);
        },
    };
}
/** Writes the new token to `secret-name`. */
function storeTokenStep(store, secretName, created) {
    return (0,rotation/* storeStep */.Kq)(store, `store it in ${store.describe(secretName)}`, () => [
        { name: secretName, value: created().secret, what: `token ${created().token.id}` },
    ]);
}
/** Where a new token went (one secret), or null. */
function tokenStoredIn(state) {
    return (0,rotation/* storedIn */.P3)(state)[0] ?? null;
}
/** The report of a new token; its secret was registered when it arrived. */
function newTokenOutputs(created, provider) {
    return {
        'api-token': created.secret,
        'token-id': created.token.id,
        'expires-at': created.token.expiresAt ?? '',
        'request-id': provider.http.lastRequestId ?? '',
    };
}
/** list-tokens: every token the credentials can see. */
async function listTokens(provider, ctx) {
    const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, ['list the API tokens of the account']);
    const list = await tokens.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { tokens: list },
        rows: [['Tokens', `${list.length} (the account may hold ${tokens.maxTokens})`]],
        tables: [tokenTable(list)],
    };
}
/** create-token: `name`, `role` (name or id), `expires-in-days`; stored when `secret-name` is set. */
async function createToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const role = tokens.resolveRole(config.token.role ?? '');
    const expiresAt = (0,token_dates/* expiryFrom */.KN)(config.token.expiresInDays, ctx.timing.now());
    const store = (0,run_context/* secretStoreFor */.b)(ctx);
    const name = config.credential.name ?? '';
    let created;
    const state = (0,rotation/* rotationState */.yS)();
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            tokenLimitStep(tokens),
            {
                role: 'create',
                plan: `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
                newName: () => name,
                run: async () => {
                    created = await tokens.create({ name, role, expiresAt });
                    const { id } = created.token;
                    logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
                    return { id, name: created.token.name };
                },
            },
            ...(store ? [storeTokenStep(store, config.githubSecret.name, () => created)] : []),
        ],
        report: () => ({
            outputs: newTokenOutputs(created, provider),
            result: { token: created.token, stored: tokenStoredIn(state) },
            rows: [
                ['Token id', created.token.id],
                ['Name', created.token.name],
                ['Role', role.name],
                ['Expires at', expiresAt ?? 'never'],
                [
                    'Stored in',
                    tokenStoredIn(state) ??
                        (store
                            ? 'not stored'
                            : "not stored (no 'secret-name'); see the masked api-token output"),
                ],
            ],
        }),
    });
}
/** delete-token: `token-id`. */
async function deleteToken(provider, ctx) {
    const id = ctx.config.token.id ?? '';
    const tokens = capabilityOf(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`delete token ${id}`]);
    await tokens.delete(id);
    return {
        outputs: { 'token-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id },
        rows: [['Deleted token', id]],
    };
}
/** A summary table of tokens; `state` adds a column (check-token). */
function tokenTable(list, state) {
    return {
        title: 'API tokens',
        header: ['Id', 'Name', 'Role', 'Expires at', 'Last used', 'Owner', ...(state ? ['State'] : [])],
        rows: list.map((token) => [
            token.id,
            token.name,
            token.role?.name ?? '',
            token.expiresAt ?? 'never',
            token.lastUsed ?? '',
            token.owner ?? '',
            ...(state ? [state(token)] : []),
        ]),
    };
}

;// CONCATENATED MODULE: ./src/operations/check-token.ts





/**
 * check-token: every visible token (or `token-id`), a warning for each expiring
 * within `warn-days`, an error within a day; the step fails when the token this
 * run signs in with has expired.
 */
async function checkToken(provider, ctx) {
    const { config, timing } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const warnDays = config.token.warnDays;
    if (config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            config.token.id ? `read token ${config.token.id}` : 'list the API tokens of the account',
            `warn about tokens expiring within ${warnDays} days; error within 1 day`,
        ]);
    }
    let checked;
    try {
        checked = config.token.id ? [await tokens.get(config.token.id)] : await tokens.list();
    }
    catch (error) {
        if (error instanceof errors/* ProviderError */.mZ && error.status === 401 && tokens.inUseTokenId) {
            throw new errors/* RefusedTokenError */.UE(tokens.inUseTokenId, error);
        }
        throw error;
    }
    const now = timing.now();
    const states = checked.map((token) => ({
        token,
        level: (0,token_dates/* expiryLevel */.wf)(token, now, warnDays),
        days: (0,token_dates/* daysLeft */.H_)(token.expiresAt, now),
    }));
    const label = (0,errors/* providerLabel */.sQ)(provider.name);
    const annotations = states.flatMap(({ token, level, days }) => expiryAnnotation(label, token, level, days));
    const earliest = states.reduce((min, { days }) => (days === undefined || (min !== undefined && min <= days) ? min : days), undefined);
    const inUse = states.find(({ token }) => token.id === tokens.inUseTokenId);
    const count = (level) => states.filter((state) => state.level === level).length;
    return {
        outputs: {
            'days-left': earliest === undefined ? '' : String(earliest),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: {
            warnDays,
            daysLeft: earliest ?? null,
            tokens: states.map(({ token, level, days }) => ({
                id: token.id,
                name: token.name,
                expiresAt: token.expiresAt,
                daysLeft: days ?? null,
                state: level,
            })),
        },
        rows: [
            ['Tokens checked', String(checked.length)],
            [
                'Days left (earliest expiry)',
                earliest === undefined ? 'no token expires' : String(earliest),
            ],
            [`Expiring within ${warnDays} days`, String(count('warning'))],
            ['Expiring within 1 day', String(count('error'))],
            ['Expired', String(count('expired'))],
        ],
        tables: [tokenTable(checked, (token) => states.find((s) => s.token === token)?.level ?? '')],
        annotations,
        failure: inUse?.level === 'expired'
            ? `The API token this run uses (token ${inUse.token.id}) has expired: rotate it or create a new one.`
            : undefined,
    };
}
function expiryAnnotation(provider, token, level, days) {
    const label = `${provider} API token ${token.id} '${token.name}'`;
    switch (level) {
        case 'expired':
            return [
                { level: 'error', message: `${label} expired at ${token.expiresAt ?? 'an unknown time'}.` },
            ];
        case 'error':
            return [{ level: 'error', message: `${label} expires within a day, at ${token.expiresAt}.` }];
        case 'warning':
            return [
                {
                    level: 'warning',
                    message: `${label} expires in ${days} day${days === 1 ? '' : 's'}, at ${token.expiresAt}.`,
                },
            ];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/operations/login.ts


/** login: exchanges credentials for a session token (masked by the provider when obtained). */
async function login(provider, ctx) {
    const logIn = capabilityOf(provider, 'login', 'login');
    if (ctx.config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            `log in to ${provider.name}; output the session token (masked) and its expiry`,
        ]);
    }
    const { token, expiresAt } = await logIn.call(provider);
    return {
        outputs: {
            token,
            'expires-at': expiresAt ?? '',
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { token, expiresAt },
        rows: [
            ['Token', '*** (masked; see the token output)'],
            ['Expires at', expiresAt ?? 'unknown'],
        ],
    };
}

// EXTERNAL MODULE: ./src/hints.ts
var hints = __webpack_require__(9957);
// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __webpack_require__(1501);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/operations/purge-decision.ts



/** Plans the purge of `resolved` (see the file comment); throws before anything is sent. */
async function decidePurge(provider, resource, resolved, ctx) {
    const { cdn } = provider;
    const { config } = ctx;
    const { targets } = resolved;
    const model = cdn.purgeModel(resource);
    const maxDurationMs = config.maxDurationSeconds * 1000;
    // a dry run sends nothing, not even the quota read: it plans with the default quota
    const left = config.dryRun ? undefined : await cdn.remainingQuota?.();
    const budget = left ?? model.dailyQuota;
    const given = cdn.planPurge(targets, resource);
    const exactCost = cost(given, usage(targets, given), maxDurationMs, budget);
    const base = {
        maxDurationMs,
        exact: exactCost,
        givenPrefixes: targets.prefixes.length,
        prefixes: [],
        covered: 0,
        extraObjects: 0,
        site: undefined,
        coveredBy: new Map(),
    };
    const decide = (requests, sent, rest = {}) => {
        const ordered = (0,time_model/* interleave */.CC)(requests);
        return {
            ...base,
            mode: 'exact',
            requests: ordered.map(({ request }) => request),
            schedule: ordered.map(({ atMs }) => atMs),
            predictedMs: ordered.at(-1)?.atMs ?? 0,
            changed: sent.urls.length,
            sent,
            ...(left ? { quota: { left, uses: usage(sent, requests) } } : {}),
            ...rest,
        };
    };
    if (exactCost.shortfall.length === 0)
        return decide(given, targets);
    const what = `purging ${describeTargets(targets)} exactly (${given.length} request${given.length === 1 ? '' : 's'})`;
    const { planCollapse, describeShortfall } = await __webpack_require__.e(/* import() */ 938).then(__webpack_require__.bind(__webpack_require__, 2938));
    // purge-all, or only the user's own prefixes: there are no URLs to collapse
    if (targets.purgeAll || targets.urls.length === 0)
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}`, exactCost);
    // the provider's own objects: a path on Gcore and Medianova, so a resource's hostnames are one tree
    const originals = new Map();
    for (const url of targets.urls) {
        const key = cdn.purgeKey(url, resource) ?? url;
        const same = originals.get(key);
        if (same)
            same.push(url);
        else
            originals.set(key, [url]);
    }
    const first = (key) => originals.get(key)?.[0] ?? key;
    const input = {
        changed: [...originals.keys()],
        model,
        maxDurationSeconds: config.maxDurationSeconds,
        quota: budget,
        keptPrefixes: targets.prefixes.length,
    };
    const byPath = planCollapse({ ...input, collapse: 'never' });
    const deduplicated = {
        urls: input.changed.map(first),
        prefixes: targets.prefixes,
        purgeAll: false,
    };
    if (byPath.fits)
        return decide(cdn.planPurge(deduplicated, resource), deduplicated);
    if (config.collapse === 'never') {
        throw new errors/* InputError */.dz('collapse', `is never, and ${what} ${describeShortfall(exactCost.shortfall)}. Nothing was purged: ${['set collapse to auto to purge directories instead', ...remedies(exactCost)].join('; or ')}`);
    }
    const site = await siteOf(cdn, resource, resolved, input.changed, ctx);
    const plan = planCollapse({ ...input, collapse: 'auto', siteUrls: site.keys });
    if (!plan.fits) {
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}, and no set of directory prefixes fits either`, exactCost);
    }
    const chosen = plan.prefixes.map((prefix) => ({
        prefix: prefix.prefix,
        covers: prefix.covers.map(first),
        extra: prefix.extra,
    }));
    const coveredBy = new Map();
    for (const prefix of plan.prefixes)
        for (const key of prefix.covers)
            for (const url of originals.get(key) ?? [key])
                coveredBy.set(url, prefix.prefix);
    const sent = {
        urls: plan.urls.map(first),
        // the user's prefixes first: a provider refusing them fails the purge, whatever the plan
        prefixes: [...new Set([...targets.prefixes, ...chosen.map((each) => each.prefix)])],
        purgeAll: false,
    };
    return decide(cdn.planPurge(sent, resource), sent, {
        mode: plan.mode,
        prefixes: chosen,
        changed: plan.changed,
        covered: plan.changed - plan.urls.length,
        extraObjects: plan.extraObjects,
        site: site.knowledge,
        coveredBy,
    });
}
/**
 * Every URL the site serves from the workspace tree, as the provider purges
 * them: read only when a plan must collapse, and only when url-map maps the
 * workspace (changed-files). A walk cut short, or one that finds none of the
 * changed files, leaves the extra objects unknown rather than undercounted.
 */
async function siteOf(cdn, resource, resolved, changed, ctx) {
    const unknown = (why) => ({ knowledge: { known: false, why } });
    const mapped = ctx.config.changedFiles;
    if (!mapped || !resolved.changes) {
        return unknown('the targets are URLs, not files of a workspace tree (changed-files + url-map)');
    }
    const [{ enumerateMappedFiles, DEFAULT_WALK_LIMITS }, { UrlMapper }] = await Promise.all([
        __webpack_require__.e(/* import() */ 436).then(__webpack_require__.bind(__webpack_require__, 4436)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 7394)),
    ]);
    let tree;
    try {
        tree = await enumerateMappedFiles(mapped.workspace, new UrlMapper(mapped.urlMap, mapped));
    }
    catch (error) {
        return unknown(`the workspace could not be read with url-map: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (tree.truncated) {
        const { maxFiles, maxDepth } = DEFAULT_WALK_LIMITS;
        return unknown(`the walk of the workspace stopped at its limit (${maxFiles.toLocaleString('en-US')} files or directories, ${maxDepth} levels)`);
    }
    const keys = [];
    for (const { url } of tree.urls) {
        const key = cdn.purgeKey(url, resource);
        if (key !== undefined)
            keys.push(key);
    }
    const site = new Set(keys);
    if (!changed.some((key) => site.has(key))) {
        return unknown(`the workspace holds none of the changed files url-map maps (${tree.files} files looked at): the site is not there to count`);
    }
    ctx.logger.info(`collapse: counted the site from the workspace: ${tree.files} files, ${site.size} objects url-map maps`);
    return { keys, knowledge: { known: true, objects: site.size, files: tree.files } };
}
/** "everything", "the 500 URLs", "the 500 URLs and 3 prefixes", "12 prefixes" */
function describeTargets(targets) {
    if (targets.purgeAll)
        return 'everything';
    const prefixes = `${targets.prefixes.length} prefix${targets.prefixes.length === 1 ? '' : 'es'}`;
    if (targets.urls.length === 0)
        return prefixes;
    const urls = `the ${targets.urls.length} URLs`;
    return targets.prefixes.length === 0 ? urls : `${urls} and ${prefixes}`;
}
/** URLs and prefixes a purge uses of a daily quota (purge-all: one directory a request item). */
function usage(targets, requests) {
    if (targets.purgeAll)
        return { urls: 0, prefixes: requests.reduce((sum, each) => sum + each.items.length, 0) };
    return { urls: targets.urls.length, prefixes: targets.prefixes.length };
}
/** What sending `requests` in interleaved order takes, and which limit it exceeds. */
function cost(requests, uses, maxMs, quota) {
    const predictedMs = (0,time_model/* interleave */.CC)(requests).at(-1)?.atMs ?? 0;
    const shortfall = [];
    if (predictedMs > maxMs)
        shortfall.push({ limit: 'max-duration', predictedMs, maxMs });
    if (quota && uses.urls > quota.urls)
        shortfall.push({ limit: 'url-quota', needed: uses.urls, remaining: quota.urls });
    if (quota && uses.prefixes > quota.prefixes)
        shortfall.push({ limit: 'prefix-quota', needed: uses.prefixes, remaining: quota.prefixes });
    return { requests: requests.length, predictedMs, shortfall };
}
/** No plan fits: an input can fix a duration; a quota is the account's. */
function refusal(message, exact) {
    const text = `${message}. Nothing was purged: ${remedies(exact).join('; or ')}`;
    return exact.shortfall.every((each) => each.limit === 'max-duration')
        ? new errors/* InputError */.dz('max-duration', text)
        : new errors/* QuotaError */.ZP(text);
}
/** What would let the exact plan through. */
function remedies(exact) {
    const remedies = [];
    if (exact.shortfall.some((each) => each.limit === 'max-duration'))
        remedies.push(`raise max-duration to at least ${Math.ceil(exact.predictedMs / 1000)} (${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)})`);
    if (exact.shortfall.some((each) => each.limit !== 'max-duration'))
        remedies.push('purge fewer URLs today, or ask the provider to raise the daily quota');
    return remedies;
}
/**
 * When the provider refuses a request that carries only chosen prefixes
 * (Medianova without "Wildcard Purge Suffix"), the unsent rest of the plan is
 * replanned exactly: each chosen prefix gives way to the changed URLs it
 * covers. A refusal of the user's own prefixes is a failure as before.
 */
function fallBackToExact(error, refused, unsent, decision, provider, resource) {
    const chosen = new Map(decision.prefixes.map((each) => [each.prefix, each]));
    if (decision.mode !== 'collapsed' ||
        !provider.cdn.isPrefixRefusal?.(error, refused) ||
        !refused.items.every((item) => chosen.has(item)))
        return undefined;
    const exact = new Set(decision.sent.urls);
    const rest = unsent.flatMap((request) => request.items);
    const targets = {
        urls: rest.flatMap((item) => exact.has(item) ? [item] : (chosen.get(item)?.covers ?? []).slice()),
        prefixes: rest.filter((item) => !exact.has(item) && !chosen.has(item)),
        purgeAll: false,
    };
    const ordered = (0,time_model/* interleave */.CC)(provider.cdn.planPurge(targets, resource));
    const takes = ordered.at(-1)?.atMs ?? 0;
    const covered = rest.filter((item) => chosen.has(item)).length;
    return {
        requests: ordered.map(({ request }) => request),
        schedule: ordered.map(({ atMs }) => atMs),
        warning: `${(0,errors/* describeError */.Uc)(error)}. Falling back to the exact plan: the ${targets.urls.length} URLs the ${covered} prefix${covered === 1 ? '' : 'es'} covered are purged one by one, ${ordered.length} more request${ordered.length === 1 ? '' : 's'}, about ${(0,operations_plan/* formatDuration */.a3)(takes)} at ${provider.name}'s rate limits${takes > decision.maxDurationMs ? `, longer than max-duration (${decision.maxDurationMs / 1000} s)` : ''}.`,
    };
}

;// CONCATENATED MODULE: ./src/operations/purge-decision-report.ts

/** The end of the plan line, after "expected duration … at <provider>'s rate limits". */
function describeDecision(decision) {
    const limit = `max-duration ${decision.maxDurationMs / 1000} s`;
    if (decision.mode === 'exact')
        return `exact plan (${limit})`;
    const { prefixes, exact } = decision;
    return `collapsed plan: ${count(prefixes.length, 'prefix', 'prefixes')} cover ${decision.covered} of ${decision.changed} changed URLs, ${decision.sent.urls.length} sent as they are; ${extraText(decision)}; exactly it would take ${count(exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)} (${limit})`;
}
/** The daily quota the plan had to fit, and each chosen prefix with what it covers, folded. */
function logDecision(decision, provider, logger) {
    if (decision.quota) {
        const { left, uses } = decision.quota;
        logger.info(`${provider} daily quota: ${left.urls} of ${left.dailyUrls} URLs and ${left.prefixes} of ${left.dailyPrefixes} directories remain today; this purge uses ${uses.urls} and ${uses.prefixes}`);
    }
    if (decision.prefixes.length === 0)
        return;
    logger.startGroup?.(`collapse: the ${decision.prefixes.length} prefixes chosen`);
    for (const line of prefixLines(decision))
        logger.info(`collapse: ${line}`);
    logger.endGroup?.();
}
/** Summary rows of the plan. `fallback` is set when the provider refused the prefixes. */
function decisionRows(decision, provider, fallback) {
    const rows = [['Plan', planText(decision, fallback)]];
    if (decision.mode === 'collapsed' && !fallback)
        rows.push(['Changed URLs', `${decision.changed} (${decision.covered} under prefixes)`], ['Extra objects purged', extraText(decision)]);
    rows.push([
        'Expected duration',
        `${(0,operations_plan/* formatDuration */.a3)(fallback?.expectedMs ?? decision.predictedMs)} at ${provider}'s rate limits (max-duration ${decision.maxDurationMs / 1000} s)`,
    ]);
    return rows;
}
/** The daily quota row: what is left once the items sent are counted. */
function quotaRow(decision, sent) {
    if (!decision.quota)
        return [];
    const { left } = decision.quota;
    return [
        [
            'Daily quota left',
            `${left.urls - sent.urls} of ${left.dailyUrls} URLs and ${left.prefixes - sent.prefixes} of ${left.dailyPrefixes} directories after this purge (it used ${sent.urls} and ${sent.prefixes})`,
        ],
    ];
}
/** The collapsed list of prefixes chosen, each with its changed URLs and extra objects. */
function decisionLists(decision, fallback) {
    if (decision.prefixes.length === 0)
        return [];
    const title = fallback ? 'Prefixes refused, purged URL by URL instead' : 'Prefixes chosen';
    return [{ title: `${title} (${decision.prefixes.length})`, items: prefixLines(decision) }];
}
/** The `purgePlan` of the `result` output: counts, not the covered URLs (the summary lists those). */
function decisionJson(decision, fallback) {
    return {
        mode: fallback ? 'exact' : decision.mode,
        ...(fallback ? { fallback: fallback.warning } : {}),
        maxDurationSeconds: decision.maxDurationMs / 1000,
        predictedMs: fallback?.expectedMs ?? decision.predictedMs,
        requests: decision.requests.length,
        changed: decision.changed,
        covered: fallback ? 0 : decision.covered,
        exactUrls: decision.sent.urls.length,
        givenPrefixes: decision.givenPrefixes,
        prefixes: decision.prefixes.map((each) => ({
            prefix: each.prefix,
            covers: each.covers.length,
            extra: each.extra ?? null,
        })),
        extraObjects: fallback ? 0 : (decision.extraObjects ?? null),
        ...(decision.site?.known === true
            ? { siteObjects: decision.site.objects }
            : decision.site
                ? { extraUnknown: decision.site.why }
                : {}),
        exact: {
            requests: decision.exact.requests,
            predictedMs: decision.exact.predictedMs,
            exceeds: decision.exact.shortfall.map((each) => each.limit),
        },
        ...(decision.quota
            ? {
                quota: {
                    urlsLeft: decision.quota.left.urls,
                    directoriesLeft: decision.quota.left.prefixes,
                    urlsUsed: decision.quota.uses.urls,
                    directoriesUsed: decision.quota.uses.prefixes,
                },
            }
            : {}),
    };
}
/**
 * The plan's targets with the collapse marked: each changed URL under a chosen
 * prefix says which, and the chosen prefixes are listed with their origin.
 */
function withDecision(plan, decision) {
    if (decision.prefixes.length === 0)
        return [...plan];
    return [
        ...plan.map((entry) => {
            const prefix = decision.coveredBy.get(entry.target);
            return prefix === undefined ? entry : { ...entry, coveredBy: prefix };
        }),
        ...decision.prefixes.map((each) => ({
            target: each.prefix,
            source: 'collapse',
            covers: each.covers.length,
        })),
    ];
}
function planText(decision, fallback) {
    if (fallback)
        return `exact, after the provider refused the prefixes: ${fallback.warning}`;
    if (decision.mode === 'exact')
        return 'exact: every URL as listed';
    return `collapsed: ${count(decision.prefixes.length, 'prefix', 'prefixes')} and ${count(decision.sent.urls.length, 'URL')} instead of ${count(decision.changed, 'URL')} (exactly: ${count(decision.exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(decision.exact.predictedMs)})`;
}
function extraText(decision) {
    const { site, extraObjects } = decision;
    if (site?.known === false || extraObjects === undefined)
        return `extra objects purged unknown (${site?.known === false ? site.why : 'the site was not read'})`;
    const share = site?.known
        ? ` (${((100 * extraObjects) / Math.max(1, site.objects)).toFixed(1)} % of the ${site.objects} objects url-map maps in the workspace)`
        : '';
    return `${extraObjects} extra object${extraObjects === 1 ? '' : 's'} purged${share}`;
}
function prefixLines(decision) {
    return decision.prefixes.map((each) => `${each.prefix} covers ${count(each.covers.length, 'changed URL')}${each.extra === undefined ? '' : `, purges ${count(each.extra, 'other object')}`}: ${preview(each.covers)}`);
}
/** The first few covered URLs; the full list is in the plan (dry run, `--json`). */
function preview(urls) {
    const shown = urls.slice(0, 3).join(', ');
    return urls.length > 3 ? `${shown} and ${urls.length - 3} more` : shown;
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/operations/purge-plan.ts

/** Targets with their origin, in the order they are sent. */
function plannedTargets(resolved) {
    const { targets, mapped } = resolved;
    if (targets.purgeAll)
        return [{ target: '*', source: 'purge-all' }];
    const fromMap = new Map(mapped.map((entry) => [entry.url, entry]));
    return [
        ...targets.urls.map((url) => {
            const entry = fromMap.get(url);
            return entry
                ? { target: url, source: 'url-map', file: entry.file, rule: entry.rule }
                : { target: url, source: 'urls' };
        }),
        ...targets.prefixes.map((prefix) => ({ target: prefix, source: 'prefixes' })),
    ];
}
/** `https://x/docs/ <- public/docs/index.html (rule public/**\/index.html)` */
function describeTarget(entry) {
    const under = entry.coveredBy === undefined ? '' : `, purged under ${entry.coveredBy}`;
    switch (entry.source) {
        case 'url-map':
            return `${entry.target} <- ${entry.file} (rule ${entry.rule}${under})`;
        case 'urls':
            return `${entry.target} (urls${under})`;
        case 'prefixes':
            return `${entry.target} (prefix)`;
        case 'collapse':
            return `${entry.target} (collapse: covers ${entry.covers ?? 0} changed URL${entry.covers === 1 ? '' : 's'})`;
        case 'purge-all':
            return 'everything (purge-all)';
    }
}
/** The summary row saying where the changed files came from. */
function changeRows(changes) {
    if (!changes)
        return [];
    if (changes.mode === 'list')
        return [['Changed files', `${changes.files} listed`]];
    if (changes.base === undefined) {
        return [
            ['Changed files', `unknown (${changes.why}): changed-files-fallback purges everything`],
        ];
    }
    return [
        [
            'Changed files',
            `${changes.files} in ${purge_plan_short(changes.base)}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`,
        ],
    ];
}
function unmatchedList(files) {
    return files.length > 0
        ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
        : [];
}
/** Every target of a plan that was carried out (or planned) whole, with its origin. */
function plannedList(plan, title) {
    const given = plan.every((entry) => (entry.source === 'urls' || entry.source === 'prefixes') && entry.coveredBy === undefined);
    return {
        title: `${title} (${plan.length})`,
        items: plan.map(describeTarget),
        ...(given && plan.length > 0
            ? { repeats: 'the targets given in urls, urls-file and prefixes' }
            : {}),
    };
}
function isEmpty(targets) {
    return !targets.purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0;
}
/**
 * The target list is empty: nothing is sent, `status` is `skipped`, and
 * `if-no-targets` says whether that is worth a warning, nothing, or a failure.
 */
function nothingToSend(kind, resolved, ctx) {
    const why = emptyReason(resolved);
    const message = `Nothing to ${kind}: ${why}. Nothing was sent.`;
    const policy = ctx.config.ifNoTargets;
    if (policy === 'ignore')
        ctx.logger.info(message);
    return {
        outputs: { status: 'skipped', 'urls-count': '0', 'requests-count': '0', 'task-ids': '' },
        result: {
            status: 'skipped',
            reason: why,
            changes: resolved.changes,
            unmatched: resolved.unmatched.length,
        },
        rows: [['Status', 'skipped'], ['Reason', why], ...changeRows(resolved.changes)],
        lists: unmatchedList(resolved.unmatched),
        annotations: policy === 'warn' ? [{ level: 'warning', message }] : [],
        failure: policy === 'error'
            ? `${message} (if-no-targets is error; set it to warn or ignore to let such runs pass)`
            : undefined,
        plan: [],
    };
}
function emptyReason(resolved) {
    const { changes, unmatched } = resolved;
    if (!changes) {
        return 'the targets are empty (urls, urls-file, prefixes and changed-files gave nothing; purge-all is false)';
    }
    if (changes.files === 0) {
        return changes.mode === 'auto'
            ? `no file changed in ${purge_plan_short(changes.base ?? '')}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`
            : 'changed-files lists no file';
    }
    return `none of the ${unmatched.length} changed file${unmatched.length === 1 ? '' : 's'} matched a url-map rule`;
}
/** "about 4 min left", for progress lines; '' once nothing is left. */
function timeLeft(ms) {
    if (ms <= 0)
        return 'all sent';
    if (ms < 1000)
        return 'about a second left';
    return `about ${(0,operations_plan/* formatDuration */.a3)(ms)} left`;
}
function purge_plan_short(commit) {
    return commit.slice(0, 7);
}

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(1944);
;// CONCATENATED MODULE: ./src/operations/wait.ts


/** The state of a set of tasks: failed if any failed, done if all are done. */
function overallState(tasks) {
    if (tasks.some((task) => task.state === 'failed'))
        return 'failed';
    if (tasks.length > 0 && tasks.every((task) => task.state === 'done'))
        return 'done';
    return 'pending';
}
/**
 * Polls task status until every task is done, one failed, or wait-timeout
 * passes. wait-timeout bounds the whole wait: the pauses between polls and any
 * wait for the provider's rate-limit window before a status read.
 */
async function waitForTasks(cdn, taskIds, resource, kind, ctx, options = {}) {
    const { timing, logger, config } = ctx;
    if (taskIds.length === 0) {
        logger.warning('No task ids to wait for: the provider returned none.');
        return { status: 'pending', tasks: [], table: taskTable([]) };
    }
    // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
    const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
    const pace = cdn.statusPace?.[kind];
    if (pace?.note) {
        logger.info(`${pace.note}: 'wait' polls at that pace within wait-timeout (${config.waitTimeoutSeconds} s).`);
    }
    const pause = (pace?.intervalMs ?? cdn.pollIntervalMs) * timing.scale;
    let tasks = [];
    // a long wait repeats the same count every poll: it is logged when it changes, polls in debug
    let progress = '';
    const settle = (state) => ({ status: state, tasks, table: taskTable(tasks) });
    for (;;) {
        try {
            tasks = await cdn.taskStatus(taskIds, resource, kind, { deadline });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ))
                throw error;
            const timedOut = error instanceof client/* PastDeadlineError */.zJ;
            if (options.strict && !timedOut)
                throw error;
            const reason = (0,errors/* describeError */.Uc)(error);
            tasks = unread(taskIds, tasks, timedOut ? 'wait-timeout ends first' : reason);
            logger.warning(timedOut
                ? `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s), which ends before the next status read is allowed (${reason}); ${pendingCount(tasks)} task(s) still pending.`
                : `The ${kind} status could not be read (${reason}); the ${kind} was accepted, and its tasks stay pending.`);
            return settle(overallState(tasks));
        }
        const state = overallState(tasks);
        const done = tasks.filter((task) => task.state === 'done').length;
        const line = `${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`;
        if (line === progress)
            logger.debug(`${line} (unchanged)`);
        else
            logger.info(line);
        progress = line;
        if (state !== 'pending')
            return settle(state);
        if (timing.now() + pause > deadline) {
            logger.warning(`Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${pendingCount(tasks)} task(s) still pending.`);
            return settle('pending');
        }
        await timing.sleep(pause);
    }
}
/** The last states read (if any), every unsettled task marked with why it was not read again. */
function unread(taskIds, last, reason) {
    const byId = new Map(last.map((task) => [task.id, task]));
    return taskIds.map((id) => {
        const known = byId.get(id);
        if (known && known.state !== 'pending')
            return known;
        const before = known?.detail ? `${known.detail}; ` : '';
        return { id, state: 'pending', detail: `${before}status not read: ${reason}` };
    });
}
function pendingCount(tasks) {
    return tasks.filter((task) => task.state === 'pending').length;
}
function taskTable(tasks) {
    return {
        title: 'Tasks',
        header: ['Task id', 'State', 'Detail'],
        rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
    };
}

;// CONCATENATED MODULE: ./src/operations/purge.ts









/**
 * Purge or prefetch: find and map the changed files, plan every request first
 * (so bad targets fail before anything is sent): for a purge, exact or
 * collapsed to fit `max-duration` and the daily quota (purge-decision.ts);
 * announce the paced duration, send in order, stop at the first batch that
 * still fails after its retries, then optionally wait. An empty target list
 * sends nothing (`if-no-targets`).
 */
async function purgeOrPrefetch(kind, provider, ctx) {
    const { config, logger, timing } = ctx;
    const { cdn } = provider;
    const resolved = await resolveTargets(ctx);
    const { targets } = resolved;
    if (isEmpty(targets))
        return nothingToSend(kind, resolved, ctx);
    const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
    const decision = kind === 'purge' ? await decidePurge(provider, resource, resolved, ctx) : undefined;
    const sending = decision ?? ordered(cdn.planPrefetch(targets.urls, resource));
    const { requests } = sending;
    const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
    const planLine = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${(0,operations_plan/* formatDuration */.a3)(sending.predictedMs)} at ${provider.name}'s rate limits${decision ? `; ${describeDecision(decision)}` : ''}`;
    logger.info(planLine);
    if (decision)
        logDecision(decision, provider.name, logger);
    else if (sending.predictedMs > config.maxDurationSeconds * 1000) {
        throw new errors/* InputError */.dz('max-duration', `${planLine}, longer than max-duration (${config.maxDurationSeconds} s). A prefetch takes exact URLs: prefetch fewer, or raise 'max-duration' to at least ${Math.ceil(sending.predictedMs / 1000)}`);
    }
    // every target with its origin: built when reported, not held while sending
    const planned = () => decision ? withDecision(plannedTargets(resolved), decision) : plannedTargets(resolved);
    const planRows = decision ? decisionRows(decision, provider.name, undefined) : [];
    const unmatched = unmatchedList(resolved.unmatched);
    if (config.dryRun) {
        const plan = planned();
        for (const [index, request] of requests.entries()) {
            logger.info(`dry run: ${(0,operations_plan/* describeRequest */.Ng)(request, index, requests.length)}`);
        }
        logger.startGroup?.(`dry run: the ${plan.length} targets and where each came from`);
        for (const entry of plan)
            logger.info(`dry run: ${describeTarget(entry)}`);
        logger.endGroup?.();
        return {
            outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
            result: {
                dryRun: true,
                resource: resource.id,
                requests: requests.map(plannedJson),
                ...(decision ? { purgePlan: decisionJson(decision, undefined) } : {}),
                changes: resolved.changes,
                unmatched: resolved.unmatched.length,
            },
            rows: [
                ['Mode', 'dry run: nothing was sent'],
                ['Resource', resource.id],
                ...changeRows(resolved.changes),
                ['Items', String(itemCount)],
                ['Planned requests', String(requests.length)],
                ...(decision ? planRows : [['Expected duration', (0,operations_plan/* formatDuration */.a3)(sending.predictedMs)]]),
            ],
            tables: [planTable(requests)],
            lists: [
                ...(decision ? decisionLists(decision, undefined) : []),
                plannedList(plan, `Planned ${kind} targets`),
                ...unmatched,
            ],
            plan,
        };
    }
    const since = timing.now();
    let queue = requests;
    let schedule = sending.schedule;
    const sent = [];
    const taskIds = [];
    let requestsCount = 0;
    let failure;
    let fallback;
    logger.startGroup?.(`${kind}: sending ${queue.length} request${queue.length === 1 ? '' : 's'}, ${timeLeft(sending.predictedMs)}`);
    try {
        for (let index = 0; index < queue.length; index++) {
            const request = queue[index];
            logger.debug(() => (0,operations_plan/* describeRequest */.Ng)(request, index, queue.length));
            const left = schedule.at(-1) - schedule[index];
            await waitForPacing(request, `request ${index + 1}/${queue.length}`, left, provider, ctx);
            try {
                const answer = await cdn.send(request);
                logger.info(`${kind} request ${index + 1}/${queue.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind}), ${timeLeft(left)}`);
                requestsCount += answer.attempts;
                for (const id of answer.taskIds)
                    taskIds.push(id);
                sent.push(request);
            }
            catch (error) {
                requestsCount += error instanceof errors/* ProviderError */.mZ ? (error.details.attempts ?? 1) : 1;
                const rest = decision && !fallback
                    ? fallBackToExact(error, request, queue.slice(index), decision, provider, resource)
                    : undefined;
                if (rest) {
                    logger.warning(rest.warning);
                    const at = schedule[index];
                    // concat, not splice(...list): a spread puts every request on the stack
                    queue = queue.slice(0, index).concat(rest.requests);
                    schedule = schedule.slice(0, index).concat(rest.schedule.map((ms) => at + ms));
                    fallback = { warning: rest.warning, expectedMs: schedule.at(-1) ?? 0 };
                    index--;
                    continue;
                }
                failure = { request, error, message: (0,errors/* describeError */.Uc)(error) };
                break;
            }
        }
    }
    finally {
        logger.endGroup?.();
    }
    if (sent.length > 0 && cdn.findTaskIds) {
        for (const id of await findTaskIdsSafely(provider, sent, resource, since, ctx))
            taskIds.push(id);
    }
    // requests are sent in queue order until one fails: the sent ones are the queue's start
    const doneItems = sent.flatMap((request) => request.items);
    const notDone = queue.slice(sent.length).flatMap((request) => request.items);
    const total = doneItems.length + notDone.length;
    const outputs = {
        'task-ids': taskIds.join(','),
        'urls-count': String(doneItems.length),
        'requests-count': String(requestsCount),
        'request-id': provider.http.lastRequestId ?? '',
    };
    const prefixesSent = new Set(decision?.sent.prefixes);
    let prefixesDone = 0;
    if (prefixesSent.size > 0)
        for (const item of doneItems)
            if (prefixesSent.has(item))
                prefixesDone++;
    const rows = [
        ['Resource', resource.id],
        ...changeRows(resolved.changes),
        ...(decision ? decisionRows(decision, provider.name, fallback) : []),
        [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${total}`],
        ['Requests', String(requestsCount)],
        ['Task ids', taskIds.join(', ') || '—'],
        ...(decision
            ? quotaRow(decision, { urls: doneItems.length - prefixesDone, prefixes: prefixesDone })
            : []),
    ];
    const lists = decision ? decisionLists(decision, fallback) : [];
    const purgePlan = decision ? { purgePlan: decisionJson(decision, fallback) } : {};
    if (failure) {
        const verb = kind === 'purge' ? 'purged' : 'prefetched';
        lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
        if (doneItems.length > 0)
            lists.push({ title: `${(0,src_text/* capitalise */.sK)(verb)} (${doneItems.length})`, items: doneItems });
        for (const list of unmatched)
            lists.push(list);
        outputs.status = 'failed';
        rows.push(['Status', 'failed']);
        return {
            outputs,
            result: {
                resource: resource.id,
                taskIds,
                sent: doneItems.length,
                notSent: notDone,
                status: 'failed',
                error: failure.message,
                ...purgePlan,
            },
            rows,
            lists,
            failure: (0,hints/* withHint */.mu)(`${(0,src_text/* capitalise */.sK)(kind)} stopped at request ${queue.indexOf(failure.request) + 1} of ${queue.length}: ${failure.message}. ${doneItems.length} of ${total} items were ${verb}; the summary lists the rest`, failure.error),
        };
    }
    let status = 'pending';
    let tasks = [];
    const untracked = cdn.noStatus?.[kind];
    if (config.wait && untracked) {
        logger.warning(untracked);
    }
    else if (config.wait) {
        const waited = await waitForTasks(cdn, taskIds, resource, kind, ctx);
        status = waited.status;
        tasks = [waited.table];
    }
    outputs.status = status;
    rows.push(['Status', status]);
    const verb = kind === 'purge' ? 'Purged' : 'Prefetched';
    // after a fallback nothing was purged under a prefix: the targets are told as listed
    const plan = fallback ? plannedTargets(resolved) : planned();
    lists.push(plannedList(plan, verb));
    for (const list of unmatched)
        lists.push(list);
    return {
        outputs,
        result: {
            resource: resource.id,
            taskIds,
            urlsCount: doneItems.length,
            requestsCount,
            status,
            changes: resolved.changes,
            ...purgePlan,
        },
        rows,
        tables: tasks,
        lists,
        plan,
        failure: status === 'failed'
            ? `${(0,src_text/* capitalise */.sK)(kind)} tasks failed at ${provider.name}: see the summary for each task's state.`
            : undefined,
    };
}
/** Requests in the order `interleave` sends them, with their starts. */
function ordered(requests) {
    const order = (0,time_model/* interleave */.CC)(requests);
    return {
        requests: order.map(({ request }) => request),
        schedule: order.map(({ atMs }) => atMs),
        predictedMs: order.at(-1)?.atMs ?? 0,
    };
}
async function findTaskIdsSafely(provider, sent, resource, since, ctx) {
    try {
        return (await provider.cdn.findTaskIds?.(sent, resource, since)) ?? [];
    }
    catch (error) {
        ctx.logger.warning(`The ${provider.name} requests were accepted, but their task ids could not be read: ${(0,errors/* describeError */.Uc)(error)}`);
        return [];
    }
}
function plannedJson(request) {
    return {
        kind: request.kind,
        method: request.method,
        path: request.path,
        items: request.items.length,
    };
}
function planTable(requests) {
    return {
        title: 'Planned requests',
        header: ['#', 'Request', 'Kind', 'Items'],
        rows: requests.map((request, index) => [
            String(index + 1),
            `${request.method} ${request.path}`,
            request.kind,
            String(request.items.length),
        ]),
    };
}
/** The targets as given, or with the changed files found and mapped (loaded only then). */
async function resolveTargets(ctx) {
    if (!ctx.config.changedFiles)
        return { targets: ctx.config.targets, mapped: [], unmatched: [] };
    const { resolveTargets: resolve } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 5938));
    return resolve(ctx);
}
/**
 * Waits out the provider's rate limit before a request, saying so with the time
 * left, so the HTTP layer then finds the window open and has nothing to add.
 */
async function waitForPacing(request, label, leftMs, provider, ctx) {
    const { pacer, timing, logger } = ctx;
    const now = timing.now();
    const wait = pacer.earliestStart(request.limits, now) - now;
    if (wait < 1000 * timing.scale)
        return;
    const unscaled = wait / timing.scale;
    logger.info(`waiting ${(0,operations_plan/* formatDuration */.a3)(unscaled)} for ${provider.name}'s rate limit before ${label}, ${timeLeft(leftMs + unscaled)}`);
    await timing.sleep(wait);
}

;// CONCATENATED MODULE: ./src/operations/storage-credentials.ts





/** A credential as rotation messages name it: id, name and access key. */
function credentialSubject(credential, accessKey = credential.accessKey) {
    return {
        id: credential.id,
        name: credential.name,
        detail: `access key ${accessKey ?? 'unknown'}`,
    };
}
/** The inputs win; what they leave unset is copied from `base`. */
function settingsFrom(config, base, defaultName) {
    const { credential } = config;
    return {
        name: credential.name ?? defaultName,
        readOnly: credential.readOnly ?? base.readOnly,
        buckets: credential.buckets ?? base.buckets.map((bucket) => bucket.id),
        subfolder: credential.subfolder ?? base.subfolder,
    };
}
function credentialId(config) {
    if (config.credential.id === undefined)
        throw new errors/* InputError */.dz('credential-id', 'is required');
    return config.credential.id;
}
/**
 * The new secret key must be in the create answer: no other call returns it.
 * Medianova's documented answer carries none.
 */
function secretKeyStep(provider, created, extra) {
    return {
        role: 'other',
        name: 'Reading the new secret key',
        run: async () => {
            if (created().secretKey !== undefined)
                return;
            throw new errors/* ProviderError */.mZ(provider, `the create answer for credential ${created().id} carries no secret key, and the API offers no other way to read it`);
        },
        ...extra,
    };
}
/** Where the Stook panel keeps the keys, for advice when the API cannot help. */
function panelHint(provider) {
    return `the ${(0,errors/* providerLabel */.sQ)(provider)} panel (Stook -> Access Key Management)`;
}
/**
 * Stores the key pair: the access key first, then the secret key. If the
 * secret key cannot be written, the access key secret gets the old credential's
 * access key back (public and known), so the stored pair stays the old, working one.
 */
function storeKeyPairStep(store, target, pair) {
    return (0,rotation/* storeStep */.Kq)(store, `store the access key in ${store.describe(target.accessKeyName)}, then the secret key in ${store.describe(target.name)}`, () => {
        // named by credential, not by value: the store masks every value it writes
        const { id, accessKey, secretKey, old } = pair();
        const writes = [];
        if (accessKey !== undefined) {
            writes.push({
                name: target.accessKeyName,
                value: accessKey,
                what: `the access key of credential ${id}`,
                restore: old?.accessKey === undefined
                    ? undefined
                    : { value: old.accessKey, what: `the access key of credential ${old.id}` },
            });
        }
        writes.push({
            name: target.name,
            value: secretKey,
            what: `the secret key of credential ${id}`,
        });
        return writes;
    });
}
async function listCredentials(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, ['list the credentials']);
    const list = await credentials.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { credentials: list },
        rows: [['Credentials', String(list.length)]],
        tables: [credentialTable('Credentials', list)],
    };
}
async function getCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`read credential ${id}`]);
    return credentialReport(provider, await credentials.get(id));
}
/** create-credential: the secret key is masked when it arrives and stored when asked. */
async function createCredential(provider, ctx) {
    const { config, logger } = ctx;
    const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
    const store = (0,run_context/* secretStoreFor */.b)(ctx);
    const { credential } = config;
    const name = credential.name ?? '';
    let created;
    const state = (0,rotation/* rotationState */.yS)();
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'credential',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'create',
                plan: `create credential '${name}'`,
                newName: () => name,
                run: async () => {
                    created = await credentials.create({
                        name,
                        readOnly: credential.readOnly ?? false,
                        buckets: credential.buckets ?? [],
                        subfolder: credential.subfolder,
                    });
                    logger.info(`create-credential: created credential ${created.id} ('${created.name}')`);
                    return credentialSubject(created);
                },
            },
            ...(store
                ? [
                    secretKeyStep(provider.name, () => created, {
                        advice: () => `Read the secret key in ${panelHint(provider.name)} and store it yourself, or delete credential ${created.id} (delete-credential).`,
                    }),
                    storeKeyPairStep(store, config.githubSecret, () => ({
                        id: created.id,
                        accessKey: created.accessKey,
                        secretKey: created.secretKey,
                    })),
                ]
                : []),
        ],
        report: () => {
            const annotations = [];
            if (created.secretKey === undefined) {
                annotations.push({
                    level: 'warning',
                    message: `${(0,errors/* providerLabel */.sQ)(provider.name)} created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in ${panelHint(provider.name)}, or delete the credential and create it there.`,
                });
            }
            return credentialReport(provider, created, {
                created: true,
                annotations,
                storedIn: (0,rotation/* storedIn */.P3)(state),
            });
        },
    });
}
/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
async function updateCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`read credential ${id}`, 'replace its settings with the ones given']);
    }
    const current = await credentials.get(id);
    const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
    return credentialReport(provider, { ...current, ...definedOnly(updated) });
}
async function deleteCredential(provider, ctx) {
    const credentials = capabilityOf(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [`delete credential ${id}`]);
    const message = await credentials.delete(id);
    return {
        outputs: { 'credential-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id, message },
        rows: [
            ['Deleted credential', id],
            ['Message', message ?? '—'],
        ],
    };
}
function credentialReport(provider, credential, extra = {}) {
    const created = extra.created === true;
    const rows = [
        ['Credential', credential.id],
        ['Name', credential.name],
        ['Access key', credential.accessKey ?? '—'],
        ['Read-only', String(credential.readOnly)],
        ['Buckets', bucketNames(credential)],
        ['Subfolder', credential.subfolder || '—'],
    ];
    if (created) {
        rows.push([
            'Secret key',
            credential.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
        ]);
    }
    if (extra.storedIn && extra.storedIn.length > 0)
        rows.push(['Stored in', extra.storedIn.join(', ')]);
    return {
        outputs: {
            'credential-id': credential.id,
            'access-key': credential.accessKey ?? '',
            ...(created ? { 'secret-key': credential.secretKey ?? '' } : {}),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { credential, ...(extra.storedIn ? { storedIn: extra.storedIn } : {}) },
        rows,
        annotations: extra.annotations,
    };
}
function credentialTable(title, credentials) {
    return {
        title,
        header: ['Id', 'Name', 'Access key', 'Read-only', 'Buckets', 'Subfolder'],
        rows: credentials.map((credential) => [
            credential.id,
            credential.name,
            credential.accessKey ?? '',
            String(credential.readOnly),
            bucketNames(credential),
            credential.subfolder ?? '',
        ]),
    };
}
function bucketNames(credential) {
    return credential.buckets.map((bucket) => bucket.name ?? bucket.id).join(', ') || '—';
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== ''));
}

;// CONCATENATED MODULE: ./src/operations/rotate-credential.ts





/** A new credential may take a moment to show in `list`: read it this often before giving up. */
const VERIFY_ATTEMPTS = 3;
/** Pause between those reads (unscaled ms). */
const VERIFY_PAUSE_MS = 2_000;
/**
 * rotate-credential: read the old credential -> create the new one with its
 * settings -> check the answer carried the secret key (else delete the new one
 * again) -> verify the new one is listed with its access key -> store the pair
 * (when asked) -> delete the old one (when `delete-old`).
 */
async function rotateCredential(provider, ctx) {
    const { config, logger, timing } = ctx;
    const credentials = capabilityOf(provider, 'storageCredentials', config.operation);
    const store = (0,run_context/* secretStoreFor */.b)(ctx);
    const id = credentialId(config);
    let old;
    let settings;
    let created;
    /** as verified in the list: the create answer may lack it */
    let accessKey;
    const state = (0,rotation/* rotationState */.yS)({ id }, { verifies: true });
    const newName = config.credential.name ? ` '${config.credential.name}'` : '';
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'credential',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'read',
                plan: `read credential ${id}`,
                run: async () => {
                    // debug only until the new secret key is masked: nothing may be written before its mask
                    logger.debug(`rotate-credential: reading credential ${id}`);
                    old = await credentials.get(id);
                    settings = settingsFrom(config, old, (0,rotation/* rotatedName */.rd)(old.name, timing.now()));
                    return { id: old.id, name: old.name };
                },
            },
            {
                role: 'create',
                plan: `create a new credential${newName || ' (its name with a UTC timestamp suffix)'} with its settings`,
                newName: () => settings.name,
                run: async () => {
                    created = await credentials.create(settings);
                    accessKey = created.accessKey;
                    logger.info(`rotate-credential: created credential ${created.id} ('${created.name}')`);
                    return credentialSubject(created);
                },
            },
            secretKeyStep(provider.name, () => created, {
                compensate: async () => {
                    await credentials.delete(created.id);
                    logger.info(`rotate-credential: deleted the new credential ${created.id} again`);
                },
                advice: () => `Rotate this credential in ${panelHint(provider.name)} instead.`,
            }),
            {
                role: 'verify',
                plan: 'verify the new credential is listed with its access key',
                run: async (rotation) => {
                    accessKey = await verifyListed(credentials, created, ctx);
                    rotation.created = credentialSubject(created, accessKey);
                    logger.info(`rotate-credential: ${created.id} is listed with access key ${accessKey}`);
                },
            },
            ...(store
                ? [
                    storeKeyPairStep(store, config.githubSecret, () => ({
                        id: created.id,
                        accessKey,
                        secretKey: created.secretKey,
                        old,
                    })),
                ]
                : []),
            ...(config.deleteOld
                ? [
                    (0,rotation/* deleteOldStep */.LF)(`delete credential ${id}`, async () => {
                        await credentials.delete(id);
                        logger.info(`rotate-credential: deleted the old credential ${id}`);
                    }),
                ]
                : []),
        ],
        report: () => rotationReport(provider, state, { old, created, accessKey }, ctx),
    });
}
/** The new credential must be listed with the access key create gave (if it gave one). */
async function verifyListed(credentials, created, { timing }) {
    let seen;
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt++) {
        seen = (await credentials.list()).find((credential) => credential.id === created.id);
        const accessKey = seen?.accessKey;
        if (accessKey !== undefined && (created.accessKey ?? accessKey) === accessKey)
            return accessKey;
        if (attempt < VERIFY_ATTEMPTS)
            await timing.sleep(VERIFY_PAUSE_MS * timing.scale);
    }
    throw new errors/* VerificationError */.mk(seen
        ? `credential ${created.id} is listed with access key ${seen.accessKey ?? '(none)'}, not ${created.accessKey}`
        : `credential ${created.id} is not in the credential list after ${VERIFY_ATTEMPTS} reads`);
}
function rotationReport(provider, state, { old, created, accessKey, }, { config }) {
    const stored = (0,rotation/* storedIn */.P3)(state);
    const oldState = state.oldDeleted
        ? 'deleted'
        : config.deleteOld
            ? 'not deleted'
            : 'kept (delete-old: false)';
    return {
        outputs: {
            'credential-id': created.id,
            'access-key': accessKey ?? '',
            'secret-key': created.secretKey ?? '',
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: {
            old: { id: old.id, name: old.name, deleted: state.oldDeleted },
            new: { ...created, accessKey, verified: state.verified === true },
            storedIn: stored,
        },
        rows: [
            ['Old credential', `${old.id} (${old.name}): ${oldState}`],
            ['New credential', `${created.id} (${created.name})`],
            ['Access key', accessKey ?? '—'],
            [
                'Secret key',
                created.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
            ],
            ['Verified', state.verified ? 'yes: listed with its access key' : 'no'],
            ['Stored in', stored.join(', ') || '—'],
        ],
    };
}

;// CONCATENATED MODULE: ./src/operations/rotate-token.ts






/**
 * rotate-token: read the old token -> check the token limit -> create the new
 * one (same role, new expiry) -> verify it with a call sent with it -> store it
 * (when `secret-name` is set) -> delete the old one (when `delete-old`).
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
async function rotateToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = capabilityOf(provider, 'tokens', config.operation);
    const oldId = oldTokenId(tokens, ctx);
    const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
    const now = ctx.timing.now();
    const expiresAt = (0,token_dates/* expiryFrom */.KN)(config.token.expiresInDays, now);
    const store = (0,run_context/* secretStoreFor */.b)(ctx);
    let old;
    let spec;
    let created;
    let count = 0;
    const state = (0,rotation/* rotationState */.yS)({ id: oldId }, { verifies: true });
    return (0,rotation/* runRotation */.qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'read',
                plan: `read token ${oldId}`,
                run: async () => {
                    old = await tokens.get(oldId);
                    const role = roleOverride ?? old.role;
                    if (!role) {
                        throw new errors/* ProviderError */.mZ(provider.name, `the answer does not say which role token ${oldId} has, so it cannot be copied: set 'role'`);
                    }
                    spec = {
                        name: config.credential.name ?? (0,rotation/* rotatedName */.rd)(old.name, now),
                        description: old.description,
                        role,
                        expiresAt,
                    };
                    return { id: old.id, name: old.name };
                },
            },
            tokenLimitStep(tokens, (counted) => {
                count = counted;
            }),
            {
                role: 'create',
                plan: `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
                newName: () => spec.name,
                run: async () => {
                    created = await tokens.create(spec);
                    logger.info(`Created token ${created.token.id} '${created.token.name}' (${spec.role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`);
                    return { id: created.token.id, name: created.token.name };
                },
            },
            {
                role: 'verify',
                plan: 'verify the new token with a request sent with it',
                run: async () => {
                    await tokens.verify(created.secret);
                    logger.info(`Verified token ${created.token.id}: a request sent with it was accepted.`);
                },
            },
            ...(store ? [storeTokenStep(store, config.githubSecret.name, () => created)] : []),
            ...(config.deleteOld
                ? [
                    (0,rotation/* deleteOldStep */.LF)(`delete token ${oldId}`, async () => {
                        await tokens.delete(oldId);
                        logger.info(`Deleted the old token ${oldId}.`);
                    }),
                ]
                : []),
        ],
        report: () => rotate_token_rotationReport(state, { old, spec, created, count, max: tokens.maxTokens, provider, ctx }),
    });
}
/** `token-id`, or the id inside `api-token` (`<id>$…` / `<id>_…`). */
function oldTokenId(tokens, ctx) {
    const { token, credentials } = ctx.config;
    const id = token.id ?? (credentials.apiToken ? tokens.tokenIdOf(credentials.apiToken) : undefined);
    if (!id) {
        throw new errors/* InputError */.dz('token-id', "is required for 'rotate-token' unless 'api-token' is the token to rotate");
    }
    return id;
}
function rotate_token_rotationReport(state, facts) {
    const { old, spec, created, count, max, provider, ctx } = facts;
    const { config } = ctx;
    const stored = tokenStoredIn(state);
    const deleted = state.oldDeleted;
    return {
        outputs: newTokenOutputs(created, provider),
        result: {
            oldTokenId: old.id,
            newTokenId: created.token.id,
            name: created.token.name,
            role: spec.role,
            expiresAt: spec.expiresAt,
            verified: state.verified === true,
            stored,
            oldDeleted: deleted,
        },
        rows: [
            ['Old token', `${old.id} '${old.name}'`],
            ['Tokens before', `${count} of at most ${max}`],
            ['New token', `${created.token.id} '${created.token.name}'`],
            ['Role', created.token.role?.name ?? spec.role.name],
            ['Expires at', created.token.expiresAt ?? spec.expiresAt ?? 'never'],
            ['Verified', state.verified ? 'yes: a request sent with the new token was accepted' : 'no'],
            [
                'Stored in',
                stored ?? (config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
            ],
            ['Old token deleted', deleted ? 'yes' : config.deleteOld ? 'no' : "no ('delete-old: false')"],
        ],
        annotations: stored === null && deleted
            ? [
                {
                    level: 'warning',
                    message: `The old token ${old.id} is deleted and the new token ${created.token.id} exists only in this step's masked 'api-token' output: set 'secret-name' to store it.`,
                },
            ]
            : [],
    };
}

;// CONCATENATED MODULE: ./src/operations/status.ts


/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
async function purgeStatus(provider, ctx) {
    const { config } = ctx;
    if (config.dryRun) {
        return (0,operations_plan/* plannedSteps */.iM)(ctx, [
            `read the state of ${provider.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
        ]);
    }
    const resource = await provider.cdn.resolveResource();
    const { status, tasks, table } = config.wait
        ? await waitForTasks(provider.cdn, config.taskIds, resource, 'purge', ctx, { strict: true })
        : await provider.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
            status: overallState(found),
            tasks: found,
            table: taskTable(found),
        }));
    return {
        outputs: {
            status,
            'task-ids': tasks.map((task) => task.id).join(','),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { status, tasks },
        rows: [
            ['Resource', resource.id],
            ['Tasks', String(tasks.length)],
            ['Status', status],
        ],
        tables: [table],
        failure: status === 'failed'
            ? 'One or more purge tasks failed: see the summary for each task.'
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/operations/run.ts










/** Every operation's runner (certificate operations load their own chunk): a missing one fails the typecheck, not a run. */
const RUNNERS = {
    login: login,
    purge: (provider, ctx) => purgeOrPrefetch('purge', provider, ctx),
    prefetch: (provider, ctx) => purgeOrPrefetch('prefetch', provider, ctx),
    'purge-status': purgeStatus,
    'list-credentials': listCredentials,
    'get-credential': getCredential,
    'create-credential': createCredential,
    'update-credential': updateCredential,
    'delete-credential': deleteCredential,
    'rotate-credential': rotateCredential,
    'list-tokens': listTokens,
    'create-token': createToken,
    'delete-token': deleteToken,
    'rotate-token': rotateToken,
    'check-token': checkToken,
};
/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
async function runOperation(ctx) {
    const { operation } = ctx.config;
    if ((0,catalog/* isCertificateOperation */.b$)(operation)) {
        const { runCertificateOperation } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 6333));
        return runCertificateOperation(ctx);
    }
    const provider = (0,create_provider/* createProvider */.Q)(ctx);
    try {
        return await RUNNERS[operation](provider, ctx);
    }
    finally {
        provider.http.dispose();
    }
}


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   KN: () => (/* binding */ expiryFrom),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   wf: () => (/* binding */ expiryLevel)
/* harmony export */ });
/* unused harmony export EXPIRY_ERROR_DAYS */
/** Dates of API tokens: pure, so expiry rules are tested with fixed clocks. */
const DAY_MS = 86_400_000;
/** A token this close to expiry is an error, not a warning (Gcore's portal warns at 7 days and 1 day). */
const EXPIRY_ERROR_DAYS = 1;
/** The expiry of a token created now: `days` from now (ISO 8601 UTC, whole seconds), or null. */
function expiryFrom(days, nowMs) {
    if (days === 'never')
        return null;
    return new Date(Math.floor((nowMs + days * DAY_MS) / 1000) * 1000).toISOString();
}
/** Whole days until `expiresAt` (rounded down, 0 once expired); undefined for never or unreadable. */
function daysLeft(expiresAt, nowMs) {
    const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, Math.floor((at - nowMs) / DAY_MS));
}
/**
 * How urgent a token's expiry is: expired, within a day (error), within
 * `warnDays` (warning), later (ok), never, or an expiry that cannot be read.
 */
function expiryLevel(token, nowMs, warnDays) {
    if (token.expired)
        return 'expired';
    if (token.expiresAt === null)
        return 'never';
    const at = Date.parse(token.expiresAt);
    if (Number.isNaN(at))
        return 'unknown';
    const left = at - nowMs;
    if (left <= 0)
        return 'expired';
    if (left <= EXPIRY_ERROR_DAYS * DAY_MS)
        return 'error';
    if (left <= warnDays * DAY_MS)
        return 'warning';
    return 'ok';
}


/***/ }),

/***/ 3809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ENDPOINTS)
/* harmony export */ });
/** Every CDNetworks path cdnkit calls, in one place so they are easy to correct. */
const ENDPOINTS = {
    purge: '/ccm/purge/ItemIdReceiver',
    purgeStatus: '/ccm/purge/ItemIdQuery',
    prefetch: '/ccm/fetch/ItemIdReceiver',
    prefetchStatus: '/ccm/fetch/ItemIdQuery',
    quota: '/ccm/purge/quota',
};


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ pollIntervalMs),
/* harmony export */   CH: () => (/* binding */ MAX_URLS_PER_PREFETCH),
/* harmony export */   PV: () => (/* binding */ CDNETWORKS_BASE_URL),
/* harmony export */   Wg: () => (/* binding */ THROTTLE_STATUSES),
/* harmony export */   YU: () => (/* binding */ MAX_ITEMS_PER_PURGE),
/* harmony export */   dX: () => (/* binding */ DEFAULT_DAILY_QUOTA),
/* harmony export */   hX: () => (/* binding */ endpointLimit),
/* harmony export */   jo: () => (/* binding */ accountLimit),
/* harmony export */   nJ: () => (/* binding */ STATUS_PAGE_SIZE),
/* harmony export */   oE: () => (/* binding */ MAX_DIR_LENGTH),
/* harmony export */   qL: () => (/* binding */ THROTTLE_BACKOFF)
/* harmony export */ });
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3809);

/** CDNetworks' published per-call and per-account limits (documents.cdnetworks.com: API introduction, Content Management API pages). */
const CDNETWORKS_BASE_URL = 'https://api.cdnetworks.com';
/** One purge call carries at most 500 `urls` and `dirs` together. */
const MAX_ITEMS_PER_PURGE = 500;
const MAX_URLS_PER_PREFETCH = 400;
/** `dirs` entries are at most 1000 characters (URLs: 2000, checked for every provider). */
const MAX_DIR_LENGTH = 1000;
/** Entries per page when reading a task's status. */
const STATUS_PAGE_SIZE = 50;
/**
 * Default daily purge quota per account (cdnetworks.md, "Purge": 5,000 URLs and
 * 500 dirs, adjustable by CDNetworks); `check-quota` reads what is left.
 */
const DEFAULT_DAILY_QUOTA = { urls: 5000, prefixes: 500 };
/** Five minutes plus 10 s of margin for clock skew and latency between us and CDNetworks. */
const FIVE_MINUTES = 310_000;
/** 300 API requests per 5 minutes per account, whatever the endpoint. */
const accountLimit = (account) => ({
    key: `cdnetworks:account:${account}`,
    requests: 300,
    windowMs: FIVE_MINUTES,
});
/**
 * Calls per user per 5 minutes, by interface, from each API page's "single
 * user call frequency" (documents.cdnetworks.com, Content Management API:
 * Purge, QueryPurgeStatus, QueryPrefetchStatus). They are stricter than the
 * seed's general "30 per 5 minutes per interface", which holds for the rest.
 */
const CALLS_PER_WINDOW = {
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.purge]: 10,
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.purgeStatus]: 10,
    [_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINTS */ .H.prefetchStatus]: 1,
};
const DEFAULT_CALLS_PER_WINDOW = 30;
/** The limit of one interface (path) for one account. */
const endpointLimit = (account, path) => ({
    key: `cdnetworks:endpoint:${account}:${path}`,
    requests: CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW,
    windowMs: FIVE_MINUTES,
});
/** 429, and 446 `WPLUS_AccountApiTooFrequence`: both mean "slow down". */
const THROTTLE_STATUSES = [429, 446];
/** A throttled account waits for its 5-minute window to move: tens of seconds at least. */
const THROTTLE_BACKOFF = { floorMs: 20_000, baseMs: 40_000, capMs: 120_000 };
/**
 * How often `wait` polls a kind of task: no faster than its status interface
 * allows one read (purge status 10, prefetch status 1 per 5 minutes). Pacing
 * still spaces the reads when a poll needs several.
 */
const pollIntervalMs = (path) => Math.ceil(FIVE_MINUTES / (CALLS_PER_WINDOW[path] ?? DEFAULT_CALLS_PER_WINDOW));


/***/ }),

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(1944);
;// CONCATENATED MODULE: ./src/providers/http.ts

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
function providerHttpClient(ctx, protocol) {
    const { config } = ctx;
    return new client/* HttpClient */.Qq({
        protocol,
        baseUrl: config.apiUrl,
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
        timing: ctx.timing,
        pacer: ctx.pacer,
        logger: ctx.logger,
        secrets: ctx.secrets,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/sign.ts
/**
 * CDNetworks request signing, both methods, as pure functions of their inputs
 * (documents.cdnetworks.com authentication pages; the official Go SDK
 * cdnetworks-api/cdnetworks-sdk-go, common/auth/aksk_auth.go): the caller
 * supplies the clock and the exact body bytes.
 */

const AKSK_ALGORITHM = 'CNC-HMAC-SHA256';
const SIGNED_HEADERS = 'content-type;host';
/** RFC 1123 date with English names and a literal GMT, as API-Key auth signs it. */
function rfc1123Date(nowMs) {
    return new Date(nowMs).toUTCString();
}
/** API-Key auth: `Date` plus `Authorization: Basic base64(username:base64(HMAC-SHA1(key, date)))`. */
function apiKeyAuthorization(username, apiKey, date) {
    const password = (0,external_node_crypto_.createHmac)('sha1', apiKey).update(date, 'utf8').digest('base64');
    const basicCredential = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return {
        headers: { date, authorization: `Basic ${basicCredential}` },
        password,
        basicCredential,
    };
}
/** Lowercase hex SHA-256 of the body bytes; the empty body for GET and for none. */
function payloadHash(method, body) {
    const bytes = method.toUpperCase() === 'GET' || body === undefined ? '' : body;
    return sha256Hex(bytes);
}
/** Empty for POST; otherwise the raw query percent-decoded, in the order sent. */
function canonicalQuery(method, url) {
    if (method.toUpperCase() === 'POST')
        return '';
    const raw = url.search.replace(/^\?/, '');
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
}
/** The canonical request: six lines, the canonical headers ending in their own newline. */
function canonicalRequest(request) {
    const headers = `content-type:${request.contentType.trim().toLowerCase()}\n` +
        `host:${request.url.host.toLowerCase()}\n`;
    return [
        request.method.toUpperCase(),
        request.url.pathname,
        canonicalQuery(request.method, request.url),
        headers,
        SIGNED_HEADERS,
        payloadHash(request.method, request.body),
    ].join('\n');
}
function stringToSign(timestamp, canonical) {
    return `${AKSK_ALGORITHM}\n${timestamp}\n${sha256Hex(canonical)}`;
}
/** AK/SK auth: HMAC-SHA256 with the secret key itself (no derived key chain). */
function akskAuthorization(accessKey, secretKey, nowMs, request) {
    const timestamp = String(Math.floor(nowMs / 1000));
    const signature = (0,external_node_crypto_.createHmac)('sha256', secretKey)
        .update(stringToSign(timestamp, canonicalRequest(request)), 'utf8')
        .digest('hex');
    return {
        signature,
        headers: {
            'x-cnc-accessKey': accessKey,
            'x-cnc-timestamp': timestamp,
            'x-cnc-auth-method': 'AKSK',
            host: request.url.host,
            'content-type': request.contentType,
            authorization: `${AKSK_ALGORITHM} Credential=${accessKey}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`,
        },
    };
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/auth.ts



const JSON_CONTENT_TYPE = 'application/json';
/**
 * The per-attempt signer for the configured auth method. Each signature (and
 * the Basic password) is a secret good for one request: it is registered
 * (addOneTime) before the request leaves.
 */
function requestSigner(credentials, secrets) {
    const { apiKey, apiSecret, username } = credentials;
    if (apiKey === undefined)
        throw new errors/* InputError */.dz('api-key', 'is required for CDNetworks');
    if (credentials.authMethod === 'aksk') {
        if (apiSecret === undefined)
            throw new errors/* InputError */.dz('api-secret', "is required with auth-method 'aksk'");
        return {
            authorize: (request) => {
                const { headers, signature } = akskAuthorization(apiKey, apiSecret, request.signedAt, {
                    method: request.method,
                    url: request.url,
                    body: request.body,
                    contentType: request.headers['content-type'] ?? JSON_CONTENT_TYPE,
                });
                secrets.addOneTime(signature);
                return headers;
            },
            tickMs: 1000,
        };
    }
    if (username === undefined)
        throw new errors/* InputError */.dz('username', "is required with auth-method 'api-key'");
    return {
        authorize: (request) => {
            const { headers, password, basicCredential } = apiKeyAuthorization(username, apiKey, rfc1123Date(request.signedAt));
            secrets.addOneTime(password);
            secrets.addOneTime(basicCredential);
            return headers;
        },
    };
}
/**
 * The account the rate limits count against: the access key or the username,
 * hashed so that no credential ends up in a pacing key.
 */
function accountKey(credentials) {
    const id = credentials.authMethod === 'aksk'
        ? `ak:${credentials.apiKey ?? ''}`
        : `user:${credentials.username ?? ''}`;
    return (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/providers/cdnetworks/endpoints.ts
var endpoints = __webpack_require__(3809);
// EXTERNAL MODULE: ./src/providers/cdnetworks/limits.ts
var cdnetworks_limits = __webpack_require__(4787);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/protocol.ts

/**
 * CDNetworks errors: `{ code, message }` with a 4xx status, or a 200 answer
 * whose `Code` is 0 with the reason in `Message`. The code (`NoSuchDomain`,
 * `WPLUS_AccountApiTooFrequence`…) is what support asks for, so it is shown.
 */
function cdnetworksErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    const code = nonEmpty(record.code);
    const message = nonEmpty(record.message) ?? nonEmpty(record.Message);
    if (message === undefined)
        return code === undefined ? {} : { message: code, code };
    return { message: code === undefined ? message : `${message} (${code})`, code };
}
/** `Code` 0 (number or string) in a 200 answer is a failure. */
function cdnetworksFailureIn(body) {
    if (typeof body !== 'object' || body === null)
        return false;
    const code = body.Code;
    return code === 0 || code === '0';
}
/** `Code` 1 (number or string) is success. */
function isSuccessCode(code) {
    return code === 1 || code === '1';
}
const cdnetworksProtocol = {
    provider: 'cdnetworks',
    baseUrl: cdnetworks_limits/* CDNETWORKS_BASE_URL */.PV,
    requestIdHeaders: ['x-cnc-request-id'],
    errorMessage: cdnetworksErrorMessage,
    failureIn: cdnetworksFailureIn,
    throttleStatuses: cdnetworks_limits/* THROTTLE_STATUSES */.Wg,
    throttleBackoff: cdnetworks_limits/* THROTTLE_BACKOFF */.qL,
};
function nonEmpty(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/quota.ts

/** CDNetworks' daily purge quota, as `POST /ccm/purge/quota` reports it (numbers, or strings of digits). */
const QUOTA = (0,http_shape/* object */.Ik)({
    urlQuota: http_shape/* numeric */.sH,
    remainingUrlQuota: http_shape/* numeric */.sH,
    dirQuota: http_shape/* numeric */.sH,
    remainingDirQuota: http_shape/* numeric */.sH,
});

// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __webpack_require__(5851);
// EXTERNAL MODULE: ./src/targets/url.ts
var targets_url = __webpack_require__(6591);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/targets.ts





const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/**
 * The domains `resource` names: hostnames (or `https://host/`), comma-separated.
 * CDNetworks purges by full URL, so the domain is only needed for bare paths and purge-all.
 */
function parseDomains(resource) {
    if (resource === undefined)
        return [];
    const domains = resource
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .map((entry) => {
        // an IDN (bücher.example) in its ASCII form, as the URLs' hosts are
        const host = /^https?:\/\//i.test(entry) ? hostOfRoot(entry) : (0,hostnames/* asciiHostname */.r)(entry);
        if (host === undefined || !HOSTNAME.test(host)) {
            throw new errors/* InputError */.dz('resource', `'${entry.slice(0, 80)}' is not a domain; give the CDN hostname(s), e.g. cdn.example.com, comma-separated`);
        }
        return host;
    });
    return [...new Set(domains)];
}
/**
 * urls -> `urls`, prefixes -> `dirs`, purge-all -> the root dir of every domain.
 * Dirs take the documented form, which "must start with 'http://domain name/'
 * and end with '/'" (cdnetworks-sdk-go cacherefresh/models.go PurgeRequest.Dirs).
 */
function purgeItems(targets, domains) {
    if (targets.purgeAll) {
        if (domains.length === 0) {
            throw new errors/* InputError */.dz('resource', 'is required for purge-all on CDNetworks: name the domain(s) to purge entirely, comma-separated');
        }
        return domains.map((domain) => {
            const root = `http://${domain}/`;
            return { kind: 'dir', value: root, original: root };
        });
    }
    return [
        ...targets.urls.map((url) => ({ kind: 'url', value: fullUrl(url, domains, 'urls'), original: url })),
        ...targets.prefixes.map((prefix) => ({ kind: 'dir', value: toDir(prefix, domains), original: prefix })),
    ];
}
/** A full URL; a bare path is put on the one domain `resource` names. */
function fullUrl(target, domains, input) {
    if (!target.startsWith('/'))
        return target;
    if (domains.length !== 1) {
        throw new errors/* InputError */.dz('resource', domains.length === 0
            ? `is required for paths without a host such as '${(0,src_text/* preview */.VH)(target)}' (input '${input}'): set it to the domain, e.g. cdn.example.com, or give full URLs`
            : `names ${domains.length} domains, so '${(0,src_text/* preview */.VH)(target)}' (input '${input}') is ambiguous: give full URLs, or one domain`);
    }
    const url = `https://${domains[0]}${target}`;
    if (url.length > targets_url/* MAX_URL_LENGTH */.m2) {
        throw new errors/* InputError */.dz(input, `'${(0,src_text/* preview */.VH)(target)}' becomes ${url.length} characters with its domain; at most ${targets_url/* MAX_URL_LENGTH */.m2} are allowed`);
    }
    return url;
}
/** A directory to purge: `/images/*` and `/images/` both become `http://<domain>/images/`. */
function toDir(prefix, domains) {
    const url = fullUrl(prefix, domains, 'prefixes').replace(/^https?:\/\//i, 'http://');
    const dir = url.endsWith('/*') ? url.slice(0, -1) : url;
    if (dir.includes('*')) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}': CDNetworks purges whole directories, not wildcard patterns; use '/dir/' or '/dir/*'`);
    }
    if (!dir.endsWith('/')) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}' must end in '/' or '/*': CDNetworks purges directories`);
    }
    if (dir.length > cdnetworks_limits/* MAX_DIR_LENGTH */.oE) {
        throw new errors/* InputError */.dz('prefixes', `'${(0,src_text/* preview */.VH)(prefix)}' is ${dir.length} characters as a directory URL; at most ${cdnetworks_limits/* MAX_DIR_LENGTH */.oE} are allowed`);
    }
    return dir;
}
function hostOfRoot(entry) {
    try {
        const url = new URL(entry);
        return url.pathname === '/' && !url.search && !url.port ? url.hostname : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __webpack_require__(9164);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/tasks.ts



/** One URL or directory of a task, as ItemIdQuery lists it. */
const RESULT_DETAIL = (0,http_shape/* object */.Ik)({ url: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), status: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), isDir: http_shape/* unknown */.L5 });
/** An ItemIdQuery answer: the task's size and one page of its entries. */
const QUERY_ANSWER = (0,http_shape/* object */.Ik)({
    count: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape/* numeric */.sH, http_shape/* string */.Yj)),
    resultDetail: (0,http_shape/* optional */.lq)((0,http_shape/* array */.YO)(RESULT_DETAIL)),
});
/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES = {
    success: 'done',
    failure: 'failed',
    wait: 'pending',
    run: 'pending',
};
function entryState(entry) {
    return (0,http_shape/* lookup */.$I)(ENTRY_STATES, entry.status) ?? 'pending';
}
/**
 * A task is done when every entry succeeded, failed when any failed, else
 * pending. `entries` may be the first pages only (`count` is the task's size):
 * enough to know that it is not done yet.
 */
function taskStatusOf(id, entries, count = entries.length) {
    if (entries.length === 0)
        return { id, state: 'pending', detail: 'not listed by CDNetworks yet' };
    const total = Math.max(count, entries.length);
    const failed = entries.filter((entry) => entryState(entry) === 'failed');
    if (failed.length > 0) {
        const atLeast = entries.length < total ? 'at least ' : '';
        const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
        return {
            id,
            state: 'failed',
            detail: `${atLeast}${failed.length} of ${total} failed${example}`,
        };
    }
    if (entries.length < total)
        return { id, state: 'pending', detail: `in progress (${total} entries)` };
    const done = entries.filter((entry) => entryState(entry) === 'done').length;
    return {
        id,
        state: done === total ? 'done' : 'pending',
        detail: `${done} of ${total} finished`,
    };
}
/** A task holds at most this many entries (500 urls + dirs a call), so this many pages. */
const MAX_STATUS_PAGES = Math.ceil(cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU / cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ) + 1;
/**
 * A task's state in as few reads as the status interfaces' small budgets
 * allow. The first page (with `count`) settles a small task, or one not done
 * yet. A larger task whose first page finished is counted instead of read in
 * full: entries with `status: success`, then `failure` (the documented filter,
 * cdnetworks-sdk-go cacherefresh/models.go GetPurgeStatusRequest.Status). Should
 * an answer show the filter was ignored, the remaining pages are read.
 */
async function readTaskStatus(itemId, query) {
    const first = page(await query({ itemId, pageNo: 1, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }));
    const count = first.count ?? first.entries.length;
    if (first.entries.length >= count ||
        first.entries.some((entry) => entryState(entry) !== 'done')) {
        return taskStatusOf(itemId, first.entries, count);
    }
    const succeeded = await countOf(itemId, 'success', query);
    if (succeeded !== undefined) {
        if (succeeded.count >= count)
            return { id: itemId, state: 'done', detail: `${count} of ${count} finished` };
        const failed = await countOf(itemId, 'failure', query);
        if (failed !== undefined) {
            if (failed.count === 0)
                return {
                    id: itemId,
                    state: 'pending',
                    detail: `${succeeded.count} of ${count} finished`,
                };
            const example = failed.example ? `, e.g. ${failed.example}` : '';
            return {
                id: itemId,
                state: 'failed',
                detail: `${failed.count} of ${count} failed${example}`,
            };
        }
    }
    return readAllPages(itemId, first.entries, count, query);
}
/** How many entries have `status`, or undefined when the answer ignored the filter. */
async function countOf(itemId, status, query) {
    const answer = page(await query({ itemId, pageNo: 1, pageSize: 1, status }));
    const [entry] = answer.entries;
    if (answer.count === undefined || (entry && entry.status !== status))
        return undefined;
    return { count: answer.count, example: entry?.url };
}
/** Pages 2… (readPages), until the task's `count`, a page with an unfinished entry, or a repeat. */
async function readAllPages(itemId, firstPage, count, query) {
    let index = 0;
    const list = await (0,pages/* readPages */.n)(async (pageNo) => {
        // page 1 is in hand already
        if (pageNo === 1)
            return { items: firstPage, total: count };
        const { entries } = page(await query({ itemId, pageNo, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }));
        return { items: entries, total: count };
    }, 
    // a task lists each URL or directory once: a page of the same entries is a repeat
    (entry) => (entry.url === undefined ? `entry ${index++}` : `${entry.url} ${entry.status}`), { maxPages: MAX_STATUS_PAGES, maxItems: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, pageSize: cdnetworks_limits/* STATUS_PAGE_SIZE */.nJ }, (entries) => entries.some((entry) => entryState(entry) !== 'done'));
    return taskStatusOf(itemId, list.items, count);
}
/** An ItemIdQuery answer read through its shape (the status query's answer is unknown until here). */
function page(body) {
    const { count, resultDetail } = (0,http_shape/* readShape */._f)(QUERY_ANSWER, body);
    const total = Number(count);
    return {
        entries: resultDetail ?? [],
        count: count === undefined || !Number.isFinite(total) ? undefined : total,
    };
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/time-model.ts


/**
 * CDNetworks purges of one account: one call carries up to 500 `urls` and
 * `dirs` together, except with `purge-action: delete`, where dirs travel in
 * calls of their own (cdn.ts), so a refused dir delete cannot take URLs down.
 * Every call counts against the purge interface (10 per 5 minutes) and the
 * account (300 per 5 minutes): the windows of limits.ts, which the client sends with.
 */
function cdnetworksPurgeModel(account, purgeAction) {
    const limits = [(0,cdnetworks_limits/* accountLimit */.jo)(account), (0,cdnetworks_limits/* endpointLimit */.hX)(account, endpoints/* ENDPOINTS */.H.purge)];
    return {
        provider: 'cdnetworks',
        byUrl: { name: 'purge URLs', itemsPerRequest: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, limits },
        byPrefix: { name: 'purge dirs', itemsPerRequest: cdnetworks_limits/* MAX_ITEMS_PER_PURGE */.YU, limits },
        mixed: purgeAction !== 'delete',
        dailyQuota: cdnetworks_limits/* DEFAULT_DAILY_QUOTA */.dX,
        prefix: {
            // a directory purge refreshes every file below it (documents.cdnetworks.com/document/15915)
            write: (directory) => directory,
            accepts: (directory) => !directory.includes('*') && directory.length <= cdnetworks_limits/* MAX_DIR_LENGTH */.oE,
        },
        sources: [
            'cdnetworks.md: 500 urls + dirs per purge call',
            'cdnetworks.md: purge calls 10 per 5 minutes per user; 300 API calls per 5 minutes per account',
            'cdnetworks.md: default daily quota 5,000 URLs and 500 dirs (check-quota reads what is left)',
            'windows are 310 s: five minutes plus 10 s of margin (src/providers/cdnetworks/limits.ts)',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/cdn.ts










/** The purge and prefetch answer: `Code` 1 and the task's `itemId`, or `Code` 0 and why. */
const RECEIVER_ANSWER = (0,http_shape/* object */.Ik)({
    Code: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape/* number */.ai, http_shape/* string */.Yj)),
    Message: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    itemId: (0,http_shape/* optional */.lq)((0,http_shape/* either */.gP)(http_shape.id, (0,http_shape/* map */.Tj)((0,http_shape/* word */.Vm)(['']), () => undefined))),
});
/** The permission `dirAction: delete` needs, as a refusal of it is explained. */
const DIR_DELETE_HINT = "Directory delete (dirAction 'delete') needs a permission CDNetworks does not open by default: ask CDNetworks support to enable it, or use purge-action 'expire' or 'default' for prefixes";
/** Purge, prefetch, task status and quota of one CDNetworks account. */
class CdnetworksCdn {
    http;
    options;
    pollIntervalMs = (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.purgeStatus);
    statusPace = {
        purge: { intervalMs: (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.purgeStatus) },
        prefetch: {
            intervalMs: (0,cdnetworks_limits/* pollIntervalMs */.Bg)(endpoints/* ENDPOINTS */.H.prefetchStatus),
            note: "CDNetworks lets a prefetch's status be read once every 5 minutes",
        },
    };
    settled = new Map();
    constructor(http, options) {
        this.http = http;
        this.options = options;
    }
    /** CDNetworks purges by full URL: there is nothing to look up. */
    resolveResource() {
        return Promise.resolve(this.unresolvedResource());
    }
    unresolvedResource() {
        return { id: this.options.domains.join(', ') || 'domains of the URLs' };
    }
    /** Purge calls take their batch size and windows from the time model the planner uses. */
    purgeModel(_resource) {
        return cdnetworksPurgeModel(this.options.account, this.options.purgeAction);
    }
    /** CDNetworks purges full URLs: a bare path goes on the one domain `resource` names. */
    purgeKey(target, _resource) {
        try {
            return fullUrl(target, this.options.domains, 'urls');
        }
        catch {
            return undefined;
        }
    }
    /**
     * At most 500 urls and dirs a call. With `purge-action: delete` dirs go in
     * calls of their own: their delete needs a permission that is off by
     * default, and a refused dir call must not take URLs down with it.
     */
    planPurge(targets, resource) {
        const model = this.purgeModel(resource);
        const items = purgeItems(targets, this.options.domains);
        const groups = model.mixed
            ? [items]
            : [items.filter((item) => item.kind === 'url'), items.filter((item) => item.kind === 'dir')];
        return groups.flatMap((group) => (0,list/* batch */.vA)(group, model.byUrl.itemsPerRequest).map((chunk) => this.purgeRequest(chunk, model)));
    }
    purgeRequest(chunk, model) {
        const action = this.options.purgeAction;
        const urls = chunk.filter((item) => item.kind === 'url').map((item) => item.value);
        const dirs = chunk.filter((item) => item.kind === 'dir').map((item) => item.value);
        const body = {
            ...(urls.length > 0 ? { urls, urlAction: action } : {}),
            ...(dirs.length > 0 ? { dirs, dirAction: action } : {}),
        };
        return {
            kind: urls.length === 0
                ? model.byPrefix.name
                : dirs.length === 0
                    ? model.byUrl.name
                    : 'purge URLs and dirs',
            method: 'POST',
            path: endpoints/* ENDPOINTS */.H.purge,
            body,
            items: chunk.map((item) => item.original),
            // the same windows as this.limits(ENDPOINTS.purge): the purge interface and the account
            limits: model.byUrl.limits,
        };
    }
    planPrefetch(urls, _resource) {
        const full = urls.map((url) => fullUrl(url, this.options.domains, 'urls'));
        return (0,list/* batch */.vA)(full.map((url, i) => [url, urls[i]]), cdnetworks_limits/* MAX_URLS_PER_PREFETCH */.CH).map((chunk) => ({
            kind: 'prefetch',
            method: 'POST',
            path: endpoints/* ENDPOINTS */.H.prefetch,
            body: { urls: chunk.map(([url]) => url), isRange: 0 },
            items: chunk.map(([, original]) => original),
            limits: this.limits(endpoints/* ENDPOINTS */.H.prefetch),
        }));
    }
    /**
     * With `check-quota`: what the daily purge quota has left, read before the
     * purge is planned (the plan must fit it); undefined without `check-quota`.
     */
    async remainingQuota() {
        if (!this.options.checkQuota)
            return undefined;
        const { body: quota } = await this.post(endpoints/* ENDPOINTS */.H.quota, {}, QUOTA);
        return {
            urls: quota.remainingUrlQuota,
            prefixes: quota.remainingDirQuota,
            dailyUrls: quota.urlQuota,
            dailyPrefixes: quota.dirQuota,
        };
    }
    async send(request) {
        let response;
        try {
            response = await this.post(request.path, request.body, RECEIVER_ANSWER, request.limits);
        }
        catch (error) {
            throw withDirDeleteHint(error, request);
        }
        const { Code, Message, itemId } = response.body;
        if (!isSuccessCode(Code)) {
            const said = Message ? `: ${Message}` : '';
            throw withDirDeleteHint(this.error(response, request.path, `answered Code ${String(Code)}${said}`), request);
        }
        return { taskIds: itemId === undefined ? [] : [itemId], attempts: response.attempts };
    }
    /**
     * Done and failed tasks stay so: they are read once, which spares the
     * status interfaces' budgets (10 purge and 1 prefetch status reads per 5 minutes).
     */
    async taskStatus(taskIds, _resource, kind, options = {}) {
        const path = kind === 'purge' ? endpoints/* ENDPOINTS */.H.purgeStatus : endpoints/* ENDPOINTS */.H.prefetchStatus;
        const query = async (body) => (await this.http.request({
            method: 'POST',
            path,
            body,
            limits: this.limits(path),
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
            deadline: options.deadline,
            shape: QUERY_ANSWER,
        })).body;
        const statuses = [];
        for (const id of taskIds) {
            const key = `${kind}:${id}`;
            const status = this.settled.get(key) ?? (await readTaskStatus(id, query));
            if (status.state !== 'pending')
                this.settled.set(key, status);
            statuses.push(status);
        }
        return statuses;
    }
    post(path, body, shape, limits = this.limits(path)) {
        return this.http.request({
            method: 'POST',
            path,
            body,
            limits,
            shape,
            authorize: this.options.sign.authorize,
            authorizeTickMs: this.options.sign.tickMs,
        });
    }
    /** Every call counts against the account and against its own interface. */
    limits(path) {
        return [(0,cdnetworks_limits/* accountLimit */.jo)(this.options.account), (0,cdnetworks_limits/* endpointLimit */.hX)(this.options.account, path)];
    }
    error(response, path, message) {
        return new errors/* ProviderError */.mZ('cdnetworks', message, {
            status: response.status,
            requestId: response.requestId,
            action: `POST ${path}`,
            attempts: response.attempts,
        });
    }
}
/** A refused `dirAction: delete` call, with the permission it needs named. */
function withDirDeleteHint(error, request) {
    const body = request.body;
    // CDNetworks looked at the call and said no (a 4xx, or Code 0): not a throttle, outage or bad signature
    const status = error instanceof errors/* ProviderError */.mZ ? error.status : undefined;
    const refused = error instanceof errors/* ProviderError */.mZ &&
        error.details.throttled !== true &&
        status !== undefined &&
        status < 500 &&
        status !== 401;
    if (!refused || body.dirAction !== 'delete')
        return error;
    return new errors/* ProviderError */.mZ(error.provider, `${error.message.replace(/\.?$/, '.')} ${DIR_DELETE_HINT}`, error.details);
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/provider.ts





function createCdnetworksProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, cdnetworksProtocol);
    const account = accountKey(config.credentials);
    const sign = requestSigner(config.credentials, ctx.secrets);
    let cdn;
    return {
        name: 'cdnetworks',
        http,
        // built on first use: a certificate operation's `resource` may name a wildcard
        // domain (`.example.com`), which is no purge domain
        get cdn() {
            cdn ??= new CdnetworksCdn(http, {
                domains: parseDomains(config.resource),
                account,
                purgeAction: config.purgeAction,
                checkQuota: config.checkQuota,
                sign,
                logger: ctx.logger,
            });
            return cdn;
        },
        certificates: async () => new (await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 7895))).CdnetworksCertificates(http, { account, sign }),
    };
}

// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var gcore_api = __webpack_require__(9667);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __webpack_require__(7718);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var gcore_endpoints = __webpack_require__(1841);
;// CONCATENATED MODULE: ./src/providers/gcore/jwt.ts
/**
 * Reading a Gcore JWT: its payload is base64url JSON. cdnkit never verifies the
 * signature (Gcore does) and never logs the token; it only needs `exp`.
 */
function decodeJwtPayload(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
            ? payload
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The `exp` claim as epoch milliseconds, or undefined when absent or malformed. */
function jwtExpiryMs(token) {
    const exp = decodeJwtPayload(token)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/providers/gcore/auth.ts





/** Gcore permanent API tokens: `<id>$<secret>` (v1) or `<id>_<secret>` (v2). */
function tokenIdOf(token) {
    return /^(\d+)[$_]/.exec(token)?.[1];
}
/** The Authorization header for a permanent API token. */
function apiKeyHeader(token) {
    return { authorization: `APIKey ${token}` };
}
/** A JWT login or refresh answer; both tokens are registered as secrets before it is read. */
const JWT_PAIR = (0,http_shape/* object */.Ik)({ access: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), refresh: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj) });
/** `api-token`: the same header on every request; a 401 is final. */
class PermanentTokenAuth {
    token;
    constructor(token) {
        this.token = token;
    }
    async headers() {
        return apiKeyHeader(this.token);
    }
    async renew() {
        return false;
    }
}
/**
 * `username` + `password`: logs in on first use, sends `Bearer <access>`, and
 * refreshes the pair when the access token's `exp` has passed or Gcore answers
 * 401. A refused refresh token (it lives 24 h) falls back to a fresh login.
 * Both tokens are registered as secrets the moment they arrive.
 */
class JwtAuth {
    http;
    credentials;
    timing;
    logger;
    session;
    constructor(http, credentials, timing, logger) {
        this.http = http;
        this.credentials = credentials;
        this.timing = timing;
        this.logger = logger;
    }
    async login() {
        const { username, password } = this.credentials;
        const session = await this.exchange(gcore_endpoints/* GCORE_PATHS */.I.jwtLogin, { username, password });
        return {
            token: session.access,
            expiresAt: session.expiresAtMs === undefined ? undefined : (0,dates/* isoDate */._)(session.expiresAtMs),
        };
    }
    async headers() {
        if (!this.session)
            await this.login();
        else if (this.expired(this.session)) {
            this.logger.debug('gcore: the JWT access token has expired; refreshing it');
            await this.renew();
        }
        return { authorization: `Bearer ${this.session.access}` };
    }
    async renew() {
        if (!this.session) {
            await this.login();
            return true;
        }
        try {
            await this.exchange(gcore_endpoints/* GCORE_PATHS */.I.jwtRefresh, { refresh: this.session.refresh });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ) || (error.status !== 401 && error.status !== 403))
                throw error;
            this.logger.debug('gcore: the JWT refresh token was refused; logging in again');
            await this.login();
        }
        return true;
    }
    expired(session) {
        return session.expiresAtMs !== undefined && this.timing.now() >= session.expiresAtMs;
    }
    async exchange(path, body) {
        const response = await this.http.request({
            method: 'POST',
            path,
            body,
            secretFields: ['access', 'refresh'],
            shape: JWT_PAIR,
        });
        const { access, refresh } = response.body;
        if (access === undefined || access === '') {
            throw new errors/* ProviderError */.mZ('gcore', 'the answer carries no access token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${path}`,
            });
        }
        this.session = {
            access,
            // a refresh answer without a new refresh token keeps the old one
            refresh: refresh || (this.session?.refresh ?? ''),
            expiresAtMs: jwtExpiryMs(access),
        };
        return this.session;
    }
}

// EXTERNAL MODULE: ./src/providers/gcore/cdn.ts + 2 modules
var cdn = __webpack_require__(8361);
// EXTERNAL MODULE: ./src/providers/gcore/limits.ts
var limits = __webpack_require__(7555);
;// CONCATENATED MODULE: ./src/providers/gcore/protocol.ts


/** How Gcore reports errors: `{ message }`, `{ detail }`, `{ error }` or `{ errors: { field: [..] } }`. */
function gcoreErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    for (const key of ['message', 'detail', 'error', 'errorMessage']) {
        const value = record[key];
        if (typeof value === 'string' && value !== '')
            return { message: value };
    }
    const errors = record.errors;
    if (typeof errors === 'object' && errors !== null) {
        const parts = Object.entries(errors).flatMap(([field, messages]) => {
            const text = (0,http_shape/* messageText */.Lo)(messages);
            return text === undefined ? [] : [`${field}: ${text}`];
        });
        if (parts.length > 0)
            return { message: parts.join('; ') };
    }
    return {};
}
const gcoreProtocol = {
    provider: 'gcore',
    baseUrl: limits/* GCORE_BASE_URL */.zV,
    requestIdHeaders: ['x-request-id', 'x-trace-id'],
    errorMessage: gcoreErrorMessage,
    throttleBackoff: limits/* THROTTLE_BACKOFF */.qL,
};

;// CONCATENATED MODULE: ./src/providers/gcore/roles.ts

/**
 * Gcore's built-in roles (Gcore knowledge base, "Permanent API token. Create, use and delete",
 * and the IAM "API tokens" reference); names are exact strings.
 */
const GCORE_ROLES = [
    { id: 1, name: 'Administrators' },
    { id: 2, name: 'Users' },
    { id: 5, name: 'Engineers' },
    { id: 3009, name: 'Purge and Prefetch only (API+Web)' },
    { id: 3022, name: 'Purge and Prefetch only (API)' },
];
/** The `role` input, a role name (case and spacing forgiven) or id, as Gcore's `{ id, name }`. */
function resolveRole(input) {
    const wanted = simplify(input);
    const role = GCORE_ROLES.find((candidate) => String(candidate.id) === wanted || simplify(candidate.name) === wanted);
    if (!role) {
        throw new errors/* InputError */.dz('role', `'${input.slice(0, 60)}' is not a Gcore role; use one of: ${GCORE_ROLES.map((r) => `${r.id} (${r.name})`).join(', ')}`);
    }
    return role;
}
function simplify(text) {
    return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

;// CONCATENATED MODULE: ./src/providers/gcore/tokens.ts







const ROLE = (0,http_shape/* object */.Ik)({ id: http_shape/* number */.ai, name: http_shape/* string */.Yj });
/** A token as Gcore's IAM API returns it. */
const TOKEN_FIELDS = {
    id: http_shape.id,
    name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    description: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    exp_date: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    expired: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    deleted: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    created: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    last_usage: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    client_user: (0,http_shape/* optional */.lq)((0,http_shape/* object */.Ik)({ user_name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), user_email: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj), role: (0,http_shape/* optional */.lq)(ROLE) })),
};
const TOKEN = (0,http_shape/* object */.Ik)(TOKEN_FIELDS);
/**
 * The create answer: the secret `token` must be there (it is registered before
 * the answer is read); the rest only describes the token, so a field that does
 * not fit is dropped rather than losing a token that exists.
 */
const CREATED_TOKEN = (0,http_shape/* object */.Ik)({ ...(0,http_shape/* lenient */.W_)(TOKEN_FIELDS), token: http_shape/* string */.Yj });
const CLIENT = (0,http_shape/* object */.Ik)({ id: http_shape.id });
/** Gcore permanent API tokens (IAM v2), for the account the credentials belong to. */
class GcoreTokens {
    api;
    maxTokens = limits/* MAX_TOKENS_PER_ACCOUNT */.QV;
    inUseTokenId;
    clientIdLookup;
    constructor(api, options) {
        this.api = api;
        if (options.clientId !== undefined)
            this.clientIdLookup = Promise.resolve(options.clientId);
        this.inUseTokenId = options.apiToken === undefined ? undefined : tokenIdOf(options.apiToken);
    }
    tokenIdOf(secret) {
        return tokenIdOf(secret);
    }
    resolveRole(input) {
        return resolveRole(input);
    }
    /** `client-id`, or the id of the account the credentials belong to. */
    clientId() {
        this.clientIdLookup ??= this.api.get(gcore_endpoints/* GCORE_PATHS */.I.clientsMe, CLIENT).then((me) => me.id);
        return this.clientIdLookup;
    }
    /**
     * No `deleted` filter is sent: the official SDKs define it inverted ("True -
     * API token was not deleted", gcore-go iam/apitoken.go APITokenListParams,
     * gcore-python api_token_list_params.py), so either reading of it could
     * return only deleted tokens. Deleted ones are dropped here instead.
     */
    async list() {
        const path = gcore_endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
        const tokens = await this.api.get(path, (0,gcore_api/* listOf */.c)(TOKEN));
        return tokens.filter((token) => !token.deleted).map(toApiToken);
    }
    async get(id) {
        return toApiToken(await this.api.get(gcore_endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id), TOKEN));
    }
    /** Creates with v2 only; the secret is registered the instant the answer is read. */
    async create(token) {
        const path = gcore_endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
        const response = await this.api.request({
            method: 'POST',
            path,
            body: {
                name: token.name,
                ...(token.description ? { description: token.description } : {}),
                exp_date: token.expiresAt === null ? null : rfc3339(token.expiresAt),
                client_user: { role: { id: token.role.id, name: token.role.name } },
            },
            // a create must not run twice: only answers proving it was not processed are retried
            retry: 'throttled-only',
            secretFields: ['token'],
            shape: CREATED_TOKEN,
        });
        const secret = response.body.token;
        if (secret === '') {
            const id = response.body.id;
            throw new errors/* ProviderError */.mZ('gcore', `the answer carries no token${id === undefined ? '' : `, although token ${id} may have been created`}`, { status: response.status, requestId: response.requestId, action: `POST ${path}` });
        }
        const created = toApiToken({
            ...response.body,
            id: response.body.id ?? tokenIdOf(secret) ?? '',
        });
        return { token: created, secret };
    }
    /** GET /iam/users/me sent with the new token itself, not with the run's credentials. */
    async verify(secret) {
        await this.api.http.request({
            method: 'GET',
            path: gcore_endpoints/* GCORE_PATHS */.I.usersMe,
            headers: apiKeyHeader(secret),
        });
    }
    /** No answer body is documented (the SDKs accept any type and read none): any 2xx is done. */
    async delete(id) {
        await this.api.request({
            method: 'DELETE',
            path: gcore_endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id),
            responseBody: 'ignored',
        });
    }
}
function toApiToken(token) {
    const owner = token.client_user?.user_name || token.client_user?.user_email;
    return {
        id: String(token.id),
        name: token.name ?? '',
        ...(token.description ? { description: token.description } : {}),
        ...(token.client_user?.role ? { role: token.client_user.role } : {}),
        expiresAt: isoOrNull(token.exp_date),
        expired: token.expired === true,
        ...(token.created ? { created: token.created } : {}),
        lastUsed: token.last_usage ?? null,
        ...(owner ? { owner } : {}),
    };
}
/** Gcore dates (RFC 3339, sometimes with microseconds) as ISO 8601 UTC; unreadable ones kept. */
function isoOrNull(value) {
    if (value === null || value === undefined || value === '')
        return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
/** RFC 3339 UTC without milliseconds, as Gcore's examples write it. */
function rfc3339(iso) {
    return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/providers/gcore/provider.ts






/** Gcore for one run: a permanent token or a JWT session, the CDN, the IAM token API and certificates. */
function createGcoreProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, gcoreProtocol);
    const { apiToken, username, password } = config.credentials;
    // parseConfig guarantees either a permanent token or username + password
    const jwt = apiToken === undefined
        ? new JwtAuth(http, { username: username ?? '', password: password ?? '' }, ctx.timing, ctx.logger)
        : undefined;
    const api = new gcore_api/* GcoreApi */.t(http, jwt ?? new PermanentTokenAuth(apiToken ?? ''));
    return {
        name: 'gcore',
        http,
        cdn: new cdn/* GcoreCdn */.Cw(api, config.resource ?? '', ctx.logger, () => ctx.timing.now()),
        tokens: new GcoreTokens(api, { clientId: config.token.clientId, apiToken }),
        ...(jwt ? { login: () => jwt.login() } : {}),
        certificates: async () => new (await __webpack_require__.e(/* import() */ 535).then(__webpack_require__.bind(__webpack_require__, 2535))).GcoreCertificates(api),
    };
}

// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var medianova_endpoints = __webpack_require__(385);
;// CONCATENATED MODULE: ./src/providers/medianova/auth.ts




/** The login answer; `token` and `session` are registered as secrets before it is read. */
const LOGIN = (0,http_shape/* object */.Ik)({
    token: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    session: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    expire: (0,http_shape/* optional */.lq)(http_shape/* unknown */.L5),
});
/**
 * `expire` (unix seconds) as ISO 8601 UTC; undefined when it is not a usable
 * number. Past year 9999 (99999999999999 has been seen) it is far future.
 */
function expiryIso(expire) {
    const seconds = typeof expire === 'string' && /^\d+$/.test(expire) ? Number(expire) : expire;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0)
        return undefined;
    return (0,dates/* isoDate */._)(seconds * 1000)?.replace(/\.\d{3}Z$/, 'Z');
}
function bearerHeader(token) {
    return { authorization: `Bearer ${token}` };
}
/**
 * The session token of one run: logged in once (lazily, on the first call), or
 * given as `api-token`. A call answered 401 logs in again once and is retried
 * once; with a given token there is nothing to log in with, so it fails clearly.
 */
class MedianovaAuth {
    http;
    credentials;
    logger;
    token;
    tokenGiven;
    constructor(http, credentials, logger) {
        this.http = http;
        this.credentials = credentials;
        this.logger = logger;
        this.token = credentials.apiToken;
        this.tokenGiven = credentials.apiToken !== undefined;
    }
    /** `POST /api/v1/auth/login/token`; the token is registered as a secret the moment it arrives. */
    async login() {
        const { apiKey, apiSecret } = this.credentials;
        if (apiKey === undefined || apiSecret === undefined) {
            throw new Error("Medianova login needs 'api-key' and 'api-secret'");
        }
        const response = await this.http.request({
            method: 'POST',
            path: medianova_endpoints/* ENDPOINTS */.H.login,
            body: { api_key: apiKey, api_secret: apiSecret },
            secretFields: ['token', 'session'],
            shape: LOGIN,
        });
        const { token, expire } = response.body;
        if (token === undefined || token === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the login answer carries no token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${medianova_endpoints/* ENDPOINTS */.H.login}`,
            });
        }
        this.token = token;
        return { token, expiresAt: expiryIso(expire) };
    }
    /** Sends `request` with `Authorization: Bearer`, logging in first when there is no token yet. */
    async send(request) {
        if (this.token === undefined)
            await this.login();
        try {
            return await this.http.request({ ...request, headers: this.headers(request) });
        }
        catch (error) {
            if (!(error instanceof errors/* ProviderError */.mZ) || error.status !== 401)
                throw error;
            if (this.tokenGiven) {
                throw new errors/* ProviderError */.mZ('medianova', `${error.message} The 'api-token' input was refused: Medianova tokens expire a few hours after login, and cdnkit cannot log in again without credentials. Run the login step just before this one, or give 'api-key' and 'api-secret' instead of 'api-token'`, error.details);
            }
            this.logger.info(`medianova: ${error.details.action ?? 'a call'} answered 401; logging in again once`);
            await this.login();
            const retried = await this.http.request({ ...request, headers: this.headers(request) });
            return { ...retried, attempts: retried.attempts + (error.details.attempts ?? 1) };
        }
    }
    headers(request) {
        return { ...request.headers, ...bearerHeader(this.token ?? '') };
    }
}

// EXTERNAL MODULE: ./src/providers/medianova/cdn.ts + 2 modules
var medianova_cdn = __webpack_require__(7852);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var medianova_limits = __webpack_require__(8435);
;// CONCATENATED MODULE: ./src/providers/medianova/protocol.ts


/**
 * Medianova answers `{ "status": false, "message": "..." }` on failure, also
 * with HTTP 200 at times; some validation answers carry `errors: { field: [..] }`.
 */
function medianovaErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const record = body;
    const parts = [];
    for (const key of ['message', 'error']) {
        const value = record[key];
        if (typeof value === 'string' && value !== '') {
            parts.push(value);
            break;
        }
    }
    const errors = record.errors;
    if (typeof errors === 'object' && errors !== null) {
        for (const [field, messages] of Object.entries(errors)) {
            const text = (0,http_shape/* messageText */.Lo)(messages);
            if (text !== undefined)
                parts.push(`${field}: ${text}`);
        }
    }
    return parts.length > 0 ? { message: parts.join('; ') } : {};
}
const medianovaProtocol = {
    provider: 'medianova',
    baseUrl: medianova_limits/* MEDIANOVA_BASE_URL */.vP,
    requestIdHeaders: [],
    errorMessage: medianovaErrorMessage,
    failureIn: (body) => typeof body === 'object' && body !== null && body.status === false,
};

;// CONCATENATED MODULE: ./src/providers/medianova/stook.ts



/** A credential as Stook answers it; buckets are objects in list/get, uuids in update. */
const CREDENTIAL_FIELDS = {
    uuid: (0,http_shape/* optional */.lq)(http_shape.id),
    name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    is_readonly: (0,http_shape/* optional */.lq)(http_shape/* boolean */.zM),
    access_key: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    secret_key: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj),
    subfolder: (0,http_shape/* nullable */.me)(http_shape/* string */.Yj),
    buckets: (0,http_shape/* optional */.lq)((0,http_shape/* array */.YO)((0,http_shape/* either */.gP)(http_shape.id, (0,http_shape/* object */.Ik)({ uuid: (0,http_shape/* optional */.lq)(http_shape.id), name: (0,http_shape/* optional */.lq)(http_shape/* string */.Yj) })))),
};
const CREDENTIAL = (0,http_shape/* object */.Ik)(CREDENTIAL_FIELDS);
/** The create answer: the secret key is registered before it is read; the rest only describes it. */
const CREATED = (0,http_shape/* object */.Ik)((0,http_shape/* lenient */.W_)(CREDENTIAL_FIELDS));
const ENVELOPE = (0,http_shape/* object */.Ik)({ data: http_shape/* unknown */.L5 });
/** Stook wraps every answer in `{ data }`. */
function inData(shape) {
    return (value, path) => (0,http_shape/* optional */.lq)(shape)(ENVELOPE(value, path).data, 'data');
}
/**
 * Stook object-storage credentials of one organization (Medianova's API
 * documentation, "Object Storage (Stook) / Credentials").
 */
class StookCredentials {
    auth;
    organization;
    logger;
    /** the prefix Stook answered under in this run; undefined before the first call */
    prefix;
    constructor(auth, organization, logger) {
        this.auth = auth;
        this.organization = organization;
        this.logger = logger;
    }
    async list() {
        const data = await this.data((prefix) => ({
            method: 'GET',
            path: medianova_endpoints/* ENDPOINTS */.H.credentials(prefix, this.organization),
            shape: inData((0,http_shape/* array */.YO)(CREDENTIAL)),
        }));
        return (data ?? []).map(toCredential);
    }
    async get(id) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'GET',
            path: path(prefix),
            shape: inData(CREDENTIAL),
        }));
        return this.checked(data, `GET ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    /**
     * `POST .../credentials` (plural). Retried only when throttled, so a retry never
     * makes a second credential. The documented answer carries neither key: the
     * access key is read back with `get`. A `secret_key` (undocumented) is
     * registered as a secret before anything else; `secretKey` is undefined when
     * none came back, and the caller decides what that means.
     */
    async create(settings) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.createCredential(prefix, this.organization);
        const data = await this.data((prefix) => ({
            method: 'POST',
            path: path(prefix),
            body: toBody(settings),
            retry: 'throttled-only',
            secretFields: ['data.secret_key'],
            shape: inData(CREATED),
        }));
        const secretKey = data?.secret_key || undefined;
        const created = this.checked(data, `POST ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
        const accessKey = created.accessKey ?? (await this.accessKeyOf(created.id));
        return { ...created, accessKey, secretKey };
    }
    /** `PUT` replaces every setting, so callers pass the full settings. */
    async update(id, settings) {
        const path = (prefix) => medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'PUT',
            path: path(prefix),
            body: toBody(settings),
            shape: inData(CREDENTIAL),
        }));
        return this.checked({ uuid: id, ...data }, `PUT ${path(this.prefix ?? medianova_endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    async delete(id) {
        const response = await this.send((prefix) => ({
            method: 'DELETE',
            path: medianova_endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id),
            shape: (0,http_shape/* optional */.lq)((0,http_shape/* object */.Ik)({ message: (0,http_shape/* optional */.lq)(http_shape/* unknown */.L5) })),
        }));
        const message = response.body?.message;
        return typeof message === 'string' ? message : undefined;
    }
    /** A new credential's access key; a failed read is a warning, never a lost credential. */
    async accessKeyOf(id) {
        try {
            return (await this.get(id)).accessKey;
        }
        catch (error) {
            this.logger.warning(`Medianova created credential ${id}, but reading its access key failed: ${(0,errors/* describeError */.Uc)(error)}`);
            return undefined;
        }
    }
    async data(build) {
        return (await this.send(build)).body;
    }
    /**
     * Sends a Stook call under the run's prefix. The run's first call tries the
     * first prefix; a 404 there is retried once under the second, and whichever
     * answered is kept for the rest of the run.
     */
    async send(build) {
        if (this.prefix)
            return this.auth.send(build(this.prefix));
        const [first, second] = medianova_endpoints/* STOOK_PREFIXES */.w;
        try {
            const response = await this.auth.send(build(first));
            this.settle(first, `medianova: Stook answers under ${first}`);
            return response;
        }
        catch (error) {
            if (!isNotFound(error)) {
                if (answered(error))
                    this.settle(first, `medianova: Stook answers under ${first}`);
                throw error;
            }
            try {
                const response = await this.auth.send(build(second));
                this.settle(second, fallbackLine(first, second));
                return response;
            }
            catch (retried) {
                // only an answer from Stook under the second prefix beats the first 404
                if (!answered(retried) || isNotFound(retried))
                    throw error;
                this.settle(second, fallbackLine(first, second));
                throw retried;
            }
        }
    }
    settle(prefix, line) {
        this.prefix = prefix;
        this.logger.debug(line);
    }
    /** A credential answer without a uuid cannot be acted on: say so rather than guess. */
    checked(data, action) {
        const credential = toCredential(data ?? {});
        if (credential.id === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the answer carries no credential uuid', { action });
        }
        return credential;
    }
}
function fallbackLine(first, second) {
    return `medianova: Stook answered 404 under ${first} and answered under ${second}; using ${second} for the rest of this run`;
}
function isNotFound(error) {
    return error instanceof errors/* ProviderError */.mZ && error.status === 404;
}
/** Stook itself answered (a 4xx other than 404): the prefix exists. */
function answered(error) {
    const status = error instanceof errors/* ProviderError */.mZ ? error.status : undefined;
    return status !== undefined && status >= 400 && status < 500;
}
function toBody(settings) {
    return {
        name: settings.name,
        is_readonly: settings.readOnly,
        buckets: settings.buckets,
        subfolder: settings.subfolder,
    };
}
function toCredential(raw) {
    return {
        id: raw.uuid ?? '',
        name: raw.name ?? '',
        readOnly: raw.is_readonly === true,
        accessKey: raw.access_key || undefined,
        subfolder: raw.subfolder ?? undefined,
        buckets: (raw.buckets ?? []).map((bucket) => typeof bucket === 'string' ? { id: bucket } : { id: bucket.uuid ?? '', name: bucket.name }),
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/provider.ts





function createMedianovaProvider(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, medianovaProtocol);
    const auth = new MedianovaAuth(http, config.credentials, ctx.logger);
    const organization = config.organization ?? '';
    const { urls, prefixes } = config.targets;
    return {
        name: 'medianova',
        http,
        cdn: new medianova_cdn/* MedianovaCdn */.YP(auth, {
            organization,
            resource: config.resource ?? '',
            checkHosts: [...urls, ...prefixes].some((target) => !target.startsWith('/')),
        }),
        storageCredentials: new StookCredentials(auth, organization, ctx.logger),
        login: () => auth.login(),
        certificates: async () => new (await __webpack_require__.e(/* import() */ 959).then(__webpack_require__.bind(__webpack_require__, 1959))).MedianovaCertificates(auth, organization),
    };
}

;// CONCATENATED MODULE: ./src/providers/create-provider.ts



const FACTORIES = {
    gcore: createGcoreProvider,
    cdnetworks: createCdnetworksProvider,
    medianova: createMedianovaProvider,
};
/** The provider client for this run. */
function createProvider(ctx) {
    return FACTORIES[ctx.config.provider](ctx);
}


/***/ }),

/***/ 9667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listOf),
/* harmony export */   t: () => (/* binding */ GcoreApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1513);


/**
 * Authenticated Gcore calls: every request carries the current credentials, and
 * a 401 gets one renewal (a JWT refresh) and one more try.
 */
class GcoreApi {
    http;
    auth;
    constructor(http, auth) {
        this.http = http;
        this.auth = auth;
    }
    async request(request) {
        const send = async () => this.http.request({ ...request, headers: await this.auth.headers() });
        let unauthorized;
        try {
            return await send();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) || error.status !== 401)
                throw error;
            unauthorized = error;
        }
        if (!(await this.auth.renew()))
            throw unauthorized;
        const earlier = unauthorized.details.attempts ?? 1;
        try {
            const retried = await send();
            return { ...retried, attempts: retried.attempts + earlier };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ)
                throw error.withAttempts((error.details.attempts ?? 1) + earlier);
            throw error;
        }
    }
    async get(path, shape, query) {
        return (await this.request({ method: 'GET', path, query, shape })).body;
    }
}
/** A Gcore list: a bare array, or `{ count, next, previous, results }` when paginated. */
function listOf(item) {
    return (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .either */ .gP)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)(item), (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)({ results: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YO)(item) }), (page) => page.results));
}


/***/ }),

/***/ 8361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cw: () => (/* binding */ GcoreCdn),
  Z9: () => (/* binding */ RESOURCE_FIELDS),
  qG: () => (/* binding */ hostnamesOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __webpack_require__(5851);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/targets/resource-paths.ts
var resource_paths = __webpack_require__(6829);
// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var api = __webpack_require__(9667);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var endpoints = __webpack_require__(1841);
// EXTERNAL MODULE: ./src/providers/gcore/limits.ts
var limits = __webpack_require__(7555);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __webpack_require__(9164);
// EXTERNAL MODULE: ./src/targets/url.ts
var url = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/providers/gcore/purge-history.ts
/**
 * Gcore's purge history (`GET /cdn/purge_statuses`), read in bounded windows
 * and pages, and this run's purges found in it. Gcore's purge call returns no
 * id: a purge is recognised by its payload (gcore.md).
 */





/**
 * A list of strings, checked where it is: a history page holds up to a
 * thousand payloads of a hundred URLs each, and a copy of every list would
 * double what a page costs.
 */
const strings = (value, path) => {
    if (!Array.isArray(value))
        throw new shape/* ShapeError */.ym(path, 'a list', (0,shape/* describeType */.MF)(value));
    for (const [index, item] of value.entries()) {
        if (typeof item !== 'string') {
            throw new shape/* ShapeError */.ym(`${path}[${index}]`, 'a string', (0,shape/* describeType */.MF)(item));
        }
    }
    return value;
};
const PAYLOAD = (0,shape/* object */.Ik)({ urls: (0,shape/* optional */.lq)(strings), paths: (0,shape/* optional */.lq)(strings) });
/**
 * One purge of the history. `purge_id` and `status` must fit, or the entry is
 * skipped (and counted); the rest only helps to match a purge, so a field
 * that does not fit is dropped.
 */
const PURGE_STATUS = (0,shape/* object */.Ik)({
    purge_id: shape.id,
    status: shape/* string */.Yj,
    ...(0,shape/* lenient */.W_)({
        created: (0,shape/* optional */.lq)(shape/* string */.Yj),
        purge_type: (0,shape/* optional */.lq)(shape/* string */.Yj),
        /** an object; older docs show a one-element array of it */
        payload: (0,shape/* optional */.lq)((0,shape/* either */.gP)(PAYLOAD, (0,shape/* array */.YO)(PAYLOAD))),
    }),
});
/**
 * A page as Gcore sends it: `{ count, results }` when `limit` is sent
 * (gcore-python), a bare array as the API reference's example shows. Entries
 * are read by `isPurgeStatus`: one that is not a purge status is skipped.
 */
const PURGE_PAGE = (0,shape/* either */.gP)((0,shape/* map */.Tj)((0,shape/* array */.YO)(shape/* unknown */.L5), (items) => ({ items, count: undefined })), (0,shape/* map */.Tj)((0,shape/* object */.Ik)({ results: (0,shape/* optional */.lq)((0,shape/* array */.YO)(shape/* unknown */.L5)), count: (0,shape/* optional */.lq)(shape/* number */.ai) }), (page) => ({
    items: page.results ?? [],
    count: page.count,
})));
/**
 * Every purge of `window`, page by page (`limit`/`offset`, readPages): until
 * the envelope's `count` is read, a page comes back short, empty or longer than
 * asked (Gcore ignoring `limit`: the whole answer), a page brings no purge not
 * seen yet (Gcore ignoring `offset`), `enough` says so, or MAX_STATUS_PAGES
 * pages were read. Entries are kept once by `purge_id`: paging by offset while
 * new purges arrive may show one twice.
 */
async function readPurgeHistory(api, window, options) {
    const found = new Map();
    let skipped = 0;
    await (0,pages/* readPages */.n)(async (page) => {
        const { body } = await api.request({
            method: 'GET',
            path: endpoints/* GCORE_PATHS */.I.purgeStatuses,
            query: {
                cname: window.cname,
                from_created: window.from,
                to_created: window.to,
                limit: limits/* STATUS_PAGE_LIMIT */.fm,
                offset: (page - 1) * limits/* STATUS_PAGE_LIMIT */.fm,
            },
            deadline: options.deadline,
            shape: PURGE_PAGE,
        });
        const items = body.items.map(readStatus);
        for (const status of items)
            if (status)
                found.set(status.purge_id, status);
        return { items, total: body.count };
    }, 
    // an entry that is no purge status is counted, never taken for a repeat
    (status) => status?.purge_id ?? `skipped ${skipped++}`, {
        maxPages: limits/* MAX_STATUS_PAGES */.RX,
        maxItems: limits/* MAX_STATUS_PAGES */.RX * limits/* STATUS_PAGE_LIMIT */.fm,
        pageSize: limits/* STATUS_PAGE_LIMIT */.fm,
    }, () => options.enough?.(found) ?? false);
    return found;
}
/** The entry as a purge status, or undefined when it is none. */
function readStatus(value) {
    try {
        return (0,shape/* readShape */._f)(PURGE_STATUS, value);
    }
    catch (error) {
        if (error instanceof shape/* ShapeError */.ym)
            return undefined;
        throw error;
    }
}
/**
 * The `purge_id` of each sent payload, in the order sent (payloads with no
 * match are left out). Each key is computed once per status and once per
 * payload and matched through a map, ids already taken are kept in a set:
 * linear in both. Of several statuses with the same payload the newest goes
 * first, so an identical purge from an earlier run is not mistaken for this one.
 */
function matchPurgeIds(sent, statuses, keyOf = payloadKey) {
    const groups = new Map();
    const taken = new Set();
    for (const status of statuses) {
        const id = status.purge_id;
        if (taken.has(id))
            continue;
        taken.add(id);
        const key = keyOf(status.payload);
        const entry = { id, createdMs: createdMs(status) };
        const group = groups.get(key);
        if (group)
            group.entries.push(entry);
        else
            groups.set(key, { entries: [entry], next: 0 });
    }
    const ids = [];
    for (const payload of sent) {
        const group = groups.get(keyOf(payload));
        if (!group || group.next >= group.entries.length)
            continue;
        // a payload sent more than once in a run: newest first, sorted once
        if (group.next === 0 && group.entries.length > 1)
            group.entries.sort((a, b) => b.createdMs - a.createdMs);
        ids.push(group.entries[group.next++].id);
    }
    return ids;
}
function createdMs(status) {
    const ms = Date.parse(status.created ?? '');
    return Number.isNaN(ms) ? 0 : ms;
}
/**
 * What a purge carried, comparable between what we sent and what Gcore lists:
 * the kind of list, and its items as paths (Gcore may list them as full URLs).
 */
function payloadKey(payload) {
    const body = Array.isArray(payload) ? payload[0] : payload;
    const kind = body?.urls ? 'urls' : 'paths';
    const list = body?.urls ?? body?.paths;
    const items = (Array.isArray(list) ? list : []).map(pathOf);
    return JSON.stringify([kind, items.sort()]);
}
function pathOf(item) {
    if (!/^https?:\/\//i.test(item))
        return item;
    try {
        return (0,url/* splitTarget */.Gd)(item).path;
    }
    catch {
        return item;
    }
}

// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __webpack_require__(1501);
;// CONCATENATED MODULE: ./src/providers/gcore/time-model.ts


/**
 * Gcore purges of one resource (gcore.md, "CDN purge"): URL purges carry 100
 * paths at 2 requests a minute; pattern purges carry 10 patterns at 1 a minute,
 * a count they share with purge-all. The two windows are separate, so URL and
 * pattern requests overlap in time. No daily quota is published.
 */
function gcorePurgeModel(resourceId) {
    return {
        provider: 'gcore',
        byUrl: {
            name: 'purge by URL',
            itemsPerRequest: limits/* MAX_URLS_PER_PURGE */.I9,
            limits: [(0,limits/* urlPurgeLimit */._Q)(resourceId)],
        },
        byPrefix: {
            name: 'purge by pattern',
            itemsPerRequest: limits/* MAX_PATTERNS_PER_PURGE */.fx,
            limits: [(0,limits/* patternPurgeLimit */.lz)(resourceId)],
        },
        mixed: false,
        // a pattern purge is recursive: '/dir/*' is every object below /dir/ (gcore.md)
        prefix: time_model/* WILDCARD_PREFIX */.K4,
        sources: [
            'gcore.md: 100 URLs per request, 2 URL-purge requests per resource per minute',
            'gcore.md: 10 patterns per request, 1 pattern-purge request per resource per minute (shared with purge-all)',
            'windows are 61 s: a minute plus a second of margin (src/providers/gcore/limits.ts)',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/gcore/cdn.ts










/** The fields of a CDN resource cdnkit reads (certificates.ts reads its `sslData` too). */
const RESOURCE_FIELDS = {
    id: shape.id,
    cname: shape/* string */.Yj,
    secondaryHostnames: (0,shape/* nullable */.me)((0,shape/* array */.YO)(shape/* string */.Yj)),
    status: (0,shape/* optional */.lq)(shape/* string */.Yj),
    deleted: (0,shape/* optional */.lq)(shape/* boolean */.zM),
};
const RESOURCE = (0,shape/* object */.Ik)(RESOURCE_FIELDS);
const STATUS_REPORT_DISABLED = 'Status report disabled';
const DAY_MS = 86_400_000;
/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES = {
    'In progress': 'pending',
    Successful: 'done',
    Failed: 'failed',
    [STATUS_REPORT_DISABLED]: 'done',
};
/** Purge, prefetch and purge statuses of one Gcore CDN resource. */
class GcoreCdn {
    api;
    resourceInput;
    logger;
    now;
    pollIntervalMs = limits/* POLL_INTERVAL_MS */.fv;
    noStatus = {
        prefetch: "Gcore reports no status for prefetch requests: the prefetch was accepted, and 'wait' has nothing to poll (status stays 'pending').",
    };
    resolved;
    /** ISO time this run's purges are searched from, once they were sent */
    searchFrom;
    warnedUnverifiable = false;
    /** how far back (days) `purge-status` polls after the first one, which widened as needed */
    lookbackDays;
    constructor(api, resourceInput, logger, now = Date.now) {
        this.api = api;
        this.resourceInput = resourceInput;
        this.logger = logger;
        this.now = now;
    }
    /** A hostname is looked up only when sending: a dry run shows where its id goes. */
    unresolvedResource() {
        const input = this.resourceInput;
        return { id: /^\d+$/.test(input) ? input : `<id of ${input}>` };
    }
    /** An id is read directly; a hostname is matched against the resource list (once a run). */
    async resolveResource() {
        this.resolved ??= await this.lookUpResource();
        return this.resolved;
    }
    /** Purge requests take their batch sizes and windows from the time model the planner uses. */
    purgeModel(resource) {
        return gcorePurgeModel(resource.id);
    }
    /** Gcore purges by path for every hostname of the resource. */
    purgeKey(target, resource) {
        return (0,resource_paths/* resourcePathOf */.b)(target, resource);
    }
    planPurge(targets, resource) {
        const path = endpoints/* GCORE_PATHS */.I.purge(resource.id);
        const { byUrl, byPrefix } = this.purgeModel(resource);
        if (targets.purgeAll) {
            // purge-all counts against the pattern window (gcore.md)
            return [
                {
                    kind: 'purge all',
                    method: 'POST',
                    path,
                    body: { paths: [] },
                    items: ['/*'],
                    limits: byPrefix.limits,
                },
            ];
        }
        const byUrlRequests = batchPaths(targets.urls, resource, 'urls', byUrl.itemsPerRequest).map(([paths, items]) => ({
            kind: byUrl.name,
            method: 'POST',
            path,
            body: { urls: paths },
            items,
            limits: byUrl.limits,
        }));
        const byPatternRequests = batchPaths(targets.prefixes, resource, 'prefixes', byPrefix.itemsPerRequest).map(([paths, items]) => ({
            kind: byPrefix.name,
            method: 'POST',
            path,
            body: { paths },
            items,
            limits: byPrefix.limits,
        }));
        return [...byUrlRequests, ...byPatternRequests];
    }
    planPrefetch(urls, resource) {
        return batchPaths(urls, resource, 'urls', limits/* MAX_PATHS_PER_PREFETCH */.O8).map(([paths, items]) => ({
            kind: 'prefetch',
            method: 'POST',
            path: endpoints/* GCORE_PATHS */.I.prefetch(resource.id),
            body: { paths },
            items,
            limits: [(0,limits/* prefetchLimit */.X$)(resource.id)],
        }));
    }
    /** Gcore documents no answer body for purge and prefetch: any 2xx is accepted. */
    async send(request) {
        const response = await this.api.request({
            method: request.method,
            path: request.path,
            body: request.body,
            limits: request.limits,
            responseBody: 'ignored',
        });
        return { taskIds: [], attempts: response.attempts };
    }
    /**
     * The purge call returns no id: this run's purges are found in the purge
     * history of the resource's cname since just before the first request, by
     * payload (purge-history.ts).
     */
    async findTaskIds(sent, resource, since) {
        const purges = sent.filter((request) => request.path.endsWith('/purge'));
        if (purges.length === 0 || !resource.cname)
            return [];
        this.searchFrom = new Date(since - limits/* PURGE_STATUS_CLOCK_SKEW_MS */.CD).toISOString();
        const history = await readPurgeHistory(this.api, { cname: resource.cname, from: this.searchFrom }, {});
        return matchPurgeIds(purges.map((request) => request.body), history.values());
    }
    async taskStatus(taskIds, resource, _kind, options = {}) {
        const { found, searched } = await this.findStatuses(taskIds, resource, options.deadline);
        return taskIds.map((id) => {
            const status = found.get(id);
            if (!status)
                return { id, state: 'pending', detail: `not listed by Gcore ${searched}` };
            const state = (0,shape/* lookup */.$I)(STATUS_STATES, status.status) ?? 'pending';
            if (status.status !== STATUS_REPORT_DISABLED)
                return { id, state, detail: status.status };
            if (!this.warnedUnverifiable) {
                this.warnedUnverifiable = true;
                this.logger.warning(`Gcore has purge status reports disabled for ${resource.cname ?? resource.id}: the purge was accepted but its completion cannot be verified.`);
            }
            return { id, state, detail: 'status report disabled: accepted, not verifiable' };
        });
    }
    /**
     * The statuses of `taskIds`: this run's purges are read since they were sent;
     * an earlier run's are looked for a day back, then a week, then 30 days, each
     * window only reaching where the last one began, until every id is found.
     * Later polls (`wait`) read only as far back as the oldest window an id was
     * found in (a day when none was: only a new purge could show one).
     */
    async findStatuses(taskIds, resource, deadline) {
        const wanted = new Set(taskIds);
        const found = new Map();
        const { cname } = resource;
        const enough = (page) => [...wanted].every((id) => found.has(id) || page.has(id));
        const keep = (statuses) => {
            for (const id of wanted) {
                const status = statuses.get(id);
                if (status)
                    found.set(id, status);
            }
        };
        if (this.searchFrom) {
            keep(await readPurgeHistory(this.api, { cname, from: this.searchFrom }, { deadline, enough }));
            return { found, searched: '(yet)' };
        }
        const now = this.now();
        const windows = this.lookbackDays === undefined ? limits/* HISTORY_WINDOWS_DAYS */.PP : [this.lookbackDays];
        let to;
        let reached = limits/* HISTORY_WINDOWS_DAYS */.PP[0];
        for (const days of windows) {
            const from = new Date(now - days * DAY_MS).toISOString();
            const before = found.size;
            keep(await readPurgeHistory(this.api, { cname, from, to }, { deadline, enough }));
            if (found.size > before)
                reached = days;
            if (found.size === wanted.size)
                break;
            to = from;
        }
        this.lookbackDays ??= reached;
        const longest = limits/* HISTORY_WINDOWS_DAYS */.PP[limits/* HISTORY_WINDOWS_DAYS */.PP.length - 1];
        return { found, searched: `in the last ${longest} days of purge history` };
    }
    async lookUpResource() {
        const input = this.resourceInput;
        if (/^\d+$/.test(input)) {
            return toResource(await this.api.get(endpoints/* GCORE_PATHS */.I.resource(input), RESOURCE));
        }
        const host = (0,hostnames/* asciiHostname */.r)(input);
        const all = await this.api.get(endpoints/* GCORE_PATHS */.I.resources, (0,api/* listOf */.c)(RESOURCE));
        const match = all.find((resource) => !resource.deleted && resource.status !== 'deleted' && hostnamesOf(resource).includes(host));
        if (!match) {
            throw new errors/* InputError */.dz('resource', `no Gcore CDN resource has the hostname '${input}' (checked the cname and secondaryHostnames of ${all.length} resources)`);
        }
        return toResource(match);
    }
}
/** Paths for Gcore (hosts checked against the resource), batched with the targets they came from. */
function batchPaths(targets, resource, input, size) {
    return (0,list/* batch */.vA)((0,resource_paths/* toResourcePaths */.S)(targets, resource, input), size).map((paths, index) => [
        paths,
        targets.slice(index * size, (index + 1) * size),
    ]);
}
/** The cname and secondary hostnames, in ASCII form. */
function hostnamesOf(resource) {
    return [resource.cname, ...(resource.secondaryHostnames ?? [])]
        .filter(Boolean)
        .map(hostnames/* asciiHostname */.r);
}
function toResource(found) {
    return { id: found.id, cname: found.cname, hostnames: hostnamesOf(found) };
}


/***/ }),

/***/ 1841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ GCORE_PATHS)
/* harmony export */ });
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9096);

/** Every Gcore path cdnkit calls (Gcore API reference: CDN, IAM), in one place, so a moved endpoint is one edit. */
const GCORE_PATHS = {
    jwtLogin: '/iam/auth/jwt/login',
    jwtRefresh: '/iam/auth/jwt/refresh',
    /** the user behind the credentials: used to verify a new token */
    usersMe: '/iam/users/me',
    /** the account (client) behind the credentials: its `id` is the client id */
    clientsMe: '/iam/clients/me',
    /** v2 token endpoints; v1 create is deprecated (removal announced for 2026-07-17) */
    tokens: (clientId) => `/iam/v2/clients/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(clientId)}/tokens`,
    token: (clientId, tokenId) => `/iam/v2/clients/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(clientId)}/tokens/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(tokenId)}`,
    resources: '/cdn/resources',
    resource: (id) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(id)}`,
    purge: (resourceId) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resourceId)}/purge`,
    prefetch: (resourceId) => `/cdn/resources/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resourceId)}/prefetch`,
    purgeStatuses: '/cdn/purge_statuses',
};


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ PURGE_STATUS_CLOCK_SKEW_MS),
/* harmony export */   I9: () => (/* binding */ MAX_URLS_PER_PURGE),
/* harmony export */   O8: () => (/* binding */ MAX_PATHS_PER_PREFETCH),
/* harmony export */   PP: () => (/* binding */ HISTORY_WINDOWS_DAYS),
/* harmony export */   QV: () => (/* binding */ MAX_TOKENS_PER_ACCOUNT),
/* harmony export */   RX: () => (/* binding */ MAX_STATUS_PAGES),
/* harmony export */   X$: () => (/* binding */ prefetchLimit),
/* harmony export */   _Q: () => (/* binding */ urlPurgeLimit),
/* harmony export */   fm: () => (/* binding */ STATUS_PAGE_LIMIT),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   fx: () => (/* binding */ MAX_PATTERNS_PER_PURGE),
/* harmony export */   lz: () => (/* binding */ patternPurgeLimit),
/* harmony export */   qL: () => (/* binding */ THROTTLE_BACKOFF),
/* harmony export */   zV: () => (/* binding */ GCORE_BASE_URL)
/* harmony export */ });
/** Gcore's published per-request and per-resource limits (Gcore API reference, CDN "Purge cache" and "Prefetch content"). */
const GCORE_BASE_URL = 'https://api.gcore.com';
const MAX_URLS_PER_PURGE = 100;
const MAX_PATTERNS_PER_PURGE = 10;
const MAX_PATHS_PER_PREFETCH = 100;
/** A minute plus a second of margin for clock skew between us and Gcore. */
const MINUTE = 61_000;
/** 2 URL-purge requests per resource per minute. */
const urlPurgeLimit = (resourceId) => ({
    key: `gcore:purge-urls:${resourceId}`,
    requests: 2,
    windowMs: MINUTE,
});
/** Pattern purge and purge-all: 1 request per resource per minute, one shared count. */
const patternPurgeLimit = (resourceId) => ({
    key: `gcore:purge-paths:${resourceId}`,
    requests: 1,
    windowMs: MINUTE,
});
/** Prefetch: 1 request per resource per minute. */
const prefetchLimit = (resourceId) => ({
    key: `gcore:prefetch:${resourceId}`,
    requests: 1,
    windowMs: MINUTE,
});
/** 429 without Retry-After: the per-minute window has to pass. */
const THROTTLE_BACKOFF = { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 };
/** Permanent API tokens an account may hold. */
const MAX_TOKENS_PER_ACCOUNT = 50;
/**
 * This run's purges are searched in the status list from a minute before the
 * first request, so a runner clock ahead of Gcore's does not hide them.
 */
const PURGE_STATUS_CLOCK_SKEW_MS = 60_000;
/**
 * Purge statuses per page. Gcore's API reference caps `limit` at 100
 * ("x <= 100", Get purges history); gcore-python's default of 1000 exceeds it.
 */
const STATUS_PAGE_LIMIT = 100;
/** Pages read from one window of the purge history at most (20,000 purges). */
const MAX_STATUS_PAGES = 200;
/**
 * `purge-status` of an earlier run's task ids looks back this far, one window
 * at a time, stopping once every id is found: the history is never read whole.
 */
const HISTORY_WINDOWS_DAYS = [1, 7, 30];
/** How often `wait` polls purge statuses. */
const POLL_INTERVAL_MS = 5_000;


/***/ }),

/***/ 7852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YP: () => (/* binding */ MedianovaCdn)
});

// UNUSED EXPORTS: hostnamesOf, jobState

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hostnames.ts + 1 modules
var hostnames = __webpack_require__(5851);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __webpack_require__(9164);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/targets/list.ts
var list = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/targets/resource-paths.ts
var resource_paths = __webpack_require__(6829);
// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var endpoints = __webpack_require__(385);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var medianova_limits = __webpack_require__(8435);
;// CONCATENATED MODULE: ./src/providers/medianova/paths.ts

/**
 * A `prefixes` entry as a Medianova wildcard path: kept when it already has a
 * `*`, else every object below the directory (`/css` and `/css/` -> `/css/*`).
 */
function toWildcardPath(path) {
    if (path.includes('*'))
        return path;
    return path.endsWith('/') ? `${path}*` : `${path}/*`;
}
function hasWildcard(paths) {
    return paths.some((path) => path.includes('*'));
}
/** Prefetch takes specific files only: a wildcard is refused before anything is sent. */
function checkPrefetchPaths(paths) {
    const wild = paths.filter((path) => path.includes('*'));
    if (wild.length > 0) {
        throw new errors/* InputError */.dz('urls', `Medianova prefetch takes specific files, not wildcards: ${wild.slice(0, 3).join(', ')}${wild.length > 3 ? ` and ${wild.length - 3} more` : ''}`);
    }
}
/** The hint added when Medianova refuses a request that carries wildcards. */
const WILDCARD_HINT = 'Wildcard purges (paths with *) work only when the resource\'s "Wildcard Purge Suffix" option is on: turn it on in the resource\'s settings in the Medianova panel, or purge exact URLs instead';

// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __webpack_require__(1501);
;// CONCATENATED MODULE: ./src/providers/medianova/time-model.ts


/**
 * Medianova purge jobs of one resource (medianova.md, "Purge"): 1 to 100 paths
 * a job, at the rate cdnkit assumes and paces to (limits.ts: none is
 * published). Wildcard jobs are kept apart from URL jobs, so a resource whose
 * "Wildcard Purge Suffix" option is off refuses only the wildcard jobs.
 */
function medianovaPurgeModel(resourceId) {
    const limits = [(0,medianova_limits/* jobLimit */.Z$)(resourceId, 'purge')];
    return {
        provider: 'medianova',
        byUrl: { name: 'purge by URL', itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4, limits },
        byPrefix: { name: 'purge by wildcard', itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4, limits },
        mixed: false,
        // "/images/* removes all files and subdirectories inside /images/"
        // (clients.medianova.com, Performance CDN > Purge > Manage Purge)
        prefix: time_model/* WILDCARD_PREFIX */.K4,
        sources: [
            'medianova.md: 1 to 100 paths per purge request (official)',
            `no published rate limit: ${medianova_limits/* ASSUMED_JOBS_PER_MINUTE */.nM} jobs per resource per minute is cdnkit's assumption, and its pacing`,
            'wildcards are recursive: clients.medianova.com Performance CDN > Purge',
        ],
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/cdn.ts










/** One entry of the resource list (unofficial shape). */
const RESOURCE = (0,shape/* object */.Ik)({
    resource_uuid: shape.id,
    resource_name: (0,shape/* optional */.lq)(shape/* string */.Yj),
    cdn_url: (0,shape/* optional */.lq)(shape/* string */.Yj),
    alias_domain: (0,shape/* optional */.lq)((0,shape/* either */.gP)((0,shape/* array */.YO)(shape/* string */.Yj), (0,shape/* map */.Tj)(shape/* string */.Yj, (alias) => [alias]))),
});
const RESOURCE_PAGE = (0,shape/* object */.Ik)({
    data: (0,shape/* object */.Ik)({
        last_page: (0,shape/* optional */.lq)(shape/* numeric */.sH),
        total: (0,shape/* optional */.lq)(shape/* numeric */.sH),
        data: (0,shape/* array */.YO)(RESOURCE),
    }),
});
/** One URL of a purge or prefetch job, as the status call lists it. */
const JOB_REQUEST = (0,shape/* object */.Ik)({
    opID: (0,shape/* optional */.lq)(shape.id),
    url: (0,shape/* optional */.lq)(shape/* string */.Yj),
    /** opaque code: reported with the message; only a failure word in it is read */
    status: (0,shape/* optional */.lq)((0,shape/* either */.gP)(shape/* number */.ai, shape/* string */.Yj)),
    message: (0,shape/* optional */.lq)(shape/* string */.Yj),
    /** a state word, should an answer carry one */
    state: (0,shape/* optional */.lq)(shape/* string */.Yj),
    createdAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
    startedAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
    completedAt: (0,shape/* nullable */.me)(shape/* string */.Yj),
});
const JOB_STATUS_PAGE = (0,shape/* object */.Ik)({
    data: (0,shape/* object */.Ik)({ total: (0,shape/* optional */.lq)(shape/* numeric */.sH), requests: (0,shape/* array */.YO)(JOB_REQUEST) }),
});
const JOB_ANSWER = (0,shape/* optional */.lq)((0,shape/* object */.Ik)({ opID: (0,shape/* optional */.lq)(shape.id) }));
/** Purge, prefetch and job statuses of one Medianova CDN resource. */
class MedianovaCdn {
    auth;
    options;
    pollIntervalMs = medianova_limits/* POLL_INTERVAL_MS */.fv;
    constructor(auth, options) {
        this.auth = auth;
        this.options = options;
    }
    /** A hostname is looked up only when sending: a dry run shows where its uuid goes. */
    unresolvedResource() {
        const input = this.options.resource;
        return { id: input.includes('.') ? `<uuid of ${input}>` : input };
    }
    /**
     * A uuid is used as given when no host has to be checked; otherwise the
     * (paginated) resource list is read once, up to the first match.
     */
    async resolveResource() {
        const { resource: input, organization, checkHosts } = this.options;
        const byHost = input.includes('.');
        if (!byHost && !checkHosts)
            return { id: input };
        const wanted = byHost ? (0,hostnames/* asciiHostname */.r)(input) : input.toLowerCase();
        const { match, checked } = await this.findResource((resource) => byHost
            ? hostnamesOf(resource).includes(wanted)
            : resource.resource_uuid.toLowerCase() === wanted);
        if (!match) {
            throw new errors/* InputError */.dz('resource', byHost
                ? `no Medianova CDN resource in organization ${organization} has the hostname '${input}' (checked ${checked} resources' cdn_url and alias_domain)`
                : `no Medianova CDN resource in organization ${organization} has the uuid '${input}' (checked ${checked} resources)`);
        }
        return { id: match.resource_uuid, hostnames: hostnamesOf(match) };
    }
    /** Purge jobs take their batch size and (assumed) window from the time model the planner uses. */
    purgeModel(resource) {
        return medianovaPurgeModel(resource.id);
    }
    /** Medianova purges by path for every hostname of the resource. */
    purgeKey(target, resource) {
        return (0,resource_paths/* resourcePathOf */.b)(target, resource);
    }
    planPurge(targets, resource) {
        const { byUrl, byPrefix } = this.purgeModel(resource);
        if (targets.purgeAll)
            return this.jobs({ ...byPrefix, name: 'purge all' }, 'purge', resource, ['/*'], ['/*']);
        const urlPaths = (0,resource_paths/* toResourcePaths */.S)(targets.urls, resource, 'urls');
        const wildcards = (0,resource_paths/* toResourcePaths */.S)(targets.prefixes, resource, 'prefixes').map(toWildcardPath);
        return [
            ...this.jobs(byUrl, 'purge', resource, urlPaths, targets.urls),
            ...this.jobs(byPrefix, 'purge', resource, wildcards, targets.prefixes),
        ];
    }
    planPrefetch(urls, resource) {
        const paths = (0,resource_paths/* toResourcePaths */.S)(urls, resource, 'urls');
        checkPrefetchPaths(paths);
        const prefetch = {
            name: 'prefetch',
            itemsPerRequest: medianova_limits/* MAX_PATHS_PER_REQUEST */.q4,
            limits: [(0,medianova_limits/* jobLimit */.Z$)(resource.id, 'prefetch')],
        };
        return this.jobs(prefetch, 'prefetch', resource, paths, urls);
    }
    /** Medianova refused a job for its wildcards (the resource's "Wildcard Purge Suffix" is off). */
    isPrefixRefusal(error, request) {
        return (error instanceof errors/* ProviderError */.mZ &&
            isRefusal(error) &&
            hasWildcard(request.body.file_path));
    }
    /** Sends one job; its `opID` is the task id. A refused wildcard gets the option's name. */
    async send(request) {
        const body = request.body;
        try {
            const response = await this.auth.send({
                method: request.method,
                path: request.path,
                body,
                limits: request.limits,
                shape: JOB_ANSWER,
            });
            const opId = response.body?.opID;
            const taskIds = opId === undefined ? [] : [opId];
            return { taskIds, attempts: response.attempts };
        }
        catch (error) {
            if (error instanceof errors/* ProviderError */.mZ && this.isPrefixRefusal(error, request)) {
                throw new errors/* ProviderError */.mZ(error.provider, `${error.message.replace(/\.?$/, '.')} ${WILDCARD_HINT}`, { ...error.details, hinted: true });
            }
            throw error;
        }
    }
    async taskStatus(taskIds, resource, kind, options = {}) {
        const statuses = [];
        for (const id of taskIds) {
            statuses.push(jobState(id, await this.jobRequests(resource, kind, id, options.deadline)));
        }
        return statuses;
    }
    jobs(kind, job, resource, paths, originals) {
        const path = endpoints/* ENDPOINTS */.H.job(this.options.organization, resource.id, job);
        const size = kind.itemsPerRequest;
        return (0,list/* batch */.vA)(paths, size).map((filePaths, index) => ({
            kind: kind.name,
            method: 'POST',
            path,
            body: { resource_uuid: resource.id, file_path: filePaths },
            items: originals.slice(index * size, (index + 1) * size),
            limits: kind.limits,
        }));
    }
    /** Reads the resource list (readPages) up to the first resource that `isWanted`. */
    async findResource(isWanted) {
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const { body } = await this.auth.send({
                method: 'GET',
                path: endpoints/* ENDPOINTS */.H.resources(this.options.organization),
                query: { page },
                shape: RESOURCE_PAGE,
            });
            const { data } = body;
            return { items: data.data, total: data.total, lastPage: data.last_page };
        }, (resource) => resource.resource_uuid, { maxPages: medianova_limits/* MAX_LIST_PAGES */.rt, maxItems: medianova_limits/* MAX_LIST_ITEMS */.HD }, (resources) => resources.some(isWanted));
        return { match: list.items.find(isWanted), checked: list.items.length };
    }
    /** Every URL of job `opId`, across the status call's pages (readPages). */
    async jobRequests(resource, kind, opId, deadline) {
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const { body } = await this.auth.send({
                method: 'GET',
                path: endpoints/* ENDPOINTS */.H.job(this.options.organization, resource.id, kind),
                query: { page, limit: medianova_limits/* STATUS_PAGE_LIMIT */.fm, opID: opId },
                deadline,
                shape: JOB_STATUS_PAGE,
            });
            return { items: body.data.requests, total: body.data.total };
        }, 
        // a job lists each of its URLs once; the entry itself keys one without a URL
        (request) => `${request.opID ?? ''} ${request.url ?? JSON.stringify(request)}`, {
            maxPages: medianova_limits/* MAX_JOB_STATUS_PAGES */.V5,
            maxItems: medianova_limits/* MAX_JOB_STATUS_PAGES */.V5 * medianova_limits/* STATUS_PAGE_LIMIT */.fm,
            pageSize: medianova_limits/* STATUS_PAGE_LIMIT */.fm,
        });
        return list.items.filter((request) => request.opID === undefined || request.opID === opId);
    }
}
/** A resource's hostnames: `cdn_url` and every `alias_domain`, bare and lower case. */
function hostnamesOf(resource) {
    return [resource.cdn_url, ...(resource.alias_domain ?? [])]
        .filter((name) => typeof name === 'string' && name.trim() !== '')
        .map((name) => (0,hostnames/* asciiHostname */.r)(name
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/[/:].*$/, '')));
}
/**
 * A job failed when any URL of it says so: Medianova's panel shows jobs as
 * Running, Successful or Failed ("Manage Purge", clients.medianova.com), and
 * the API reports a word in `message` (or a string status) rather than a
 * documented code. Otherwise a job is done when every URL has `completedAt`.
 * The integer status codes are undocumented: shown with their message, never
 * read on their own.
 */
function jobState(id, requests) {
    if (requests.length === 0)
        return { id, state: 'pending', detail: 'not listed by Medianova (yet)' };
    const finished = requests.filter((request) => !!request.completedAt).length;
    const failed = requests.filter(saysFailed);
    const labels = new Map();
    for (const request of failed.length > 0 ? failed : requests) {
        const label = `status ${request.status ?? '?'}${request.message ? `: ${request.message}` : ''}`;
        labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    const codes = [...labels].map(([label, count]) => (count > 1 ? `${label} (×${count})` : label));
    if (failed.length > 0) {
        const example = failed[0]?.url ? `, e.g. ${failed[0].url}` : '';
        return {
            id,
            state: 'failed',
            detail: `${failed.length} of ${requests.length} failed${example}; ${codes.join(', ')}`,
        };
    }
    return {
        id,
        state: finished === requests.length ? 'done' : 'pending',
        detail: `${finished} of ${requests.length} finished; ${codes.join(', ')}`,
    };
}
const FAILURE_WORDS = /fail|error/i;
function saysFailed(request) {
    return [request.message, request.status, request.state].some((word) => typeof word === 'string' && FAILURE_WORDS.test(word));
}
/** Medianova saw the request and said no (not a throttle, outage or expired token). */
function isRefusal(error) {
    const status = error.status;
    return status !== undefined && status < 500 && status !== 401 && status !== 429;
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ENDPOINTS),
/* harmony export */   w: () => (/* binding */ STOOK_PREFIXES)
/* harmony export */ });
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9096);

/**
 * Every Medianova path, in one place so a wrong one is corrected here only.
 * Sources: the official API documentation (login, purge, Stook) and the
 * unofficial Go client fatihusta/medianova-go (resource list, prefetch path).
 */
/**
 * Where Stook lives: the first prefix, unless the first Stook call of a run
 * answers 404 there and the second answers (stook.ts). The docs page's
 * endpoint headers, an earlier revision of it and the unofficial client all
 * say `/api/v2`; only the page's generated HTTP samples (seed 002) show
 * `/api/api/v2`, a server URL ending in `/api` joined to a path starting with it.
 */
const STOOK_PREFIXES = ['/api/v2/stook', '/api/api/v2/stook'];
const ENDPOINTS = {
    /** POST {api_key, api_secret} -> {status, token, session, expire} (official) */
    login: '/api/v1/auth/login/token',
    /** GET ?page=N -> {data: {current_page, last_page, total, data: [...]}} (unofficial) */
    resources: (organization) => `/api/v1/cdn/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/resource`,
    /**
     * POST {resource_uuid, file_path} -> {status, opID}; GET ?page&limit&opID -> job statuses.
     * Purge is official; prefetch's path is the unofficial client's, same shape.
     */
    job: (organization, resource, kind) => `/api/v1/cdn/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/job/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(resource)}/${kind}`,
    /** GET: list of credentials */
    credentials: (prefix, organization) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credential`,
    /** GET, PUT, DELETE one credential */
    credential: (prefix, organization, id) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credential/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(id)}`,
    /** POST: create. Note the plural, unlike every other credential call. */
    createCredential: (prefix, organization) => `${prefix}/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSegment */ .p)(organization)}/credentials`,
};


/***/ }),

/***/ 8435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ MAX_LIST_ITEMS),
/* harmony export */   V5: () => (/* binding */ MAX_JOB_STATUS_PAGES),
/* harmony export */   Z$: () => (/* binding */ jobLimit),
/* harmony export */   fm: () => (/* binding */ STATUS_PAGE_LIMIT),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   nM: () => (/* binding */ ASSUMED_JOBS_PER_MINUTE),
/* harmony export */   q4: () => (/* binding */ MAX_PATHS_PER_REQUEST),
/* harmony export */   rt: () => (/* binding */ MAX_LIST_PAGES),
/* harmony export */   vP: () => (/* binding */ MEDIANOVA_BASE_URL)
/* harmony export */ });
/** Medianova's published limits (its API documentation, Purge page), and our own where it publishes none. */
const MEDIANOVA_BASE_URL = 'https://cloud.medianova.com';
/** Purge: "1 to 100 paths per request" (official). Prefetch's limit is unpublished: the same. */
const MAX_PATHS_PER_REQUEST = 100;
/** The job status call needs `limit` between 1 and 100: we read the most a page allows. */
const STATUS_PAGE_LIMIT = 100;
/**
 * Upper bound on pages read from one paginated list (resources, job statuses),
 * so an answer whose `last_page` or `total` never ends cannot loop for ever.
 */
const MAX_LIST_PAGES = 500;
/** Resources kept from the list at most. */
const MAX_LIST_ITEMS = 50_000;
/**
 * Pages of one job's status read at most: a job holds at most 100 paths (one
 * page), so more pages mean the `opID` filter was ignored.
 */
const MAX_JOB_STATUS_PAGES = 10;
/**
 * Medianova publishes no rate limit. cdnkit assumes one anyway, plans with it
 * (time-model.ts) and paces to it, so that a big purge neither counts on an
 * unknown allowance nor bursts: 10 jobs a minute per resource and job kind
 * (purge URL and wildcard jobs go to the same endpoint and count together;
 * prefetch jobs count apart). That is within what other CDN APIs publish for
 * purge calls (Gcore 2 URL + 1 pattern a minute, CDNetworks 10 per 5 minutes,
 * OnApp CDN 40 per 5 minutes) and still sends 1,000 URLs at once.
 * Our assumption, not Medianova's: change it here when a limit is published.
 * A 429 is still retried with backoff (honouring Retry-After) by the HTTP layer.
 */
const ASSUMED_JOBS_PER_MINUTE = 10;
/** The assumed job window of one resource and job kind: a minute plus a second of margin. */
const jobLimit = (resourceId, kind) => ({
    key: `medianova:${kind}-jobs:${resourceId}`,
    requests: ASSUMED_JOBS_PER_MINUTE,
    windowMs: 61_000,
});
/** How often `wait` polls job statuses. */
const POLL_INTERVAL_MS = 5_000;


/***/ }),

/***/ 1501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ interleave),
/* harmony export */   K4: () => (/* binding */ WILDCARD_PREFIX),
/* harmony export */   Xi: () => (/* binding */ totalRequests),
/* harmony export */   nU: () => (/* binding */ windowBoundMs),
/* harmony export */   q3: () => (/* binding */ requestCounts),
/* harmony export */   yh: () => (/* binding */ predictDurationMs)
/* harmony export */ });
/* harmony import */ var _http_pacing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2130);
/**
 * How long a purge takes at a provider's published limits: the one description
 * of per-request item limits, rate windows and daily quotas that the plan line,
 * the collapse planner and the benchmark all read. Each provider builds its own
 * (src/providers/<name>/time-model.ts) from its limits.ts; the maths is here.
 */

/**
 * A recursive wildcard, '/dir/*' for every object below /dir/ (Gcore patterns,
 * Medianova wildcards); a directory with a '*' in its name would read as one.
 */
const WILDCARD_PREFIX = {
    write: (directory) => `${directory}*`,
    accepts: (directory) => !directory.includes('*'),
};
/** The fewest requests `urls` exact URLs and `prefixes` prefixes take under `model`. */
function requestCounts(model, items) {
    if (model.mixed)
        return {
            byUrl: 0,
            byPrefix: 0,
            mixed: Math.ceil((items.urls + items.prefixes) / model.byUrl.itemsPerRequest),
        };
    return {
        byUrl: Math.ceil(items.urls / model.byUrl.itemsPerRequest),
        byPrefix: Math.ceil(items.prefixes / model.byPrefix.itemsPerRequest),
        mixed: 0,
    };
}
function totalRequests(counts) {
    return counts.byUrl + counts.byPrefix + counts.mixed;
}
/**
 * Unscaled milliseconds from the first request to the last when `counts`
 * requests are sent in the order `interleave` chooses, paced by the Pacer's own
 * sliding windows (the same maths `pacedDurationMs` and the client use).
 */
function predictDurationMs(model, counts) {
    const requests = [
        ...repeat(model.byUrl, counts.byUrl),
        ...repeat(model.byPrefix, counts.byPrefix),
        // a mixed request counts against the windows of both kinds (the same ones, at CDNetworks)
        ...repeat(mixedKind(model), counts.mixed),
    ];
    return interleave(requests).at(-1)?.atMs ?? 0;
}
/**
 * The same duration in closed form: for every window, n requests under it at R
 * per window W need floor((n - 1) / R) windows, and interleaving lets separate
 * windows run side by side, so the longest wins. Exact when no kind is subject to
 * two windows of different lengths (true of every model here; a test holds it to
 * `predictDurationMs`). O(windows): the planner calls it in its inner loop.
 */
function windowBoundMs(model, counts) {
    let longest = 0;
    for (const window of windowsOf(model)) {
        const requests = window.byUrl * counts.byUrl + window.byPrefix * counts.byPrefix + window.mixed * counts.mixed;
        if (requests > 0)
            longest = Math.max(longest, Math.floor((requests - 1) / window.limit.requests) * window.limit.windowMs);
    }
    return longest;
}
const windowCache = new WeakMap();
function windowsOf(model) {
    let windows = windowCache.get(model);
    if (!windows) {
        const under = (kind, key) => kind.limits.some((limit) => limit.key === key) ? 1 : 0;
        const mixed = mixedKind(model);
        windows = mixed.limits.map((limit) => ({
            limit,
            byUrl: under(model.byUrl, limit.key),
            byPrefix: under(model.byPrefix, limit.key),
            mixed: 1,
        }));
        windowCache.set(model, windows);
    }
    return windows;
}
/**
 * Orders requests so that those under separate windows overlap in time: each
 * step sends, of the first unsent request of every distinct set of limits, the
 * one that may start earliest (ties keep the given order). Within a set the
 * given order is kept. Returns each request with its unscaled start offset;
 * sent in this order by a paced client, the last starts at the last offset.
 */
function interleave(requests) {
    const queues = new Map();
    for (const request of requests) {
        const key = request.limits
            .map((limit) => limit.key)
            .sort()
            .join('\n');
        const queue = queues.get(key) ?? [];
        queue.push(request);
        queues.set(key, queue);
    }
    const heads = [...queues.values()].map((queue) => ({ queue, next: 0 }));
    const pacer = new _http_pacing_js__WEBPACK_IMPORTED_MODULE_0__/* .Pacer */ ._E({ now: () => 0, sleep: async () => { }, random: () => 0, scale: 1 });
    const order = [];
    let at = 0;
    while (order.length < requests.length) {
        let chosen;
        let chosenStart = Number.POSITIVE_INFINITY;
        for (const head of heads) {
            const request = head.queue[head.next];
            if (request === undefined)
                continue;
            const start = pacer.earliestStart(request.limits, at);
            if (start < chosenStart) {
                chosen = head;
                chosenStart = start;
            }
        }
        const request = chosen.queue[chosen.next++];
        at = chosenStart;
        pacer.record(request.limits, at);
        order.push({ request, atMs: at });
    }
    return order;
}
/** A request carrying both kinds counts against every window either kind is under. */
function mixedKind(model) {
    const limits = new Map([...model.byUrl.limits, ...model.byPrefix.limits].map((limit) => [limit.key, limit]));
    return { ...model.byUrl, limits: [...limits.values()] };
}
function repeat(kind, times) {
    return Array.from({ length: times }, () => kind);
}


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toResourcePaths),
/* harmony export */   b: () => (/* binding */ resourcePathOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6591);


/**
 * Providers that take paths without a domain (Gcore, Medianova): a full URL is
 * reduced to path + query once its host is known to belong to the resource;
 * every foreign host is named in one error.
 */
function toResourcePaths(targets, resource, input) {
    const hostnames = resource.hostnames?.map((host) => host.toLowerCase());
    const known = hostnames && new Set(hostnames);
    const foreign = new Set();
    const paths = targets.map((target) => {
        const { host, path } = (0,_url_js__WEBPACK_IMPORTED_MODULE_1__/* .targetParts */ .k2)(target);
        if (host !== undefined && known !== undefined && !known.has(host))
            foreign.add(host);
        return path;
    });
    if (foreign.size > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `host${foreign.size === 1 ? '' : 's'} ${[...foreign].join(', ')} ${foreign.size === 1 ? 'does' : 'do'} not belong to resource ${resource.id} (its hostnames: ${hostnames?.join(', ') || 'none'})`);
    }
    return paths;
}
/**
 * What a path-based provider purges for `target`: its path + query when its host
 * is the resource's (or unknown, or absent), undefined for another host. For
 * planning, where a URL the resource does not serve is simply not its object.
 */
function resourcePathOf(target, resource) {
    if (target.startsWith('/'))
        return target;
    // a normalised URL (normaliseTarget): scheme://host[:port]/path?query, the host lower case;
    // read without new URL(): a site walk calls this for every file
    const found = /^[a-z]+:\/\/([^/?#]*)(.*)$/.exec(target);
    if (!found)
        return (0,_url_js__WEBPACK_IMPORTED_MODULE_1__/* .splitTarget */ .Gd)(target).path;
    const path = found[2] || '/';
    if (resource.hostnames === undefined)
        return path;
    const host = found[1].replace(/:\d+$/, '');
    return resource.hostnames.some((name) => name.toLowerCase() === host) ? path : undefined;
}


/***/ })

};
;
//# sourceMappingURL=944.index.js.map