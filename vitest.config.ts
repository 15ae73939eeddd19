import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The slow suites (compatibility, packaging, corpus) run with vitest.slow.config.ts.
    exclude: [...configDefaults.exclude, 'tests/compat/**', 'tests/corpus/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
