"use strict";
exports.id = 911;
exports.ids = [911];
exports.modules = {

/***/ 4911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOperation: () => (/* binding */ runOperation)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8920);
/* harmony import */ var _providers_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9880);


/** Purge and prefetch: one runner of the purge chunk, told which. */
function cacheRunner(kind) {
    return async () => {
        const { purgeOrPrefetch } = await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 6540));
        return (provider, ctx) => purgeOrPrefetch(kind, provider, ctx);
    };
}
/**
 * Every operation's runner, each loaded when its operation runs (a purge loads no rotation
 * code; certificate operations load their own chunk): a missing one fails the typecheck, not
 * a run.
 */
const RUNNERS = {
    login: async () => (await __webpack_require__.e(/* import() */ 975).then(__webpack_require__.bind(__webpack_require__, 5975))).login,
    purge: cacheRunner('purge'),
    prefetch: cacheRunner('prefetch'),
    'purge-status': async () => (await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 9986))).purgeStatus,
    'list-credentials': async () => (await __webpack_require__.e(/* import() */ 728).then(__webpack_require__.bind(__webpack_require__, 3728))).listCredentials,
    'get-credential': async () => (await __webpack_require__.e(/* import() */ 728).then(__webpack_require__.bind(__webpack_require__, 3728))).getCredential,
    'create-credential': async () => (await __webpack_require__.e(/* import() */ 728).then(__webpack_require__.bind(__webpack_require__, 3728))).createCredential,
    'update-credential': async () => (await __webpack_require__.e(/* import() */ 728).then(__webpack_require__.bind(__webpack_require__, 3728))).updateCredential,
    'delete-credential': async () => (await __webpack_require__.e(/* import() */ 728).then(__webpack_require__.bind(__webpack_require__, 3728))).deleteCredential,
    'rotate-credential': async () => (await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 4141))).rotateCredential,
    'list-tokens': async () => (await __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 2798))).listTokens,
    'create-token': async () => (await __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 2798))).createToken,
    'delete-token': async () => (await __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 2798))).deleteToken,
    'rotate-token': async () => (await __webpack_require__.e(/* import() */ 743).then(__webpack_require__.bind(__webpack_require__, 4743))).rotateToken,
    'check-token': async () => (await __webpack_require__.e(/* import() */ 366).then(__webpack_require__.bind(__webpack_require__, 4366))).checkToken,
};
/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
async function runOperation(ctx) {
    const { operation } = ctx.config;
    if ((0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .isCertificateOperation */ .b$)(operation)) {
        const { runCertificateOperation } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 6333));
        return runCertificateOperation(ctx);
    }
    const runner = await RUNNERS[operation]();
    const provider = await (0,_providers_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(ctx);
    try {
        return await runner(provider, ctx);
    }
    finally {
        provider.http.dispose();
    }
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createProvider)
/* harmony export */ });
/** Each provider's client is a chunk of its own: a run loads only its provider's code. */
const FACTORIES = {
    gcore: async () => (await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 4542))).createGcoreProvider,
    cdnetworks: async () => (await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 4554))).createCdnetworksProvider,
    medianova: async () => (await Promise.all(/* import() */[__webpack_require__.e(944), __webpack_require__.e(250)]).then(__webpack_require__.bind(__webpack_require__, 4250))).createMedianovaProvider,
};
/** The provider client for this run. */
async function createProvider(ctx) {
    return (await FACTORIES[ctx.config.provider]())(ctx);
}


/***/ })

};
;
//# sourceMappingURL=911.index.js.map