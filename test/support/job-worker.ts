// A separate server process running scheduled jobs against the test's database: the two-worker and the
// kill -9 tests start it. Usage: job-worker.ts <dataDir> <databaseUrl|-> <workerId> <worker|crash>
import readline from 'node:readline';
import { loadConfig } from '../../src/platform/config.js';
import type { JobKind } from '../../src/platform/jobs/job.types.js';
import { runDueJobs } from '../../src/platform/jobs/worker.js';
import { openRuntime } from '../../src/runtime.js';
import { effectKind, writeEffect } from './job-kinds.js';

const [dataDir, databaseUrl, workerId, mode] = process.argv.slice(2) as [string, string, string, 'worker' | 'crash'];

/** Writes its effect, then (for the job marked `hang`) says so and waits to be killed mid-transaction. */
const crashKind: JobKind = {
  kind: 'test.crash',
  title: { 'zh-CN': '测试：运行中崩溃', en: 'Test: dies mid-run' },
  async handler(run) {
    await writeEffect(run);
    if (run.job.payload.hang) {
      process.stdout.write(`inside ${run.job.key}\n`);
      await new Promise((r) => setTimeout(r, 600_000));
    }
    return { summary: 'done' };
  },
};

const runtime = await openRuntime(
  loadConfig({ GUANJIA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl === '-' ? '' : databaseUrl, GUANJIA_JOB_POLL_MS: '0' }),
);
process.stdout.write('ready\n');
if (mode === 'worker') {
  // both workers start together when the test says go, so their runs overlap
  await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()));
}
const ran = await runDueJobs(runtime.deps, { kinds: [effectKind, crashKind], workerId });
process.stdout.write(`${JSON.stringify({ ran: ran.map((r) => ({ key: r.key, outcome: r.outcome })) })}\n`);
await runtime.close();
process.exit(0);
