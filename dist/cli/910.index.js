"use strict";
exports.id = 910;
exports.ids = [910];
exports.modules = {

/***/ 5910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGithubClient: () => (/* binding */ createGithubClient),
  githubError: () => (/* binding */ githubError),
  githubGet: () => (/* binding */ githubGet)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/redirect.ts
var redirect = __webpack_require__(6790);
// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __webpack_require__(1513);
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
            // a plain Error (not an AbortError) so Octokit reports it as a 500 and its retry plugin retries it
            const timer = setTimeout(() => fail(new Error(`no answer within ${options.timeoutMs / 1000} s (input 'timeout')`)), options.timeoutMs);
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
                }, (error) => fail(error));
            });
            request.on('error', fail);
            init.signal?.addEventListener('abort', () => fail(new Error('the request was aborted')));
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
                reject(new Error(`the answer is larger than ${maxBytes} bytes`));
            }
            else
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('the answer was cut off')));
    });
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

// EXTERNAL MODULE: ./src/github/protocol.ts
var protocol = __webpack_require__(4539);
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
/** A GitHub client for one run. Throws InputError for a GITHUB_API_URL that is not https or loopback. */
function createGithubClient(options) {
    const apiUrl = (options.apiUrl || protocol/* GITHUB_API_URL */.td).replace(/\/+$/, '');
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
            fetch: boundedFetch({ timeoutMs: options.timeoutMs, maxBodyBytes: MAX_BODY_BYTES }),
        },
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.error(message),
        },
        retry: { retries: maxRetries, retryAfterBaseValue: 1000 * scale },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: 1000 * scale,
        },
    });
}
/**
 * A GET with the REST API version header, its answer read through `shape`
 * (src/http/shape.ts): a failure, or an answer of another shape, is a
 * ProviderError naming the request (and the field).
 */
async function githubGet(client, path, shape, query = {}) {
    const action = `GET ${path.replace(/\?.*$/, '')}`;
    let response;
    try {
        response = await client.request(`GET ${path}`, { ...query, headers: { ...protocol/* GITHUB_HEADERS */.pr } });
    }
    catch (error) {
        throw githubError(error, action);
    }
    // the fetch follows no redirect, and Octokit hands a 3xx back as an answer
    if (response.status >= 300 && response.status <= 399) {
        const location = response.headers.location;
        throw new errors/* ProviderError */.mZ('github', (0,redirect/* redirectMessage */.O)(location, new URL(response.url || client.request.endpoint.DEFAULTS.baseUrl), 'GITHUB_API_URL'), { status: response.status, action, retryable: false });
    }
    const data = response.data;
    try {
        return (0,http_shape/* readShape */._f)(shape, data);
    }
    catch (error) {
        if (!(error instanceof http_shape/* ShapeError */.ym))
            throw error;
        throw new errors/* ProviderError */.mZ('github', error.message, { action });
    }
}
/** Octokit's RequestError (or a network error) as cdnkit's ProviderError. */
function githubError(error, action) {
    const { status, response, message } = error;
    const requestId = response?.headers?.['x-github-request-id'];
    const text = (0,protocol/* githubErrorMessage */.Lo)(response?.data).message ?? message ?? String(error);
    return new errors/* ProviderError */.mZ('github', text, {
        status: response ? status : undefined,
        requestId,
        action,
    });
}


/***/ })

};
;
//# sourceMappingURL=910.index.js.map