// @actions/core imports @actions/http-client, which imports undici at the top
// level only to build a ProxyAgent for proxied requests. Evaluating undici costs
// about a third of the action's start-up, so this stand-in (installed as
// `undici` through an npm override; the real package is `undici-real`) loads the
// real module on the first property read, and never before.
let real;
const load = () => {
  real ??= require('undici-real');
  return real;
};

// Read by module interop before any real use; answering them must not load undici.
const INTEROP_KEYS = new Set(['__esModule', 'then', 'default']);

module.exports = new Proxy(
  {},
  {
    get: (_target, key) => (INTEROP_KEYS.has(key) ? undefined : load()[key]),
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  },
);

// Never runs: tells Node's static export detection (cjs-module-lexer) that the
// http-client's `import { ProxyAgent } from 'undici'` names a real export.
// biome-ignore lint/correctness/noConstantCondition: a static hint, not code
if (false) exports.ProxyAgent = undefined;
