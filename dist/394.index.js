"use strict";
exports.id = 394;
exports.ids = [394];
exports.modules = {

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UrlMapper: () => (/* binding */ UrlMapper)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/glob.ts
/**
 * url-map globs: picomatch's syntax, read by picomatch's own parser, matched in
 * linear time.
 *
 * picomatch compiles a glob to a backtracking RegExp, and a hostile glob
 * (`a/**\/*x*x*x*x*y` over a long path) makes that regex take polynomial or
 * exponential time. So picomatch parses (braces, classes, POSIX classes,
 * escapes, the dot option), and its tokens are compiled here to a small NFA
 * that is simulated state-set by state-set: every path character is looked at
 * once per NFA edge, never again, whatever the glob. Extglobs (`+(…)`, `@(…)`…)
 * are refused: they are the constructs with nested repetition.
 */


/** A glob with more brace alternatives than this is refused (`{a,b}{a,b}…` doubles each time). */
const MAX_ALTERNATIVES = 256;
/** Longest glob accepted. */
const MAX_GLOB_LENGTH = 1000;
/** Compiles one url-map glob; an unsupported or oversized glob is an InputError naming it. */
function compileGlob(glob, options) {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new errors/* InputError */.dz('url-map', `glob '${glob.slice(0, 60)}…' is longer than ${MAX_GLOB_LENGTH} characters`);
    }
    const scan = picomatch_default().scan(glob);
    if (scan.isExtglob || scan.negatedExtglob) {
        throw new errors/* InputError */.dz('url-map', `glob '${glob}' uses an extglob such as +(…) or !(…); use braces {a,b} instead (extglobs can take exponential time to match)`);
    }
    const negated = scan.negated;
    const pattern = glob.slice(scan.start);
    // the token types are stable picomatch API, but @types/picomatch leaves them out
    const { tokens } = picomatch_default().parse(pattern, { maxLength: MAX_GLOB_LENGTH });
    const items = toItems(tokens, glob);
    const alternatives = expand(items, glob).map(normalise);
    const nfa = new Nfa(options.dot);
    const accept = nfa.state();
    const start = nfa.state();
    for (const alternative of alternatives) {
        const entry = nfa.state();
        nfa.epsilon(start, entry);
        nfa.epsilon(nfa.sequence(entry, alternative), accept);
    }
    const base = negated ? '' : scan.isGlob ? scan.base : directoryOf(scan.base);
    return {
        glob,
        negated,
        base,
        edges: nfa.edgeCount,
        match: (path, meter) => nfa.run(path, start, accept, meter) !== negated,
    };
}
/** picomatch tokens -> items; braces become nested alternatives. */
function toItems(tokens, glob) {
    const root = [];
    // each open brace: the branches so far and the branch being filled
    const stack = [];
    const out = () => stack.at(-1)?.current ?? root;
    tokens.forEach((token, index) => {
        switch (token.type) {
            case 'bos':
            case 'maybe_slash':
                break;
            case 'text':
            case 'dot':
                for (const char of removeEscapes(token.value))
                    out().push({ kind: 'char', char });
                break;
            case 'slash':
                out().push({ kind: 'slash' });
                break;
            case 'qmark':
                out().push({ kind: 'any' });
                break;
            case 'star':
                out().push({ kind: 'star' });
                break;
            case 'globstar': {
                const before = tokens[index - 2]?.type;
                out().push({
                    kind: 'globstar',
                    afterWildcard: tokens[index - 1]?.type === 'slash' && (before === 'star' || before === 'globstar'),
                });
                break;
            }
            case 'bracket':
                out().push(bracket(token.output ?? token.value, glob));
                break;
            case 'comma':
                if (stack.length === 0)
                    out().push({ kind: 'char', char: ',' });
                else {
                    const top = stack.at(-1);
                    top.branches.push(top.current);
                    top.current = [];
                }
                break;
            case 'brace':
                if (token.value === '{')
                    stack.push({ branches: [], current: [] });
                else if (token.output === ')' && stack.length > 0) {
                    const top = stack.pop();
                    top.branches.push(top.current);
                    out().push({ kind: 'alt', branches: top.branches });
                }
                else if (token.output !== undefined && /^\[.*\]$/.test(token.output)) {
                    // a range such as {1..3}, compiled by picomatch to a character class
                    out().push({ kind: 'class', test: characterClass(token.output, glob) });
                }
                else
                    throw unsupported(glob, token.value);
                break;
            default:
                throw unsupported(glob, token.value);
        }
    });
    if (stack.length > 0)
        throw unsupported(glob, '{');
    return root;
}
/** Every combination of brace alternatives, as flat sequences; bounded. */
function expand(items, glob) {
    let sequences = [[]];
    for (const item of items) {
        if (item.kind !== 'alt') {
            for (const sequence of sequences)
                sequence.push(item);
            continue;
        }
        const options = item.branches.flatMap((branch) => expand(branch, glob));
        if (sequences.length * options.length > MAX_ALTERNATIVES) {
            throw new errors/* InputError */.dz('url-map', `glob '${glob}' expands to more than ${MAX_ALTERNATIVES} alternatives; split it into several rules`);
        }
        sequences = sequences.flatMap((sequence) => options.map((option) => [...sequence, ...option]));
    }
    return sequences;
}
/**
 * `**` is a globstar only as a whole segment (else it is `*`); repeated
 * globstars and stars collapse into one, as picomatch reads them.
 */
function normalise(sequence) {
    const out = [];
    sequence.forEach((item, index) => {
        let current = item;
        if (item.kind === 'globstar') {
            const before = sequence[index - 1];
            const after = sequence[index + 1];
            const whole = (before === undefined || before.kind === 'slash') &&
                (after === undefined || after.kind === 'slash');
            if (!whole)
                current = { kind: 'star' };
        }
        const last = out.at(-1);
        if (current.kind === 'star' && (last?.kind === 'star' || last?.kind === 'globstar'))
            return;
        if (current.kind === 'globstar' && last?.kind === 'slash' && out.at(-2)?.kind === 'globstar') {
            out.pop(); // `**/**` is `**`
            return;
        }
        out.push(current);
    });
    return out;
}
/** A Thompson NFA over path characters, simulated one state set per character. */
class Nfa {
    dot;
    epsilons = [];
    edges = [];
    edgeCount = 0;
    constructor(dot) {
        this.dot = dot;
    }
    state() {
        this.epsilons.push([]);
        this.edges.push([]);
        return this.epsilons.length - 1;
    }
    epsilon(from, to) {
        this.epsilons[from].push(to);
    }
    edge(from, test, to) {
        this.edges[from].push({ test, to });
        this.edgeCount++;
    }
    /** Adds the states for `items` after `from`; returns the last state. */
    sequence(from, items) {
        const notSlash = (char) => char !== '/';
        const slash = (char) => char === '/';
        // `*`, `?` and `**` never take a leading '.' of a name unless `dot`
        const wild = (char, segmentStart) => char !== '/' && !(segmentStart && char === '.' && !this.dot);
        let at = from;
        for (let index = 0; index < items.length; index++) {
            const item = items[index];
            const following = items[index + 1];
            const next = this.state();
            if (item.kind === 'globstar' && following?.kind === 'slash') {
                // `**/`: zero or more whole names, each with its slash
                const name = this.state();
                this.epsilon(at, next);
                this.edge(at, wild, name);
                this.edge(name, notSlash, name);
                this.edge(name, slash, at);
                index++;
            }
            else if (item.kind === 'slash' &&
                following?.kind === 'globstar' &&
                index + 2 === items.length) {
                // trailing `/**`: anything below the directory, and (as picomatch has
                // it) the directory itself unless its name, as written, ends in a wildcard
                if (!following.afterWildcard)
                    this.epsilon(at, next);
                const name = this.state();
                const rest = this.state();
                this.edge(at, slash, name);
                this.edge(name, wild, rest);
                this.edge(rest, notSlash, rest);
                this.edge(rest, slash, name);
                this.epsilon(rest, next);
                index++;
            }
            else if (item.kind === 'globstar') {
                // `**` alone: one or more whole names
                const name = this.state();
                this.edge(at, wild, name);
                this.edge(name, notSlash, name);
                this.edge(name, slash, at);
                this.epsilon(name, next);
            }
            else if (item.kind === 'star') {
                const previous = items[index - 1];
                if (!this.dot &&
                    (previous === undefined || previous.kind === 'slash') &&
                    following !== undefined &&
                    following.kind !== 'slash' &&
                    following.kind !== 'star' &&
                    following.kind !== 'globstar') {
                    // a name that a `*` begins never starts with '.', even when the `*` matches nothing
                    // (`*.a`, `*[^a]a` against `.a`): picomatch's leading-dot rule
                    const loop = this.state();
                    const test = this.single(following, wild);
                    this.edge(at, wild, loop);
                    this.edge(loop, wild, loop);
                    this.edge(loop, test, next);
                    this.edge(at, (char, segmentStart) => !(segmentStart && char === '.') && test(char, segmentStart), next);
                    index++;
                }
                else {
                    this.edge(at, wild, at);
                    this.epsilon(at, next);
                }
            }
            else {
                this.edge(at, this.single(item, wild), next);
            }
            at = next;
        }
        return at;
    }
    single(item, wild) {
        switch (item.kind) {
            case 'char':
                return (char) => char === item.char;
            case 'slash':
                return (char) => char === '/';
            case 'any':
                return wild;
            case 'class':
                return (char) => char !== '/' && item.test.test(char);
        }
    }
    run(path, start, accept, meter) {
        let current = this.closure([start]);
        for (let i = 0; i < path.length && current.length > 0; i++) {
            const char = path[i];
            const segmentStart = i === 0 || path[i - 1] === '/';
            const next = [];
            for (const state of current) {
                for (const edge of this.edges[state]) {
                    if (meter)
                        meter.steps++;
                    if (edge.test(char, segmentStart))
                        next.push(edge.to);
                }
            }
            current = this.closure(next);
        }
        return current.includes(accept);
    }
    closure(states) {
        const seen = new Set();
        const stack = [...states];
        while (stack.length > 0) {
            const state = stack.pop();
            if (seen.has(state))
                continue;
            seen.add(state);
            for (const next of this.epsilons[state])
                stack.push(next);
        }
        return [...seen];
    }
}
/**
 * A bracket expression. picomatch reads a plain one such as `[ab]` as "the
 * text [ab], or one of a and b" (`(?:\[ab\]|[ab])`): both are kept.
 */
function bracket(source, glob) {
    const either = /^\(\?:\\\[(.*)\\\]\|(\[.*\])\)$/.exec(source);
    if (!either)
        return { kind: 'class', test: characterClass(source, glob) };
    const literal = `[${removeEscapes(either[1])}]`;
    return {
        kind: 'alt',
        branches: [
            [...literal].map((char) => ({ kind: 'char', char })),
            [{ kind: 'class', test: characterClass(either[2], glob) }],
        ],
    };
}
function characterClass(source, glob) {
    if (source.includes('[!')) {
        // picomatch reads `[!a]` as "the text [!a] or one of ! and a", not as negation
        throw new errors/* InputError */.dz('url-map', `glob '${glob}': write [^…] to negate a class, not [!…]`);
    }
    // one bracket expression and nothing else: it tests a single character, so it cannot backtrack
    if (!/^\[(?:\\.|[^\\\]])+\]$/.test(source))
        throw unsupported(glob, source);
    try {
        return new RegExp(`^${source}$`);
    }
    catch {
        throw unsupported(glob, source);
    }
}
function removeEscapes(text) {
    return text.replace(/\\(.)/g, '$1');
}
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function unsupported(glob, construct) {
    return new errors/* InputError */.dz('url-map', `glob '${glob}' uses '${construct}', which url-map does not support (use *, **, ?, [abc], {a,b} and a leading !)`);
}

// EXTERNAL MODULE: ./src/targets/url.ts
var url = __webpack_require__(6591);
// EXTERNAL MODULE: ./src/targets/url-map.ts
var url_map = __webpack_require__(5876);
;// CONCATENATED MODULE: ./src/targets/url-mapper.ts
/** Repository paths -> URLs with the compiled `url-map` rules: the first matching rule wins. */



class UrlMapper {
    rules;
    constructor(rules, options) {
        this.rules = rules.map((rule) => ({
            rule,
            // an exclusion (`!<glob>` alone) applies to the files its glob matches
            glob: compileGlob(rule.templates.length === 0 ? rule.glob.slice(1) : rule.glob, {
                dot: options.dotfiles,
            }),
        }));
    }
    /**
     * The directories every mapped file lies below: each mapping rule's fixed
     * leading directories, none inside another ('' when a rule can match anywhere).
     */
    walkRoots() {
        const bases = [
            ...new Set(this.rules.filter(({ rule }) => rule.templates.length > 0).map(({ glob }) => glob.base)),
        ].sort();
        if (bases.includes(''))
            return [''];
        return bases.filter((base) => !bases.some((other) => other !== base && base.startsWith(`${other}/`)));
    }
    /** The URLs of one file; [] when no rule maps it. Throws InputError for a URL that is not valid. */
    map(path, meter) {
        const file = path.replace(/^(\.\/)+/, '');
        const hit = this.rules.find((candidate) => candidate.glob.match(file, meter));
        if (!hit)
            return [];
        const { base } = hit.glob;
        const relative = base !== '' && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
        return hit.rule.templates.map((template) => ({
            url: (0,url/* normaliseTarget */.YR)((0,url_map/* fillTemplate */.ou)(template, relative), 'url-map'),
            file,
            rule: hit.rule.glob,
        }));
    }
    mapAll(files) {
        const mapped = [];
        const unmatched = [];
        const seen = new Set();
        for (const file of files) {
            const urls = this.map(file);
            if (urls.length === 0)
                unmatched.push(file);
            for (const entry of urls) {
                if (seen.has(entry.url))
                    continue;
                seen.add(entry.url);
                mapped.push(entry);
            }
        }
        return { mapped, unmatched };
    }
}


/***/ })

};
;
//# sourceMappingURL=394.index.js.map