import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // end-to-end tests spawn node; two cores in CI
    maxWorkers: 2,
    restoreMocks: true,
    // @actions/http-client imports `undici` (a lazy CommonJS stand-in, see its package.json)
    // by name; Node's ESM loader cannot see those names, vitest's interop can.
    server: { deps: { inline: ['@actions/http-client'] } },
  },
});
