"use strict";
exports.id = 540;
exports.ids = [540];
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

/***/ 6540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  purgeOrPrefetch: () => (/* binding */ purgeOrPrefetch)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hints.ts
var hints = __webpack_require__(9957);
// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __webpack_require__(1501);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/operations/plan.ts
var operations_plan = __webpack_require__(8543);
;// CONCATENATED MODULE: ./src/operations/purge-decision.ts



/** Plans the purge of `resolved` (see the file comment); throws before anything is sent. */
async function decidePurge(provider, resource, resolved, ctx) {
    const { cdn } = provider;
    const { config } = ctx;
    const { targets } = resolved;
    const model = cdn.purgeModel(resource);
    const maxDurationMs = config.maxDurationSeconds * 1000;
    // a dry run sends nothing, not even the quota read: it plans with the default quota
    const left = config.dryRun ? undefined : await cdn.remainingQuota?.();
    const budget = left ?? model.dailyQuota;
    const given = cdn.planPurge(targets, resource);
    const exactCost = cost(given, usage(targets, given), maxDurationMs, budget);
    const base = {
        maxDurationMs,
        exact: exactCost,
        givenPrefixes: targets.prefixes.length,
        prefixes: [],
        covered: 0,
        extraObjects: 0,
        site: undefined,
        coveredBy: new Map(),
    };
    const decide = (requests, sent, rest = {}) => {
        const ordered = (0,time_model/* interleave */.CC)(requests);
        return {
            ...base,
            mode: 'exact',
            requests: ordered.map(({ request }) => request),
            schedule: ordered.map(({ atMs }) => atMs),
            predictedMs: ordered.at(-1)?.atMs ?? 0,
            changed: sent.urls.length,
            sent,
            ...(left ? { quota: { left, uses: usage(sent, requests) } } : {}),
            ...rest,
        };
    };
    if (exactCost.shortfall.length === 0)
        return decide(given, targets);
    const what = `purging ${describeTargets(targets)} exactly (${given.length} request${given.length === 1 ? '' : 's'})`;
    const { planCollapse, describeShortfall } = await __webpack_require__.e(/* import() */ 938).then(__webpack_require__.bind(__webpack_require__, 2938));
    // purge-all, or only the user's own prefixes: there are no URLs to collapse
    if (targets.purgeAll || targets.urls.length === 0)
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}`, exactCost);
    // the provider's own objects: a path on Gcore and Medianova, so a resource's hostnames are one tree
    const originals = new Map();
    for (const url of targets.urls) {
        const key = cdn.purgeKey(url, resource) ?? url;
        const same = originals.get(key);
        if (same)
            same.push(url);
        else
            originals.set(key, [url]);
    }
    const first = (key) => originals.get(key)?.[0] ?? key;
    const input = {
        changed: [...originals.keys()],
        model,
        maxDurationSeconds: config.maxDurationSeconds,
        quota: budget,
        keptPrefixes: targets.prefixes.length,
    };
    const byPath = planCollapse({ ...input, collapse: 'never' });
    const deduplicated = {
        urls: input.changed.map(first),
        prefixes: targets.prefixes,
        purgeAll: false,
    };
    if (byPath.fits)
        return decide(cdn.planPurge(deduplicated, resource), deduplicated);
    if (config.collapse === 'never') {
        throw new errors/* InputError */.dz('collapse', `is never, and ${what} ${describeShortfall(exactCost.shortfall)}. Nothing was purged: ${['set collapse to auto to purge directories instead', ...remedies(exactCost)].join('; or ')}`);
    }
    const site = await siteOf(cdn, resource, resolved, input.changed, ctx);
    const plan = planCollapse({ ...input, collapse: 'auto', siteUrls: site.keys });
    if (!plan.fits) {
        throw refusal(`${what} ${describeShortfall(exactCost.shortfall)}, and no set of directory prefixes fits either`, exactCost);
    }
    const chosen = plan.prefixes.map((prefix) => ({
        prefix: prefix.prefix,
        covers: prefix.covers.map(first),
        extra: prefix.extra,
    }));
    const coveredBy = new Map();
    for (const prefix of plan.prefixes)
        for (const key of prefix.covers)
            for (const url of originals.get(key) ?? [key])
                coveredBy.set(url, prefix.prefix);
    const sent = {
        urls: plan.urls.map(first),
        // the user's prefixes first: a provider refusing them fails the purge, whatever the plan
        prefixes: [...new Set([...targets.prefixes, ...chosen.map((each) => each.prefix)])],
        purgeAll: false,
    };
    return decide(cdn.planPurge(sent, resource), sent, {
        mode: plan.mode,
        prefixes: chosen,
        changed: plan.changed,
        covered: plan.changed - plan.urls.length,
        extraObjects: plan.extraObjects,
        site: site.knowledge,
        coveredBy,
    });
}
/**
 * Every URL the site serves from the workspace tree, as the provider purges
 * them: read only when a plan must collapse, and only when url-map maps the
 * workspace (changed-files). A walk cut short, or one that finds none of the
 * changed files, leaves the extra objects unknown rather than undercounted.
 */
async function siteOf(cdn, resource, resolved, changed, ctx) {
    const unknown = (why) => ({ knowledge: { known: false, why } });
    const mapped = ctx.config.changedFiles;
    if (!mapped || !resolved.changes) {
        return unknown('the targets are URLs, not files of a workspace tree (changed-files + url-map)');
    }
    const [{ enumerateMappedFiles, DEFAULT_WALK_LIMITS }, { UrlMapper }] = await Promise.all([
        __webpack_require__.e(/* import() */ 436).then(__webpack_require__.bind(__webpack_require__, 4436)),
        Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 7394)),
    ]);
    let tree;
    try {
        tree = await enumerateMappedFiles(mapped.workspace, new UrlMapper(mapped.urlMap, mapped));
    }
    catch (error) {
        return unknown(`the workspace could not be read with url-map: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (tree.truncated) {
        const { maxFiles, maxDepth } = DEFAULT_WALK_LIMITS;
        return unknown(`the walk of the workspace stopped at its limit (${maxFiles.toLocaleString('en-US')} files or directories, ${maxDepth} levels)`);
    }
    const keys = [];
    for (const { url } of tree.urls) {
        const key = cdn.purgeKey(url, resource);
        if (key !== undefined)
            keys.push(key);
    }
    const site = new Set(keys);
    if (!changed.some((key) => site.has(key))) {
        return unknown(`the workspace holds none of the changed files url-map maps (${tree.files} files looked at): the site is not there to count`);
    }
    ctx.logger.info(`collapse: counted the site from the workspace: ${tree.files} files, ${site.size} objects url-map maps`);
    return { keys, knowledge: { known: true, objects: site.size, files: tree.files } };
}
/** "everything", "the 500 URLs", "the 500 URLs and 3 prefixes", "12 prefixes" */
function describeTargets(targets) {
    if (targets.purgeAll)
        return 'everything';
    const prefixes = `${targets.prefixes.length} prefix${targets.prefixes.length === 1 ? '' : 'es'}`;
    if (targets.urls.length === 0)
        return prefixes;
    const urls = `the ${targets.urls.length} URLs`;
    return targets.prefixes.length === 0 ? urls : `${urls} and ${prefixes}`;
}
/** URLs and prefixes a purge uses of a daily quota (purge-all: one directory a request item). */
function usage(targets, requests) {
    if (targets.purgeAll)
        return { urls: 0, prefixes: requests.reduce((sum, each) => sum + each.items.length, 0) };
    return { urls: targets.urls.length, prefixes: targets.prefixes.length };
}
/** What sending `requests` in interleaved order takes, and which limit it exceeds. */
function cost(requests, uses, maxMs, quota) {
    const predictedMs = (0,time_model/* interleave */.CC)(requests).at(-1)?.atMs ?? 0;
    const shortfall = [];
    if (predictedMs > maxMs)
        shortfall.push({ limit: 'max-duration', predictedMs, maxMs });
    if (quota && uses.urls > quota.urls)
        shortfall.push({ limit: 'url-quota', needed: uses.urls, remaining: quota.urls });
    if (quota && uses.prefixes > quota.prefixes)
        shortfall.push({ limit: 'prefix-quota', needed: uses.prefixes, remaining: quota.prefixes });
    return { requests: requests.length, predictedMs, shortfall };
}
/** No plan fits: an input can fix a duration; a quota is the account's. */
function refusal(message, exact) {
    const text = `${message}. Nothing was purged: ${remedies(exact).join('; or ')}`;
    return exact.shortfall.every((each) => each.limit === 'max-duration')
        ? new errors/* InputError */.dz('max-duration', text)
        : new errors/* QuotaError */.ZP(text);
}
/** What would let the exact plan through. */
function remedies(exact) {
    const remedies = [];
    if (exact.shortfall.some((each) => each.limit === 'max-duration'))
        remedies.push(`raise max-duration to at least ${Math.ceil(exact.predictedMs / 1000)} (${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)})`);
    if (exact.shortfall.some((each) => each.limit !== 'max-duration'))
        remedies.push('purge fewer URLs today, or ask the provider to raise the daily quota');
    return remedies;
}
/**
 * When the provider refuses a request that carries only chosen prefixes
 * (Medianova without "Wildcard Purge Suffix"), the unsent rest of the plan is
 * replanned exactly: each chosen prefix gives way to the changed URLs it
 * covers. A refusal of the user's own prefixes is a failure as before.
 */
function fallBackToExact(error, refused, unsent, decision, provider, resource) {
    const chosen = new Map(decision.prefixes.map((each) => [each.prefix, each]));
    if (decision.mode !== 'collapsed' ||
        !provider.cdn.isPrefixRefusal?.(error, refused) ||
        !refused.items.every((item) => chosen.has(item)))
        return undefined;
    const exact = new Set(decision.sent.urls);
    const rest = unsent.flatMap((request) => request.items);
    const targets = {
        urls: rest.flatMap((item) => exact.has(item) ? [item] : (chosen.get(item)?.covers ?? []).slice()),
        prefixes: rest.filter((item) => !exact.has(item) && !chosen.has(item)),
        purgeAll: false,
    };
    const ordered = (0,time_model/* interleave */.CC)(provider.cdn.planPurge(targets, resource));
    const takes = ordered.at(-1)?.atMs ?? 0;
    const covered = rest.filter((item) => chosen.has(item)).length;
    return {
        requests: ordered.map(({ request }) => request),
        schedule: ordered.map(({ atMs }) => atMs),
        warning: `${(0,errors/* describeError */.Uc)(error)}. Falling back to the exact plan: the ${targets.urls.length} URLs the ${covered} prefix${covered === 1 ? '' : 'es'} covered are purged one by one, ${ordered.length} more request${ordered.length === 1 ? '' : 's'}, about ${(0,operations_plan/* formatDuration */.a3)(takes)} at ${provider.name}'s rate limits${takes > decision.maxDurationMs ? `, longer than max-duration (${decision.maxDurationMs / 1000} s)` : ''}.`,
    };
}

;// CONCATENATED MODULE: ./src/operations/purge-decision-report.ts

/** The end of the plan line, after "expected duration … at <provider>'s rate limits". */
function describeDecision(decision) {
    const limit = `max-duration ${decision.maxDurationMs / 1000} s`;
    if (decision.mode === 'exact')
        return `exact plan (${limit})`;
    const { prefixes, exact } = decision;
    return `collapsed plan: ${count(prefixes.length, 'prefix', 'prefixes')} cover ${decision.covered} of ${decision.changed} changed URLs, ${decision.sent.urls.length} sent as they are; ${extraText(decision)}; exactly it would take ${count(exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(exact.predictedMs)} (${limit})`;
}
/** The daily quota the plan had to fit, and each chosen prefix with what it covers, folded. */
function logDecision(decision, provider, logger) {
    if (decision.quota) {
        const { left, uses } = decision.quota;
        logger.info(`${provider} daily quota: ${left.urls} of ${left.dailyUrls} URLs and ${left.prefixes} of ${left.dailyPrefixes} directories remain today; this purge uses ${uses.urls} and ${uses.prefixes}`);
    }
    if (decision.prefixes.length === 0)
        return;
    logger.startGroup?.(`collapse: the ${decision.prefixes.length} prefixes chosen`);
    for (const line of prefixLines(decision))
        logger.info(`collapse: ${line}`);
    logger.endGroup?.();
}
/** Summary rows of the plan. `fallback` is set when the provider refused the prefixes. */
function decisionRows(decision, provider, fallback) {
    const rows = [['Plan', planText(decision, fallback)]];
    if (decision.mode === 'collapsed' && !fallback)
        rows.push(['Changed URLs', `${decision.changed} (${decision.covered} under prefixes)`], ['Extra objects purged', extraText(decision)]);
    rows.push([
        'Expected duration',
        `${(0,operations_plan/* formatDuration */.a3)(fallback?.expectedMs ?? decision.predictedMs)} at ${provider}'s rate limits (max-duration ${decision.maxDurationMs / 1000} s)`,
    ]);
    return rows;
}
/** The daily quota row: what is left once the items sent are counted. */
function quotaRow(decision, sent) {
    if (!decision.quota)
        return [];
    const { left } = decision.quota;
    return [
        [
            'Daily quota left',
            `${left.urls - sent.urls} of ${left.dailyUrls} URLs and ${left.prefixes - sent.prefixes} of ${left.dailyPrefixes} directories after this purge (it used ${sent.urls} and ${sent.prefixes})`,
        ],
    ];
}
/** The collapsed list of prefixes chosen, each with its changed URLs and extra objects. */
function decisionLists(decision, fallback) {
    if (decision.prefixes.length === 0)
        return [];
    const title = fallback ? 'Prefixes refused, purged URL by URL instead' : 'Prefixes chosen';
    return [{ title: `${title} (${decision.prefixes.length})`, items: prefixLines(decision) }];
}
/** The `purgePlan` of the `result` output: counts, not the covered URLs (the summary lists those). */
function decisionJson(decision, fallback) {
    return {
        mode: fallback ? 'exact' : decision.mode,
        ...(fallback ? { fallback: fallback.warning } : {}),
        maxDurationSeconds: decision.maxDurationMs / 1000,
        predictedMs: fallback?.expectedMs ?? decision.predictedMs,
        requests: decision.requests.length,
        changed: decision.changed,
        covered: fallback ? 0 : decision.covered,
        exactUrls: decision.sent.urls.length,
        givenPrefixes: decision.givenPrefixes,
        prefixes: decision.prefixes.map((each) => ({
            prefix: each.prefix,
            covers: each.covers.length,
            extra: each.extra ?? null,
        })),
        extraObjects: fallback ? 0 : (decision.extraObjects ?? null),
        ...(decision.site?.known === true
            ? { siteObjects: decision.site.objects }
            : decision.site
                ? { extraUnknown: decision.site.why }
                : {}),
        exact: {
            requests: decision.exact.requests,
            predictedMs: decision.exact.predictedMs,
            exceeds: decision.exact.shortfall.map((each) => each.limit),
        },
        ...(decision.quota
            ? {
                quota: {
                    urlsLeft: decision.quota.left.urls,
                    directoriesLeft: decision.quota.left.prefixes,
                    urlsUsed: decision.quota.uses.urls,
                    directoriesUsed: decision.quota.uses.prefixes,
                },
            }
            : {}),
    };
}
/**
 * The plan's targets with the collapse marked: each changed URL under a chosen
 * prefix says which, and the chosen prefixes are listed with their origin.
 */
function withDecision(plan, decision) {
    if (decision.prefixes.length === 0)
        return [...plan];
    return [
        ...plan.map((entry) => {
            const prefix = decision.coveredBy.get(entry.target);
            return prefix === undefined ? entry : { ...entry, coveredBy: prefix };
        }),
        ...decision.prefixes.map((each) => ({
            target: each.prefix,
            source: 'collapse',
            covers: each.covers.length,
        })),
    ];
}
function planText(decision, fallback) {
    if (fallback)
        return `exact, after the provider refused the prefixes: ${fallback.warning}`;
    if (decision.mode === 'exact')
        return 'exact: every URL as listed';
    return `collapsed: ${count(decision.prefixes.length, 'prefix', 'prefixes')} and ${count(decision.sent.urls.length, 'URL')} instead of ${count(decision.changed, 'URL')} (exactly: ${count(decision.exact.requests, 'request')}, ${(0,operations_plan/* formatDuration */.a3)(decision.exact.predictedMs)})`;
}
function extraText(decision) {
    const { site, extraObjects } = decision;
    if (site?.known === false || extraObjects === undefined)
        return `extra objects purged unknown (${site?.known === false ? site.why : 'the site was not read'})`;
    const share = site?.known
        ? ` (${((100 * extraObjects) / Math.max(1, site.objects)).toFixed(1)} % of the ${site.objects} objects url-map maps in the workspace)`
        : '';
    return `${extraObjects} extra object${extraObjects === 1 ? '' : 's'} purged${share}`;
}
function prefixLines(decision) {
    return decision.prefixes.map((each) => `${each.prefix} covers ${count(each.covers.length, 'changed URL')}${each.extra === undefined ? '' : `, purges ${count(each.extra, 'other object')}`}: ${preview(each.covers)}`);
}
/** The first few covered URLs; the full list is in the plan (dry run, `--json`). */
function preview(urls) {
    const shown = urls.slice(0, 3).join(', ');
    return urls.length > 3 ? `${shown} and ${urls.length - 3} more` : shown;
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/operations/purge-plan.ts

/** Targets with their origin, in the order they are sent. */
function plannedTargets(resolved) {
    const { targets, mapped } = resolved;
    if (targets.purgeAll)
        return [{ target: '*', source: 'purge-all' }];
    const fromMap = new Map(mapped.map((entry) => [entry.url, entry]));
    return [
        ...targets.urls.map((url) => {
            const entry = fromMap.get(url);
            return entry
                ? { target: url, source: 'url-map', file: entry.file, rule: entry.rule }
                : { target: url, source: 'urls' };
        }),
        ...targets.prefixes.map((prefix) => ({ target: prefix, source: 'prefixes' })),
    ];
}
/** `https://x/docs/ <- public/docs/index.html (rule public/**\/index.html)` */
function describeTarget(entry) {
    const under = entry.coveredBy === undefined ? '' : `, purged under ${entry.coveredBy}`;
    switch (entry.source) {
        case 'url-map':
            return `${entry.target} <- ${entry.file} (rule ${entry.rule}${under})`;
        case 'urls':
            return `${entry.target} (urls${under})`;
        case 'prefixes':
            return `${entry.target} (prefix)`;
        case 'collapse':
            return `${entry.target} (collapse: covers ${entry.covers ?? 0} changed URL${entry.covers === 1 ? '' : 's'})`;
        case 'purge-all':
            return 'everything (purge-all)';
    }
}
/** The summary row saying where the changed files came from. */
function changeRows(changes) {
    if (!changes)
        return [];
    if (changes.mode === 'list')
        return [['Changed files', `${changes.files} listed`]];
    if (changes.base === undefined) {
        return [
            ['Changed files', `unknown (${changes.why}): changed-files-fallback purges everything`],
        ];
    }
    return [
        [
            'Changed files',
            `${changes.files} in ${purge_plan_short(changes.base)}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`,
        ],
    ];
}
function unmatchedList(files) {
    return files.length > 0
        ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
        : [];
}
/** Every target of a plan that was carried out (or planned) whole, with its origin. */
function plannedList(plan, title) {
    const given = plan.every((entry) => (entry.source === 'urls' || entry.source === 'prefixes') && entry.coveredBy === undefined);
    return {
        title: `${title} (${plan.length})`,
        items: plan.map(describeTarget),
        ...(given && plan.length > 0
            ? { repeats: 'the targets given in urls, urls-file and prefixes' }
            : {}),
    };
}
function isEmpty(targets) {
    return !targets.purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0;
}
/**
 * The target list is empty: nothing is sent, `status` is `skipped`, and
 * `if-no-targets` says whether that is worth a warning, nothing, or a failure.
 */
function nothingToSend(kind, resolved, ctx) {
    const why = emptyReason(resolved);
    const message = `Nothing to ${kind}: ${why}. Nothing was sent.`;
    const policy = ctx.config.ifNoTargets;
    if (policy === 'ignore')
        ctx.logger.info(message);
    return {
        outputs: { status: 'skipped', 'urls-count': '0', 'requests-count': '0', 'task-ids': '' },
        result: {
            status: 'skipped',
            reason: why,
            changes: resolved.changes,
            unmatched: resolved.unmatched.length,
        },
        rows: [['Status', 'skipped'], ['Reason', why], ...changeRows(resolved.changes)],
        lists: unmatchedList(resolved.unmatched),
        annotations: policy === 'warn' ? [{ level: 'warning', message }] : [],
        failure: policy === 'error'
            ? `${message} (if-no-targets is error; set it to warn or ignore to let such runs pass)`
            : undefined,
        plan: [],
    };
}
function emptyReason(resolved) {
    const { changes, unmatched } = resolved;
    if (!changes) {
        return 'the targets are empty (urls, urls-file, prefixes and changed-files gave nothing; purge-all is false)';
    }
    if (changes.files === 0) {
        return changes.mode === 'auto'
            ? `no file changed in ${purge_plan_short(changes.base ?? '')}..${purge_plan_short(changes.head ?? '')} (base: ${changes.why})`
            : 'changed-files lists no file';
    }
    return `none of the ${unmatched.length} changed file${unmatched.length === 1 ? '' : 's'} matched a url-map rule`;
}
/** "about 4 min left", for progress lines; '' once nothing is left. */
function timeLeft(ms) {
    if (ms <= 0)
        return 'all sent';
    if (ms < 1000)
        return 'about a second left';
    return `about ${(0,operations_plan/* formatDuration */.a3)(ms)} left`;
}
function purge_plan_short(commit) {
    return commit.slice(0, 7);
}

// EXTERNAL MODULE: ./src/operations/wait.ts
var wait = __webpack_require__(2501);
;// CONCATENATED MODULE: ./src/operations/purge.ts









/**
 * Purge or prefetch: find and map the changed files, plan every request first
 * (so bad targets fail before anything is sent): for a purge, exact or
 * collapsed to fit `max-duration` and the daily quota (purge-decision.ts);
 * announce the paced duration, send in order, stop at the first batch that
 * still fails after its retries, then optionally wait. An empty target list
 * sends nothing (`if-no-targets`).
 */
async function purgeOrPrefetch(kind, provider, ctx) {
    const { config, logger, timing } = ctx;
    const { cdn } = provider;
    const resolved = await resolveTargets(ctx);
    const { targets } = resolved;
    if (isEmpty(targets))
        return nothingToSend(kind, resolved, ctx);
    const resource = config.dryRun ? cdn.unresolvedResource() : await cdn.resolveResource();
    const decision = kind === 'purge' ? await decidePurge(provider, resource, resolved, ctx) : undefined;
    const sending = decision ?? ordered(cdn.planPrefetch(targets.urls, resource));
    const { requests } = sending;
    const itemCount = requests.reduce((sum, request) => sum + request.items.length, 0);
    const planLine = `${kind}: ${itemCount} item${itemCount === 1 ? '' : 's'} in ${requests.length} request${requests.length === 1 ? '' : 's'}; expected duration ${(0,operations_plan/* formatDuration */.a3)(sending.predictedMs)} at ${provider.name}'s rate limits${decision ? `; ${describeDecision(decision)}` : ''}`;
    logger.info(planLine);
    if (decision)
        logDecision(decision, provider.name, logger);
    else if (sending.predictedMs > config.maxDurationSeconds * 1000) {
        throw new errors/* InputError */.dz('max-duration', `${planLine}, longer than max-duration (${config.maxDurationSeconds} s). A prefetch takes exact URLs: prefetch fewer, or raise 'max-duration' to at least ${Math.ceil(sending.predictedMs / 1000)}`);
    }
    // every target with its origin: built when reported, not held while sending
    const planned = () => decision ? withDecision(plannedTargets(resolved), decision) : plannedTargets(resolved);
    const planRows = decision ? decisionRows(decision, provider.name, undefined) : [];
    const unmatched = unmatchedList(resolved.unmatched);
    if (config.dryRun) {
        const plan = planned();
        for (const [index, request] of requests.entries()) {
            logger.info(`dry run: ${(0,operations_plan/* describeRequest */.Ng)(request, index, requests.length)}`);
        }
        logger.startGroup?.(`dry run: the ${plan.length} targets and where each came from`);
        for (const entry of plan)
            logger.info(`dry run: ${describeTarget(entry)}`);
        logger.endGroup?.();
        return {
            outputs: { 'urls-count': String(itemCount), 'requests-count': '0' },
            result: {
                dryRun: true,
                resource: resource.id,
                requests: requests.map(plannedJson),
                ...(decision ? { purgePlan: decisionJson(decision, undefined) } : {}),
                changes: resolved.changes,
                unmatched: resolved.unmatched.length,
            },
            rows: [
                ['Mode', 'dry run: nothing was sent'],
                ['Resource', resource.id],
                ...changeRows(resolved.changes),
                ['Items', String(itemCount)],
                ['Planned requests', String(requests.length)],
                ...(decision ? planRows : [['Expected duration', (0,operations_plan/* formatDuration */.a3)(sending.predictedMs)]]),
            ],
            tables: [planTable(requests)],
            lists: [
                ...(decision ? decisionLists(decision, undefined) : []),
                plannedList(plan, `Planned ${kind} targets`),
                ...unmatched,
            ],
            plan,
        };
    }
    const since = timing.now();
    let queue = requests;
    let schedule = sending.schedule;
    const sent = [];
    const taskIds = [];
    let requestsCount = 0;
    let failure;
    let fallback;
    logger.startGroup?.(`${kind}: sending ${queue.length} request${queue.length === 1 ? '' : 's'}, ${timeLeft(sending.predictedMs)}`);
    try {
        for (let index = 0; index < queue.length; index++) {
            const request = queue[index];
            logger.debug(() => (0,operations_plan/* describeRequest */.Ng)(request, index, queue.length));
            const left = schedule.at(-1) - schedule[index];
            await waitForPacing(request, `request ${index + 1}/${queue.length}`, left, provider, ctx);
            try {
                const answer = await cdn.send(request);
                logger.info(`${kind} request ${index + 1}/${queue.length} accepted: ${request.items.length} item${request.items.length === 1 ? '' : 's'} (${request.kind}), ${timeLeft(left)}`);
                requestsCount += answer.attempts;
                for (const id of answer.taskIds)
                    taskIds.push(id);
                sent.push(request);
            }
            catch (error) {
                requestsCount += error instanceof errors/* ProviderError */.mZ ? (error.details.attempts ?? 1) : 1;
                const rest = decision && !fallback
                    ? fallBackToExact(error, request, queue.slice(index), decision, provider, resource)
                    : undefined;
                if (rest) {
                    logger.warning(rest.warning);
                    const at = schedule[index];
                    // concat, not splice(...list): a spread puts every request on the stack
                    queue = queue.slice(0, index).concat(rest.requests);
                    schedule = schedule.slice(0, index).concat(rest.schedule.map((ms) => at + ms));
                    fallback = { warning: rest.warning, expectedMs: schedule.at(-1) ?? 0 };
                    index--;
                    continue;
                }
                failure = { request, error, message: (0,errors/* describeError */.Uc)(error) };
                break;
            }
        }
    }
    finally {
        logger.endGroup?.();
    }
    if (sent.length > 0 && cdn.findTaskIds) {
        for (const id of await findTaskIdsSafely(provider, sent, resource, since, ctx))
            taskIds.push(id);
    }
    // requests are sent in queue order until one fails: the sent ones are the queue's start
    const doneItems = sent.flatMap((request) => request.items);
    const notDone = queue.slice(sent.length).flatMap((request) => request.items);
    const total = doneItems.length + notDone.length;
    const outputs = {
        'task-ids': taskIds.join(','),
        'urls-count': String(doneItems.length),
        'requests-count': String(requestsCount),
        'request-id': provider.http.lastRequestId ?? '',
    };
    const prefixesSent = new Set(decision?.sent.prefixes);
    let prefixesDone = 0;
    if (prefixesSent.size > 0)
        for (const item of doneItems)
            if (prefixesSent.has(item))
                prefixesDone++;
    const rows = [
        ['Resource', resource.id],
        ...changeRows(resolved.changes),
        ...(decision ? decisionRows(decision, provider.name, fallback) : []),
        [kind === 'purge' ? 'Purged' : 'Prefetched', `${doneItems.length} of ${total}`],
        ['Requests', String(requestsCount)],
        ['Task ids', taskIds.join(', ') || '—'],
        ...(decision
            ? quotaRow(decision, { urls: doneItems.length - prefixesDone, prefixes: prefixesDone })
            : []),
    ];
    const lists = decision ? decisionLists(decision, fallback) : [];
    const purgePlan = decision ? { purgePlan: decisionJson(decision, fallback) } : {};
    if (failure) {
        const verb = kind === 'purge' ? 'purged' : 'prefetched';
        lists.push({ title: `Not ${verb} (${notDone.length})`, items: notDone });
        if (doneItems.length > 0)
            lists.push({ title: `${(0,src_text/* capitalise */.sK)(verb)} (${doneItems.length})`, items: doneItems });
        for (const list of unmatched)
            lists.push(list);
        outputs.status = 'failed';
        rows.push(['Status', 'failed']);
        return {
            outputs,
            result: {
                resource: resource.id,
                taskIds,
                sent: doneItems.length,
                notSent: notDone,
                status: 'failed',
                error: failure.message,
                ...purgePlan,
            },
            rows,
            lists,
            failure: (0,hints/* withHint */.mu)(`${(0,src_text/* capitalise */.sK)(kind)} stopped at request ${queue.indexOf(failure.request) + 1} of ${queue.length}: ${failure.message}. ${doneItems.length} of ${total} items were ${verb}; the summary lists the rest`, failure.error),
        };
    }
    let status = 'pending';
    let tasks = [];
    const untracked = cdn.noStatus?.[kind];
    if (config.wait && untracked) {
        logger.warning(untracked);
    }
    else if (config.wait) {
        const waited = await (0,wait/* waitForTasks */.th)(cdn, taskIds, resource, kind, ctx);
        status = waited.status;
        tasks = [waited.table];
    }
    outputs.status = status;
    rows.push(['Status', status]);
    const verb = kind === 'purge' ? 'Purged' : 'Prefetched';
    // after a fallback nothing was purged under a prefix: the targets are told as listed
    const plan = fallback ? plannedTargets(resolved) : planned();
    lists.push(plannedList(plan, verb));
    for (const list of unmatched)
        lists.push(list);
    return {
        outputs,
        result: {
            resource: resource.id,
            taskIds,
            urlsCount: doneItems.length,
            requestsCount,
            status,
            changes: resolved.changes,
            ...purgePlan,
        },
        rows,
        tables: tasks,
        lists,
        plan,
        failure: status === 'failed'
            ? `${(0,src_text/* capitalise */.sK)(kind)} tasks failed at ${provider.name}: see the summary for each task's state.`
            : undefined,
    };
}
/** Requests in the order `interleave` sends them, with their starts. */
function ordered(requests) {
    const order = (0,time_model/* interleave */.CC)(requests);
    return {
        requests: order.map(({ request }) => request),
        schedule: order.map(({ atMs }) => atMs),
        predictedMs: order.at(-1)?.atMs ?? 0,
    };
}
async function findTaskIdsSafely(provider, sent, resource, since, ctx) {
    try {
        return (await provider.cdn.findTaskIds?.(sent, resource, since)) ?? [];
    }
    catch (error) {
        ctx.logger.warning(`The ${provider.name} requests were accepted, but their task ids could not be read: ${(0,errors/* describeError */.Uc)(error)}`);
        return [];
    }
}
function plannedJson(request) {
    return {
        kind: request.kind,
        method: request.method,
        path: request.path,
        items: request.items.length,
    };
}
function planTable(requests) {
    return {
        title: 'Planned requests',
        header: ['#', 'Request', 'Kind', 'Items'],
        rows: requests.map((request, index) => [
            String(index + 1),
            `${request.method} ${request.path}`,
            request.kind,
            String(request.items.length),
        ]),
    };
}
/** The targets as given, or with the changed files found and mapped (loaded only then). */
async function resolveTargets(ctx) {
    if (!ctx.config.changedFiles)
        return { targets: ctx.config.targets, mapped: [], unmatched: [] };
    const { resolveTargets: resolve } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 5938));
    return resolve(ctx);
}
/**
 * Waits out the provider's rate limit before a request, saying so with the time
 * left, so the HTTP layer then finds the window open and has nothing to add.
 */
async function waitForPacing(request, label, leftMs, provider, ctx) {
    const { pacer, timing, logger } = ctx;
    const now = timing.now();
    const wait = pacer.earliestStart(request.limits, now) - now;
    if (wait < 1000 * timing.scale)
        return;
    const unscaled = wait / timing.scale;
    logger.info(`waiting ${(0,operations_plan/* formatDuration */.a3)(unscaled)} for ${provider.name}'s rate limit before ${label}, ${timeLeft(leftMs + unscaled)}`);
    await timing.sleep(wait);
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


/***/ })

};
;
//# sourceMappingURL=540.index.js.map