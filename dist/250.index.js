"use strict";
exports.id = 250;
exports.ids = [250];
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

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createMedianovaProvider: () => (/* binding */ createMedianovaProvider)
});

// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(4488);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __webpack_require__(7718);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __webpack_require__(1513);
// EXTERNAL MODULE: ./src/providers/medianova/endpoints.ts
var endpoints = __webpack_require__(385);
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
            path: endpoints/* ENDPOINTS */.H.login,
            body: { api_key: apiKey, api_secret: apiSecret },
            secretFields: ['token', 'session'],
            shape: LOGIN,
        });
        const { token, expire } = response.body;
        if (token === undefined || token === '') {
            throw new errors/* ProviderError */.mZ('medianova', 'the login answer carries no token', {
                status: response.status,
                requestId: response.requestId,
                action: `POST ${endpoints/* ENDPOINTS */.H.login}`,
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
var cdn = __webpack_require__(7852);
// EXTERNAL MODULE: ./src/providers/medianova/limits.ts
var limits = __webpack_require__(8435);
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
    baseUrl: limits/* MEDIANOVA_BASE_URL */.vP,
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
            path: endpoints/* ENDPOINTS */.H.credentials(prefix, this.organization),
            shape: inData((0,http_shape/* array */.YO)(CREDENTIAL)),
        }));
        return (data ?? []).map(toCredential);
    }
    async get(id) {
        const path = (prefix) => endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'GET',
            path: path(prefix),
            shape: inData(CREDENTIAL),
        }));
        return this.checked(data, `GET ${path(this.prefix ?? endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    /**
     * `POST .../credentials` (plural). Retried only when throttled, so a retry never
     * makes a second credential. The documented answer carries neither key: the
     * access key is read back with `get`. A `secret_key` (undocumented) is
     * registered as a secret before anything else; `secretKey` is undefined when
     * none came back, and the caller decides what that means.
     */
    async create(settings) {
        const path = (prefix) => endpoints/* ENDPOINTS */.H.createCredential(prefix, this.organization);
        const data = await this.data((prefix) => ({
            method: 'POST',
            path: path(prefix),
            body: toBody(settings),
            retry: 'throttled-only',
            secretFields: ['data.secret_key'],
            shape: inData(CREATED),
        }));
        const secretKey = data?.secret_key || undefined;
        const created = this.checked(data, `POST ${path(this.prefix ?? endpoints/* STOOK_PREFIXES */.w[0])}`);
        const accessKey = created.accessKey ?? (await this.accessKeyOf(created.id));
        return { ...created, accessKey, secretKey };
    }
    /** `PUT` replaces every setting, so callers pass the full settings. */
    async update(id, settings) {
        const path = (prefix) => endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id);
        const data = await this.data((prefix) => ({
            method: 'PUT',
            path: path(prefix),
            body: toBody(settings),
            shape: inData(CREDENTIAL),
        }));
        return this.checked({ uuid: id, ...data }, `PUT ${path(this.prefix ?? endpoints/* STOOK_PREFIXES */.w[0])}`);
    }
    async delete(id) {
        const response = await this.send((prefix) => ({
            method: 'DELETE',
            path: endpoints/* ENDPOINTS */.H.credential(prefix, this.organization, id),
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
        const [first, second] = endpoints/* STOOK_PREFIXES */.w;
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
    const http = (0,providers_http/* providerHttpClient */.x)(ctx, medianovaProtocol);
    const auth = new MedianovaAuth(http, config.credentials, ctx.logger);
    const organization = config.organization ?? '';
    const { urls, prefixes } = config.targets;
    return {
        name: 'medianova',
        http,
        cdn: new cdn/* MedianovaCdn */.YP(auth, {
            organization,
            resource: config.resource ?? '',
            checkHosts: [...urls, ...prefixes].some((target) => !target.startsWith('/')),
        }),
        storageCredentials: new StookCredentials(auth, organization, ctx.logger),
        login: () => auth.login(),
        certificates: async () => new (await __webpack_require__.e(/* import() */ 959).then(__webpack_require__.bind(__webpack_require__, 1959))).MedianovaCertificates(auth, organization),
    };
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
//# sourceMappingURL=250.index.js.map