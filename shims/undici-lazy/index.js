// @actions/core imports @actions/http-client, which imports undici at the top
// level only to build a ProxyAgent for fetch users (getAgentDispatcher). cdnkit
// never calls that, and undici was most of the bundle and a third of the
// action's start-up, so this stand-in (installed as `undici` through an npm
// override; the real package is `undici-real`) loads the real module on the
// first property read, and never before; in the bundle, not at all.
let real;
const load = () => {
  // Inside the ncc bundle, __non_webpack_require__ is Node's own require, so the
  // bundler does not pull undici in: nothing in the bundle builds a ProxyAgent
  // (http-client proxies its own requests with tunnel; only getAgentDispatcher,
  // for fetch users, needs undici). Outside the bundle (tests), this is plain require.
  const nodeRequire =
    typeof __non_webpack_require__ === 'function'
      ? __non_webpack_require__
      : module.require.bind(module);
  real ??= nodeRequire('undici-real');
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
// http-client's `import { ProxyAgent } from 'undici'` names a real export, and so
// does the `import { fetch } from 'undici'` of @github/local-action (a devDependency
// that resolves this stand-in too, being under the same npm override).
// biome-ignore lint/correctness/noConstantCondition: a static hint, not code
if (false) {
  exports.ProxyAgent = undefined;
  exports.fetch = undefined;
}
