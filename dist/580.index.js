"use strict";
exports.id = 580;
exports.ids = [580];
exports.modules = {

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findChangedFiles: () => (/* binding */ findChangedFiles)
/* harmony export */ });
/* unused harmony exports parseWorkflowEvent, workflowFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3226);
/**
 * `changed-files: auto`: the files this deploy changed, from the workflow run's
 * own facts (GITHUB_SHA, the event payload, and with `github-token` this
 * workflow's run history), diffed with git in GITHUB_WORKSPACE. Loaded only
 * when a run asks for it.
 *
 * The base is the head commit of the last successful run of this workflow on
 * this branch (so the changes of a cancelled or failed run are purged by the
 * next success), else the push's `before`. When no base can be known (a new
 * branch, a force-push whose old head is gone, a manual or scheduled run),
 * `changed-files-fallback` decides: fail (default) or purge everything. It
 * never quietly purges nothing.
 */



/** Longest a git command (a fetch of one commit, or a diff) may take. */
const GIT_TIMEOUT_MS = 120_000;
/** Largest event payload read (a push of 2,048 commits is a few MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
const ZERO_COMMIT = /^0+$/;
async function findChangedFiles(options) {
    const { env, logger } = options;
    const head = env.GITHUB_SHA ?? '';
    if (!_git_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMIT_ID */ .Gw.test(head)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('changed-files', "auto needs GITHUB_SHA, the commit of this run: it works in a GitHub Actions job (or list the files instead of 'auto')");
    }
    const event = readWorkflowEvent(env);
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .TU({ cwd: env.GITHUB_WORKSPACE || process.cwd(), timeoutMs: GIT_TIMEOUT_MS });
    try {
        const chosen = await chooseBase(event, options);
        let base = chosen.base;
        let noBase = chosen.noBase;
        if (base && !(await ensureCommit(git, base.sha, options))) {
            noBase = event.forced
                ? `the push was a force-push and its previous head ${short(base.sha)} is no longer in the repository`
                : `the base commit ${short(base.sha)} (${base.why}) cannot be fetched from origin`;
            base = undefined;
        }
        if (!base)
            return fallBack(noBase ?? 'no base commit', options);
        if (!(await ensureCommit(git, head, options))) {
            throw new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`the commit of this run, ${short(head)}, cannot be fetched from origin`);
        }
        const files = await git.changedPaths(base.sha, head);
        logger.info(`changed-files: auto compared ${short(base.sha)}..${short(head)} (${base.why}): ${files.length} changed file${files.length === 1 ? '' : 's'}`);
        return { kind: 'files', files, base: base.sha, head, why: base.why };
    }
    catch (error) {
        if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('changed-files', `auto needs a git checkout of this repository in GITHUB_WORKSPACE (actions/checkout): ${error.message}`);
    }
}
/** The facts of the triggering event that matter here; a missing or odd payload gives none. */
function parseWorkflowEvent(name, payload) {
    const body = (typeof payload === 'object' && payload !== null ? payload : {});
    const before = typeof body.before === 'string' ? body.before.toLowerCase() : undefined;
    return {
        name,
        before: before !== undefined && _git_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMIT_ID */ .Gw.test(before) && !ZERO_COMMIT.test(before)
            ? before
            : undefined,
        created: body.created === true || (before !== undefined && ZERO_COMMIT.test(before)),
        forced: body.forced === true,
        deleted: body.deleted === true,
    };
}
function readWorkflowEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return parseWorkflowEvent(name, undefined);
    let text;
    try {
        text = readBounded(path, MAX_EVENT_BYTES);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('changed-files', `auto cannot read the event payload GITHUB_EVENT_PATH: ${error.message}`);
    }
    try {
        return parseWorkflowEvent(name, JSON.parse(text));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('changed-files', 'auto: the event payload in GITHUB_EVENT_PATH is not JSON');
    }
}
async function chooseBase(event, options) {
    const { env, githubToken, logger } = options;
    const branch = branchOf(env);
    let lastRunNote = '';
    if (githubToken) {
        try {
            const run = await lastSuccessfulRunOf(options, branch);
            if (run) {
                return {
                    base: {
                        sha: run.headSha,
                        why: `head of the last successful run #${run.runNumber} of this workflow on ${branch}`,
                    },
                };
            }
            lastRunNote = ` and this workflow has no earlier successful run on ${branch}`;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
                throw error;
            logger.warning(`changed-files: auto could not read this workflow's runs, so it falls back to the push's 'before': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}. The token needs "actions: read".`);
        }
    }
    if (event.name === 'push' || event.before !== undefined || event.created) {
        if (event.deleted)
            return { noBase: 'the push deleted the branch' };
        if (event.created || event.before === undefined) {
            return { noBase: `the push created the branch${lastRunNote}: there is no previous commit` };
        }
        return { base: { sha: event.before, why: "the push's previous head (before)" } };
    }
    const kind = event.name ? `a ${event.name} run` : 'this run';
    return {
        noBase: `${kind} has no previous commit${lastRunNote || (githubToken ? '' : " (give 'github-token' to compare with this workflow's last successful run)")}`,
    };
}
async function lastSuccessfulRunOf(options, branch) {
    const { env } = options;
    const repository = env.GITHUB_REPOSITORY;
    if (!repository?.includes('/') || branch === '') {
        throw new Error('GITHUB_REPOSITORY or the branch (GITHUB_REF) is not set');
    }
    const [{ createGithubClient }, runs] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 8721)),
        Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(593)]).then(__webpack_require__.bind(__webpack_require__, 5593)),
    ]);
    const client = createGithubClient({
        token: options.githubToken,
        apiUrl: env.GITHUB_API_URL,
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        logger: options.logger,
        scale: options.scale,
    });
    const currentRunId = Number(env.GITHUB_RUN_ID) || undefined;
    const workflow = workflowFile(env.GITHUB_WORKFLOW_REF) ??
        (currentRunId !== undefined
            ? await runs.workflowOfRun(client, repository, currentRunId)
            : undefined);
    if (workflow === undefined)
        throw new Error('GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not set');
    return runs.lastSuccessfulRun(client, { repository, workflow, branch, currentRunId });
}
/** `owner/repo/.github/workflows/deploy.yml@refs/heads/main` -> `deploy.yml`. */
function workflowFile(ref) {
    const match = /\/\.github\/workflows\/([\w.-]+\.ya?ml)@/.exec(ref ?? '');
    return match?.[1];
}
function branchOf(env) {
    const ref = env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    return env.GITHUB_REF_NAME ?? '';
}
/** Whether the commit is there, fetching just that commit from origin when it is not. */
async function ensureCommit(git, commit, options) {
    if (await git.hasCommit(commit))
        return true;
    options.logger.info(`changed-files: auto fetches commit ${short(commit)} (not in this checkout)`);
    try {
        await git.fetchCommit(commit, await fetchCredentials(git, options));
    }
    catch (error) {
        options.logger.info(`changed-files: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
    return git.hasCommit(commit);
}
/**
 * With `persist-credentials: false` the checkout keeps no credentials, so a
 * fetch from a private repository needs github-token: passed as actions/checkout
 * does, as an http extra header, through GIT_CONFIG_* variables (never on the
 * command line), and only when the checkout did not keep its own.
 */
async function fetchCredentials(git, options) {
    const { env, githubToken, secrets } = options;
    if (!githubToken)
        return {};
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const key = `http.${server}/.extraheader`;
    if ((await git.configValues(key)).length > 0)
        return {};
    const basic = Buffer.from(`x-access-token:${githubToken}`).toString('base64');
    secrets.add(basic);
    const index = Number(env.GIT_CONFIG_COUNT) || 0;
    return {
        GIT_CONFIG_COUNT: String(index + 1),
        [`GIT_CONFIG_KEY_${index}`]: key,
        [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
function fallBack(why, options) {
    if (options.fallback === 'purge-all') {
        options.logger.warning(`changed-files: auto found no commit to compare with (${why}); changed-files-fallback is purge-all, so the whole resource is purged.`);
        return { kind: 'purge-all', why };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('changed-files', `auto found no commit to compare with: ${why}. Set 'changed-files-fallback: purge-all' to purge the whole resource in that case`);
}
function readBounded(path, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new Error('not a regular file');
        if (stat.size > maxBytes)
            throw new Error(`larger than ${maxBytes} bytes`);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, stat.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function short(commit) {
    return commit.slice(0, 7);
}


/***/ }),

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ COMMIT_ID),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony export MAX_DIFF_BYTES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The few git commands `changed-files: auto` needs, run with execFile (no
 * shell), a timeout and a cap on what they may print. Commit ids are checked
 * before they reach an argument list, so none can be read as an option.
 */

/** A full commit id: SHA-1, or SHA-256 for repositories that use it. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** `git diff -z` output accepted (about 200,000 paths of average length). */
const MAX_DIFF_BYTES = 32 * 1024 * 1024;
/** Anything else git prints (errors, rev-parse) is cut at this. */
const MAX_OTHER_BYTES = 64 * 1024;
class GitError extends Error {
    name = 'GitError';
}
class Git {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Whether the commit's object is in the local repository. */
    async hasCommit(commit) {
        checkCommit(commit);
        try {
            await this.run(['cat-file', '-e', `${commit}^{commit}`], MAX_OTHER_BYTES);
            return true;
        }
        catch (error) {
            if (error instanceof GitError && /not a git repository/i.test(error.message))
                throw error;
            return false;
        }
    }
    /** Fetches one commit (its tree, no history) from `origin`: enough for a diff in a shallow clone. */
    async fetchCommit(commit, extraEnv = {}) {
        checkCommit(commit);
        await this.run(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', commit], MAX_OTHER_BYTES, extraEnv);
    }
    /** Values of a config key ([] when unset). */
    async configValues(key) {
        try {
            const out = await this.run(['config', '--get-all', key], MAX_OTHER_BYTES);
            return out.split('\n').filter((line) => line !== '');
        }
        catch {
            return [];
        }
    }
    /**
     * Paths that differ between the two commits' trees: added, modified and
     * deleted files; a rename is a deletion plus an addition, so both paths.
     */
    async changedPaths(base, head) {
        checkCommit(base);
        checkCommit(head);
        const out = await this.run(['diff', '--name-only', '--no-renames', '--no-ext-diff', '-z', base, head, '--'], MAX_DIFF_BYTES);
        return out.split('\0').filter((path) => path !== '');
    }
    run(args, maxBytes, extraEnv = {}) {
        const { cwd, timeoutMs, env } = this.options;
        return new Promise((resolve, reject) => {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', 
            // never page, never ask for a password on a terminal
            ['--no-pager', ...args], {
                cwd,
                timeout: timeoutMs,
                maxBuffer: maxBytes,
                encoding: 'utf8',
                windowsHide: true,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env, ...extraEnv },
            }, (error, stdout, stderr) => {
                if (!error) {
                    resolve(stdout);
                    return;
                }
                const command = `git ${args[0]}`;
                const code = error.code;
                if (code === 'ENOENT')
                    reject(new GitError('git is not installed or not on PATH'));
                else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                    reject(new GitError(`${command} printed more than ${maxBytes} bytes`));
                else if (error.killed)
                    reject(new GitError(`${command} took longer than ${timeoutMs / 1000} s`));
                else
                    reject(new GitError(`${command} failed: ${firstLine(stderr) || error.message}`));
            });
        });
    }
}
function checkCommit(commit) {
    if (!COMMIT_ID.test(commit))
        throw new GitError(`'${commit.slice(0, 80)}' is not a full commit id`);
}
function firstLine(text) {
    const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
    return line.trim().slice(0, 300);
}


/***/ })

};
;
//# sourceMappingURL=580.index.js.map