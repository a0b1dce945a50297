"use strict";
exports.id = 986;
exports.ids = [986];
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

/***/ 9986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purgeStatus: () => (/* binding */ purgeStatus)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8543);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2501);


/** purge-status: the state of `task-id`s, polled until settled when `wait` is on. */
async function purgeStatus(provider, ctx) {
    const { config } = ctx;
    if (config.dryRun) {
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .plannedSteps */ .iM)(ctx, [
            `read the state of ${provider.name} task${config.taskIds.length === 1 ? '' : 's'} ${config.taskIds.join(', ')}${config.wait ? ' until settled' : ''}`,
        ]);
    }
    const resource = await provider.cdn.resolveResource();
    const { status, tasks, table } = config.wait
        ? await (0,_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .waitForTasks */ .th)(provider.cdn, config.taskIds, resource, 'purge', ctx, { strict: true })
        : await provider.cdn.taskStatus(config.taskIds, resource, 'purge').then((found) => ({
            status: (0,_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .overallState */ .rQ)(found),
            tasks: found,
            table: (0,_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .taskTable */ .AX)(found),
        }));
    return {
        outputs: {
            status,
            'task-ids': tasks.map((task) => task.id).join(','),
            'request-id': provider.http.lastRequestId ?? '',
        },
        result: { status, tasks },
        rows: [
            ['Resource', resource.id],
            ['Tasks', String(tasks.length)],
            ['Status', status],
        ],
        tables: [table],
        failure: status === 'failed'
            ? 'One or more purge tasks failed: see the summary for each task.'
            : undefined,
    };
}


/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ taskTable),
/* harmony export */   rQ: () => (/* binding */ overallState),
/* harmony export */   th: () => (/* binding */ waitForTasks)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1944);


/** The state of a set of tasks: failed if any failed, done if all are done. */
function overallState(tasks) {
    if (tasks.some((task) => task.state === 'failed'))
        return 'failed';
    if (tasks.length > 0 && tasks.every((task) => task.state === 'done'))
        return 'done';
    return 'pending';
}
/**
 * Polls task status until every task is done, one failed, or wait-timeout
 * passes. wait-timeout bounds the whole wait: the pauses between polls and any
 * wait for the provider's rate-limit window before a status read.
 */
async function waitForTasks(cdn, taskIds, resource, kind, ctx, options = {}) {
    const { timing, logger, config } = ctx;
    if (taskIds.length === 0) {
        logger.warning('No task ids to wait for: the provider returned none.');
        return { status: 'pending', tasks: [], table: taskTable([]) };
    }
    // wait-timeout is the user's own bound: not shrunk by CDNKIT_PACING_SCALE, unlike the poll interval
    const deadline = timing.now() + config.waitTimeoutSeconds * 1000;
    const pace = cdn.statusPace?.[kind];
    if (pace?.note) {
        logger.info(`${pace.note}: 'wait' polls at that pace within wait-timeout (${config.waitTimeoutSeconds} s).`);
    }
    const pause = (pace?.intervalMs ?? cdn.pollIntervalMs) * timing.scale;
    let tasks = [];
    // a long wait repeats the same count every poll: it is logged when it changes, polls in debug
    let progress = '';
    const settle = (state) => ({ status: state, tasks, table: taskTable(tasks) });
    for (;;) {
        try {
            tasks = await cdn.taskStatus(taskIds, resource, kind, { deadline });
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ))
                throw error;
            const timedOut = error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .PastDeadlineError */ .zJ;
            if (options.strict && !timedOut)
                throw error;
            const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
            tasks = unread(taskIds, tasks, timedOut ? 'wait-timeout ends first' : reason);
            logger.warning(timedOut
                ? `Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s), which ends before the next status read is allowed (${reason}); ${pendingCount(tasks)} task(s) still pending.`
                : `The ${kind} status could not be read (${reason}); the ${kind} was accepted, and its tasks stay pending.`);
            return settle(overallState(tasks));
        }
        const state = overallState(tasks);
        const done = tasks.filter((task) => task.state === 'done').length;
        const line = `${kind} tasks: ${done} of ${tasks.length} done${state === 'failed' ? ', one or more failed' : ''}`;
        if (line === progress)
            logger.debug(`${line} (unchanged)`);
        else
            logger.info(line);
        progress = line;
        if (state !== 'pending')
            return settle(state);
        if (timing.now() + pause > deadline) {
            logger.warning(`Stopped waiting after wait-timeout (${config.waitTimeoutSeconds} s); ${pendingCount(tasks)} task(s) still pending.`);
            return settle('pending');
        }
        await timing.sleep(pause);
    }
}
/** The last states read (if any), every unsettled task marked with why it was not read again. */
function unread(taskIds, last, reason) {
    const byId = new Map(last.map((task) => [task.id, task]));
    return taskIds.map((id) => {
        const known = byId.get(id);
        if (known && known.state !== 'pending')
            return known;
        const before = known?.detail ? `${known.detail}; ` : '';
        return { id, state: 'pending', detail: `${before}status not read: ${reason}` };
    });
}
function pendingCount(tasks) {
    return tasks.filter((task) => task.state === 'pending').length;
}
function taskTable(tasks) {
    return {
        title: 'Tasks',
        header: ['Task id', 'State', 'Detail'],
        rows: tasks.map((task) => [task.id, task.state, task.detail ?? '']),
    };
}


/***/ })

};
;
//# sourceMappingURL=986.index.js.map