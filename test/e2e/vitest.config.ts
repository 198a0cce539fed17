import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, fresh SQLite) started once, real Chromium per file.
// Files run one after another: the machine has two cores and the server is shared.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
