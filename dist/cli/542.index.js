"use strict";
exports.id = 542;
exports.ids = [542];
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

/***/ 4542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGcoreProvider: () => (/* binding */ createGcoreProvider)
});

// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/providers/gcore/api.ts
var gcore_api = __webpack_require__(9667);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __webpack_require__(7718);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/providers/gcore/endpoints.ts
var endpoints = __webpack_require__(1841);
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
const JWT_PAIR = (0,shape/* object */.Ik)({ access: (0,shape/* optional */.lq)(shape/* string */.Yj), refresh: (0,shape/* optional */.lq)(shape/* string */.Yj) });
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
        const session = await this.exchange(endpoints/* GCORE_PATHS */.I.jwtLogin, { username, password });
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
            await this.exchange(endpoints/* GCORE_PATHS */.I.jwtRefresh, { refresh: this.session.refresh });
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
            const text = (0,shape/* messageText */.Lo)(messages);
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







const ROLE = (0,shape/* object */.Ik)({ id: shape/* number */.ai, name: shape/* string */.Yj });
/** A token as Gcore's IAM API returns it. */
const TOKEN_FIELDS = {
    id: shape.id,
    name: (0,shape/* optional */.lq)(shape/* string */.Yj),
    description: (0,shape/* nullable */.me)(shape/* string */.Yj),
    exp_date: (0,shape/* nullable */.me)(shape/* string */.Yj),
    expired: (0,shape/* optional */.lq)(shape/* boolean */.zM),
    deleted: (0,shape/* optional */.lq)(shape/* boolean */.zM),
    created: (0,shape/* optional */.lq)(shape/* string */.Yj),
    last_usage: (0,shape/* nullable */.me)(shape/* string */.Yj),
    client_user: (0,shape/* optional */.lq)((0,shape/* object */.Ik)({ user_name: (0,shape/* optional */.lq)(shape/* string */.Yj), user_email: (0,shape/* optional */.lq)(shape/* string */.Yj), role: (0,shape/* optional */.lq)(ROLE) })),
};
const TOKEN = (0,shape/* object */.Ik)(TOKEN_FIELDS);
/**
 * The create answer: the secret `token` must be there (it is registered before
 * the answer is read); the rest only describes the token, so a field that does
 * not fit is dropped rather than losing a token that exists.
 */
const CREATED_TOKEN = (0,shape/* object */.Ik)({ ...(0,shape/* lenient */.W_)(TOKEN_FIELDS), token: shape/* string */.Yj });
const CLIENT = (0,shape/* object */.Ik)({ id: shape.id });
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
        this.clientIdLookup ??= this.api.get(endpoints/* GCORE_PATHS */.I.clientsMe, CLIENT).then((me) => me.id);
        return this.clientIdLookup;
    }
    /**
     * No `deleted` filter is sent: the official SDKs define it inverted ("True -
     * API token was not deleted", gcore-go iam/apitoken.go APITokenListParams,
     * gcore-python api_token_list_params.py), so either reading of it could
     * return only deleted tokens. Deleted ones are dropped here instead.
     */
    async list() {
        const path = endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
        const tokens = await this.api.get(path, (0,gcore_api/* listOf */.c)(TOKEN));
        return tokens.filter((token) => !token.deleted).map(toApiToken);
    }
    async get(id) {
        return toApiToken(await this.api.get(endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id), TOKEN));
    }
    /** Creates with v2 only; the secret is registered the instant the answer is read. */
    async create(token) {
        const path = endpoints/* GCORE_PATHS */.I.tokens(await this.clientId());
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
            path: endpoints/* GCORE_PATHS */.I.usersMe,
            headers: apiKeyHeader(secret),
        });
    }
    /** No answer body is documented (the SDKs accept any type and read none): any 2xx is done. */
    async delete(id) {
        await this.api.request({
            method: 'DELETE',
            path: endpoints/* GCORE_PATHS */.I.token(await this.clientId(), id),
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
    const http = (0,providers_http/* providerHttpClient */.x)(ctx, gcoreProtocol);
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
//# sourceMappingURL=542.index.js.map