import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the compiled CLI; `npm test` builds it first (pretest).
    testTimeout: 30_000,
  },
});
