"use strict";
exports.id = 321;
exports.ids = [321,396];
exports.modules = {

/***/ 2396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGithubClient: () => (/* binding */ createGithubClient),
  githubAction: () => (/* binding */ githubAction),
  githubError: () => (/* binding */ githubError),
  githubGet: () => (/* binding */ githubGet),
  githubRequest: () => (/* binding */ githubRequest)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/redirect.ts
var redirect = __webpack_require__(6790);
// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/github/fetch.ts
/**
 * The `fetch` Octokit sends through: Node's http(s) with @actions/http-client's
 * agent, so `https_proxy` and `no_proxy` work as in every other cdnkit request
 * (Node's own fetch ignores them), a deadline on the whole request, headers
 * and body alike, and a cap on the body it will read.
 */



/**
 * Why an exchange brought no usable answer. An Error, not an AbortError, so
 * Octokit reports it as a 500 and its retry plugin retries it; cdnkit reads
 * `transport` back from the RequestError's `cause` (octokit.ts).
 */
class FetchFailure extends Error {
    transport;
    name = 'FetchFailure';
    constructor(transport, message) {
        super(message);
        this.transport = transport;
    }
}
/** Statuses whose Response must have no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
function boundedFetch(options) {
    const agents = new lib/* HttpClient */.Qq('cdnkit', [], { keepAlive: false });
    return (input, init = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const headers = Object.fromEntries(new Headers(init.headers).entries());
        const body = init.body;
        if (body !== undefined && body !== null && typeof body !== 'string') {
            return Promise.reject(new TypeError('cdnkit sends string bodies only'));
        }
        return new Promise((resolve, reject) => {
            let settled = false;
            const fail = (error) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                request.destroy();
                reject(error);
            };
            const timer = setTimeout(() => fail(new FetchFailure('timeout', `no answer within ${options.timeoutMs / 1000} s (input 'timeout')`)), options.timeoutMs);
            const request = send(url, { method: init.method ?? 'GET', headers, agent: agents.getAgent(url.href) }, (response) => {
                readBody(response, options.maxBodyBytes).then((bytes) => {
                    if (settled)
                        return;
                    settled = true;
                    clearTimeout(timer);
                    const status = response.statusCode ?? 0;
                    resolve(new Response(NULL_BODY.has(status) ? null : bytes, {
                        status,
                        statusText: response.statusMessage ?? '',
                        headers: responseHeaders(response),
                    }));
                }, (error) => fail(asFailure(error)));
            });
            request.on('error', (error) => fail(asFailure(error)));
            init.signal?.addEventListener('abort', () => fail(new FetchFailure('network', 'the request was aborted')));
            request.end(body ?? undefined);
        });
    };
}
function readBody(response, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
                response.destroy();
                reject(new FetchFailure('too-large', `the answer is larger than ${maxBytes} bytes`));
            }
            else
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
        response.on('aborted', () => reject(new FetchFailure('network', 'the answer was cut off')));
    });
}
/** A socket or stream error as a network failure, worded as the HTTP layer words it. */
function asFailure(error) {
    return error instanceof FetchFailure
        ? error
        : new FetchFailure('network', `network error: ${error.message}`);
}
function responseHeaders(response) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined)
            continue;
        for (const one of Array.isArray(value) ? value : [value])
            headers.append(name, one);
    }
    return headers;
}

;// CONCATENATED MODULE: ./src/github/protocol.ts
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
/** Headers of every GitHub request besides Authorization. */
const GITHUB_HEADERS = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': GITHUB_API_VERSION,
};

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The GitHub API client: the toolkit's Octokit with its retry plugin (5xx and
 * network errors) and throttling plugin (primary and secondary rate limits),
 * over cdnkit's bounded, proxy-aware fetch. Import this module lazily: only
 * runs that talk to GitHub pay for it.
 */












const GithubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Largest GitHub answer read (a page of workflow runs is about 100 KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Longest Retry-After cdnkit waits for on a rate limit, in seconds. */
const MAX_RATE_LIMIT_WAIT_S = 120;
/**
 * GitHub asks for a second between writes (POST, PUT, PATCH, DELETE) of one
 * client ("Best practices for using the REST API"); the throttling plugin keeps
 * it. Its own limiter is shared by every client in the process and cannot be
 * scaled, so each client gets one of its own, shrunk with CDNKIT_PACING_SCALE
 * like every other pause of cdnkit.
 */
const WRITE_INTERVAL_MS = 1000;
/** A GitHub client for one run. Throws InputError for a GITHUB_API_URL that is not https or loopback. */
function createGithubClient(options) {
    const apiUrl = (options.apiUrl || GITHUB_API_URL).replace(/\/+$/, '');
    (0,values/* checkUrl */.CU)(apiUrl, 'github-token', 'GITHUB_API_URL');
    const { logger, maxRetries } = options;
    const scale = options.scale ?? 1;
    const onLimit = (kind) => (retryAfter, request, _client, retryCount) => {
        const retrying = retryCount < maxRetries && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        logger.info(`GitHub: ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retrying;
    };
    return new GithubOctokit({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: `cdnkit/${version/* VERSION */.x}`,
        request: {
            fetch: loggedFetch(boundedFetch({ timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES }), logger),
        },
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.error(message),
        },
        retry: {
            retries: maxRetries,
            retryAfterBaseValue: 1000 * scale,
            // the plugin's list plus 429: rate limits are the throttling plugin's, which honours
            // retry-after and x-ratelimit-reset (the retry plugin would not)
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: 1000 * scale,
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: WRITE_INTERVAL_MS * scale }),
        },
    });
}
/**
 * Each attempt in the debug log as every cdnkit request is logged: method,
 * path, status, time and request id; never headers or bodies.
 */
function loggedFetch(fetch, logger) {
    return async (input, init) => {
        const started = Date.now();
        const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
        const action = `${init?.method ?? 'GET'} ${path}`;
        try {
            const response = await fetch(input, init);
            const id = response.headers.get('x-github-request-id');
            logger.debug(`github: ${action} -> ${response.status} in ${Date.now() - started} ms${id ? ` (request id ${id})` : ''}`);
            return response;
        }
        catch (error) {
            logger.debug(`github: ${action} -> ${error.message}`);
            throw error;
        }
    };
}
/**
 * One REST call with the API version header. Redirects are not followed
 * (credentials go only where GITHUB_API_URL points); every failure is a
 * ProviderError naming the request as `METHOD /path` under the API URL.
 */
async function githubRequest(client, request) {
    const action = githubAction(client, request.method, request.path);
    let response;
    try {
        response = await client.request(`${request.method} ${request.path}`, {
            ...request.query,
            // `data` is the whole body, so no body field is read as an Octokit option
            ...(request.body ? { data: request.body } : {}),
            headers: { ...GITHUB_HEADERS },
        });
    }
    catch (error) {
        throw githubError(error, action, request.details);
    }
    // the fetch follows no redirect, and Octokit hands a 3xx back as an answer
    if (response.status >= 300) {
        const location = response.headers
            ?.location;
        throw new errors/* ProviderError */.mZ('github', (0,redirect/* redirectMessage */.O)(location, new URL(client.request.endpoint.DEFAULTS.baseUrl)), { status: response.status, action, retryable: false, ...request.details });
    }
    return { status: response.status, data: response.data, action };
}
/** `METHOD /path` with the API URL's own path (GitHub Enterprise Server: `/api/v3`). */
function githubAction(client, method, path) {
    const base = new URL(client.request.endpoint.DEFAULTS.baseUrl).pathname.replace(/\/+$/, '');
    return `${method} ${base}${path}`;
}
/**
 * A GET of a JSON answer, read through `shape` (src/http/shape.ts): an answer
 * of another shape is a ProviderError naming the request and the field.
 */
async function githubGet(client, path, shape, query = {}) {
    const { data, action } = await githubRequest(client, { method: 'GET', path, query });
    try {
        return (0,http_shape/* readShape */._f)(shape, data);
    }
    catch (error) {
        if (!(error instanceof http_shape/* ShapeError */.ym))
            throw error;
        throw new errors/* ProviderError */.mZ('github', error.message, { action });
    }
}
/** Octokit's RequestError (or any other failure) as cdnkit's ProviderError. */
function githubError(error, action, details = {}) {
    const { status, response, message, cause } = error;
    const failure = [error, cause].find((each) => each instanceof FetchFailure);
    if (!response) {
        return new errors/* ProviderError */.mZ('github', message ?? String(error), {
            action,
            transport: failure?.transport ?? 'network',
            retryable: failure?.transport !== 'too-large',
            ...details,
        });
    }
    const headers = response.headers ?? {};
    const text = githubErrorMessage(response.data).message ?? excerpt(response.data, status);
    return new errors/* ProviderError */.mZ('github', text, {
        status,
        requestId: headers['x-github-request-id'],
        action,
        throttled: status === 429 ||
            (status === 403 &&
                (headers['x-ratelimit-remaining'] === '0' ||
                    headers['retry-after'] !== undefined ||
                    /\bsecondary rate\b/i.test(text))),
        ...details,
    });
}
/** A short line from an answer that is not GitHub's JSON error (a proxy's HTML page). */
function excerpt(data, status) {
    const text = typeof data === 'string'
        ? data
            .slice(0, 16 * 1024)
            .replace(/<[^<>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        : '';
    return text === '' ? `HTTP ${status}` : (0,src_text/* preview */.VH)(text);
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
//# sourceMappingURL=321.index.js.map