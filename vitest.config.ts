import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests beside the code, integration tests against a real database (SQLite here; `npm run test:pg`
// runs test/integration again on PostgreSQL). Browser tests have their own config (test/e2e).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/integration/**/*.test.ts', 'web/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A file waits on its database as much as it computes: two workers even on two cores (vitest's default there is
    // one; CI took 573 s for the SQLite suite with it). Files share their worker's modules (no isolation): each file
    // still opens its own runtime on its own database, and importing the app once per worker instead of once per file
    // took the two-worker SQLite suite from 247 s to 115 s and the PostgreSQL one from 222 s to 146 s. So no test may
    // mock a module (vi.mock) or change process.env or other globals without putting them back.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    isolate: false,
    // the demo tenant seeded once for the run; each test file's database starts as a copy of it
    globalSetup: ['test/support/seeded-template.ts'],
    // servers the tests start in child processes also write every answer both ways and compare (the harness sets it too)
    env: { GUANJIA_RESPONSE_SERIALIZER: process.env.GUANJIA_RESPONSE_SERIALIZER ?? 'checked' },
  },
});
