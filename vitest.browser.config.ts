import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the review page in a real browser (the system's Chromium, driven by
 * playwright-core). Not part of `npm test`, which needs no browser.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    globalSetup: ['tests/build.global-setup.ts'],
    // Starting a browser on a shared 2-core machine is slow; the steps themselves wait on events.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
