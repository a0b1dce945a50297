export const id = 870;
export const ids = [870];
export const modules = {

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOperation: () => (/* binding */ runOperation)
});

// EXTERNAL MODULE: ../../main/node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(316);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(533);
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
            const settle = await this.options.pacer.acquire(request.limits ?? []);
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

;// CONCATENATED MODULE: ./src/providers/http.ts

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
function providerHttpClient(ctx, protocol) {
    const { config } = ctx;
    return new HttpClient({
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
var targets_url = __webpack_require__(260);
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
            entries.push(...page);
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

;// CONCATENATED MODULE: ./src/providers/gcore/auth.ts
/** Gcore permanent API tokens: `<id>$<secret>` (v1) or `<id>_<secret>` (v2). */
function tokenIdOf(token) {
    return /^(\d+)[$_]/.exec(token)?.[1];
}
/** The Authorization header for a permanent API token. */
function apiKeyHeader(token) {
    return { authorization: `APIKey ${token}` };
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
const MAX_TOKENS_PER_ACCOUNT = 50;
/** How often `wait` polls purge statuses. */
const limits_POLL_INTERVAL_MS = 5_000;

;// CONCATENATED MODULE: ./src/providers/gcore/paths.ts


/**
 * Gcore takes paths without a domain. A full URL is reduced to path + query
 * once its host is known to belong to the resource; every foreign host is
 * named in one error.
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

;// CONCATENATED MODULE: ./src/providers/gcore/cdn.ts




/** Gcore's purge status words -> ours. `Status report disabled` counts as done (unverifiable). */
const STATUS_STATES = {
    'In progress': 'pending',
    Successful: 'done',
    Failed: 'failed',
    'Status report disabled': 'done',
};
/** Purge, prefetch and purge statuses of one Gcore CDN resource. */
class GcoreCdn {
    http;
    resourceInput;
    authorize;
    pollIntervalMs = limits_POLL_INTERVAL_MS;
    constructor(http, resourceInput, authorize) {
        this.http = http;
        this.resourceInput = resourceInput;
        this.authorize = authorize;
    }
    unresolvedResource() {
        return { id: this.resourceInput };
    }
    /** An id is read directly; a hostname is matched against the resource list. */
    async resolveResource() {
        const input = this.resourceInput;
        if (/^\d+$/.test(input)) {
            const found = await this.get(`/cdn/resources/${input}`);
            return toResource(found);
        }
        const host = input.toLowerCase();
        const all = listItems(await this.get('/cdn/resources'));
        const match = all.find((resource) => !resource.deleted &&
            (resource.cname.toLowerCase() === host ||
                (resource.secondaryHostnames ?? []).some((name) => name.toLowerCase() === host)));
        if (!match) {
            throw new errors/* InputError */.dz('resource', `no Gcore CDN resource has the hostname '${input}' (checked ${all.length} resources' cname and secondaryHostnames)`);
        }
        return toResource(match);
    }
    planPurge(targets, resource) {
        const path = `/cdn/resources/${resource.id}/purge`;
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
        const urlPaths = toResourcePaths(targets.urls, resource, 'urls');
        const patterns = toResourcePaths(targets.prefixes, resource, 'prefixes');
        const byUrl = batch(urlPaths.map((p, i) => [p, targets.urls[i]]), MAX_URLS_PER_PURGE).map((chunk) => ({
            kind: 'purge by URL',
            method: 'POST',
            path,
            body: { urls: chunk.map(([p]) => p) },
            items: chunk.map(([, original]) => original),
            limits: [urlPurgeLimit(resource.id)],
        }));
        const byPattern = batch(patterns.map((p, i) => [p, targets.prefixes[i]]), MAX_PATTERNS_PER_PURGE).map((chunk) => ({
            kind: 'purge by pattern',
            method: 'POST',
            path,
            body: { paths: chunk.map(([p]) => p) },
            items: chunk.map(([, original]) => original),
            limits: [patternPurgeLimit(resource.id)],
        }));
        return [...byUrl, ...byPattern];
    }
    planPrefetch(urls, resource) {
        const paths = toResourcePaths(urls, resource, 'urls');
        return batch(paths.map((p, i) => [p, urls[i]]), MAX_PATHS_PER_PREFETCH).map((chunk) => ({
            kind: 'prefetch',
            method: 'POST',
            path: `/cdn/resources/${resource.id}/prefetch`,
            body: { paths: chunk.map(([p]) => p) },
            items: chunk.map(([, original]) => original),
            limits: [prefetchLimit(resource.id)],
        }));
    }
    async send(request) {
        const response = await this.http.request({
            method: request.method,
            path: request.path,
            body: request.body,
            limits: request.limits,
            headers: await this.authorize(),
        });
        return { taskIds: [], attempts: response.attempts };
    }
    /** The purge call returns no id: find this run's purges by cname, time and payload. */
    async findTaskIds(sent, resource, since) {
        const purges = sent.filter((request) => request.path.endsWith('/purge'));
        if (purges.length === 0 || !resource.cname)
            return [];
        const statuses = await this.statuses(resource, new Date(since - 60_000).toISOString());
        const ids = [];
        const taken = new Set();
        for (const request of purges) {
            const sentPayload = payloadKey(request.body);
            const match = statuses.find((status) => !taken.has(String(status.purge_id)) && payloadKey(status.payload) === sentPayload);
            if (match) {
                taken.add(String(match.purge_id));
                ids.push(String(match.purge_id));
            }
        }
        return ids;
    }
    async taskStatus(taskIds, resource) {
        const statuses = await this.statuses(resource);
        return taskIds.map((id) => {
            const found = statuses.find((status) => String(status.purge_id) === id);
            if (!found)
                return { id, state: 'pending', detail: 'not listed by Gcore (yet)' };
            const state = STATUS_STATES[found.status] ?? 'pending';
            const detail = found.status === 'Status report disabled'
                ? 'status report disabled: accepted, not verifiable'
                : found.status;
            return { id, state, detail };
        });
    }
    async statuses(resource, fromCreated) {
        const response = await this.http.request({
            method: 'GET',
            path: '/cdn/purge_statuses',
            query: { cname: resource.cname, from_created: fromCreated },
            headers: await this.authorize(),
        });
        return listItems(response.body);
    }
    async get(path) {
        const response = await this.http.request({
            method: 'GET',
            path,
            headers: await this.authorize(),
        });
        return response.body;
    }
}
function toResource(found) {
    return {
        id: String(found.id),
        cname: found.cname,
        hostnames: [found.cname, ...(found.secondaryHostnames ?? [])].filter(Boolean),
    };
}
/** Gcore lists are a bare array, or `{ results: [...] }` when paginated. */
function listItems(body) {
    if (Array.isArray(body))
        return body;
    const results = body?.results;
    return Array.isArray(results) ? results : [];
}
function payloadKey(payload) {
    const items = payload?.urls ?? payload?.paths ?? [];
    return JSON.stringify([payload?.urls ? 'urls' : 'paths', [...items].sort()]);
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

;// CONCATENATED MODULE: ./src/providers/gcore/session.ts





function createGcoreSession(ctx) {
    const { config } = ctx;
    const http = providerHttpClient(ctx, gcoreProtocol);
    const token = config.credentials.apiToken;
    const authorize = async () => {
        if (token === undefined)
            throw new errors/* InputError */.dz('api-token', 'is required');
        return apiKeyHeader(token);
    };
    return {
        name: 'gcore',
        http,
        cdn: new GcoreCdn(http, config.resource ?? '', authorize),
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
        default:
            throw new Error(`provider ${ctx.config.provider} is not available yet`);
    }
}

;// CONCATENATED MODULE: ./src/operations/login.ts
/** login: exchanges credentials for a session token (masked by the provider when obtained). */
async function login(session) {
    if (!session.login)
        throw new Error(`${session.name} has no login`);
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
var pacing = __webpack_require__(49);
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
            requestsCount += answer.attempts;
            taskIds.push(...answer.taskIds);
            sent.push(request);
        }
        catch (error) {
            requestsCount += error.details?.attempts ?? 1;
            failure = { request, message: (0,errors/* describeError */.Uc)(error) };
            break;
        }
    }
    if (sent.length > 0 && cdn.findTaskIds) {
        taskIds.push(...(await findTaskIdsSafely(session, sent, resource, since, ctx)));
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
    if (config.wait) {
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

;// CONCATENATED MODULE: ./src/operations/status.ts

/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
async function purgeStatus(session, ctx) {
    const { config } = ctx;
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
    login: (session) => login(session),
    purge: (session, ctx) => purgeOrPrefetch('purge', session, ctx),
    prefetch: (session, ctx) => purgeOrPrefetch('prefetch', session, ctx),
    'purge-status': purgeStatus,
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

//# sourceMappingURL=870.index.js.map