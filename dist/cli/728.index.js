"use strict";
exports.id = 728;
exports.ids = [728];
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

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCredential: () => (/* binding */ createCredential),
/* harmony export */   credentialId: () => (/* binding */ credentialId),
/* harmony export */   credentialSubject: () => (/* binding */ credentialSubject),
/* harmony export */   deleteCredential: () => (/* binding */ deleteCredential),
/* harmony export */   getCredential: () => (/* binding */ getCredential),
/* harmony export */   listCredentials: () => (/* binding */ listCredentials),
/* harmony export */   panelHint: () => (/* binding */ panelHint),
/* harmony export */   secretKeyStep: () => (/* binding */ secretKeyStep),
/* harmony export */   settingsFrom: () => (/* binding */ settingsFrom),
/* harmony export */   storeKeyPairStep: () => (/* binding */ storeKeyPairStep),
/* harmony export */   updateCredential: () => (/* binding */ updateCredential)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9545);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3564);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8543);
/* harmony import */ var _rotation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4002);





/** A credential as rotation messages name it: id, name and access key. */
function credentialSubject(credential, accessKey = credential.accessKey) {
    return {
        id: credential.id,
        name: credential.name,
        detail: `access key ${accessKey ?? 'unknown'}`,
    };
}
/** The inputs win; what they leave unset is copied from `base`. */
function settingsFrom(config, base, defaultName) {
    const { credential } = config;
    return {
        name: credential.name ?? defaultName,
        readOnly: credential.readOnly ?? base.readOnly,
        buckets: credential.buckets ?? base.buckets.map((bucket) => bucket.id),
        subfolder: credential.subfolder ?? base.subfolder,
    };
}
function credentialId(config) {
    if (config.credential.id === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('credential-id', 'is required');
    return config.credential.id;
}
/**
 * The new secret key must be in the create answer: no other call returns it.
 * Medianova's documented answer carries none.
 */
function secretKeyStep(provider, created, extra) {
    return {
        role: 'other',
        name: 'Reading the new secret key',
        run: async () => {
            if (created().secretKey !== undefined)
                return;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(provider, `the create answer for credential ${created().id} carries no secret key, and the API offers no other way to read it`);
        },
        ...extra,
    };
}
/** Where the Stook panel keeps the keys, for advice when the API cannot help. */
function panelHint(provider) {
    return `the ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .providerLabel */ .sQ)(provider)} panel (Stook -> Access Key Management)`;
}
/**
 * Stores the key pair: the access key first, then the secret key. If the
 * secret key cannot be written, the access key secret gets the old credential's
 * access key back (public and known), so the stored pair stays the old, working one.
 */
function storeKeyPairStep(store, target, pair) {
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .storeStep */ .Kq)(store, `store the access key in ${store.describe(target.accessKeyName)}, then the secret key in ${store.describe(target.name)}`, () => {
        // named by credential, not by value: the store masks every value it writes
        const { id, accessKey, secretKey, old } = pair();
        const writes = [];
        if (accessKey !== undefined) {
            writes.push({
                name: target.accessKeyName,
                value: accessKey,
                what: `the access key of credential ${id}`,
                restore: old?.accessKey === undefined
                    ? undefined
                    : { value: old.accessKey, what: `the access key of credential ${old.id}` },
            });
        }
        writes.push({
            name: target.name,
            value: secretKey,
            what: `the secret key of credential ${id}`,
        });
        return writes;
    });
}
async function listCredentials(provider, ctx) {
    const credentials = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'storageCredentials', ctx.config.operation);
    if (ctx.config.dryRun)
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, ['list the credentials']);
    const list = await credentials.list();
    return {
        outputs: { 'request-id': provider.http.lastRequestId ?? '' },
        result: { credentials: list },
        rows: [['Credentials', String(list.length)]],
        tables: [credentialTable('Credentials', list)],
    };
}
async function getCredential(provider, ctx) {
    const credentials = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, [`read credential ${id}`]);
    return credentialReport(provider, await credentials.get(id));
}
/** create-credential: the secret key is masked when it arrives and stored when asked. */
async function createCredential(provider, ctx) {
    const { config, logger } = ctx;
    const credentials = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'storageCredentials', config.operation);
    const store = (0,_run_context_js__WEBPACK_IMPORTED_MODULE_2__/* .secretStoreFor */ .b)(ctx);
    const { credential } = config;
    const name = credential.name ?? '';
    let created;
    const state = (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .rotationState */ .yS)();
    return (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .runRotation */ .qm)(ctx, {
        noun: 'credential',
        provider: provider.name,
        state,
        steps: [
            {
                role: 'create',
                plan: `create credential '${name}'`,
                newName: () => name,
                run: async () => {
                    created = await credentials.create({
                        name,
                        readOnly: credential.readOnly ?? false,
                        buckets: credential.buckets ?? [],
                        subfolder: credential.subfolder,
                    });
                    logger.info(`create-credential: created credential ${created.id} ('${created.name}')`);
                    return credentialSubject(created);
                },
            },
            ...(store
                ? [
                    secretKeyStep(provider.name, () => created, {
                        advice: () => `Read the secret key in ${panelHint(provider.name)} and store it yourself, or delete credential ${created.id} (delete-credential).`,
                    }),
                    storeKeyPairStep(store, config.githubSecret, () => ({
                        id: created.id,
                        accessKey: created.accessKey,
                        secretKey: created.secretKey,
                    })),
                ]
                : []),
        ],
        report: () => {
            const annotations = [];
            if (created.secretKey === undefined) {
                annotations.push({
                    level: 'warning',
                    message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .providerLabel */ .sQ)(provider.name)} created credential ${created.id} but returned no secret key: the secret-key output is empty. Read the key in ${panelHint(provider.name)}, or delete the credential and create it there.`,
                });
            }
            return credentialReport(provider, created, {
                created: true,
                annotations,
                storedIn: (0,_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .storedIn */ .P3)(state),
            });
        },
    });
}
/** update-credential: Stook's PUT replaces every setting, so unset inputs keep the current ones. */
async function updateCredential(provider, ctx) {
    const credentials = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, [`read credential ${id}`, 'replace its settings with the ones given']);
    }
    const current = await credentials.get(id);
    const updated = await credentials.update(id, settingsFrom(ctx.config, current, current.name));
    return credentialReport(provider, { ...current, ...definedOnly(updated) });
}
async function deleteCredential(provider, ctx) {
    const credentials = (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .capabilityOf */ .O)(provider, 'storageCredentials', ctx.config.operation);
    const id = credentialId(ctx.config);
    if (ctx.config.dryRun)
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plannedSteps */ .iM)(ctx, [`delete credential ${id}`]);
    const message = await credentials.delete(id);
    return {
        outputs: { 'credential-id': id, 'request-id': provider.http.lastRequestId ?? '' },
        result: { deleted: id, message },
        rows: [
            ['Deleted credential', id],
            ['Message', message ?? '—'],
        ],
    };
}
function credentialReport(provider, credential, extra = {}) {
    const created = extra.created === true;
    const rows = [
        ['Credential', credential.id],
        ['Name', credential.name],
        ['Access key', credential.accessKey ?? '—'],
        ['Read-only', String(credential.readOnly)],
        ['Buckets', bucketNames(credential)],
        ['Subfolder', credential.subfolder || '—'],
    ];
    if (created) {
        rows.push([
            'Secret key',
            credential.secretKey ? '*** (masked; see the secret-key output)' : 'none returned',
        ]);
    }
    if (extra.storedIn && extra.storedIn.length > 0)
        rows.push(['Stored in', extra.storedIn.join(', ')]);
    return {
        outputs: {
            'credential-id': credential.id,
            'access-key': credential.accessKey ?? '',
            ...(created ? { 'secret-key': credential.secretKey ?? '' } : {}),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { credential, ...(extra.storedIn ? { storedIn: extra.storedIn } : {}) },
        rows,
        annotations: extra.annotations,
    };
}
function credentialTable(title, credentials) {
    return {
        title,
        header: ['Id', 'Name', 'Access key', 'Read-only', 'Buckets', 'Subfolder'],
        rows: credentials.map((credential) => [
            credential.id,
            credential.name,
            credential.accessKey ?? '',
            String(credential.readOnly),
            bucketNames(credential),
            credential.subfolder ?? '',
        ]),
    };
}
function bucketNames(credential) {
    return credential.buckets.map((bucket) => bucket.name ?? bucket.id).join(', ') || '—';
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== ''));
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
//# sourceMappingURL=728.index.js.map