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
// EXTERNAL MODULE: ./src/http/client.ts + 2 modules
var client = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/http/pages.ts
var pages = __webpack_require__(9164);
// EXTERNAL MODULE: ./src/http/pacing.ts
var pacing = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/http/shape.ts
var shape = __webpack_require__(1513);
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
/** Pages of selected repositories read at most: 10,000 repositories. */
const MAX_REPOSITORY_PAGES = 100;
const PUBLIC_KEY = (0,shape/* object */.Ik)({ key_id: shape.id, key: shape/* string */.Yj });
const ORG_SECRET = (0,shape/* object */.Ik)({ visibility: (0,shape/* optional */.lq)((0,shape/* word */.Vm)(['all', 'private', 'selected'])) });
const SELECTED_REPOSITORIES = (0,shape/* object */.Ik)({
    total_count: (0,shape/* optional */.lq)(shape/* number */.ai),
    repositories: (0,shape/* array */.YO)((0,shape/* object */.Ik)({ id: shape/* number */.ai })),
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
        return new client/* HttpClient */.Qq({
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
        const { body } = await this.request(http, { method: 'GET', path, shape: PUBLIC_KEY });
        return { keyId: body.key_id, key: body.key };
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
                shape: ORG_SECRET,
            });
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
            selected_repository_ids: await this.selectedRepositories(http, org, name),
        };
    }
    /**
     * Every repository a `selected` secret is visible to. The PUT replaces the
     * list, so a list read only in part (a page count that never ends, pages that
     * repeat) is refused rather than written: it would hide the secret from the rest.
     */
    async selectedRepositories(http, org, name) {
        const path = githubPaths.selectedRepositories(org, name);
        const list = await (0,pages/* readPages */.n)(async (page) => {
            const { body } = await this.request(http, {
                method: 'GET',
                path,
                query: { per_page: REPOSITORIES_PER_PAGE, page },
                shape: SELECTED_REPOSITORIES,
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
            throw new errors/* ProviderError */.mZ('github', `the repositories secret ${name} is visible to could not be read to the end (${(0,pages/* incompleteReason */.D)(list)}); the secret was not written, as that would hide it from the rest`, { action: `GET ${path}` });
        }
        return list.items;
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


/***/ })

};
;
//# sourceMappingURL=922.index.js.map