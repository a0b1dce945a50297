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
    // a test that asserts nothing fails: it cannot pass by swallowing an outcome
    expect: { requireAssertions: true },
    reporters: ['default', './__tests__/helpers/reliability.ts'],
    // `npm run coverage`: src/ as the unit, nock and integration tests run it in-process
    // (the end-to-end tests run dist/ in child processes, which V8 coverage does not see)
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
