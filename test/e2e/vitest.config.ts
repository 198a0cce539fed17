import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, fresh SQLite) and real Chromium. The files run in lanes side by side,
// each lane a test worker with its own server on its own copy of the demo (global-setup.ts, support/lane.ts); a lane
// takes the next file, longest first, whenever it finishes one, so the lanes end together however long each file is.
// A lane kept under a core busy (Chromium most of it): two lanes on the two-core CI machine take about half the time
// of one. GUANJIA_E2E_LANES sets the number; never more lanes than files named on the command line.
const named = process.argv.filter((arg) => arg.endsWith('.e2e.ts')).length;
const lanes = Math.max(1, Math.min(Number(process.env.GUANJIA_E2E_LANES) || 2, named || Number.POSITIVE_INFINITY));

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    maxWorkers: lanes,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // A lane's files share one worker process, so they share its Chromium (support/browser.ts), each file in a fresh
    // context: no process start, module loading and Chromium start per file. No file keeps state at module level that
    // another could see; the server's data is shared by the lane all the same.
    isolate: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
