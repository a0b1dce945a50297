"use strict";
exports.id = 554;
exports.ids = [554];
exports.modules = {

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

/***/ 4554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCdnetworksProvider: () => (/* binding */ createCdnetworksProvider)
});

// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(4488);
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
var shape = __webpack_require__(1513);
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
const QUOTA = (0,shape/* object */.Ik)({
    urlQuota: shape/* numeric */.sH,
    remainingUrlQuota: shape/* numeric */.sH,
    dirQuota: shape/* numeric */.sH,
    remainingDirQuota: shape/* numeric */.sH,
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
const RESULT_DETAIL = (0,shape/* object */.Ik)({ url: (0,shape/* optional */.lq)(shape/* string */.Yj), status: (0,shape/* optional */.lq)(shape/* string */.Yj), isDir: shape/* unknown */.L5 });
/** An ItemIdQuery answer: the task's size and one page of its entries. */
const QUERY_ANSWER = (0,shape/* object */.Ik)({
    count: (0,shape/* optional */.lq)((0,shape/* either */.gP)(shape/* numeric */.sH, shape/* string */.Yj)),
    resultDetail: (0,shape/* optional */.lq)((0,shape/* array */.YO)(RESULT_DETAIL)),
});
/** ItemIdQuery's words -> ours; anything unknown is still pending. */
const ENTRY_STATES = {
    success: 'done',
    failure: 'failed',
    wait: 'pending',
    run: 'pending',
};
function entryState(entry) {
    return (0,shape/* lookup */.$I)(ENTRY_STATES, entry.status) ?? 'pending';
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
    const { count, resultDetail } = (0,shape/* readShape */._f)(QUERY_ANSWER, body);
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
const RECEIVER_ANSWER = (0,shape/* object */.Ik)({
    Code: (0,shape/* optional */.lq)((0,shape/* either */.gP)(shape/* number */.ai, shape/* string */.Yj)),
    Message: (0,shape/* optional */.lq)(shape/* string */.Yj),
    itemId: (0,shape/* optional */.lq)((0,shape/* either */.gP)(shape.id, (0,shape/* map */.Tj)((0,shape/* word */.Vm)(['']), () => undefined))),
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
    const http = (0,providers_http/* providerHttpClient */.x)(ctx, cdnetworksProtocol);
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


/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ providerHttpClient)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1944);

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
function providerHttpClient(ctx, protocol) {
    const { config } = ctx;
    return new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
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


/***/ })

};
;
//# sourceMappingURL=554.index.js.map