"use strict";
exports.id = 655;
exports.ids = [655];
exports.modules = {

/***/ 469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(942);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
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

;// CONCATENATED MODULE: ./src/http/client.ts



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
    http;
    baseUrl;
    constructor(options) {
        this.options = options;
        this.baseUrl = new URL(options.baseUrl ?? options.protocol.baseUrl);
        this.http = new lib/* HttpClient */.Qq('cdnkit', [], {
            socketTimeout: options.timeoutMs,
            allowRetries: false,
            allowRedirects: false,
            keepAlive: true,
        });
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
        for (let attempt = 0;; attempt++) {
            const settle = await this.options.pacer.acquire(request.limits ?? [], (ms) => {
                // a long silence in the log reads as a hang: say why we wait
                if (ms >= 1000 * timing.scale) {
                    logger.info(`${protocol.provider}: waiting ${(ms / timing.scale / 1000).toFixed(0)} s for the rate limit before ${action}`);
                }
            });
            let outcome;
            try {
                outcome = await this.send(request, url, body, action);
            }
            catch (error) {
                outcome = { error: this.networkError(error, action) };
            }
            finally {
                settle();
            }
            if ('response' in outcome) {
                outcome.response.attempts = attempt + 1;
                return outcome.response;
            }
            const { error } = outcome;
            error.details.attempts = attempt + 1;
            const retryable = error.details.retryable &&
                (request.retry !== 'throttled-only' || error.details.throttled === true);
            if (!retryable || attempt >= maxRetries)
                throw error;
            const delay = this.retryDelay(error, attempt) * timing.scale;
            logger.info(`${protocol.provider}: ${action} answered ${error.status ?? 'a network error'}; retry ${attempt + 1} of ${maxRetries} in ${(delay / 1000).toFixed(1)} s`);
            await timing.sleep(delay);
        }
    }
    /** Frees sockets kept alive, so the process can exit at once. */
    dispose() {
        this.http.dispose();
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
    async send(request, url, body, action) {
        const { protocol, logger } = this.options;
        const headers = {
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...request.headers,
        };
        const auth = request.authorize?.({ method: request.method, url, body, headers }) ?? {};
        const started = this.options.timing.now();
        this.requestsSent++;
        const response = await this.http.request(request.method, url.href, body ?? null, {
            ...headers,
            ...auth,
        });
        const status = response.message.statusCode ?? 0;
        const text = await response.readBody();
        const responseHeaders = response.message.headers;
        const requestId = this.requestIdOf(responseHeaders);
        if (requestId)
            this.lastRequestId = requestId;
        logger.debug(`${protocol.provider}: ${action} -> ${status} in ${this.options.timing.now() - started} ms${requestId ? ` (request id ${requestId})` : ''}`);
        const parsed = parseJson(text);
        const fail = (message, extra = {}) => ({
            error: new errors/* ProviderError */.mZ(protocol.provider, this.options.secrets.redact(message), {
                status,
                requestId,
                action,
                ...extra,
            }),
        });
        if (status < 200 || status > 299) {
            const { message, code } = parsed.ok ? protocol.errorMessage(parsed.value) : {};
            const throttled = status === 429 || (protocol.throttleStatuses ?? []).includes(status);
            return fail(message ?? (summarise(text) || `HTTP ${status}`), {
                code,
                throttled,
                retryable: throttled || isRetryableStatus(status),
                retryAfterMs: parseRetryAfter(header(responseHeaders, 'retry-after'), this.options.timing.now()),
            });
        }
        if (!parsed.ok) {
            return fail(`the response is not valid JSON (${text.length} bytes)`);
        }
        if (protocol.failureIn?.(parsed.value)) {
            const { message, code } = protocol.errorMessage(parsed.value);
            return fail(message ?? 'the provider reported a failure without a message', { code });
        }
        return {
            response: {
                status,
                body: parsed.value,
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
    networkError(error, action) {
        const reason = error instanceof Error ? error.message : String(error);
        const timedOut = /timeout/i.test(reason);
        const message = timedOut
            ? `no answer within ${this.options.timeoutMs / 1000} s (input 'timeout')`
            : `network error: ${this.options.secrets.redact(reason)}`;
        return new errors/* ProviderError */.mZ(this.options.protocol.provider, message, { action, retryable: true });
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
/** A short, single-line excerpt of a non-JSON error body (HTML error pages, proxies). */
function summarise(text) {
    const plain = text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}


/***/ }),

/***/ 655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOperation: () => (/* binding */ runOperation)
});

// EXTERNAL MODULE: ./src/http/client.ts + 1 modules
var client = __webpack_require__(469);
;// CONCATENATED MODULE: ./src/providers/http.ts

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
function providerHttpClient(ctx, protocol) {
    const { config } = ctx;
    return new client/* HttpClient */.Q({
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
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
;// CONCATENATED MODULE: ./src/providers/cdnetworks/sign.ts
/**
 * CDNetworks request signing, both methods, as pure functions of their inputs
 * (cdnetworks.md): the caller supplies the clock and the exact body bytes.
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
 * the Basic password) is a secret: it is registered before the request leaves.
 */
function requestSigner(credentials, secrets, now) {
    const { apiKey, apiSecret, username } = credentials;
    if (apiKey === undefined)
        throw new errors/* InputError */.dz('api-key', 'is required for CDNetworks');
    if (credentials.authMethod === 'aksk') {
        if (apiSecret === undefined)
            throw new errors/* InputError */.dz('api-secret', "is required with auth-method 'aksk'");
        return (request) => {
            const { headers, signature } = akskAuthorization(apiKey, apiSecret, now(), {
                method: request.method,
                url: request.url,
                body: request.body,
                contentType: request.headers['content-type'] ?? JSON_CONTENT_TYPE,
            });
            secrets.add(signature);
            return headers;
        };
    }
    if (username === undefined)
        throw new errors/* InputError */.dz('username', "is required with auth-method 'api-key'");
    return () => {
        const { headers, password, basicCredential } = apiKeyAuthorization(username, apiKey, rfc1123Date(now()));
        secrets.add(password);
        secrets.add(basicCredential);
        return headers;
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

;// CONCATENATED MODULE: ./src/targets/batch.ts
/** Splits `items` into consecutive batches of at most `size`, order kept. */
function batch(items, size) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`batch size must be a positive integer, got ${size}`);
    const batches = [];
    for (let i = 0; i < items.length; i += size)
        batches.push(items.slice(i, i + size));
    return batches;
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/endpoints.ts
/** Every CDNetworks path cdnkit calls, in one place so they are easy to correct. */
const ENDPOINTS = {
    purge: '/ccm/purge/ItemIdReceiver',
    purgeStatus: '/ccm/purge/ItemIdQuery',
    prefetch: '/ccm/fetch/ItemIdReceiver',
    prefetchStatus: '/ccm/fetch/ItemIdQuery',
    quota: '/ccm/purge/quota',
};

;// CONCATENATED MODULE: ./src/providers/cdnetworks/limits.ts
/** CDNetworks' published per-call and per-account limits (cdnetworks.md). */
const CDNETWORKS_BASE_URL = 'https://api.cdnetworks.com';
/** One purge call carries at most 500 `urls` and `dirs` together. */
const MAX_ITEMS_PER_PURGE = 500;
const MAX_URLS_PER_PREFETCH = 400;
/** `dirs` entries are at most 1000 characters (URLs: 2000, checked for every provider). */
const MAX_DIR_LENGTH = 1000;
/** Entries per page when reading a task's status. */
const STATUS_PAGE_SIZE = 50;
/** Five minutes plus 10 s of margin for clock skew and latency between us and CDNetworks. */
const FIVE_MINUTES = 310_000;
/** 300 API requests per 5 minutes per account, whatever the endpoint. */
const accountLimit = (account) => ({
    key: `cdnetworks:account:${account}`,
    requests: 300,
    windowMs: FIVE_MINUTES,
});
/** Recommended: at most 30 requests per 5 minutes to any single interface. */
const endpointLimit = (account, path) => ({
    key: `cdnetworks:endpoint:${account}:${path}`,
    requests: 30,
    windowMs: FIVE_MINUTES,
});
/** 429, and 446 `WPLUS_AccountApiTooFrequence`: both mean "slow down". */
const THROTTLE_STATUSES = [429, 446];
/** A throttled account waits for its 5-minute window to move: tens of seconds at least. */
const THROTTLE_BACKOFF = { floorMs: 20_000, baseMs: 40_000, capMs: 120_000 };
/**
 * How often `wait` polls: one status read per task every 10 s is what the
 * 30-per-5-minutes interface limit allows.
 */
const POLL_INTERVAL_MS = 10_000;

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
    baseUrl: CDNETWORKS_BASE_URL,
    requestIdHeaders: ['x-cnc-request-id'],
    errorMessage: cdnetworksErrorMessage,
    failureIn: cdnetworksFailureIn,
    throttleStatuses: THROTTLE_STATUSES,
    throttleBackoff: THROTTLE_BACKOFF,
};
function nonEmpty(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/quota.ts
const QUOTA_FIELDS = ['urlQuota', 'remainingUrlQuota', 'dirQuota', 'remainingDirQuota'];
/** The quota fields of an answer, or undefined when one is missing or not a number. */
function readQuota(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const quota = {};
    for (const field of QUOTA_FIELDS) {
        const value = toNumber(body[field]);
        if (value === undefined)
            return undefined;
        quota[field] = value;
    }
    return quota;
}
/** Why a purge of `needed` URLs and directories would exceed `quota`, or undefined if it fits. */
function quotaShortfall(needed, quota) {
    const over = [];
    if (needed.urls > quota.remainingUrlQuota)
        over.push(`${needed.urls} URLs, but only ${quota.remainingUrlQuota} of the daily ${quota.urlQuota} remain`);
    if (needed.dirs > quota.remainingDirQuota)
        over.push(`${needed.dirs} directories, but only ${quota.remainingDirQuota} of the daily ${quota.dirQuota} remain`);
    return over.length === 0 ? undefined : `this purge needs ${over.join('; and ')}`;
}
/** A purge refused before sending because the daily quota cannot cover it. */
class QuotaError extends Error {
    name = 'QuotaError';
}
function toNumber(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

// EXTERNAL MODULE: ./src/targets/url.ts
var targets_url = __webpack_require__(591);
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
        const host = /^https?:\/\//i.test(entry) ? hostOfRoot(entry) : entry.toLowerCase();
        if (host === undefined || !HOSTNAME.test(host)) {
            throw new errors/* InputError */.dz('resource', `'${entry.slice(0, 80)}' is not a domain; give the CDN hostname(s), e.g. cdn.example.com, comma-separated`);
        }
        return host;
    });
    return [...new Set(domains)];
}
/** urls -> `urls`, prefixes -> `dirs`, purge-all -> the root dir of every domain. */
function purgeItems(targets, domains) {
    if (targets.purgeAll) {
        if (domains.length === 0) {
            throw new errors/* InputError */.dz('resource', 'is required for purge-all on CDNetworks: name the domain(s) to purge entirely, comma-separated');
        }
        return domains.map((domain) => {
            const root = `https://${domain}/`;
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
            ? `is required for paths without a host such as '${preview(target)}' (input '${input}'): set it to the domain, e.g. cdn.example.com, or give full URLs`
            : `names ${domains.length} domains, so '${preview(target)}' (input '${input}') is ambiguous: give full URLs, or one domain`);
    }
    const url = `https://${domains[0]}${target}`;
    if (url.length > targets_url/* MAX_URL_LENGTH */.m2) {
        throw new errors/* InputError */.dz(input, `'${preview(target)}' becomes ${url.length} characters with its domain; at most ${targets_url/* MAX_URL_LENGTH */.m2} are allowed`);
    }
    return url;
}
/** A directory to purge: `/images/*` and `/images/` both become `https://<domain>/images/`. */
function toDir(prefix, domains) {
    const url = fullUrl(prefix, domains, 'prefixes');
    const dir = url.endsWith('/*') ? url.slice(0, -1) : url;
    if (dir.includes('*')) {
        throw new errors/* InputError */.dz('prefixes', `'${preview(prefix)}': CDNetworks purges whole directories, not wildcard patterns; use '/dir/' or '/dir/*'`);
    }
    if (!dir.endsWith('/')) {
        throw new errors/* InputError */.dz('prefixes', `'${preview(prefix)}' must end in '/' or '/*': CDNetworks purges directories`);
    }
    if (dir.length > MAX_DIR_LENGTH) {
        throw new errors/* InputError */.dz('prefixes', `'${preview(prefix)}' is ${dir.length} characters as a directory URL; at most ${MAX_DIR_LENGTH} are allowed`);
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
function preview(text) {
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

;// CONCATENATED MODULE: ./src/providers/cdnetworks/tasks.ts
/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES = {
    success: 'done',
    failure: 'failed',
    wait: 'pending',
    run: 'pending',
};
function entryState(entry) {
    return ENTRY_STATES[entry.status ?? ''] ?? 'pending';
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

;// CONCATENATED MODULE: ./src/providers/cdnetworks/cdn.ts








/** Purge, prefetch, task status and quota of one CDNetworks account. */
class CdnetworksCdn {
    http;
    options;
    pollIntervalMs = POLL_INTERVAL_MS;
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
    planPurge(targets, _resource) {
        const action = this.options.purgeAction;
        return batch(purgeItems(targets, this.options.domains), MAX_ITEMS_PER_PURGE).map((chunk) => {
            const urls = chunk.filter((item) => item.kind === 'url').map((item) => item.value);
            const dirs = chunk.filter((item) => item.kind === 'dir').map((item) => item.value);
            const body = {
                ...(urls.length > 0 ? { urls, urlAction: action } : {}),
                ...(dirs.length > 0 ? { dirs, dirAction: action } : {}),
            };
            return {
                kind: urls.length === 0
                    ? 'purge dirs'
                    : dirs.length === 0
                        ? 'purge URLs'
                        : 'purge URLs and dirs',
                method: 'POST',
                path: ENDPOINTS.purge,
                body,
                items: chunk.map((item) => item.original),
                limits: this.limits(ENDPOINTS.purge),
            };
        });
    }
    planPrefetch(urls, _resource) {
        const full = urls.map((url) => fullUrl(url, this.options.domains, 'urls'));
        return batch(full.map((url, i) => [url, urls[i]]), MAX_URLS_PER_PREFETCH).map((chunk) => ({
            kind: 'prefetch',
            method: 'POST',
            path: ENDPOINTS.prefetch,
            body: { urls: chunk.map(([url]) => url), isRange: 0 },
            items: chunk.map(([, original]) => original),
            limits: this.limits(ENDPOINTS.prefetch),
        }));
    }
    /** With `check-quota`: refuses, before anything is purged, a purge the daily quota cannot take. */
    async preflight(requests) {
        if (!this.options.checkQuota)
            return;
        const bodies = requests.map((request) => request.body);
        const needed = {
            urls: bodies.reduce((sum, body) => sum + (body.urls?.length ?? 0), 0),
            dirs: bodies.reduce((sum, body) => sum + (body.dirs?.length ?? 0), 0),
        };
        const response = await this.post(ENDPOINTS.quota, {});
        const quota = readQuota(response.body);
        if (!quota) {
            throw this.error(response, ENDPOINTS.quota, 'the quota answer lacks urlQuota, remainingUrlQuota, dirQuota or remainingDirQuota');
        }
        const shortfall = quotaShortfall(needed, quota);
        if (shortfall) {
            throw new QuotaError(`CDNetworks daily purge quota: ${shortfall}. Nothing was purged; purge fewer URLs, use 'prefixes', or ask CDNetworks to raise the quota (quota read in request id ${response.requestId ?? 'unknown'})`);
        }
        this.options.logger.info(`CDNetworks quota: ${quota.remainingUrlQuota} of ${quota.urlQuota} URLs and ${quota.remainingDirQuota} of ${quota.dirQuota} directories remain today; this purge uses ${needed.urls} and ${needed.dirs}`);
    }
    async send(request) {
        const response = await this.post(request.path, request.body, request.limits);
        if (!isSuccessCode(response.body?.Code)) {
            const said = response.body?.Message ? `: ${response.body.Message}` : '';
            throw this.error(response, request.path, `answered Code ${String(response.body?.Code)}${said}`);
        }
        const itemId = response.body.itemId;
        return {
            taskIds: itemId === undefined || itemId === '' ? [] : [String(itemId)],
            attempts: response.attempts,
        };
    }
    /** Done and failed tasks stay so: they are read once, which spares the 30-per-5-minutes budget. */
    async taskStatus(taskIds, _resource, kind) {
        const path = kind === 'purge' ? ENDPOINTS.purgeStatus : ENDPOINTS.prefetchStatus;
        const statuses = [];
        for (const id of taskIds) {
            const key = `${kind}:${id}`;
            const status = this.settled.get(key) ?? (await this.readTask(path, id));
            if (status.state !== 'pending')
                this.settled.set(key, status);
            statuses.push(status);
        }
        return statuses;
    }
    /**
     * A task's entries, page by page until `count` are read, or until a page
     * shows an entry not yet successful: the task cannot be done then, and the
     * remaining pages would only spend the interface's request budget.
     */
    async readTask(path, itemId) {
        const entries = [];
        for (let pageNo = 1;; pageNo++) {
            const { body } = await this.post(path, {
                itemId,
                pageNo,
                pageSize: STATUS_PAGE_SIZE,
            });
            const page = Array.isArray(body?.resultDetail) ? body.resultDetail : [];
            for (const entry of page)
                entries.push(entry);
            const count = Number(body?.count) || entries.length;
            const unfinished = page.some((entry) => entryState(entry) !== 'done');
            if (page.length === 0 || entries.length >= count || unfinished)
                return taskStatusOf(itemId, entries, count);
        }
    }
    post(path, body, limits = this.limits(path)) {
        return this.http.request({
            method: 'POST',
            path,
            body,
            limits,
            authorize: this.options.sign,
        });
    }
    /** Every call counts against the account and against its own interface. */
    limits(path) {
        return [accountLimit(this.options.account), endpointLimit(this.options.account, path)];
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

;// CONCATENATED MODULE: ./src/providers/cdnetworks/session.ts





function createCdnetworksSession(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, cdnetworksProtocol);
    return {
        name: 'cdnetworks',
        http,
        cdn: new CdnetworksCdn(http, {
            domains: parseDomains(config.resource),
            account: accountKey(config.credentials),
            purgeAction: config.purgeAction,
            checkQuota: config.checkQuota,
            sign: requestSigner(config.credentials, ctx.secrets, () => ctx.timing.now()),
            logger: ctx.logger,
        }),
    };
}

;// CONCATENATED MODULE: ./src/providers/gcore/api.ts

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
            if (!(error instanceof errors/* ProviderError */.mZ) || error.status !== 401)
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
            if (error instanceof errors/* ProviderError */.mZ)
                error.details.attempts = (error.details.attempts ?? 1) + earlier;
            throw error;
        }
    }
    async get(path, query) {
        return (await this.request({ method: 'GET', path, query })).body;
    }
}

;// CONCATENATED MODULE: ./src/providers/gcore/endpoints.ts
/** Every Gcore path cdnkit calls, in one place (gcore.md), so a moved endpoint is one edit. */
const GCORE_PATHS = {
    jwtLogin: '/iam/auth/jwt/login',
    jwtRefresh: '/iam/auth/jwt/refresh',
    /** the user behind the credentials: used to verify a new token */
    usersMe: '/iam/users/me',
    /** the account (client) behind the credentials: its `id` is the client id */
    clientsMe: '/iam/clients/me',
    /** v2 token endpoints; v1 create is deprecated (removal announced for 2026-07-17) */
    tokens: (clientId) => `/iam/v2/clients/${clientId}/tokens`,
    token: (clientId, tokenId) => `/iam/v2/clients/${clientId}/tokens/${tokenId}`,
    resources: '/cdn/resources',
    resource: (id) => `/cdn/resources/${id}`,
    purge: (resourceId) => `/cdn/resources/${resourceId}/purge`,
    prefetch: (resourceId) => `/cdn/resources/${resourceId}/prefetch`,
    purgeStatuses: '/cdn/purge_statuses',
};

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
    secrets;
    timing;
    logger;
    session;
    constructor(http, credentials, secrets, timing, logger) {
        this.http = http;
        this.credentials = credentials;
        this.secrets = secrets;
        this.timing = timing;
        this.logger = logger;
    }
    async login() {
        const { username, password } = this.credentials;
        const session = await this.exchange(GCORE_PATHS.jwtLogin, { username, password });
        return {
            token: session.access,
            expiresAt: session.expiresAtMs === undefined ? undefined : new Date(session.expiresAtMs).toISOString(),
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
            await this.exchange(GCORE_PATHS.jwtRefresh, { refresh: this.session.refresh });
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
        });
        const { access, refresh } = response.body ?? {};
        if (typeof access === 'string')
            this.secrets.add(access);
        if (typeof refresh === 'string')
            this.secrets.add(refresh);
        if (typeof access !== 'string' || access === '') {
            throw new errors/* ProviderError */.mZ('gcore', 'the answer carries no access token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${path}`,
            });
        }
        this.session = {
            access,
            // a refresh answer without a new refresh token keeps the old one
            refresh: typeof refresh === 'string' && refresh !== '' ? refresh : (this.session?.refresh ?? ''),
            expiresAtMs: jwtExpiryMs(access),
        };
        return this.session;
    }
}

;// CONCATENATED MODULE: ./src/targets/resource-paths.ts


/**
 * Providers that take paths without a domain (Gcore, Medianova): a full URL is
 * reduced to path + query once its host is known to belong to the resource;
 * every foreign host is named in one error.
 */
function toResourcePaths(targets, resource, input) {
    const hostnames = resource.hostnames?.map((host) => host.toLowerCase());
    const foreign = new Set();
    const paths = targets.map((target) => {
        const { host, path } = (0,targets_url/* splitTarget */.Gd)(target);
        if (host !== undefined && hostnames !== undefined && !hostnames.includes(host))
            foreign.add(host);
        return path;
    });
    if (foreign.size > 0) {
        throw new errors/* InputError */.dz(input, `host${foreign.size === 1 ? '' : 's'} ${[...foreign].join(', ')} ${foreign.size === 1 ? 'does' : 'do'} not belong to resource ${resource.id} (its hostnames: ${hostnames?.join(', ') || 'none'})`);
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/providers/gcore/limits.ts
/** Gcore's published per-request and per-resource limits (gcore.md). */
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
const limits_THROTTLE_BACKOFF = { floorMs: 60_000, baseMs: 60_000, capMs: 120_000 };
/** Permanent API tokens an account may hold. */
const MAX_TOKENS_PER_ACCOUNT = 50;
/**
 * This run's purges are searched in the status list from a minute before the
 * first request, so a runner clock ahead of Gcore's does not hide them.
 */
const PURGE_STATUS_CLOCK_SKEW_MS = 60_000;
/** How often `wait` polls purge statuses. */
const limits_POLL_INTERVAL_MS = 5_000;

;// CONCATENATED MODULE: ./src/providers/gcore/list.ts
/** Gcore lists are a bare array, or `{ count, next, previous, results }` when paginated. */
function listItems(body) {
    if (Array.isArray(body))
        return body;
    const results = body?.results;
    return Array.isArray(results) ? results : [];
}

;// CONCATENATED MODULE: ./src/providers/gcore/cdn.ts







const STATUS_REPORT_DISABLED = 'Status report disabled';
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
    pollIntervalMs = limits_POLL_INTERVAL_MS;
    noStatus = {
        prefetch: "Gcore reports no status for prefetch requests: the prefetch was accepted, and 'wait' has nothing to poll (status stays 'pending').",
    };
    resolved;
    /** ISO time this run's purges are searched from, once they were sent */
    searchFrom;
    warnedUnverifiable = false;
    constructor(api, resourceInput, logger) {
        this.api = api;
        this.resourceInput = resourceInput;
        this.logger = logger;
    }
    unresolvedResource() {
        return { id: this.resourceInput };
    }
    /** An id is read directly; a hostname is matched against the resource list (once a run). */
    async resolveResource() {
        this.resolved ??= await this.lookUpResource();
        return this.resolved;
    }
    planPurge(targets, resource) {
        const path = GCORE_PATHS.purge(resource.id);
        if (targets.purgeAll) {
            return [
                {
                    kind: 'purge all',
                    method: 'POST',
                    path,
                    body: { paths: [] },
                    items: ['/*'],
                    limits: [patternPurgeLimit(resource.id)],
                },
            ];
        }
        const byUrl = batchPaths(targets.urls, resource, 'urls', MAX_URLS_PER_PURGE).map(([paths, items]) => ({
            kind: 'purge by URL',
            method: 'POST',
            path,
            body: { urls: paths },
            items,
            limits: [urlPurgeLimit(resource.id)],
        }));
        const byPattern = batchPaths(targets.prefixes, resource, 'prefixes', MAX_PATTERNS_PER_PURGE).map(([paths, items]) => ({
            kind: 'purge by pattern',
            method: 'POST',
            path,
            body: { paths },
            items,
            limits: [patternPurgeLimit(resource.id)],
        }));
        return [...byUrl, ...byPattern];
    }
    planPrefetch(urls, resource) {
        return batchPaths(urls, resource, 'urls', MAX_PATHS_PER_PREFETCH).map(([paths, items]) => ({
            kind: 'prefetch',
            method: 'POST',
            path: GCORE_PATHS.prefetch(resource.id),
            body: { paths },
            items,
            limits: [prefetchLimit(resource.id)],
        }));
    }
    async send(request) {
        const response = await this.api.request({
            method: request.method,
            path: request.path,
            body: request.body,
            limits: request.limits,
        });
        return { taskIds: [], attempts: response.attempts };
    }
    /**
     * The purge call returns no id: this run's purges are found in the status list
     * by cname, creation time and payload; the newest match wins, so an identical
     * purge from an earlier run is not mistaken for this one.
     */
    async findTaskIds(sent, resource, since) {
        const purges = sent.filter((request) => request.path.endsWith('/purge'));
        if (purges.length === 0 || !resource.cname)
            return [];
        this.searchFrom = new Date(since - PURGE_STATUS_CLOCK_SKEW_MS).toISOString();
        const newestFirst = [...(await this.statuses(resource, this.searchFrom))].sort((a, b) => createdMs(b) - createdMs(a));
        const ids = [];
        for (const request of purges) {
            const key = payloadKey(request.body);
            const match = newestFirst.find((status) => !ids.includes(String(status.purge_id)) && payloadKey(status.payload) === key);
            if (match)
                ids.push(String(match.purge_id));
        }
        return ids;
    }
    async taskStatus(taskIds, resource) {
        const statuses = await this.statuses(resource, this.searchFrom);
        return taskIds.map((id) => {
            const found = statuses.find((status) => String(status.purge_id) === id);
            if (!found)
                return { id, state: 'pending', detail: 'not listed by Gcore (yet)' };
            const state = STATUS_STATES[found.status] ?? 'pending';
            if (found.status !== STATUS_REPORT_DISABLED)
                return { id, state, detail: found.status };
            if (!this.warnedUnverifiable) {
                this.warnedUnverifiable = true;
                this.logger.warning(`Gcore has purge status reports disabled for ${resource.cname ?? resource.id}: the purge was accepted but its completion cannot be verified.`);
            }
            return { id, state, detail: 'status report disabled: accepted, not verifiable' };
        });
    }
    async lookUpResource() {
        const input = this.resourceInput;
        if (/^\d+$/.test(input)) {
            return toResource(await this.api.get(GCORE_PATHS.resource(input)));
        }
        const host = input.toLowerCase();
        const all = listItems(await this.api.get(GCORE_PATHS.resources));
        const match = all.find((resource) => !resource.deleted &&
            resource.status !== 'deleted' &&
            hostnamesOf(resource).some((name) => name.toLowerCase() === host));
        if (!match) {
            throw new errors/* InputError */.dz('resource', `no Gcore CDN resource has the hostname '${input}' (checked the cname and secondaryHostnames of ${all.length} resources)`);
        }
        return toResource(match);
    }
    async statuses(resource, fromCreated) {
        return listItems(await this.api.get(GCORE_PATHS.purgeStatuses, {
            cname: resource.cname,
            from_created: fromCreated,
        }));
    }
}
/** Paths for Gcore (hosts checked against the resource), batched with the targets they came from. */
function batchPaths(targets, resource, input, size) {
    const paths = toResourcePaths(targets, resource, input);
    return batch(paths.map((path, i) => [path, targets[i]]), size).map((chunk) => [chunk.map(([path]) => path), chunk.map(([, target]) => target)]);
}
function hostnamesOf(resource) {
    return [resource.cname, ...(resource.secondaryHostnames ?? [])].filter(Boolean);
}
function toResource(found) {
    return { id: String(found.id), cname: found.cname, hostnames: hostnamesOf(found) };
}
function pathOf(item) {
    if (!/^https?:\/\//i.test(item))
        return item;
    try {
        return (0,targets_url/* splitTarget */.Gd)(item).path;
    }
    catch {
        return item;
    }
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
    const items = (body?.urls ?? body?.paths ?? []).map(pathOf);
    return JSON.stringify([kind, items.sort()]);
}

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
        const parts = Object.entries(errors).map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`);
        if (parts.length > 0)
            return { message: parts.join('; ') };
    }
    return {};
}
const gcoreProtocol = {
    provider: 'gcore',
    baseUrl: GCORE_BASE_URL,
    requestIdHeaders: ['x-request-id', 'x-trace-id'],
    errorMessage: gcoreErrorMessage,
    throttleBackoff: limits_THROTTLE_BACKOFF,
};

;// CONCATENATED MODULE: ./src/providers/gcore/roles.ts

/** Gcore's built-in roles (gcore.md); names are exact strings. */
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






/** Gcore permanent API tokens (IAM v2), for the account the credentials belong to. */
class GcoreTokens {
    api;
    secrets;
    maxTokens = MAX_TOKENS_PER_ACCOUNT;
    inUseTokenId;
    clientIdLookup;
    constructor(api, secrets, options) {
        this.api = api;
        this.secrets = secrets;
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
        this.clientIdLookup ??= this.api.get(GCORE_PATHS.clientsMe).then((me) => {
            if (typeof me?.id !== 'number' && typeof me?.id !== 'string') {
                throw new errors/* ProviderError */.mZ('gcore', "the answer carries no client 'id'; set 'client-id'", {
                    action: `GET ${GCORE_PATHS.clientsMe}`,
                });
            }
            return String(me.id);
        });
        return this.clientIdLookup;
    }
    async list() {
        const path = GCORE_PATHS.tokens(await this.clientId());
        const body = await this.api.get(path, { deleted: false });
        return listItems(body)
            .filter((token) => !token.deleted)
            .map(toApiToken);
    }
    async get(id) {
        return toApiToken(await this.api.get(GCORE_PATHS.token(await this.clientId(), id)));
    }
    /** Creates with v2 only; the secret is registered the instant the answer is read. */
    async create(token) {
        const path = GCORE_PATHS.tokens(await this.clientId());
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
        });
        const secret = response.body?.token;
        if (typeof secret === 'string')
            this.secrets.add(secret);
        if (typeof secret !== 'string' || secret === '') {
            const id = response.body?.id;
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
            path: GCORE_PATHS.usersMe,
            headers: apiKeyHeader(secret),
        });
    }
    async delete(id) {
        await this.api.request({
            method: 'DELETE',
            path: GCORE_PATHS.token(await this.clientId(), id),
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

;// CONCATENATED MODULE: ./src/providers/gcore/session.ts






/** Gcore for one run: a permanent token or a JWT session, the CDN and the IAM token API. */
function createGcoreSession(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, gcoreProtocol);
    const { apiToken, username, password } = config.credentials;
    // parseConfig guarantees either a permanent token or username + password
    const jwt = apiToken === undefined
        ? new JwtAuth(http, { username: username ?? '', password: password ?? '' }, ctx.secrets, ctx.timing, ctx.logger)
        : undefined;
    const api = new GcoreApi(http, jwt ?? new PermanentTokenAuth(apiToken ?? ''));
    return {
        name: 'gcore',
        http,
        cdn: new GcoreCdn(api, config.resource ?? '', ctx.logger),
        tokens: new GcoreTokens(api, ctx.secrets, { clientId: config.token.clientId, apiToken }),
        ...(jwt ? { login: () => jwt.login() } : {}),
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/endpoints.ts
/**
 * Every Medianova path, in one place so a wrong one is corrected here only.
 * Sources: the official API documentation (login, purge, Stook) and the
 * unofficial Go client fatihusta/medianova-go (resource list, prefetch path).
 */
/**
 * Stook credentials live under this prefix. The seed page shows the doubled
 * `/api/api/v2/stook`; other pages of the same docs show `/api/v2/stook`.
 */
const STOOK_PREFIX = '/api/api/v2/stook';
const segment = encodeURIComponent;
const endpoints_ENDPOINTS = {
    /** POST {api_key, api_secret} -> {status, token, session, expire} (official) */
    login: '/api/v1/auth/login/token',
    /** GET ?page=N -> {data: {current_page, last_page, total, data: [...]}} (unofficial) */
    resources: (organization) => `/api/v1/cdn/${segment(organization)}/resource`,
    /**
     * POST {resource_uuid, file_path} -> {status, opID}; GET ?page&limit&opID -> job statuses.
     * Purge is official; prefetch's path is the unofficial client's, same shape.
     */
    job: (organization, resource, kind) => `/api/v1/cdn/${segment(organization)}/job/${segment(resource)}/${kind}`,
    /** GET: list of credentials */
    credentials: (organization) => `${STOOK_PREFIX}/${segment(organization)}/credential`,
    /** GET, PUT, DELETE one credential */
    credential: (organization, id) => `${STOOK_PREFIX}/${segment(organization)}/credential/${segment(id)}`,
    /** POST: create. Note the plural, unlike every other credential call. */
    createCredential: (organization) => `${STOOK_PREFIX}/${segment(organization)}/credentials`,
};

;// CONCATENATED MODULE: ./src/providers/medianova/auth.ts


/** `expire` (unix seconds) as ISO 8601 UTC; undefined when it is not a usable number. */
function expiryIso(expire) {
    const seconds = typeof expire === 'string' && /^\d+$/.test(expire) ? Number(expire) : expire;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0)
        return undefined;
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
    secrets;
    logger;
    token;
    tokenGiven;
    constructor(http, credentials, secrets, logger) {
        this.http = http;
        this.credentials = credentials;
        this.secrets = secrets;
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
            path: endpoints_ENDPOINTS.login,
            body: { api_key: apiKey, api_secret: apiSecret },
        });
        const { token, session, expire } = response.body ?? {};
        if (typeof session === 'string')
            this.secrets.add(session);
        if (typeof token !== 'string' || token === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the login answer carries no token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${endpoints_ENDPOINTS.login}`,
            });
        }
        this.secrets.add(token);
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

;// CONCATENATED MODULE: ./src/providers/medianova/limits.ts
/** Medianova's published limits (medianova.md), and our own where it publishes none. */
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
/**
 * No rate limits are published: requests are sent one after another, unpaced,
 * and a 429 or 5xx is retried with backoff (honouring Retry-After) by the HTTP layer.
 */
const JOB_RATE_LIMITS = [];
/** How often `wait` polls job statuses. */
const medianova_limits_POLL_INTERVAL_MS = 5_000;

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

;// CONCATENATED MODULE: ./src/providers/medianova/cdn.ts






/** Purge, prefetch and job statuses of one Medianova CDN resource. */
class MedianovaCdn {
    auth;
    options;
    pollIntervalMs = medianova_limits_POLL_INTERVAL_MS;
    constructor(auth, options) {
        this.auth = auth;
        this.options = options;
    }
    unresolvedResource() {
        return { id: this.options.resource };
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
        const wanted = input.toLowerCase();
        const { match, checked } = await this.findResource((resource) => byHost
            ? cdn_hostnamesOf(resource).includes(wanted)
            : resource.resource_uuid?.toLowerCase() === wanted);
        if (!match) {
            throw new errors/* InputError */.dz('resource', byHost
                ? `no Medianova CDN resource in organization ${organization} has the hostname '${input}' (checked ${checked} resources' cdn_url and alias_domain)`
                : `no Medianova CDN resource in organization ${organization} has the uuid '${input}' (checked ${checked} resources)`);
        }
        return { id: match.resource_uuid, hostnames: cdn_hostnamesOf(match) };
    }
    planPurge(targets, resource) {
        if (targets.purgeAll)
            return this.jobs('purge all', 'purge', resource, ['/*'], ['/*']);
        const urlPaths = toResourcePaths(targets.urls, resource, 'urls');
        const wildcards = toResourcePaths(targets.prefixes, resource, 'prefixes').map(toWildcardPath);
        return [
            ...this.jobs('purge by URL', 'purge', resource, urlPaths, targets.urls),
            ...this.jobs('purge by wildcard', 'purge', resource, wildcards, targets.prefixes),
        ];
    }
    planPrefetch(urls, resource) {
        const paths = toResourcePaths(urls, resource, 'urls');
        checkPrefetchPaths(paths);
        return this.jobs('prefetch', 'prefetch', resource, paths, urls);
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
            });
            const opId = response.body?.opID;
            const taskIds = typeof opId === 'string' || typeof opId === 'number' ? [String(opId)] : [];
            return { taskIds, attempts: response.attempts };
        }
        catch (error) {
            if (error instanceof errors/* ProviderError */.mZ && hasWildcard(body.file_path) && isRefusal(error)) {
                throw new errors/* ProviderError */.mZ(error.provider, `${error.message.replace(/\.?$/, '.')} ${WILDCARD_HINT}`, error.details);
            }
            throw error;
        }
    }
    async taskStatus(taskIds, resource, kind) {
        const statuses = [];
        for (const id of taskIds)
            statuses.push(jobState(id, await this.jobRequests(resource, kind, id)));
        return statuses;
    }
    jobs(kind, job, resource, paths, originals) {
        const pairs = paths.map((path, i) => [path, originals[i]]);
        return batch(pairs, MAX_PATHS_PER_REQUEST).map((chunk) => ({
            kind,
            method: 'POST',
            path: endpoints_ENDPOINTS.job(this.options.organization, resource.id, job),
            body: { resource_uuid: resource.id, file_path: chunk.map(([path]) => path) },
            items: chunk.map(([, original]) => original),
            limits: JOB_RATE_LIMITS,
        }));
    }
    async findResource(isWanted) {
        let checked = 0;
        for (let page = 1; page <= MAX_LIST_PAGES; page++) {
            const response = await this.auth.send({
                method: 'GET',
                path: endpoints_ENDPOINTS.resources(this.options.organization),
                query: { page },
            });
            const data = response.body?.data;
            const items = data?.data ?? [];
            checked += items.length;
            const match = items.find(isWanted);
            if (match)
                return { match, checked };
            if (items.length === 0 || page >= Number(data?.last_page ?? page))
                break;
        }
        return { checked };
    }
    /** Every URL of job `opId`, across the status call's pages. */
    async jobRequests(resource, kind, opId) {
        const requests = [];
        for (let page = 1; page <= MAX_LIST_PAGES; page++) {
            const response = await this.auth.send({
                method: 'GET',
                path: endpoints_ENDPOINTS.job(this.options.organization, resource.id, kind),
                query: { page, limit: STATUS_PAGE_LIMIT, opID: opId },
            });
            const data = response.body?.data;
            const items = data?.requests ?? [];
            for (const item of items)
                requests.push(item);
            if (items.length === 0 || requests.length >= Number(data?.total ?? 0))
                break;
        }
        return requests.filter((request) => request.opID === undefined || String(request.opID) === opId);
    }
}
/** A resource's hostnames: `cdn_url` and every `alias_domain`, bare and lower case. */
function cdn_hostnamesOf(resource) {
    const aliases = Array.isArray(resource.alias_domain) ? resource.alias_domain : [];
    return [resource.cdn_url, ...aliases]
        .filter((name) => typeof name === 'string' && name.trim() !== '')
        .map((name) => name
        .trim()
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/[/:].*$/, ''));
}
/**
 * A job is done when every URL in it has `completedAt`. Medianova's integer
 * status codes are undocumented: shown with their message, never read as failure.
 */
function jobState(id, requests) {
    if (requests.length === 0)
        return { id, state: 'pending', detail: 'not listed by Medianova (yet)' };
    const finished = requests.filter((request) => !!request.completedAt).length;
    const labels = new Map();
    for (const request of requests) {
        const label = `status ${request.status ?? '?'}${request.message ? `: ${request.message}` : ''}`;
        labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    const codes = [...labels].map(([label, count]) => (count > 1 ? `${label} (×${count})` : label));
    return {
        id,
        state: finished === requests.length ? 'done' : 'pending',
        detail: `${finished} of ${requests.length} finished; ${codes.join(', ')}`,
    };
}
/** Medianova saw the request and said no (not a throttle, outage or expired token). */
function isRefusal(error) {
    const status = error.status;
    return status !== undefined && status < 500 && status !== 401 && status !== 429;
}

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
            parts.push(`${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`);
        }
    }
    return parts.length > 0 ? { message: parts.join('; ') } : {};
}
const medianovaProtocol = {
    provider: 'medianova',
    baseUrl: MEDIANOVA_BASE_URL,
    requestIdHeaders: [],
    errorMessage: medianovaErrorMessage,
    failureIn: (body) => typeof body === 'object' && body !== null && body.status === false,
};

;// CONCATENATED MODULE: ./src/providers/medianova/stook.ts


/** Stook object-storage credentials of one organization (seed 002, official). */
class StookCredentials {
    auth;
    organization;
    secrets;
    constructor(auth, organization, secrets) {
        this.auth = auth;
        this.organization = organization;
        this.secrets = secrets;
    }
    async list() {
        const data = await this.data({
            method: 'GET',
            path: endpoints_ENDPOINTS.credentials(this.organization),
        });
        return (Array.isArray(data) ? data : []).map(toCredential);
    }
    async get(id) {
        const path = endpoints_ENDPOINTS.credential(this.organization, id);
        return this.checked(await this.data({ method: 'GET', path }), `GET ${path}`);
    }
    /**
     * `POST .../credentials` (plural). Retried only when throttled, so a retry never
     * makes a second credential; the secret key is registered before anything else.
     */
    async create(settings) {
        const path = endpoints_ENDPOINTS.createCredential(this.organization);
        const data = await this.data({
            method: 'POST',
            path,
            body: toBody(settings),
            retry: 'throttled-only',
        });
        const secretKey = typeof data?.secret_key === 'string' && data.secret_key !== '' ? data.secret_key : undefined;
        this.secrets.add(secretKey);
        return { ...this.checked(data, `POST ${path}`), secretKey };
    }
    /** `PUT` replaces every setting, so callers pass the full settings. */
    async update(id, settings) {
        const path = endpoints_ENDPOINTS.credential(this.organization, id);
        const data = await this.data({ method: 'PUT', path, body: toBody(settings) });
        return this.checked({ uuid: id, ...data }, `PUT ${path}`);
    }
    async delete(id) {
        const response = await this.auth.send({
            method: 'DELETE',
            path: endpoints_ENDPOINTS.credential(this.organization, id),
        });
        const message = response.body?.message;
        return typeof message === 'string' ? message : undefined;
    }
    async data(request) {
        const response = await this.auth.send(request);
        return response.body?.data;
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
        accessKey: typeof raw.access_key === 'string' && raw.access_key !== '' ? raw.access_key : undefined,
        subfolder: typeof raw.subfolder === 'string' ? raw.subfolder : undefined,
        buckets: (raw.buckets ?? []).map((bucket) => typeof bucket === 'string' ? { id: bucket } : { id: bucket.uuid ?? '', name: bucket.name }),
    };
}

;// CONCATENATED MODULE: ./src/providers/medianova/session.ts





function createMedianovaSession(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, medianovaProtocol);
    const auth = new MedianovaAuth(http, config.credentials, ctx.secrets, ctx.logger);
    const organization = config.organization ?? '';
    const { urls, prefixes } = config.targets;
    return {
        name: 'medianova',
        http,
        cdn: new MedianovaCdn(auth, {
            organization,
            resource: config.resource ?? '',
            checkHosts: [...urls, ...prefixes].some((target) => !target.startsWith('/')),
        }),
        credentials: new StookCredentials(auth, organization, ctx.secrets),
        login: () => auth.login(),
    };
}

;// CONCATENATED MODULE: ./src/providers/session.ts



/** The provider client for this run. */
function createSession(ctx) {
    switch (ctx.config.provider) {
        case 'gcore':
            return createGcoreSession(ctx);
        case 'cdnetworks':
            return createCdnetworksSession(ctx);
        case 'medianova':
            return createMedianovaSession(ctx);
        default:
            throw new Error(`provider ${ctx.config.provider} is not available yet`);
    }
}

;// CONCATENATED MODULE: ./src/operations/dry-run.ts
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

;// CONCATENATED MODULE: ./src/operations/token-dates.ts
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
/**
 * The default name of a rotated token: the old name with a UTC timestamp
 * suffix, replacing the suffix an earlier rotation added so names do not grow.
 */
function rotatedName(oldName, nowMs) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const base = oldName.replace(/-\d{8}T\d{6}Z$/, '') || 'cdnkit';
    return `${base}-${stamp}`;
}

// EXTERNAL MODULE: ./src/operations/context.ts
var context = __webpack_require__(137);
;// CONCATENATED MODULE: ./src/operations/tokens.ts




/** The session's token manager; the catalog lets token operations reach only providers with one. */
function tokensOf(session) {
    if (!session.tokens)
        throw new Error(`${session.name} has no API token management`);
    return session.tokens;
}
/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
async function ensureRoomForToken(tokens) {
    const count = (await tokens.list()).length;
    if (count >= tokens.maxTokens) {
        throw new Error(`The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first. Nothing was created or deleted.`);
    }
    return count;
}
/**
 * Writes a new token to the secret store when `secret-name` asked for it;
 * returns where, or null. A failure is a StepError saying what exists now.
 */
async function storeNewToken(created, ctx, stateAfterFailure) {
    const target = ctx.config.githubSecret;
    if (!ctx.secretStore || !target)
        return null;
    const where = ctx.secretStore.describe(target.name);
    try {
        await ctx.secretStore.store([{ name: target.name, value: created.secret }]);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Storing the new token', error, stateAfterFailure(where));
    }
    ctx.logger.info(`Stored token ${created.token.id} in ${where}.`);
    return where;
}
/** The report of a new token; its secret was registered when it arrived. */
function newTokenOutputs(created, session) {
    return {
        'api-token': created.secret,
        'token-id': created.token.id,
        'expires-at': created.token.expiresAt ?? '',
        'request-id': session.http.lastRequestId ?? '',
    };
}
/** Where a new token goes: the secret store, or only the masked output. */
function storeStep(ctx) {
    const target = ctx.config.githubSecret;
    return ctx.secretStore && target ? [`store it in ${ctx.secretStore.describe(target.name)}`] : [];
}
/** list-tokens: every token the credentials can see. */
async function listTokens(session, ctx) {
    const tokens = tokensOf(session);
    if (ctx.config.dryRun)
        return plannedSteps(ctx, ['list the API tokens of the account']);
    const list = await tokens.list();
    return {
        outputs: { 'request-id': session.http.lastRequestId ?? '' },
        result: { tokens: list },
        rows: [['Tokens', `${list.length} (the account may hold ${tokens.maxTokens})`]],
        tables: [tokenTable(list)],
    };
}
/** create-token: `name`, `role` (name or id), `expires-in-days`; stored when `secret-name` is set. */
async function createToken(session, ctx) {
    const { config } = ctx;
    const tokens = tokensOf(session);
    const role = tokens.resolveRole(config.token.role ?? '');
    const expiresAt = expiryFrom(config.token.expiresInDays, ctx.timing.now());
    (0,context/* secretStoreFor */.b)(ctx);
    const name = config.credential.name ?? '';
    if (config.dryRun) {
        return plannedSteps(ctx, [
            `check the account holds fewer than ${tokens.maxTokens} tokens`,
            `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
            ...storeStep(ctx),
        ]);
    }
    await ensureRoomForToken(tokens);
    const created = await tokens.create({ name, role, expiresAt });
    const { id } = created.token;
    ctx.logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
    const stored = await storeNewToken(created, ctx, (where) => `Token ${id} was created but not stored in ${where}, and its secret cannot be read again: delete token ${id} (delete-token) and create another.`);
    return {
        outputs: newTokenOutputs(created, session),
        result: { token: created.token, stored },
        rows: [
            ['Token id', id],
            ['Name', created.token.name],
            ['Role', role.name],
            ['Expires at', expiresAt ?? 'never'],
            ['Stored in', stored ?? "not stored (no 'secret-name'); see the masked api-token output"],
        ],
    };
}
/** delete-token: `token-id`. */
async function deleteToken(session, ctx) {
    const id = ctx.config.token.id ?? '';
    const tokens = tokensOf(session);
    if (ctx.config.dryRun)
        return plannedSteps(ctx, [`delete token ${id}`]);
    await tokens.delete(id);
    return {
        outputs: { 'token-id': id, 'request-id': session.http.lastRequestId ?? '' },
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
async function checkToken(session, ctx) {
    const { config, timing } = ctx;
    const tokens = tokensOf(session);
    const warnDays = config.token.warnDays;
    if (config.dryRun) {
        return plannedSteps(ctx, [
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
            throw new Error(`The api-token of this run (token ${tokens.inUseTokenId}) was refused: it has expired or was deleted. ${(0,errors/* describeError */.Uc)(error)}`);
        }
        throw error;
    }
    const now = timing.now();
    const states = checked.map((token) => ({
        token,
        level: expiryLevel(token, now, warnDays),
        days: daysLeft(token.expiresAt, now),
    }));
    const provider = (0,errors/* providerLabel */.sQ)(session.name);
    const annotations = states.flatMap(({ token, level, days }) => expiryAnnotation(provider, token, level, days));
    const earliest = states.reduce((min, { days }) => (days === undefined || (min !== undefined && min <= days) ? min : days), undefined);
    const inUse = states.find(({ token }) => token.id === tokens.inUseTokenId);
    const count = (level) => states.filter((state) => state.level === level).length;
    return {
        outputs: {
            'days-left': earliest === undefined ? '' : String(earliest),
            'request-id': session.http.lastRequestId ?? '',
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

;// CONCATENATED MODULE: ./src/operations/credential-inputs.ts

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
function storage(session) {
    if (!session.credentials)
        throw new Error(`${session.name} has no storage credentials`);
    return session.credentials;
}
function credentialId(config) {
    if (config.credential.id === undefined)
        throw new errors/* InputError */.dz('credential-id', 'is required');
    return config.credential.id;
}
/** Stores the secret key (and the access key) where `secret-name` says; returns where they went. */
async function storeNewSecret(store, config, secretKey, accessKey) {
    const target = config.githubSecret;
    const secrets = [{ name: target.name, value: secretKey }];
    if (accessKey !== undefined)
        secrets.push({ name: target.accessKeyName, value: accessKey });
    await store.store(secrets);
    return secrets.map((secret) => store.describe(secret.name));
}

;// CONCATENATED MODULE: ./src/operations/rotation-state.ts
/**
 * What a rotation says exists when it stops before its replacement exists.
 * Shared by rotate-token and rotate-credential so both answer alike.
 */

/** Reading the old one failed: the rotation stopped before changing anything. */
function nothingChanged(noun, id) {
    return `Nothing was created or deleted: ${noun} ${id} was left as it was.`;
}
/**
 * Creating the replacement failed, so the old one is untouched. A refusal
 * (4xx) proves nothing was made; a 5xx or a lost answer may hide a create
 * that happened, so say where to look for it.
 */
function createFailureState(provider, noun, old, newName, error) {
    const refused = error instanceof errors/* ProviderError */.mZ && (error.status ?? 500) < 500;
    const unchanged = `Nothing was deleted: ${noun} ${old.id} ('${old.name}') is unchanged.`;
    return refused
        ? unchanged
        : `${unchanged} The request may have reached ${(0,errors/* providerLabel */.sQ)(provider)}: check list-${noun}s for a ${noun} named '${newName}'.`;
}

;// CONCATENATED MODULE: ./src/operations/rotate-credential.ts




/** A new credential may take a moment to show in `list`: read it this often before giving up. */
const VERIFY_ATTEMPTS = 3;
/** Pause between those reads (unscaled ms). */
const VERIFY_PAUSE_MS = 2_000;
/** `-20261123T0915Z`, the suffix rotation appends (and replaces on the next rotation). */
const TIMESTAMP_SUFFIX = /-\d{8}T\d{4}Z$/;
/** The default name of a rotated credential: the old name with a UTC timestamp suffix. */
function rotate_credential_rotatedName(oldName, now) {
    const iso = new Date(now).toISOString();
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
    return `${oldName.replace(TIMESTAMP_SUFFIX, '') || 'credential'}-${stamp}`;
}
/**
 * rotate-credential, in this order only: read the old credential -> create the
 * new one with its settings -> verify the new one is listed with its access key
 * -> store it (when asked) -> delete the old one (when `delete-old`). Nothing is
 * deleted before the new credential is verified and stored; a failure after the
 * create fails the step naming both credentials, and still outputs the new one.
 */
async function rotateCredential(session, ctx) {
    const { config, logger, timing } = ctx;
    const credentials = storage(session);
    const store = (0,context/* secretStoreFor */.b)(ctx);
    const id = credentialId(config);
    // debug only until the new secret key is masked: nothing may be written before its mask
    logger.debug(`rotate-credential: reading credential ${id}`);
    let old;
    try {
        old = await credentials.get(id);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Reading the old credential', error, nothingChanged('credential', id));
    }
    const settings = settingsFrom(config, old, rotate_credential_rotatedName(old.name, timing.now()));
    let created;
    try {
        created = await credentials.create(settings);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Creating the new credential', error, createFailureState(session.name, 'credential', old, settings.name, error));
    }
    const rotation = {
        old,
        created,
        accessKey: created.accessKey,
        verified: false,
        storedIn: [],
        oldDeleted: false,
    };
    logger.info(`rotate-credential: created credential ${created.id} ('${created.name}')`);
    try {
        await finishRotation(rotation, credentials, store, ctx);
    }
    catch (error) {
        if (!(error instanceof errors/* StepError */.zg))
            throw error;
        return { ...rotationReport(session, rotation, ctx), failure: error.message };
    }
    return rotationReport(session, rotation, ctx);
}
async function finishRotation(rotation, credentials, store, ctx) {
    const { created, old } = rotation;
    const step = async (name, action) => {
        try {
            await action();
        }
        catch (error) {
            throw new errors/* StepError */.zg(name, error, rotationState(rotation));
        }
    };
    const secretKey = created.secretKey;
    if (secretKey === undefined) {
        throw new errors/* StepError */.zg('Reading the new secret key', new Error(`Medianova returned no secret key for credential ${created.id}`), rotationState(rotation));
    }
    await step('Verifying the new credential', async () => {
        rotation.accessKey = await verifyListed(credentials, created, ctx);
        rotation.verified = true;
        ctx.logger.info(`rotate-credential: ${created.id} is listed with access key ${rotation.accessKey}`);
    });
    if (store) {
        await step('Storing the new secret', async () => {
            rotation.storedIn = await storeNewSecret(store, ctx.config, secretKey, rotation.accessKey);
            ctx.logger.info(`rotate-credential: stored in ${rotation.storedIn.join(' and ')}`);
        });
    }
    if (!ctx.config.deleteOld) {
        ctx.logger.info(`rotate-credential: kept the old credential ${old.id} (delete-old: false)`);
        return;
    }
    await step('Deleting the old credential', async () => {
        await credentials.delete(old.id);
        rotation.oldDeleted = true;
        ctx.logger.info(`rotate-credential: deleted the old credential ${old.id}`);
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
    throw new Error(seen
        ? `credential ${created.id} is listed with access key ${seen.accessKey ?? '(none)'}, not ${created.accessKey}`
        : `credential ${created.id} is not in the credential list after ${VERIFY_ATTEMPTS} reads`);
}
function rotationState(rotation) {
    const { old, created } = rotation;
    const newOne = [
        `new ${created.id} ('${created.name}', access key ${rotation.accessKey ?? 'unknown'}`,
        rotation.verified ? ', verified' : ', not verified',
        rotation.storedIn.length > 0
            ? `, stored in ${rotation.storedIn.join(' and ')})`
            : ', not stored)',
    ].join('');
    const oldOne = rotation.oldDeleted
        ? `old ${old.id} was deleted`
        : `old ${old.id} ('${old.name}') still exists and works`;
    return `Credentials now: ${newOne}; ${oldOne}. Delete the one you do not want with operation delete-credential.`;
}
function rotationReport(session, rotation, { config }) {
    const { old, created } = rotation;
    const oldState = rotation.oldDeleted
        ? 'deleted'
        : config.deleteOld
            ? 'not deleted'
            : 'kept (delete-old: false)';
    return {
        outputs: {
            'credential-id': created.id,
            'access-key': rotation.accessKey ?? '',
            'secret-key': created.secretKey ?? '',
            'request-id': session.http.lastRequestId ?? '',
        },
        result: {
            old: { id: old.id, name: old.name, deleted: rotation.oldDeleted },
            new: { ...created, accessKey: rotation.accessKey, verified: rotation.verified },
            storedIn: rotation.storedIn,
        },
        rows: [
            ['Old credential', `${old.id} (${old.name}): ${oldState}`],
            ['New credential', `${created.id} (${created.name})`],
            ['Access key', rotation.accessKey ?? '—'],
            [
                'Secret key',
                created.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
            ],
            ['Verified', rotation.verified ? 'yes: listed with its access key' : 'no'],
            ['Stored in', rotation.storedIn.join(', ') || '—'],
        ],
    };
}

;// CONCATENATED MODULE: ./src/operations/credentials.ts




/** Credential operations change accounts: with dry-run they only describe their steps. */
function unlessDryRun(runner) {
    return async (session, ctx) => ctx.config.dryRun ? plannedCredentialSteps(ctx) : runner(session, ctx);
}
/** The runners of the *-credential operations, for the operation table in run.ts. */
const CREDENTIAL_RUNNERS = {
    'list-credentials': unlessDryRun(listCredentials),
    'get-credential': unlessDryRun(getCredential),
    'create-credential': unlessDryRun(createCredential),
    'update-credential': unlessDryRun(updateCredential),
    'delete-credential': unlessDryRun(deleteCredential),
    'rotate-credential': unlessDryRun(rotateCredential),
};
async function listCredentials(session, _ctx) {
    const credentials = await storage(session).list();
    return {
        outputs: { 'request-id': session.http.lastRequestId ?? '' },
        result: { credentials },
        rows: [['Credentials', String(credentials.length)]],
        tables: [credentialTable('Credentials', credentials)],
    };
}
async function getCredential(session, ctx) {
    const credential = await storage(session).get(credentialId(ctx.config));
    return credentialReport(session, credential);
}
/** create-credential: the secret key is masked when it arrives and stored when asked. */
async function createCredential(session, ctx) {
    const store = (0,context/* secretStoreFor */.b)(ctx);
    const { credential } = ctx.config;
    const created = await storage(session).create({
        name: credential.name ?? '',
        readOnly: credential.readOnly ?? false,
        buckets: credential.buckets ?? [],
        subfolder: credential.subfolder,
    });
    const annotations = [];
    if (created.secretKey === undefined) {
        annotations.push({
            level: 'warning',
            message: `Medianova created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in the Medianova panel (Stook -> Access Key Management), or delete the credential and create it there.`,
        });
    }
    let storedIn = [];
    if (store) {
        if (created.secretKey === undefined) {
            return {
                ...credentialReport(session, created, { created: true, annotations }),
                failure: `Credential ${created.id} was created, but there is no secret key to store in ${ctx.config.githubSecret?.name}.`,
            };
        }
        storedIn = await storeNewSecret(store, ctx.config, created.secretKey, created.accessKey);
    }
    return credentialReport(session, created, { created: true, annotations, storedIn });
}
/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
async function updateCredential(session, ctx) {
    const credentials = storage(session);
    const id = credentialId(ctx.config);
    const current = await credentials.get(id);
    const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
    return credentialReport(session, { ...current, ...definedOnly(updated) });
}
async function deleteCredential(session, ctx) {
    const id = credentialId(ctx.config);
    const message = await storage(session).delete(id);
    return {
        outputs: { 'credential-id': id, 'request-id': session.http.lastRequestId ?? '' },
        result: { deleted: id, message },
        rows: [
            ['Deleted credential', id],
            ['Message', message ?? '—'],
        ],
    };
}
/**
 * dry-run for the credential operations: the steps, logged and summarised;
 * nothing is sent, not even the login.
 */
function plannedCredentialSteps(ctx) {
    const { operation, credential, deleteOld, githubSecret } = ctx.config;
    const id = credential.id ?? '';
    const store = githubSecret
        ? [
            `store the secret key in ${githubSecret.name} and the access key in ${githubSecret.accessKeyName}`,
        ]
        : [];
    const steps = {
        'list-credentials': ['list the credentials'],
        'get-credential': [`read credential ${id}`],
        'create-credential': [`create credential '${credential.name}'`, ...store],
        'update-credential': [`read credential ${id}`, 'replace its settings with the ones given'],
        'delete-credential': [`delete credential ${id}`],
        'rotate-credential': [
            `read credential ${id}`,
            `create a new credential${credential.name ? ` '${credential.name}'` : ' (its name with a UTC timestamp suffix)'} with its settings`,
            'verify the new credential is listed with its access key',
            ...store,
            deleteOld ? `delete credential ${id}` : `keep credential ${id} (delete-old: false)`,
        ],
    };
    return plannedSteps(ctx, steps[operation] ?? []);
}
function credentialReport(session, credential, extra = {}) {
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
            'request-id': session.http.lastRequestId ?? '',
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

;// CONCATENATED MODULE: ./src/operations/login.ts

/** login: exchanges credentials for a session token (masked by the provider when obtained). */
async function login(session, ctx) {
    if (!session.login)
        throw new Error(`${session.name} has no login`);
    if (ctx.config.dryRun) {
        return plannedSteps(ctx, [
            `log in to ${session.name}; output the session token (masked) and its expiry`,
        ]);
    }
    const { token, expiresAt } = await session.login();
    return {
        outputs: {
            token,
            'expires-at': expiresAt ?? '',
            'request-id': session.http.lastRequestId ?? '',
        },
        result: { token, expiresAt },
        rows: [
            ['Token', '*** (masked; see the token output)'],
            ['Expires at', expiresAt ?? 'unknown'],
        ],
    };
}

// EXTERNAL MODULE: ./src/http/pacing.ts
var pacing = __webpack_require__(130);
;// CONCATENATED MODULE: ./src/operations/plan.ts
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
    return `request ${index + 1}/${total}: ${request.method} ${request.path} (${request.kind}, ${request.items.length} item${request.items.length === 1 ? '' : 's'}, ${bytes} bytes)`;
}

;// CONCATENATED MODULE: ./src/operations/wait.ts
/** The state of a set of tasks: failed if any failed, done if all are done. */
function overallState(tasks) {
    if (tasks.some((task) => task.state === 'failed'))
        return 'failed';
    if (tasks.length > 0 && tasks.every((task) => task.state === 'done'))
        return 'done';
    return 'pending';
}
/** Polls task status until every task is done, one failed, or wait-timeout passes. */
async function waitForTasks(cdn, taskIds, resource, kind, ctx) {
    const { timing, logger, config } = ctx;
    if (taskIds.length === 0) {
        logger.warning('No task ids to wait for: the provider returned none.');
        return { status: 'pending', tasks: [], table: taskTable([]) };
    }
    // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
    const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
    let tasks = [];
    for (;;) {
        tasks = await cdn.taskStatus(taskIds, resource, kind);
        const state = overallState(tasks);
        const done = tasks.filter((task) => task.state === 'done').length;
        logger.info(`${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`);
        if (state !== 'pending')
            return { status: state, tasks, table: taskTable(tasks) };
        const pause = cdn.pollIntervalMs * timing.scale;
        if (timing.now() + pause > deadline) {
            logger.warning(`Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${tasks.length - done} task(s) still pending.`);
            return { status: 'pending', tasks, table: taskTable(tasks) };
        }
        await timing.sleep(pause);
    }
}
function taskTable(tasks) {
    return {
        title: 'Tasks',
        header: ['Task id', 'State', 'Detail'],
        rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
    };
}

;// CONCATENATED MODULE: ./src/operations/purge.ts




/** A URL list that takes longer than this to send gets a hint to use prefixes. */
const SUGGEST_PATTERNS_AFTER_MS = 5 * 60_000;
/**
 * Purge or prefetch: plan every request first (so bad targets fail before
 * anything is sent), announce the paced duration, send in order, stop at the
 * first batch that still fails after its retries, then optionally wait.
 */
async function purgeOrPrefetch(kind, session, ctx) {
    const { config, logger, timing } = ctx;
    const { cdn } = session;
    const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
    const requests = kind === 'purge'
        ? cdn.planPurge(config.targets, resource)
        : cdn.planPrefetch(config.targets.urls, resource);
    const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
    const expectedMs = (0,pacing/* pacedDurationMs */.S)(requests);
    const plan = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${formatDuration(expectedMs)} at ${session.name}'s rate limits`;
    logger.info(plan);
    if (expectedMs > config.waitTimeoutSeconds * 1000) {
        throw new errors/* InputError */.dz('wait-timeout', `${plan}, longer than wait-timeout (${config.waitTimeoutSeconds} s). Purge directories with 'prefixes' instead of listing every URL, or raise 'wait-timeout' to at least ${Math.ceil(expectedMs / 1000) + 60}`);
    }
    if (expectedMs > SUGGEST_PATTERNS_AFTER_MS) {
        logger.warning(`This ${kind} is paced over ${formatDuration(expectedMs)}; 'prefixes' would purge whole directories in far fewer requests.`);
    }
    const skipped = skippedFilesList(config.targets.skippedFiles);
    if (config.dryRun) {
        for (const [index, request] of requests.entries()) {
            logger.info(`dry run: ${describeRequest(request, index, requests.length)}`);
        }
        return {
            outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
            result: { dryRun: true, resource: resource.id, requests: requests.map(plannedJson) },
            rows: [
                ['Mode', 'dry run: nothing was sent'],
                ['Resource', resource.id],
                ['Items', String(itemCount)],
                ['Planned requests', String(requests.length)],
                ['Expected duration', formatDuration(expectedMs)],
            ],
            tables: [planTable(requests)],
            lists: skipped,
        };
    }
    if (kind === 'purge')
        await cdn.preflight?.(requests);
    const since = timing.now();
    const sent = [];
    const taskIds = [];
    let requestsCount = 0;
    let failure;
    for (const [index, request] of requests.entries()) {
        logger.debug(describeRequest(request, index, requests.length));
        try {
            const answer = await cdn.send(request);
            logger.info(`${kind} request ${index + 1}/${requests.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind})`);
            requestsCount += answer.attempts;
            for (const id of answer.taskIds)
                taskIds.push(id);
            sent.push(request);
        }
        catch (error) {
            requestsCount += error.details?.attempts ?? 1;
            failure = { request, message: (0,errors/* describeError */.Uc)(error) };
            break;
        }
    }
    if (sent.length > 0 && cdn.findTaskIds) {
        for (const id of await findTaskIdsSafely(session, sent, resource, since, ctx))
            taskIds.push(id);
    }
    const doneItems = sent.flatMap((request) => [...request.items]);
    const notDone = requests
        .filter((request) => !sent.includes(request))
        .flatMap((request) => [...request.items]);
    const outputs = {
        'task-ids': taskIds.join(','),
        'urls-count': String(doneItems.length),
        'requests-count': String(requestsCount),
        'request-id': session.http.lastRequestId ?? '',
    };
    const rows = [
        ['Resource', resource.id],
        [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${itemCount}`],
        ['Requests', String(requestsCount)],
        ['Task ids', taskIds.join(', ') || '—'],
    ];
    const lists = [...skipped];
    if (failure) {
        const verb = kind === 'purge' ? 'purged' : 'prefetched';
        lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
        if (doneItems.length > 0)
            lists.push({ title: `${capitalise(verb)} (${doneItems.length})`, items: doneItems });
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
            },
            rows,
            lists,
            failure: `${capitalise(kind)} stopped at request ${requests.indexOf(failure.request) + 1} of ${requests.length}: ${failure.message}. ${doneItems.length} of ${itemCount} items were ${verb}; the summary lists the rest.`,
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
    return {
        outputs,
        result: { resource: resource.id, taskIds, urlsCount: doneItems.length, requestsCount, status },
        rows,
        tables: tasks,
        lists,
        failure: status === 'failed'
            ? `${capitalise(kind)} tasks failed at ${session.name}: see the summary for each task's state.`
            : undefined,
    };
}
async function findTaskIdsSafely(session, sent, resource, since, ctx) {
    try {
        return (await session.cdn.findTaskIds?.(sent, resource, since)) ?? [];
    }
    catch (error) {
        ctx.logger.warning(`The ${session.name} requests were accepted, but their task ids could not be read: ${(0,errors/* describeError */.Uc)(error)}`);
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
function skippedFilesList(files) {
    return files.length > 0
        ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
        : [];
}
function capitalise(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

;// CONCATENATED MODULE: ./src/operations/rotate-token.ts






/**
 * rotate-token, always in this order: read the old token -> check the token cap
 * -> create the new one (same role, new expiry) -> verify it with a call sent
 * with it -> store it (when `secret-name` is set) -> delete the old one (when
 * `delete-old`). The old token is deleted only after the new one is verified and
 * stored. Every failure names what exists now; one after the create fails the
 * step but still reports the new token (its masked `api-token` output included),
 * since its secret cannot be read again.
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
async function rotateToken(session, ctx) {
    const { config, logger } = ctx;
    const tokens = tokensOf(session);
    const oldId = oldTokenId(tokens, ctx);
    const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
    const now = ctx.timing.now();
    const expiresAt = expiryFrom(config.token.expiresInDays, now);
    (0,context/* secretStoreFor */.b)(ctx);
    if (config.dryRun) {
        return plannedSteps(ctx, [
            `read token ${oldId}`,
            `check the account holds fewer than ${tokens.maxTokens} tokens`,
            `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
            'verify the new token with a request sent with it',
            ...storeStep(ctx),
            ...(config.deleteOld ? [`delete token ${oldId}`] : []),
        ]);
    }
    let old;
    try {
        old = await tokens.get(oldId);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Reading the old token', error, nothingChanged('token', oldId));
    }
    const role = roleOverride ?? old.role;
    if (!role) {
        throw new Error(`${(0,errors/* providerLabel */.sQ)(session.name)} did not say which role token ${oldId} has, so it cannot be copied: set 'role'. Nothing was created or deleted.`);
    }
    const count = await ensureRoomForToken(tokens);
    const spec = {
        name: config.credential.name ?? rotatedName(old.name, now),
        description: old.description,
        role,
        expiresAt,
    };
    let created;
    try {
        created = await tokens.create(spec);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Creating the new token', error, createFailureState(session.name, 'token', old, spec.name, error));
    }
    logger.info(`Created token ${created.token.id} '${created.token.name}' (${role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`);
    const rotation = {
        old,
        created,
        role,
        expiresAt,
        verified: false,
        stored: null,
        deleted: false,
    };
    const facts = { count, max: tokens.maxTokens };
    // from here on the new token exists: a failure still reports it (outputs included)
    try {
        await rotate_token_finishRotation(rotation, tokens, ctx);
    }
    catch (error) {
        if (!(error instanceof errors/* StepError */.zg))
            throw error;
        return { ...rotate_token_rotationReport(rotation, session, ctx, facts), failure: error.message };
    }
    return rotate_token_rotationReport(rotation, session, ctx, facts);
}
/** verify -> store -> delete the old one; each failure is a StepError naming what exists now. */
async function rotate_token_finishRotation(rotation, tokens, ctx) {
    const { config, logger } = ctx;
    const { old, created } = rotation;
    const newId = created.token.id;
    const stillValid = `the old token ${old.id} is still valid and was not deleted`;
    try {
        await tokens.verify(created.secret);
    }
    catch (error) {
        throw new errors/* StepError */.zg('Verifying the new token', error, `New token ${newId} exists but did not authenticate, and was not stored; ${stillValid}. Delete token ${newId} (delete-token) once the cause is known.`);
    }
    rotation.verified = true;
    logger.info(`Verified token ${newId}: a request sent with it was accepted.`);
    rotation.stored = await storeNewToken(created, ctx, (where) => `New token ${newId} works but was not stored in ${where}; ${stillValid}. Delete token ${newId} (delete-token) and rotate again.`);
    if (!config.deleteOld)
        return;
    try {
        await tokens.delete(old.id);
    }
    catch (error) {
        const stored = rotation.stored ? ` and is stored in ${rotation.stored}` : '';
        throw new errors/* StepError */.zg('Deleting the old token', error, `New token ${newId} works${stored}; the old token ${old.id} is still valid: delete it with delete-token.`);
    }
    rotation.deleted = true;
    logger.info(`Deleted the old token ${old.id}.`);
}
function rotate_token_rotationReport(rotation, session, { config }, facts) {
    const { old, created, stored, deleted } = rotation;
    return {
        outputs: newTokenOutputs(created, session),
        result: {
            oldTokenId: old.id,
            newTokenId: created.token.id,
            name: created.token.name,
            role: rotation.role,
            expiresAt: rotation.expiresAt,
            verified: rotation.verified,
            stored,
            oldDeleted: deleted,
        },
        rows: rotationRows(rotation, { ...facts, config }),
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
/** `token-id`, or the id inside `api-token` (`<id>$…` / `<id>_…`). */
function oldTokenId(tokens, ctx) {
    const { token, credentials } = ctx.config;
    const id = token.id ?? (credentials.apiToken ? tokens.tokenIdOf(credentials.apiToken) : undefined);
    if (!id) {
        throw new errors/* InputError */.dz('token-id', "is required for 'rotate-token' unless 'api-token' is the token to rotate");
    }
    return id;
}
function rotationRows({ old, created, role, expiresAt, verified, stored, deleted }, facts) {
    return [
        ['Old token', `${old.id} '${old.name}'`],
        ['Tokens before', `${facts.count} of at most ${facts.max}`],
        ['New token', `${created.token.id} '${created.token.name}'`],
        ['Role', created.token.role?.name ?? role.name],
        ['Expires at', created.token.expiresAt ?? expiresAt ?? 'never'],
        ['Verified', verified ? 'yes: a request sent with the new token was accepted' : 'no'],
        [
            'Stored in',
            stored ?? (facts.config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
        ],
        [
            'Old token deleted',
            deleted ? 'yes' : facts.config.deleteOld ? 'no' : "no ('delete-old: false')",
        ],
    ];
}

;// CONCATENATED MODULE: ./src/operations/status.ts


/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
async function purgeStatus(session, ctx) {
    const { config } = ctx;
    if (config.dryRun) {
        return plannedSteps(ctx, [
            `read the state of ${session.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
        ]);
    }
    const resource = await session.cdn.resolveResource();
    const { status, tasks, table } = config.wait
        ? await waitForTasks(session.cdn, config.taskIds, resource, 'purge', ctx)
        : await session.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
            status: overallState(found),
            tasks: found,
            table: taskTable(found),
        }));
    return {
        outputs: {
            status,
            'task-ids': tasks.map((task) => task.id).join(','),
            'request-id': session.http.lastRequestId ?? '',
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








const RUNNERS = {
    login: login,
    purge: (session, ctx) => purgeOrPrefetch('purge', session, ctx),
    prefetch: (session, ctx) => purgeOrPrefetch('prefetch', session, ctx),
    'purge-status': purgeStatus,
    'list-tokens': listTokens,
    'create-token': createToken,
    'delete-token': deleteToken,
    'rotate-token': rotateToken,
    'check-token': checkToken,
    ...CREDENTIAL_RUNNERS,
};
/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
async function runOperation(ctx) {
    const runner = RUNNERS[ctx.config.operation];
    if (!runner)
        throw new Error(`operation ${ctx.config.operation} is not available yet`);
    const session = createSession(ctx);
    try {
        return await runner(session, ctx);
    }
    finally {
        session.http.dispose();
    }
}


/***/ })

};
;
//# sourceMappingURL=655.index.js.map