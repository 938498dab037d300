import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/build.global-setup.ts'],
    // Many tests run the CLI as a process (and load DuckDB): a guard against hangs, not a speed check.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
