import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in the system Chromium (and Firefox ESR). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    // A loaded CI machine can take over the 1 s default to repaint or reopen IndexedDB.
    expect: { poll: { timeout: 5_000 } },
  },
});
