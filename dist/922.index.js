"use strict";
exports.id = 922;
exports.ids = [922];
exports.modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubSecretStore: () => (/* binding */ GithubSecretStore),
  githubSecretStore: () => (/* binding */ githubSecretStore)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __webpack_require__(9164);
// EXTERNAL MODULE: ./src/http/shape.ts
var http_shape = __webpack_require__(1513);
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
/** Pages of selected repositories read at most: 10,000 repositories. */
const MAX_REPOSITORY_PAGES = 100;
const PUBLIC_KEY = (0,http_shape/* object */.Ik)({ key_id: http_shape.id, key: http_shape/* string */.Yj });
const ORG_SECRET = (0,http_shape/* object */.Ik)({ visibility: (0,http_shape/* optional */.lq)((0,http_shape/* word */.Vm)(['all', 'private', 'selected'])) });
const SELECTED_REPOSITORIES = (0,http_shape/* object */.Ik)({
    total_count: (0,http_shape/* optional */.lq)(http_shape/* number */.ai),
    repositories: (0,http_shape/* array */.YO)((0,http_shape/* object */.Ik)({ id: http_shape/* number */.ai })),
});
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
                throw new errors/* RefusalError */.XQ(`Refusing to store an empty value in ${this.describe(secret.name)}`);
            }
        }
        if (secrets.length === 0)
            return;
        const stored = [];
        try {
            const session = await this.session();
            const key = await this.publicKey(session);
            for (const secret of secrets) {
                await this.put(session, key, secret);
                stored.push(this.describe(secret.name));
                this.options.logger.info(`Wrote ${this.describe(secret.name)}`);
            }
        }
        catch (error) {
            throw this.explain(error, stored);
        }
    }
    async session() {
        const { createGithubClient, githubAction, githubRequest } = await Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 8721));
        const { logger, timeoutMs, maxRetries, scale } = this.options;
        const client = createGithubClient({
            token: this.target.token,
            apiUrl: this.target.apiUrl,
            timeoutMs,
            maxRetries,
            logger,
            scale,
        });
        const details = { secretScope: this.scope };
        const send = (request) => githubRequest(client, { ...request, details });
        const fail = (method, path, message, status) => new errors/* ProviderError */.mZ('github', message, {
            status,
            action: githubAction(client, method, path),
            ...details,
        });
        return {
            send,
            fail,
            read: async (path, shape, query) => {
                const { data } = await send({ method: 'GET', path, query });
                try {
                    return (0,http_shape/* readShape */._f)(shape, data);
                }
                catch (error) {
                    if (!(error instanceof http_shape/* ShapeError */.ym))
                        throw error;
                    throw fail('GET', path, error.message);
                }
            },
        };
    }
    async publicKey(session) {
        const body = await session.read(githubPaths.publicKey(this.scope), PUBLIC_KEY);
        return { keyId: body.key_id, key: body.key };
    }
    async put(session, key, secret) {
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
            Object.assign(body, await this.orgAccess(session, this.scope.org, secret.name));
        }
        const path = githubPaths.secret(this.scope, secret.name);
        const { status } = await session.send({ method: 'PUT', path, body });
        if (status !== 201 && status !== 204) {
            throw session.fail('PUT', path, `unexpected answer ${status}; expected 201 or 204`, status);
        }
    }
    /** The visibility (and selected repositories) to keep; `private` for a new secret. */
    async orgAccess(session, org, name) {
        let visibility;
        try {
            const body = await session.read(githubPaths.secret(this.scope, name), ORG_SECRET);
            visibility = body.visibility ?? 'private';
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
            selected_repository_ids: await this.selectedRepositories(session, org, name),
        };
    }
    /**
     * Every repository a `selected` secret is visible to. The PUT replaces the
     * list, so a list read only in part (a page count that never ends, pages that
     * repeat) is refused rather than written: it would hide the secret from the rest.
     */
    async selectedRepositories(session, org, name) {
        const path = githubPaths.selectedRepositories(org, name);
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const body = await session.read(path, SELECTED_REPOSITORIES, {
                per_page: REPOSITORIES_PER_PAGE,
                page,
            });
            return {
                items: body.repositories.map((repository) => repository.id),
                total: body.total_count,
            };
        }, String, {
            maxPages: MAX_REPOSITORY_PAGES,
            maxItems: MAX_REPOSITORY_PAGES * REPOSITORIES_PER_PAGE,
            pageSize: REPOSITORIES_PER_PAGE,
        });
        if (!list.complete) {
            throw session.fail('GET', path, `the repositories secret ${name} is visible to could not be read to the end (${(0,pages/* incompleteReason */.D)(list)}); the secret was not written, as that would hide it from the rest`);
        }
        return list.items;
    }
    /** Says which secrets were already written; GitHub's text is redacted as every answer is. */
    explain(error, stored) {
        if (!(error instanceof errors/* ProviderError */.mZ))
            return error;
        const note = stored.length > 0 ? `. already stored: ${stored.join(', ')}` : '';
        const message = this.options.secrets.redact(`${error.message}${note}`);
        return new errors/* ProviderError */.mZ('github', message, error.details);
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
/**
 * The store the inputs ask for (`secret-name`), or undefined. Its client paces
 * itself: GitHub's limits have nothing to do with the CDN's.
 */
function githubSecretStore(config, logger, secrets, env) {
    if (!config.githubSecret)
        return undefined;
    return new GithubSecretStore(config.githubSecret, {
        logger,
        secrets,
        scale: (0,timing/* pacingScaleFromEnv */.G4)(env),
        timeoutMs: config.timeoutSeconds * 1000,
        maxRetries: config.maxRetries,
    });
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


/***/ })

};
;
//# sourceMappingURL=922.index.js.map