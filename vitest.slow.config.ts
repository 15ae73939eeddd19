import { defineConfig } from 'vitest/config';

// The slow suites, kept out of `npm test`: compatibility (ESLint 9 and 10, the CLI, config
// files, oxlint), packaging, and the node_modules corpus. Run by `npm run test:compat`,
// `npm run test:corpus` and CI. They lint with the built plugin: run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/compat/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/compat/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60 * 60_000,
  },
});
