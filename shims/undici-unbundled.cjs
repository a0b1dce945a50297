// What cdnkit's bundles get for `import … from 'undici'`; Node and the tests
// get the real package (a dependency of @actions/http-client). Only the
// bundler reads this, through tsconfig.json "paths" (ncc resolves every
// import, node_modules included, through those of its working directory).
//
// @actions/http-client imports undici at its top level only to build a
// ProxyAgent in getAgentDispatcher(), for fetch() users; its own requests (all
// of cdnkit's) are proxied with tunnel. Bundled, undici would be most of the
// action and would be evaluated at every start, since @actions/core imports
// http-client statically: BENCHMARKS.md measures what that costs.
// __tests__/unit/bundle.test.ts proves, on the built bundles, that every use of
// this module lies in getAgentDispatcher and that nothing calls it; if a new
// http-client used undici elsewhere, that test fails before a release could.
'use strict';

// Read by module interop when the module is imported, before any real use.
const INTEROP_KEYS = new Set(['__esModule', 'then', 'default']);

module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      if (typeof key === 'symbol' || INTEROP_KEYS.has(key)) return undefined;
      throw new Error(
        `undici.${key} is not in cdnkit's bundle: @actions/http-client needs undici only for getAgentDispatcher(), which cdnkit does not call`,
      );
    },
  },
);
