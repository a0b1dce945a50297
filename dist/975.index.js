"use strict";
exports.id = 975;
exports.ids = [975];
exports.modules = {

/***/ 5975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login)
/* harmony export */ });
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9545);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8543);


/** login: exchanges credentials for a session token (masked by the provider when obtained). */
async function login(provider, ctx) {
    const logIn = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .capabilityOf */ .O)(provider, 'login', 'login');
    if (ctx.config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedSteps */ .iM)(ctx, [
            `log in to ${provider.name}; output the session token (masked) and its expiry`,
        ]);
    }
    const { token, expiresAt } = await logIn.call(provider);
    return {
        outputs: {
            token,
            'expires-at': expiresAt ?? '',
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { token, expiresAt },
        rows: [
            ['Token', '*** (masked; see the token output)'],
            ['Expires at', expiresAt ?? 'unknown'],
        ],
    };
}


/***/ }),

/***/ 8543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ describeRequest),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iM: () => (/* binding */ plannedSteps)
/* harmony export */ });
/** "2 min 30 s", "45 s", "< 1 s" */
function formatDuration(ms) {
    if (ms < 1000)
        return '< 1 s';
    const seconds = Math.round(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${seconds} s`;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** One line a planned request, for dry runs and debug logs: never headers or secrets. */
function describeRequest(request, index, total) {
    const bytes = request.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(request.body));
    return `request ${index + 1}/${total}: ${request.method} ${readablePath(request.path)} (${request.kind}, ${request.items.length} item${request.items.length === 1 ? '' : 's'}, ${bytes} bytes)`;
}
/** The path as a person reads it: `<id of cdn.example.com>` rather than its percent-encoding. */
function readablePath(path) {
    try {
        return decodeURI(path);
    }
    catch {
        return path;
    }
}
/**
 * `dry-run` for operations that are not a list of requests: the steps they
 * would take, logged and reported. Nothing is sent, not even a login.
 */
function plannedSteps(ctx, steps) {
    for (const [index, step] of steps.entries()) {
        ctx.logger.info(`dry run: step ${index + 1}/${steps.length}: ${step}`);
    }
    return {
        outputs: {},
        result: { dryRun: true, steps },
        rows: [['Mode', 'dry run: nothing was sent']],
        lists: [{ title: `Planned steps (${steps.length})`, items: [...steps] }],
    };
}


/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ capabilityOf)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * A capability the operation needs. The catalog lets an operation reach only
 * providers that have it, so a miss is the catalog and the provider disagreeing.
 */
function capabilityOf(provider, capability, operation) {
    const found = provider[capability];
    if (found === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedOperationError */ .vR(provider.name, operation, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .SUPPORTED_OPERATIONS */ .YR[provider.name]);
    }
    return found;
}


/***/ })

};
;
//# sourceMappingURL=975.index.js.map