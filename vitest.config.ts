import { defineConfig } from 'vitest/config';

// Unit tests beside the code, integration tests against a real database (SQLite here; `npm run test:pg`
// runs test/integration again on PostgreSQL). Browser tests have their own config (test/e2e).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts', 'web/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // the demo tenant seeded once for the run; each test file's database starts as a copy of it
    globalSetup: ['test/support/seeded-template.ts'],
  },
});
