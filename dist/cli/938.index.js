"use strict";
exports.id = 938;
exports.ids = [938];
exports.modules = {

/***/ 2938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeShortfall: () => (/* binding */ describeShortfall),
  planCollapse: () => (/* binding */ planCollapse)
});

// EXTERNAL MODULE: ./src/providers/time-model.ts
var time_model = __webpack_require__(1501);
;// CONCATENATED MODULE: ./src/planner/directory-tree.ts
/**
 * The directories of a purge as a tree: every changed URL, and every URL the
 * site serves when it is known, folded into their directories; each node counts
 * the changed URLs below it and the unchanged objects a prefix there would purge
 * too. Pure and linear in the total length of the URLs.
 */
/**
 * Only directories where a prefix could be the best choice are kept: those with
 * a changed URL of their own, or changes in two or more subdirectories. A
 * directory whose changes all sit in one accepted subdirectory is dropped: a
 * prefix there covers the same changed URLs and never purges fewer objects.
 * Directories without changes are folded into the counts above them.
 */
function buildDirectoryTree(changedUrls, siteUrls, accepts) {
    const raw = new RawTree();
    const changed = [...new Set(changedUrls)];
    const rawOfChanged = changed.map((url) => raw.directoryOf(url));
    for (const node of rawOfChanged)
        raw.changedHere[node]++;
    let siteObjects;
    if (siteUrls !== undefined) {
        const changedSet = new Set(changed);
        const site = new Set(siteUrls);
        siteObjects = site.size;
        for (const url of site)
            if (!changedSet.has(url))
                raw.unchangedHere[raw.directoryOf(url)]++;
    }
    return raw.keep(changed, rawOfChanged, siteObjects, accepts);
}
/** Every directory seen, parents created before children (so parent index < child index). */
class RawTree {
    index = new Map();
    directories = [];
    parent = [];
    depth = [];
    changedHere = [];
    unchangedHere = [];
    /** the directory last looked up: lists in tree order hit it again and again */
    last = { directory: '', node: -1 };
    /** The node of the directory `url` is in, creating it and any missing ancestors. */
    directoryOf(url) {
        const { last } = this;
        // same directory unless another '/' follows (in the path, or in a query: then look it up)
        if (last.node >= 0 &&
            url.startsWith(last.directory) &&
            !url.includes('/', last.directory.length))
            return last.node;
        const { directory, originLength } = splitDirectory(url);
        last.directory = directory;
        last.node = this.index.get(directory) ?? this.create(directory, originLength);
        return last.node;
    }
    create(directory, originLength) {
        const missing = [];
        let above = -1;
        for (let current = directory;;) {
            const known = this.index.get(current);
            if (known !== undefined) {
                above = known;
                break;
            }
            missing.push(current);
            if (current.length === originLength + 1)
                break; // the host's root
            current = current.slice(0, current.lastIndexOf('/', current.length - 2) + 1);
        }
        for (let i = missing.length - 1; i >= 0; i--) {
            const id = this.directories.length;
            this.index.set(missing[i], id);
            this.directories.push(missing[i]);
            this.parent.push(above);
            this.depth.push(above < 0 ? 0 : this.depth[above] + 1);
            this.changedHere.push(0);
            this.unchangedHere.push(0);
            above = id;
        }
        return above;
    }
    keep(changed, rawOfChanged, siteObjects, accepts) {
        const count = this.directories.length;
        const changedBelow = new Int32Array(count);
        const unchangedBelow = new Float64Array(count);
        const changedChildren = new Int32Array(count);
        for (let id = count - 1; id >= 0; id--) {
            changedBelow[id] += this.changedHere[id];
            unchangedBelow[id] += this.unchangedHere[id];
            const up = this.parent[id];
            if (up < 0)
                continue;
            changedBelow[up] += changedBelow[id];
            unchangedBelow[up] += unchangedBelow[id];
            if (changedBelow[id] > 0)
                changedChildren[up]++;
        }
        const accepted = this.directories.map(accepts);
        // the only changed child of each directory with exactly one (the last one seen otherwise)
        const onlyChild = new Int32Array(count).fill(-1);
        for (let id = 0; id < count; id++) {
            const up = this.parent[id];
            if (up >= 0 && changedBelow[id] > 0)
                onlyChild[up] = id;
        }
        // a directory whose changes all sit in one accepted subdirectory adds no choice
        const isKept = (id) => changedBelow[id] > 0 &&
            !(this.changedHere[id] === 0 && changedChildren[id] === 1 && accepted[onlyChild[id]]);
        // children come before parents in the reverse of creation order
        const keptRaw = [];
        for (let id = count - 1; id >= 0; id--)
            if (isKept(id))
                keptRaw.push(id);
        const nodeOfRaw = new Int32Array(count).fill(-1);
        keptRaw.forEach((id, node) => {
            nodeOfRaw[id] = node;
        });
        const size = keptRaw.length;
        const tree = {
            size,
            directory: keptRaw.map((id) => this.directories[id]),
            parent: new Int32Array(size),
            depth: new Int32Array(size),
            accepted: new Uint8Array(size),
            changedBelow: new Int32Array(size),
            changedHere: new Int32Array(size),
            unchangedBelow: new Float64Array(size),
            changed,
            nodeOfChanged: Int32Array.from(rawOfChanged, (id) => nodeOfRaw[id]),
            siteObjects,
        };
        keptRaw.forEach((id, node) => {
            let up = this.parent[id];
            while (up >= 0 && nodeOfRaw[up] < 0)
                up = this.parent[up];
            tree.parent[node] = up < 0 ? -1 : nodeOfRaw[up];
            tree.depth[node] = this.depth[id];
            tree.accepted[node] = accepted[id] ? 1 : 0;
            tree.changedBelow[node] = changedBelow[id];
            tree.changedHere[node] = this.changedHere[id];
            tree.unchangedBelow[node] = unchangedBelow[id];
        });
        return tree;
    }
}
/**
 * The directory of a normalised URL or path (query left out) and the length of
 * its 'scheme://host' part (0 for a path): '/a/b.js?x=/y' is in '/a/'.
 */
function splitDirectory(url) {
    let originLength = 0;
    if (!url.startsWith('/')) {
        const scheme = url.indexOf('://');
        const slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (slash < 0)
            throw new RangeError(`not a normalised URL or path: ${url.slice(0, 80)}`);
        originLength = slash;
    }
    const query = url.indexOf('?', originLength);
    const pathEnd = query < 0 ? url.length : query;
    return { directory: url.slice(0, url.lastIndexOf('/', pathEnd - 1) + 1), originLength };
}

;// CONCATENATED MODULE: ./src/planner/local-search.ts
/**
 * Local search from a plan that fits. A move reopens one prefix: its own
 * changed URLs become exact, and of its subdirectories the first j become
 * prefixes, the others exact, in two orders (least cost per changed URL first;
 * most changed URLs first); j = 0 drops the prefix, j = all opens it a level.
 * Each step takes the move that saves the most while the plan still fits, so
 * the cost only falls, and at most 2 × nodes steps are taken. It mends what
 * prices cannot express, such as one of two equal directories as a prefix.
 */
function improveLocally(tree, cost, budget, found) {
    const children = childLists(tree);
    const byEfficiency = (a, b) => cost[a] / tree.changedBelow[a] - cost[b] / tree.changedBelow[b] ||
        tree.changedBelow[b] - tree.changedBelow[a];
    const byCoverage = (a, b) => tree.changedBelow[b] - tree.changedBelow[a] || cost[a] - cost[b];
    const orders = new Map();
    const kidOrders = (node) => {
        let ordered = orders.get(node);
        if (!ordered) {
            const kids = [...children(node)].filter((child) => tree.accepted[child]);
            ordered = [kids.sort(byEfficiency), [...kids].sort(byCoverage)];
            orders.set(node, ordered);
        }
        return ordered;
    };
    const choice = found.choice.slice();
    const chosen = new Set();
    for (let node = 0; node < tree.size; node++)
        if (choice[node])
            chosen.add(node);
    let { urls, prefixes, cost: spent } = found.usage;
    for (let step = 0; step < 2 * tree.size; step++) {
        let best;
        for (const node of chosen) {
            for (const kids of kidOrders(node)) {
                let moveUrls = tree.changedBelow[node];
                let saves = cost[node];
                for (let j = 0; j <= kids.length; j++) {
                    if (j > 0) {
                        moveUrls -= tree.changedBelow[kids[j - 1]];
                        saves -= cost[kids[j - 1]];
                    }
                    if (saves <= 0 || (best && saves <= best.saves))
                        continue;
                    if (!budget.fits(urls + moveUrls, prefixes + j - 1))
                        continue;
                    best = { node, kids: kids.slice(0, j), urls: moveUrls, prefixes: j - 1, saves };
                }
            }
        }
        if (!best)
            break;
        chosen.delete(best.node);
        choice[best.node] = 0;
        for (const kid of best.kids) {
            chosen.add(kid);
            choice[kid] = 1;
        }
        urls += best.urls;
        prefixes += best.prefixes;
        spent -= best.saves;
    }
    return { choice, usage: { urls, prefixes, cost: spent } };
}
/** The kept children of each node, from the parent links. */
function childLists(tree) {
    const start = new Int32Array(tree.size + 1);
    for (let node = 0; node < tree.size; node++) {
        const parent = tree.parent[node];
        if (parent >= 0)
            start[parent + 1]++;
    }
    for (let node = 0; node < tree.size; node++)
        start[node + 1] += start[node];
    const fill = start.slice(0, tree.size);
    const list = new Int32Array(Math.max(0, start[tree.size]));
    for (let node = 0; node < tree.size; node++) {
        const parent = tree.parent[node];
        if (parent >= 0)
            list[fill[parent]++] = node;
    }
    return (node) => list.subarray(start[node], start[node + 1]);
}

;// CONCATENATED MODULE: ./src/planner/search.ts

/** hull vertices tried per ray at most: a handful usually suffice */
const HULL_STEPS = 64;
/** ratios refined around the best ray: 2^(j/8) for j = -7..7 */
const REFINE_STEPS = 8;
/**
 * The cheapest plan found that `budget.fits`, or undefined when none of the
 * plans searched fits (the caller has checked the exact plan already). `cost`
 * is per node: what a prefix there purges beyond the changed URLs.
 */
function cheapestFit(tree, cost, budget) {
    return new PrefixSearch(tree, cost, budget).run();
}
class PrefixSearch {
    tree;
    cost;
    budget;
    n;
    take;
    accCost;
    accUrls;
    accPrefixes;
    accSpent;
    best;
    bestRatio = 1;
    /** summed cost of all nodes, plus 1, and the smallest positive cost */
    costTotal;
    costSmallest;
    constructor(tree, cost, budget) {
        this.tree = tree;
        this.cost = cost;
        this.budget = budget;
        this.n = tree.size;
        this.take = new Uint8Array(this.n);
        this.accCost = new Float64Array(this.n);
        this.accUrls = new Float64Array(this.n);
        this.accPrefixes = new Float64Array(this.n);
        this.accSpent = new Float64Array(this.n);
        let total = 1;
        let smallest = Number.POSITIVE_INFINITY;
        for (const each of cost) {
            total += each;
            if (each > 0 && each < smallest)
                smallest = each;
        }
        this.costTotal = total;
        this.costSmallest = Number.isFinite(smallest) ? smallest : 1;
    }
    run() {
        this.coarsest();
        const changed = this.tree.changed.length;
        const ratios = [0];
        for (let ratio = 1 / 8; ratio <= 4 * changed; ratio *= 2)
            ratios.push(ratio);
        for (const ratio of ratios)
            this.ray(ratio);
        if (this.best && this.bestRatio > 0) {
            const center = this.bestRatio;
            for (let j = 1; j < REFINE_STEPS; j++) {
                this.ray(center * 2 ** (j / REFINE_STEPS));
                this.ray(center * 2 ** (-j / REFINE_STEPS));
            }
        }
        if (this.best)
            this.best = improveLocally(this.tree, this.cost, this.budget, this.best);
        return this.best;
    }
    /**
     * The plans that use the least budget: the k busiest top directories as
     * prefixes, the rest exact. Every plan with k prefixes uses at least as many
     * exact URLs as one of these, so if any plan fits, one of these does.
     */
    coarsest() {
        const { tree } = this;
        const tops = [];
        for (let node = 0; node < this.n; node++)
            if (tree.parent[node] === -1 && tree.accepted[node])
                tops.push(node);
        tops.sort((a, b) => tree.changedBelow[b] - tree.changedBelow[a]);
        const choice = new Uint8Array(this.n);
        let urls = tree.changed.length;
        let spent = 0;
        for (const [k, top] of tops.entries()) {
            choice[top] = 1;
            urls -= tree.changedBelow[top];
            spent += this.cost[top];
            this.consider({ urls, prefixes: k + 1, cost: spent }, 0, () => choice.slice());
        }
    }
    /**
     * The cheapest plan that fits on the ray μ = ratio · λ. Along a ray, the plans
     * the prices pick are the vertices of a convex hull: usage (exact URLs plus
     * ratio × prefixes) falls as λ rises, cost grows. Between a plan that does not
     * fit and one that does, the next price tried is where their priced totals are
     * equal; the plan found there is a vertex between them, or none exists and the
     * two are neighbours. Like bisection, but it lands on the vertices themselves.
     */
    ray(ratio) {
        const { lowest, highest } = this.priceRange(ratio);
        const at = (lambda) => {
            const usage = this.evaluate(lambda, ratio * lambda);
            const fits = this.consider(usage, ratio, () => this.choiceFromTake());
            return { usage, fits, weight: usage.urls + ratio * usage.prefixes };
        };
        let high = at(highest);
        if (!high.fits)
            return;
        let low = at(lowest);
        for (let step = 0; step < HULL_STEPS && !low.fits && low.weight > high.weight; step++) {
            const lambda = (high.usage.cost - low.usage.cost) / (low.weight - high.weight);
            const middle = at(lambda);
            const line = low.usage.cost + lambda * low.weight;
            const total = middle.usage.cost + lambda * middle.weight;
            if (!(total < line - 1e-9 * Math.abs(line)))
                break;
            if (middle.fits)
                high = middle;
            else
                low = middle;
        }
    }
    /**
     * Below `lowest` a price per exact URL buys nothing a prefix could save;
     * above `highest` it outweighs every cost, so the plan uses the least budget
     * the ray allows.
     */
    priceRange(ratio) {
        const changed = this.tree.changed.length + 1;
        return {
            lowest: this.costSmallest / (4 * changed * Math.max(1, ratio)),
            highest: (4 * this.costTotal) / Math.min(1, ratio || 1),
        };
    }
    /** One pass over the tree at prices λ and μ; leaves the per-node decisions in `take`. */
    evaluate(lambda, mu) {
        const { tree, cost, take, accCost, accUrls, accPrefixes, accSpent } = this;
        let urls = 0;
        let prefixes = 0;
        let spent = 0;
        for (let node = 0; node < this.n; node++) {
            const here = tree.changedHere[node];
            let nodeCost = accCost[node] + lambda * here;
            let nodeUrls = accUrls[node] + here;
            let nodePrefixes = accPrefixes[node];
            let nodeSpent = accSpent[node];
            // read once: clear for the next pass instead of filling every array
            accCost[node] = accUrls[node] = accPrefixes[node] = accSpent[node] = 0;
            const prefixCost = mu + cost[node];
            if (tree.accepted[node] && prefixCost < nodeCost) {
                take[node] = 1;
                nodeCost = prefixCost;
                nodeUrls = 0;
                nodePrefixes = 1;
                nodeSpent = cost[node];
            }
            else
                take[node] = 0;
            const parent = tree.parent[node];
            if (parent < 0) {
                urls += nodeUrls;
                prefixes += nodePrefixes;
                spent += nodeSpent;
            }
            else {
                accCost[parent] += nodeCost;
                accUrls[parent] += nodeUrls;
                accPrefixes[parent] += nodePrefixes;
                accSpent[parent] += nodeSpent;
            }
        }
        return { urls, prefixes, cost: spent };
    }
    /** The topmost taken nodes: a prefix below another is redundant. */
    choiceFromTake() {
        const { tree, take } = this;
        const choice = new Uint8Array(this.n);
        const inside = new Uint8Array(this.n);
        for (let node = this.n - 1; node >= 0; node--) {
            const parent = tree.parent[node];
            if (parent >= 0 && (inside[parent] || choice[parent]))
                inside[node] = 1;
            else if (take[node])
                choice[node] = 1;
        }
        return choice;
    }
    /** Keeps the plan when it fits and beats the best so far; says whether it fits. */
    consider(usage, ratio, choice) {
        if (!this.budget.fits(usage.urls, usage.prefixes))
            return false;
        if (!this.best || this.cheaper(usage, this.best.usage)) {
            this.best = { choice: choice(), usage };
            this.bestRatio = ratio;
        }
        return true;
    }
    cheaper(a, b) {
        if (a.cost !== b.cost)
            return a.cost < b.cost;
        const requests = this.budget.requests(a.urls, a.prefixes) - this.budget.requests(b.urls, b.prefixes);
        if (requests !== 0)
            return requests < 0;
        return a.prefixes < b.prefixes;
    }
}

;// CONCATENATED MODULE: ./src/planner/collapse.ts
/**
 * The collapse planner: purge the changed URLs within `max-duration` and the
 * daily quota by replacing groups of them with directory prefixes, choosing the
 * prefixes that purge the fewest objects that did not change. Pure.
 */



/**
 * Without the site's URLs, the objects below a directory are unknown: the cost
 * of a prefix then grows by this factor per level above the deepest changed
 * directory, so the deepest prefixes (the longest common directories) win.
 */
const DEPTH_GROWTH = 8;
/** levels that still make a prefix costlier; deeper trees saturate (and stay finite) */
const DEPTH_LEVELS = 100;
/**
 * The plan for purging `changed`: exact when that fits `max-duration` and the
 * quota (the site is not even read then); otherwise, with `collapse: auto`, the
 * prefixes and exact URLs that fit at the fewest extra objects (search.ts); with
 * `never`, or when nothing fits, the exact plan with `fits: false` and why.
 */
function planCollapse(input) {
    const { model } = input;
    if (!(input.maxDurationSeconds >= 0))
        throw new RangeError(`maxDurationSeconds must be >= 0, got ${input.maxDurationSeconds}`);
    const maxMs = input.maxDurationSeconds * 1000;
    const quota = quotaOf(model, input.quota);
    const kept = input.keptPrefixes ?? 0;
    const costOf = (urls, prefixes) => {
        const requests = (0,time_model/* requestCounts */.q3)(model, { urls, prefixes: prefixes + kept });
        const predictedMs = (0,time_model/* predictDurationMs */.yh)(model, requests);
        return {
            requests,
            predictedMs,
            shortfall: shortfall(urls, prefixes + kept, predictedMs, maxMs, quota),
        };
    };
    const changed = [...new Set(input.changed)];
    const exact = costOf(changed.length, 0);
    const plan = {
        changed: changed.length,
        // counted only when the site has to be looked at: an exact plan that fits never reads it
        siteObjects: undefined,
        budget: { maxDurationMs: maxMs, quota },
        exact,
    };
    const exactPlan = (notCollapsed) => ({
        ...plan,
        ...exact,
        mode: 'exact',
        fits: exact.shortfall.length === 0,
        ...(notCollapsed ? { notCollapsed } : {}),
        urls: changed,
        prefixes: [],
        extraObjects: input.siteUrls === undefined ? undefined : 0,
    });
    if (exact.shortfall.length === 0)
        return exactPlan();
    if (input.collapse === 'never')
        return exactPlan('collapse-never');
    const tree = buildDirectoryTree(changed, input.siteUrls, model.prefix.accepts);
    plan.siteObjects = tree.siteObjects;
    const budget = {
        fits: (urls, prefixes) => urls <= (quota?.urls ?? Number.POSITIVE_INFINITY) &&
            prefixes + kept <= (quota?.prefixes ?? Number.POSITIVE_INFINITY) &&
            (0,time_model/* windowBoundMs */.nU)(model, (0,time_model/* requestCounts */.q3)(model, { urls, prefixes: prefixes + kept })) <= maxMs,
        requests: (urls, prefixes) => (0,time_model/* totalRequests */.Xi)((0,time_model/* requestCounts */.q3)(model, { urls, prefixes: prefixes + kept })),
    };
    const found = cheapestFit(tree, prefixCosts(tree), budget);
    if (!found)
        return exactPlan('nothing-fits');
    const { urls, prefixes } = assemble(tree, found.choice, model);
    const cost = costOf(urls.length, prefixes.length);
    return {
        ...plan,
        ...cost,
        mode: 'collapsed',
        fits: cost.shortfall.length === 0,
        urls,
        prefixes,
        extraObjects: tree.siteObjects === undefined
            ? undefined
            : prefixes.reduce((sum, prefix) => sum + (prefix.extra ?? 0), 0),
    };
}
/** One line naming every limit a plan exceeds, e.g. for `collapse: never`. */
function describeShortfall(shortfall) {
    return shortfall
        .map((each) => each.limit === 'max-duration'
        ? `takes ${seconds(each.predictedMs)} s at the provider's rate limits, more than max-duration (${seconds(each.maxMs)} s)`
        : `needs ${each.needed} ${each.limit === 'url-quota' ? 'URLs' : 'directories'}, more than the ${each.remaining} the daily quota has left`)
        .join('; and ');
}
/** The model's daily quota, with what the provider said is left in its place. */
function quotaOf(model, remaining) {
    const urls = remaining?.urls ?? model.dailyQuota?.urls;
    const prefixes = remaining?.prefixes ?? model.dailyQuota?.prefixes;
    if (urls === undefined && prefixes === undefined)
        return undefined;
    return {
        urls: urls ?? Number.POSITIVE_INFINITY,
        prefixes: prefixes ?? Number.POSITIVE_INFINITY,
    };
}
function shortfall(urls, prefixes, predictedMs, maxMs, quota) {
    const over = [];
    if (predictedMs > maxMs)
        over.push({ limit: 'max-duration', predictedMs, maxMs });
    if (quota && urls > quota.urls)
        over.push({ limit: 'url-quota', needed: urls, remaining: quota.urls });
    if (quota && prefixes > quota.prefixes)
        over.push({ limit: 'prefix-quota', needed: prefixes, remaining: quota.prefixes });
    return over;
}
/** Extra objects when the site is known; otherwise a cost that grows with every level up. */
function prefixCosts(tree) {
    if (tree.siteObjects !== undefined)
        return tree.unchangedBelow.slice();
    let deepest = 0;
    for (const depth of tree.depth)
        deepest = Math.max(deepest, depth);
    return Float64Array.from(tree.depth, (depth) => DEPTH_GROWTH ** Math.min(DEPTH_LEVELS, deepest - depth));
}
/** The exact URLs and prefixes of a choice: each changed URL goes to the prefix above it, if any. */
function assemble(tree, choice, model) {
    const coveredBy = new Int32Array(tree.size).fill(-1);
    for (let node = tree.size - 1; node >= 0; node--) {
        const parent = tree.parent[node];
        const above = parent >= 0 ? coveredBy[parent] : -1;
        coveredBy[node] = above >= 0 ? above : choice[node] ? node : -1;
    }
    const urls = [];
    const covers = new Map();
    tree.changed.forEach((url, i) => {
        const prefix = coveredBy[tree.nodeOfChanged[i]];
        if (prefix < 0)
            urls.push(url);
        else {
            const list = covers.get(prefix) ?? [];
            list.push(url);
            covers.set(prefix, list);
        }
    });
    const prefixes = [...covers.entries()]
        .map(([node, covered]) => ({
        prefix: model.prefix.write(tree.directory[node]),
        directory: tree.directory[node],
        covers: covered,
        extra: tree.siteObjects === undefined ? undefined : tree.unchangedBelow[node],
    }))
        .sort((a, b) => (a.directory < b.directory ? -1 : 1));
    return { urls, prefixes };
}
function seconds(ms) {
    return Math.ceil(ms / 1000);
}


/***/ })

};
;
//# sourceMappingURL=938.index.js.map