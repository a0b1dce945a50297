"use strict";
exports.id = 922;
exports.ids = [922];
exports.modules = {

/***/ 4539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ githubErrorMessage),
/* harmony export */   aj: () => (/* binding */ githubProtocol),
/* harmony export */   pr: () => (/* binding */ GITHUB_HEADERS),
/* harmony export */   td: () => (/* binding */ GITHUB_API_URL)
/* harmony export */ });
/* unused harmony export GITHUB_API_VERSION */
const GITHUB_API_URL = 'https://api.github.com';
/** The REST API version cdnkit was written against. */
const GITHUB_API_VERSION = '2022-11-28';
/** GitHub errors: `{ message, errors?: [{ field, code, message? }] }`. */
function githubErrorMessage(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const { message, errors } = body;
    if (typeof message !== 'string' || message === '')
        return {};
    const details = Array.isArray(errors)
        ? errors
            .map((error) => {
            if (typeof error === 'string')
                return error;
            const { field, code, message: text } = (error ?? {});
            return [field, text ?? code].filter((part) => typeof part === 'string').join(': ');
        })
            .filter((detail) => detail !== '')
        : [];
    return { message: details.length > 0 ? `${message} (${details.join('; ')})` : message };
}
const githubProtocol = {
    provider: 'github',
    baseUrl: GITHUB_API_URL,
    requestIdHeaders: ['x-github-request-id'],
    errorMessage: githubErrorMessage,
};
/** Headers of every GitHub request besides Authorization. */
const GITHUB_HEADERS = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': GITHUB_API_VERSION,
};


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubSecretStore: () => (/* binding */ GithubSecretStore),
  githubSecretStore: () => (/* binding */ githubSecretStore),
  permissionHint: () => (/* binding */ permissionHint)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/client.ts + 1 modules
var client = __webpack_require__(1469);
// EXTERNAL MODULE: ./src/http/pacing.ts
var pacing = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/timing.ts
var timing = __webpack_require__(8117);
// EXTERNAL MODULE: ./src/http/paths.ts
var paths = __webpack_require__(9096);
;// CONCATENATED MODULE: ./src/github/paths.ts

/** `owner/repo` with each part encoded, the slash kept. */
function repo(repository) {
    return repository.split('/').map(paths/* pathSegment */.p).join('/');
}
/** Where the scope's secrets live, e.g. `/repos/o/r/actions/secrets`. */
function secretsBase(scope) {
    switch (scope.kind) {
        case 'repository':
            return `/repos/${repo(scope.repository)}/actions/secrets`;
        case 'environment':
            return `/repos/${repo(scope.repository)}/environments/${(0,paths/* pathSegment */.p)(scope.environment)}/secrets`;
        case 'organization':
            return `/orgs/${(0,paths/* pathSegment */.p)(scope.org)}/actions/secrets`;
    }
}
const githubPaths = {
    publicKey: (scope) => `${secretsBase(scope)}/public-key`,
    secret: (scope, name) => `${secretsBase(scope)}/${(0,paths/* pathSegment */.p)(name)}`,
    /** organization secrets with `selected` visibility: the repositories that see it */
    selectedRepositories: (org, name) => `/orgs/${(0,paths/* pathSegment */.p)(org)}/actions/secrets/${(0,paths/* pathSegment */.p)(name)}/repositories`,
};

// EXTERNAL MODULE: ./src/github/protocol.ts
var protocol = __webpack_require__(4539);
;// CONCATENATED MODULE: ./src/github/seal.ts
/**
 * GitHub accepts a secret only encrypted with a libsodium sealed box for the
 * scope's public key. libsodium (its WebAssembly included) is imported here, on
 * first use, so a run that stores no secret never loads or parses it.
 */
/** Bytes of an X25519 public key (crypto_box_PUBLICKEYBYTES). */
const PUBLIC_KEY_BYTES = 32;
/** Encrypts `value` for the base64 `publicKey`; returns the base64 sealed box. */
async function sealSecret(value, publicKey) {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    let key;
    try {
        key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error('the public key is not valid base64');
    }
    if (key.length !== PUBLIC_KEY_BYTES) {
        throw new Error(`the public key has ${key.length} bytes, not ${PUBLIC_KEY_BYTES}`);
    }
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./src/github/secret-store.ts







/** Repositories listed per page when reading a `selected` organization secret (GitHub's maximum). */
const REPOSITORIES_PER_PAGE = 100;
class GithubSecretStore {
    target;
    options;
    scope;
    constructor(target, options) {
        this.target = target;
        this.options = options;
        this.scope = scopeOf(target);
    }
    describe(name) {
        const { scope } = this;
        switch (scope.kind) {
            case 'repository':
                return `repository secret ${name} of ${scope.repository}`;
            case 'environment':
                return `environment secret ${name} of ${scope.repository} (environment ${scope.environment})`;
            case 'organization':
                return `organization secret ${name} of ${scope.org}`;
        }
    }
    /** Seals and writes every secret; a failure says which were already written. */
    async store(secrets) {
        for (const secret of secrets) {
            this.options.secrets.add(secret.value);
            if (secret.value === '') {
                throw new Error(`Refusing to store an empty value in ${this.describe(secret.name)}`);
            }
        }
        if (secrets.length === 0)
            return;
        const http = this.client();
        const stored = [];
        try {
            const key = await this.publicKey(http);
            for (const secret of secrets) {
                await this.put(http, key, secret);
                stored.push(this.describe(secret.name));
                this.options.logger.info(`Wrote ${this.describe(secret.name)}`);
            }
        }
        catch (error) {
            throw this.explain(error, stored);
        }
        finally {
            http.dispose();
        }
    }
    client() {
        const { logger, secrets, timing, timeoutMs, maxRetries } = this.options;
        return new client/* HttpClient */.Q({
            protocol: protocol/* githubProtocol */.aj,
            baseUrl: this.target.apiUrl,
            timeoutMs,
            maxRetries,
            timing,
            pacer: new pacing/* Pacer */._E(timing),
            logger,
            secrets,
        });
    }
    request(http, request) {
        const token = this.target.token;
        return http.request({
            ...request,
            headers: { ...protocol/* GITHUB_HEADERS */.pr },
            authorize: () => ({ authorization: `Bearer ${token}` }),
        });
    }
    async publicKey(http) {
        const path = githubPaths.publicKey(this.scope);
        const { body } = await this.request(http, {
            method: 'GET',
            path,
        });
        const { key_id: keyId, key } = body ?? {};
        if (typeof key !== 'string' || (typeof keyId !== 'string' && typeof keyId !== 'number')) {
            throw new errors/* ProviderError */.mZ('github', 'the public key answer has no key and key_id', {
                action: `GET ${path}`,
            });
        }
        return { keyId: String(keyId), key };
    }
    async put(http, key, secret) {
        let encrypted;
        try {
            encrypted = await sealSecret(secret.value, key.key);
        }
        catch (error) {
            throw new errors/* ProviderError */.mZ('github', `cannot encrypt: ${error.message}`, {
                action: `GET ${githubPaths.publicKey(this.scope)}`,
            });
        }
        const body = { encrypted_value: encrypted, key_id: key.keyId };
        if (this.scope.kind === 'organization') {
            Object.assign(body, await this.orgAccess(http, this.scope.org, secret.name));
        }
        const path = githubPaths.secret(this.scope, secret.name);
        const { status } = await this.request(http, { method: 'PUT', path, body });
        if (status !== 201 && status !== 204) {
            throw new errors/* ProviderError */.mZ('github', `unexpected answer ${status}; expected 201 or 204`, {
                status,
                action: `PUT ${path}`,
            });
        }
    }
    /** The visibility (and selected repositories) to keep; `private` for a new secret. */
    async orgAccess(http, org, name) {
        let visibility;
        try {
            const { body } = await this.request(http, {
                method: 'GET',
                path: githubPaths.secret(this.scope, name),
            });
            visibility = body?.visibility ?? 'private';
        }
        catch (error) {
            if (error instanceof errors/* ProviderError */.mZ && error.status === 404)
                return { visibility: 'private' };
            throw error;
        }
        if (visibility !== 'selected')
            return { visibility };
        return {
            visibility,
            selected_repository_ids: await this.selectedRepositories(http, org, name),
        };
    }
    async selectedRepositories(http, org, name) {
        const ids = [];
        for (let page = 1;; page++) {
            const { body } = await this.request(http, {
                method: 'GET',
                path: githubPaths.selectedRepositories(org, name),
                query: { per_page: REPOSITORIES_PER_PAGE, page },
            });
            const repositories = body?.repositories ?? [];
            for (const repository of repositories)
                ids.push(repository.id);
            const total = body?.total_count ?? ids.length;
            if (repositories.length < REPOSITORIES_PER_PAGE || ids.length >= total)
                return ids;
        }
    }
    /** Adds what the token needs on 401/403/404, and which secrets were already written. */
    explain(error, stored) {
        if (!(error instanceof errors/* ProviderError */.mZ))
            return error;
        const notes = [];
        if ([401, 403, 404].includes(error.status ?? 0))
            notes.push(permissionHint(this.scope));
        if (stored.length > 0)
            notes.push(`already stored: ${stored.join(', ')}`);
        if (notes.length === 0)
            return error;
        return new errors/* ProviderError */.mZ('github', `${error.message}. ${notes.join('; ')}`, error.details);
    }
}
function scopeOf(target) {
    if (target.org)
        return { kind: 'organization', org: target.org };
    const repository = target.repository ?? '';
    if (target.environment)
        return { kind: 'environment', repository, environment: target.environment };
    return { kind: 'repository', repository };
}
/** What github-token must be allowed to do for this scope. */
function permissionHint(scope) {
    switch (scope.kind) {
        case 'repository':
            return `github-token needs the repository permission "Secrets: read and write" on ${scope.repository} (the default GITHUB_TOKEN cannot write secrets)`;
        case 'environment':
            return `github-token needs the repository permission "Environments: read and write" on ${scope.repository}, and the environment '${scope.environment}' must exist`;
        case 'organization':
            return `github-token needs the organization permission "Secrets: read and write" on ${scope.org} (an organization admin's token)`;
    }
}
/**
 * The store the inputs ask for (`secret-name`), or undefined. It has its own
 * clock and pacer: GitHub's limits have nothing to do with the CDN's.
 */
function githubSecretStore(config, logger, secrets, env) {
    if (!config.githubSecret)
        return undefined;
    return new GithubSecretStore(config.githubSecret, {
        logger,
        secrets,
        timing: (0,timing/* systemTiming */.O$)((0,timing/* pacingScaleFromEnv */.G4)(env)),
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
    });
}


/***/ }),

/***/ 1469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient),
  z: () => (/* binding */ PastDeadlineError)
});

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    http;
    baseUrl;
    /** request -> the tick it was last signed in (see `authorizeTickMs`) */
    signedTicks = new Map();
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
            return fail(redirectMessage(header(responseHeaders, 'location'), url), { retryable: false });
        }
        if (!success) {
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
/**
 * Redirects are never followed (`allowRedirects: false`): credentials and bodies
 * go only where `api-url` points. The message names the host the redirect led
 * to, not the whole Location, which may carry a token.
 */
function redirectMessage(location, from) {
    let host;
    try {
        host = location === undefined ? undefined : new URL(location, from).host;
    }
    catch {
        host = 'an unreadable address';
    }
    return `answered a redirect${host ? ` to ${host}` : ''}, which cdnkit does not follow: check 'api-url'`;
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

/***/ 9096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pathSegment)
/* harmony export */ });
/** `value` as one segment of a URL path: `/`, `?`, `#`, `%` and every other reserved character percent-encoded. */
function pathSegment(value) {
    return encodeURIComponent(value);
}


/***/ })

};
;
//# sourceMappingURL=922.index.js.map