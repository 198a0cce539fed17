import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, fresh SQLite) and real Chromium. The files are dealt
// into lanes; each lane is a project with its own server on its own copy of the demo, and runs its
// files one after another. A lane waits on the browser and the server most of the time (under half a
// core), so two lanes on the two-core CI machine take about half the time of one.
const lanes = Math.max(1, Number(process.env.GUANJIA_E2E_LANES) || 2);
const folder = 'test/e2e';

/** The files dealt longest first to the lane with the least so far; a file's size stands for its duration. */
function dealIntoLanes(count: number): string[][] {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.e2e.ts'))
    .map((name) => ({ file: `${folder}/${name}`, size: fs.statSync(path.join(folder, name)).size }))
    .sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  const dealt = Array.from({ length: count }, () => ({ files: [] as string[], size: 0 }));
  for (const { file, size } of files) {
    const lightest = dealt.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(file);
    lightest.size += size;
  }
  return dealt.map((lane) => lane.files);
}

export default defineConfig({
  test: {
    maxWorkers: lanes,
    projects: dealIntoLanes(lanes).map((include, index) => ({
      test: {
        name: `lane ${index + 1}`,
        include,
        environment: 'node',
        globalSetup: ['test/e2e/global-setup.ts'],
        fileParallelism: false,
        testTimeout: 60_000,
        hookTimeout: 240_000,
        pool: 'forks',
        // A lane's files share one worker process, so they share its Chromium (support/browser.ts), each file in
        // a fresh context: no process start, module loading and Chromium start per file. No file keeps state
        // at module level that another could see; the server's data is shared by the lane all the same.
        isolate: false,
        expect: { poll: { timeout: 10_000, interval: 100 } },
      },
    })),
  },
});
