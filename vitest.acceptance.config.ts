import { defineConfig } from 'vitest/config';

/**
 * `npm run test:acceptance`: the runs at archive scale (a generated corpus of 2 000 reports through
 * the CLI, twice). Minutes of work on a 2-core machine, so not part of `npm test`; `.ci/run` runs it.
 */
export default defineConfig({
  test: {
    include: ['tests/acceptance/**/*.acceptance.ts'],
    globalSetup: ['tests/build.global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
