import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 30_000,
    // beforeAll hooks load the dictionaries (createEnricher): a fraction of a second alone, but
    // many seconds on a loaded 2-core CI machine.
    hookTimeout: 60_000,
  },
});
