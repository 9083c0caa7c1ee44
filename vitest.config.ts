import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A throwaway Postgres for the store tests' second backend (or FEEDFOLD_TEST_PG_URL; see the file).
    globalSetup: ['tests/store/pg-global-setup.ts'],
  },
});
