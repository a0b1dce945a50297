"use strict";
exports.id = 593;
exports.ids = [593,102];
exports.modules = {

/***/ 8721:
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
;// CONCATENATED MODULE: ./src/version.ts
/** cdnkit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

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
        userAgent: `cdnkit/${VERSION}`,
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

/***/ 5593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lastSuccessfulRun: () => (/* binding */ lastSuccessfulRun),
/* harmony export */   workflowOfRun: () => (/* binding */ workflowOfRun)
/* harmony export */ });
/* harmony import */ var _http_pages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9164);
/* harmony import */ var _http_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9096);
/* harmony import */ var _http_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1513);
/* harmony import */ var _targets_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3226);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8721);
/**
 * "The last successful run of this workflow on this branch", read from the
 * Actions REST API (List workflow runs for a workflow:
 * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs).
 */





/** Runs read per page, and pages read at most: enough to step over this run's own earlier attempts. */
const RUNS_PER_PAGE = 10;
const MAX_PAGES = 3;
/** A whole number that can be compared exactly (run and workflow ids). */
const wholeNumber = (value, path) => {
    const read = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .ai)(value, path);
    if (!Number.isSafeInteger(read))
        throw new _http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .ShapeError */ .ym(path, 'a whole number', 'a fraction');
    return read;
};
/** A commit id as git prints it: it is handed to git as a revision. */
const commitId = (value, path) => {
    const read = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(value, path);
    if (!_targets_git_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMIT_ID */ .Gw.test(read))
        throw new _http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .ShapeError */ .ym(path, 'a commit id', 'another string');
    return read;
};
/** One run of the list, filtered by `status: success`: a run that says otherwise is an error. */
const RUN = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .map */ .Tj)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    id: wholeNumber,
    run_number: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(wholeNumber),
    head_sha: commitId,
    event: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj),
    conclusion: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .word */ .Vm)(['success'])),
}), (run) => ({
    id: run.id,
    runNumber: run.run_number ?? 0,
    headSha: run.head_sha,
    event: run.event ?? '',
}));
const RUNS_PAGE = (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ total_count: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(wholeNumber), workflow_runs: (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YO)(RUN) });
async function lastSuccessfulRun(client, query) {
    const path = `/repos/${repoPath(query.repository)}/actions/workflows/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathSegment */ .p)(String(query.workflow))}/runs`;
    const isBase = (run) => run.id !== query.currentRunId;
    const list = await (0,_http_pages_js__WEBPACK_IMPORTED_MODULE_4__/* .readPages */ .n)(async (page) => {
        const body = await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__.githubGet)(client, path, RUNS_PAGE, {
            branch: query.branch,
            status: 'success',
            per_page: RUNS_PER_PAGE,
            page,
            exclude_pull_requests: 'true',
        });
        return { items: body.workflow_runs, total: body.total_count };
    }, (run) => String(run.id), { maxPages: MAX_PAGES, maxItems: MAX_PAGES * RUNS_PER_PAGE, pageSize: RUNS_PER_PAGE }, (runs) => runs.some(isBase));
    return list.items.find(isBase);
}
/** The numeric id of the workflow a run belongs to (when GITHUB_WORKFLOW_REF is not set). */
async function workflowOfRun(client, repository, runId) {
    const path = `/repos/${repoPath(repository)}/actions/runs/${(0,_http_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathSegment */ .p)(String(runId))}`;
    return (await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__.githubGet)(client, path, (0,_http_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ workflow_id: wholeNumber }))).workflow_id;
}
function repoPath(repository) {
    return repository.split('/').map(_http_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathSegment */ .p).join('/');
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


/***/ })

};
;
//# sourceMappingURL=593.index.js.map