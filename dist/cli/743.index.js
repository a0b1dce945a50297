"use strict";
exports.id = 743;
exports.ids = [743,798];
exports.modules = {

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

/***/ 4743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateToken: () => (/* binding */ rotateToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9545);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3564);
/* harmony import */ var _rotation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4002);
/* harmony import */ var _token_dates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9339);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2798);






/**
 * rotate-token: read the old token -> check the token limit -> create the new
 * one (same role, new expiry) -> verify it with a call sent with it -> store it
 * (when `secret-name` is set) -> delete the old one (when `delete-old`).
 *
 * Nothing is logged above debug level before the new token exists, so its
 * mask command comes before any line a reader sees.
 */
async function rotateToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'tokens', config.operation);
    const oldId = oldTokenId(tokens, ctx);
    const roleOverride = config.token.role ? tokens.resolveRole(config.token.role) : undefined;
    const now = ctx.timing.now();
    const expiresAt = (0,_token_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(config.token.expiresInDays, now);
    const store = (0,_run_context_js__WEBPACK_IMPORTED_MODULE_2__/* .secretStoreFor */ .b)(ctx);
    let old;
    let spec;
    let created;
    let count = 0;
    const state = (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .rotationState */ .yS)({ id: oldId }, { verifies: true });
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .runRotation */ .qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'read',
                plan: `read token ${oldId}`,
                run: async () => {
                    old = await tokens.get(oldId);
                    const role = roleOverride ?? old.role;
                    if (!role) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(provider.name, `the answer does not say which role token ${oldId} has, so it cannot be copied: set 'role'`);
                    }
                    spec = {
                        name: config.credential.name ?? (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .rotatedName */ .rd)(old.name, now),
                        description: old.description,
                        role,
                        expiresAt,
                    };
                    return { id: old.id, name: old.name };
                },
            },
            (0,_tokens_js__WEBPACK_IMPORTED_MODULE_4__.tokenLimitStep)(tokens, (counted) => {
                count = counted;
            }),
            {
                role: 'create',
                plan: `create its replacement with ${roleOverride ? `role ${roleOverride.name}` : 'the same role'}, expiring ${expiresAt ?? 'never'}`,
                newName: () => spec.name,
                run: async () => {
                    created = await tokens.create(spec);
                    logger.info(`Created token ${created.token.id} '${created.token.name}' (${spec.role.name}, expires ${expiresAt ?? 'never'}) to replace token ${oldId}.`);
                    return { id: created.token.id, name: created.token.name };
                },
            },
            {
                role: 'verify',
                plan: 'verify the new token with a request sent with it',
                run: async () => {
                    await tokens.verify(created.secret);
                    logger.info(`Verified token ${created.token.id}: a request sent with it was accepted.`);
                },
            },
            ...(store ? [(0,_tokens_js__WEBPACK_IMPORTED_MODULE_4__.storeTokenStep)(store, config.githubSecret.name, () => created)] : []),
            ...(config.deleteOld
                ? [
                    (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteOldStep */ .LF)(`delete token ${oldId}`, async () => {
                        await tokens.delete(oldId);
                        logger.info(`Deleted the old token ${oldId}.`);
                    }),
                ]
                : []),
        ],
        report: () => rotationReport(state, { old, spec, created, count, max: tokens.maxTokens, provider, ctx }),
    });
}
/** `token-id`, or the id inside `api-token` (`<id>$…` / `<id>_…`). */
function oldTokenId(tokens, ctx) {
    const { token, credentials } = ctx.config;
    const id = token.id ?? (credentials.apiToken ? tokens.tokenIdOf(credentials.apiToken) : undefined);
    if (!id) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token-id', "is required for 'rotate-token' unless 'api-token' is the token to rotate");
    }
    return id;
}
function rotationReport(state, facts) {
    const { old, spec, created, count, max, provider, ctx } = facts;
    const { config } = ctx;
    const stored = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_4__.tokenStoredIn)(state);
    const deleted = state.oldDeleted;
    return {
        outputs: (0,_tokens_js__WEBPACK_IMPORTED_MODULE_4__.newTokenOutputs)(created, provider),
        result: {
            oldTokenId: old.id,
            newTokenId: created.token.id,
            name: created.token.name,
            role: spec.role,
            expiresAt: spec.expiresAt,
            verified: state.verified === true,
            stored,
            oldDeleted: deleted,
        },
        rows: [
            ['Old token', `${old.id} '${old.name}'`],
            ['Tokens before', `${count} of at most ${max}`],
            ['New token', `${created.token.id} '${created.token.name}'`],
            ['Role', created.token.role?.name ?? spec.role.name],
            ['Expires at', created.token.expiresAt ?? spec.expiresAt ?? 'never'],
            ['Verified', state.verified ? 'yes: a request sent with the new token was accepted' : 'no'],
            [
                'Stored in',
                stored ?? (config.githubSecret ? 'not stored' : "not stored (no 'secret-name')"),
            ],
            ['Old token deleted', deleted ? 'yes' : config.deleteOld ? 'no' : "no ('delete-old: false')"],
        ],
        annotations: stored === null && deleted
            ? [
                {
                    level: 'warning',
                    message: `The old token ${old.id} is deleted and the new token ${created.token.id} exists only in this step's masked 'api-token' output: set 'secret-name' to store it.`,
                },
            ]
            : [],
    };
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ storeStep),
/* harmony export */   LF: () => (/* binding */ deleteOldStep),
/* harmony export */   P3: () => (/* binding */ storedIn),
/* harmony export */   qm: () => (/* binding */ runRotation),
/* harmony export */   rd: () => (/* binding */ rotatedName),
/* harmony export */   yS: () => (/* binding */ rotationState)
/* harmony export */ });
/* unused harmony export describeState */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9957);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8543);




/** A fresh state: `old` is what the inputs name, `verifies` when a verify step will run. */
function rotationState(old, { verifies = false } = {}) {
    return {
        old,
        oldDeleted: false,
        createdRemoved: false,
        verified: verifies ? false : undefined,
        secrets: [],
        stored: false,
        warnings: [],
    };
}
/** Runs the steps in order; with dry-run, lists them and sends nothing. */
async function runRotation(ctx, rotation) {
    const { state, steps } = rotation;
    if (ctx.config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .plannedSteps */ .iM)(ctx, steps.flatMap((step) => (step.plan ? [step.plan] : [])));
    }
    for (const step of steps) {
        if (step.skip?.(state))
            continue;
        try {
            if (step.role === 'read')
                state.old = await step.run(state);
            else if (step.role === 'create')
                state.created = await step.run(state);
            else
                await step.run(state);
            if (step.role === 'verify')
                state.verified = true;
            if (step.role === 'delete-old')
                state.oldDeleted = true;
        }
        catch (error) {
            if (step.onFailure === 'warn') {
                const advice = step.advice?.(state) ?? adviceAfter(rotation, step);
                state.warnings.push(`${stepName(rotation, step)} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}.${advice ? ` ${advice}` : ''}`);
                continue;
            }
            return failed(rotation, step, error);
        }
    }
    return withWarnings(rotation.report(), state);
}
async function failed(rotation, step, error) {
    const { state } = rotation;
    if (step.newName && !provesNothingCreated(error))
        state.mayExist = step.newName();
    if (step.compensate && state.created) {
        try {
            await step.compensate();
            state.createdRemoved = true;
        }
        catch (cleanup) {
            state.compensationFailed = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(cleanup);
        }
    }
    const advice = step.advice?.(state);
    const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(stepName(rotation, step), error, 
    // what to fix (the cause's hint, unless the step has advice of its own), then what
    // exists now and what to clean up: the line ends with the rotation's advice, no hint after it
    [
        advice ? undefined : (0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .hintSentence */ .t6)(error),
        describeState(rotation),
        adviceAfter(rotation, step),
        advice,
    ]
        .filter(Boolean)
        .join(' '));
    if (!state.created || state.createdRemoved)
        throw failure;
    return { ...withWarnings(rotation.report(), state), failure: failure.message };
}
/**
 * A failed create left nothing behind only when the provider refused it (4xx)
 * or cdnkit refused before sending. A 5xx, a reset, a timeout or a 2xx without
 * the expected answer may hide a create that happened.
 */
function provesNothingCreated(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) {
        const status = error.status ?? 0;
        return status >= 400 && status < 500;
    }
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuotaError */ .ZP;
}
const ROLE_NAMES = {
    read: (noun) => `Reading the old ${noun}`,
    create: (noun) => `Creating the new ${noun}`,
    verify: (noun) => `Verifying the new ${noun}`,
    store: (noun) => `Storing the new ${noun}`,
    'delete-old': (noun) => `Deleting the old ${noun}`,
};
function stepName(rotation, step) {
    return step.name ?? ROLE_NAMES[step.role](rotation.noun);
}
/** What to do about a new one left behind by a failed step. */
function adviceAfter(rotation, step) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const { created } = state;
    if (!created || state.createdRemoved)
        return undefined;
    if (state.compensationFailed)
        return `Delete ${noun} ${created.id} with ${operations.delete}.`;
    if (step.advice)
        return undefined;
    switch (step.role) {
        case 'verify':
            return `Delete ${noun} ${created.id} (${operations.delete}) once the cause is known.`;
        case 'store':
            return `Its secret is only in this step's masked outputs: delete ${noun} ${created.id} (${operations.delete}) and run again.`;
        case 'delete-old':
            return state.old ? `Delete ${noun} ${state.old.id} with ${operations.delete}.` : undefined;
        default:
            return undefined;
    }
}
/** "What exists now", in one or two sentences, from the state alone. */
function describeState(rotation) {
    const { noun, state } = rotation;
    const operations = operationsOf(noun);
    const old = state.old ? `${noun} ${named(state.old)}` : undefined;
    const { created } = state;
    if (created && state.createdRemoved) {
        return `Nothing was kept: the new ${noun} ${created.id} was deleted again${old ? ` and ${old} is unchanged` : ''}.`;
    }
    if (!created) {
        const kept = old
            ? `Nothing was ${state.mayExist ? '' : 'created or '}deleted: ${old} is unchanged.`
            : state.mayExist
                ? ''
                : `No ${noun} was created.`;
        if (!state.mayExist)
            return kept;
        const check = `The request may have reached ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .providerLabel */ .sQ)(rotation.provider)}: check ${operations.list} for a ${noun} named '${state.mayExist}'.`;
        return kept ? `${kept} ${check}` : check;
    }
    const facts = [
        ...(created.name !== undefined ? [`'${created.name}'`] : []),
        ...(created.detail ? [created.detail] : []),
        ...(state.verified === undefined ? [] : [state.verified ? 'verified' : 'not verified']),
        ...(rotation.secret === false
            ? []
            : [
                state.stored
                    ? `stored in ${state.secrets.map((secret) => secret.where).join(' and ')}`
                    : 'not stored',
            ]),
    ];
    const now = [`new ${created.id} (${facts.join(', ')})`];
    if (state.old) {
        const kept = rotation.oldKept?.(state) ?? 'still exists and works';
        now.push(`old ${named(state.old)} ${state.oldDeleted ? 'was deleted' : kept}`);
    }
    const sentences = [`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capitalise */ .sK)(noun)}s now: ${now.join('; ')}.`];
    if (!state.stored && state.secrets.length > 0) {
        sentences.push(`GitHub secrets now: ${state.secrets.map((secret) => `${secret.where} ${secret.holds}`).join('; ')}.`);
    }
    if (state.compensationFailed) {
        sentences.push(`Deleting the new ${noun} ${created.id} again failed too: ${state.compensationFailed}.`);
    }
    return sentences.join(' ');
}
/** The last step of a rotation: delete the old one (declared only with `delete-old`). */
function deleteOldStep(plan, remove) {
    return { role: 'delete-old', plan, run: remove };
}
/**
 * The store step: writes each secret in order, one at a time. When a write
 * fails, the secrets written before it are put back where a value to restore
 * is known, so a stored pair never mixes an old half with a new half; the state
 * says what each secret holds.
 */
function storeStep(store, plan, secrets) {
    return {
        role: 'store',
        plan,
        run: async (state) => {
            const written = [];
            for (const secret of secrets()) {
                const where = store.describe(secret.name);
                try {
                    await store.store([{ name: secret.name, value: secret.value }]);
                }
                catch (error) {
                    await restore(store, written);
                    state.secrets.push({ where, holds: 'keeps its earlier value (this write failed)' });
                    throw error;
                }
                const entry = { where, holds: `holds ${secret.what}` };
                state.secrets.push(entry);
                written.push([secret, entry]);
            }
            state.stored = true;
        },
    };
}
async function restore(store, written) {
    for (const [secret, state] of written) {
        if (!secret.restore)
            continue;
        try {
            await store.store([{ name: secret.name, value: secret.restore.value }]);
            state.holds = `holds ${secret.restore.what} again`;
        }
        catch (error) {
            state.holds += ` (writing ${secret.restore.what} back failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`;
        }
    }
}
/** Where the new secret went, once every write of the store step succeeded. */
function storedIn(state) {
    return state.stored ? state.secrets.map((secret) => secret.where) : [];
}
/** The report with the warnings of steps that may fail without failing the operation. */
function withWarnings(report, state) {
    if (state.warnings.length === 0)
        return report;
    return {
        ...report,
        annotations: [
            ...(report.annotations ?? []),
            ...state.warnings.map((message) => ({ level: 'warning', message })),
        ],
    };
}
/**
 * Timestamp suffixes rotations add: `-20250601T123456Z`, and `-20261123T0915Z`
 * from rotate-credential before 0.2. Every trailing one is replaced, so names
 * never grow.
 */
const ROTATION_SUFFIXES = /(?:-\d{8}T\d{4}(?:\d{2})?Z)+$/;
/** The default name of a replacement: the old name with a UTC timestamp suffix. */
function rotatedName(oldName, nowMs) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    return `${oldName.replace(ROTATION_SUFFIXES, '') || 'cdnkit'}-${stamp}`;
}
/** The operations that list and delete what a rotation makes: `list-tokens`, `delete-token`. */
function operationsOf(noun) {
    return { list: `list-${noun}s`, delete: `delete-${noun}` };
}
function named(subject) {
    return subject.name === undefined ? subject.id : `${subject.id} ('${subject.name}')`;
}


/***/ }),

/***/ 9339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   KN: () => (/* binding */ expiryFrom),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   wf: () => (/* binding */ expiryLevel)
/* harmony export */ });
/* unused harmony export EXPIRY_ERROR_DAYS */
/** Dates of API tokens: pure, so expiry rules are tested with fixed clocks. */
const DAY_MS = 86_400_000;
/** A token this close to expiry is an error, not a warning (Gcore's portal warns at 7 days and 1 day). */
const EXPIRY_ERROR_DAYS = 1;
/** The expiry of a token created now: `days` from now (ISO 8601 UTC, whole seconds), or null. */
function expiryFrom(days, nowMs) {
    if (days === 'never')
        return null;
    return new Date(Math.floor((nowMs + days * DAY_MS) / 1000) * 1000).toISOString();
}
/** Whole days until `expiresAt` (rounded down, 0 once expired); undefined for never or unreadable. */
function daysLeft(expiresAt, nowMs) {
    const at = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, Math.floor((at - nowMs) / DAY_MS));
}
/**
 * How urgent a token's expiry is: expired, within a day (error), within
 * `warnDays` (warning), later (ok), never, or an expiry that cannot be read.
 */
function expiryLevel(token, nowMs, warnDays) {
    if (token.expired)
        return 'expired';
    if (token.expiresAt === null)
        return 'never';
    const at = Date.parse(token.expiresAt);
    if (Number.isNaN(at))
        return 'unknown';
    const left = at - nowMs;
    if (left <= 0)
        return 'expired';
    if (left <= EXPIRY_ERROR_DAYS * DAY_MS)
        return 'error';
    if (left <= warnDays * DAY_MS)
        return 'warning';
    return 'ok';
}


/***/ }),

/***/ 2798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createToken: () => (/* binding */ createToken),
/* harmony export */   deleteToken: () => (/* binding */ deleteToken),
/* harmony export */   listTokens: () => (/* binding */ listTokens),
/* harmony export */   newTokenOutputs: () => (/* binding */ newTokenOutputs),
/* harmony export */   storeTokenStep: () => (/* binding */ storeTokenStep),
/* harmony export */   tokenLimitStep: () => (/* binding */ tokenLimitStep),
/* harmony export */   tokenStoredIn: () => (/* binding */ tokenStoredIn),
/* harmony export */   tokenTable: () => (/* binding */ tokenTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9545);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3564);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8543);
/* harmony import */ var _rotation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4002);
/* harmony import */ var _token_dates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9339);






/** Gcore allows a fixed number of tokens an account: refuse to create one past it. */
function tokenLimitStep(tokens, counted) {
    return {
        role: 'other',
        name: 'Checking the token limit',
        plan: `check the account holds fewer than ${tokens.maxTokens} tokens`,
        run: async () => {
            const count = (await tokens.list()).length;
            if (count >= tokens.maxTokens) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuotaError */ .ZP(`The account already holds ${count} API tokens, the maximum of ${tokens.maxTokens}: delete unused ones (list-tokens, delete-token) first`);
            }
            counted?.(count);
        },
    };
}
/** Writes the new token to `secret-name`. */
function storeTokenStep(store, secretName, created) {
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .storeStep */ .Kq)(store, `store it in ${store.describe(secretName)}`, () => [
        { name: secretName, value: created().secret, what: `token ${created().token.id}` },
    ]);
}
/** Where a new token went (one secret), or null. */
function tokenStoredIn(state) {
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .storedIn */ .P3)(state)[0] ?? null;
}
/** The report of a new token; its secret was registered when it arrived. */
function newTokenOutputs(created, provider) {
    return {
        'api-token': created.secret,
        'token-id': created.token.id,
        'expires-at': created.token.expiresAt ?? '',
        'request-id': provider.http.lastRequestId ?? '',
    };
}
/** list-tokens: every token the credentials can see. */
async function listTokens(provider, ctx) {
    const tokens = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, ['list the API tokens of the account']);
    const list = await tokens.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { tokens: list },
        rows: [['Tokens', `${list.length} (the account may hold ${tokens.maxTokens})`]],
        tables: [tokenTable(list)],
    };
}
/** create-token: `name`, `role` (name or id), `expires-in-days`; stored when `secret-name` is set. */
async function createToken(provider, ctx) {
    const { config, logger } = ctx;
    const tokens = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'tokens', config.operation);
    const role = tokens.resolveRole(config.token.role ?? '');
    const expiresAt = (0,_token_dates_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(config.token.expiresInDays, ctx.timing.now());
    const store = (0,_run_context_js__WEBPACK_IMPORTED_MODULE_2__/* .secretStoreFor */ .b)(ctx);
    const name = config.credential.name ?? '';
    let created;
    const state = (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .rotationState */ .yS)();
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .runRotation */ .qm)(ctx, {
        noun: 'token',
        provider: provider.name,
        state,
        steps: [
            tokenLimitStep(tokens),
            {
                role: 'create',
                plan: `create token '${name}' with role ${role.name}, expiring ${expiresAt ?? 'never'}`,
                newName: () => name,
                run: async () => {
                    created = await tokens.create({ name, role, expiresAt });
                    const { id } = created.token;
                    logger.info(`Created API token ${id} (${role.name}, expires ${expiresAt ?? 'never'}).`);
                    return { id, name: created.token.name };
                },
            },
            ...(store ? [storeTokenStep(store, config.githubSecret.name, () => created)] : []),
        ],
        report: () => ({
            outputs: newTokenOutputs(created, provider),
            result: { token: created.token, stored: tokenStoredIn(state) },
            rows: [
                ['Token id', created.token.id],
                ['Name', created.token.name],
                ['Role', role.name],
                ['Expires at', expiresAt ?? 'never'],
                [
                    'Stored in',
                    tokenStoredIn(state) ??
                        (store
                            ? 'not stored'
                            : "not stored (no 'secret-name'); see the masked api-token output"),
                ],
            ],
        }),
    });
}
/** delete-token: `token-id`. */
async function deleteToken(provider, ctx) {
    const id = ctx.config.token.id ?? '';
    const tokens = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'tokens', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, [`delete token ${id}`]);
    await tokens.delete(id);
    return {
        outputs: { 'token-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id },
        rows: [['Deleted token', id]],
    };
}
/** A summary table of tokens; `state` adds a column (check-token). */
function tokenTable(list, state) {
    return {
        title: 'API tokens',
        header: ['Id', 'Name', 'Role', 'Expires at', 'Last used', 'Owner', ...(state ? ['State'] : [])],
        rows: list.map((token) => [
            token.id,
            token.name,
            token.role?.name ?? '',
            token.expiresAt ?? 'never',
            token.lastUsed ?? '',
            token.owner ?? '',
            ...(state ? [state(token)] : []),
        ]),
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
//# sourceMappingURL=743.index.js.map