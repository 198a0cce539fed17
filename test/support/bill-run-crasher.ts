// A server process running a bill run's chunk jobs against the test's database, killed with -9 by the test in the
// middle of its third chunk (bills written, transaction open). Usage: bill-run-crasher.ts <dataDir> <databaseUrl|->
import { billRunChunkJob } from '../../src/modules/fees/bill-run.jobs.js';
import { loadConfig } from '../../src/platform/config.js';
import { runDueJobs } from '../../src/platform/jobs/worker.js';
import { openRuntime } from '../../src/runtime.js';

const [dataDir, databaseUrl] = process.argv.slice(2) as [string, string];
const runtime = await openRuntime(
  loadConfig({ GUANJIA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl === '-' ? '' : databaseUrl, GUANJIA_JOB_POLL_MS: '0' }),
);
await runDueJobs(runtime.deps, {
  workerId: 'victim',
  kinds: [
    {
      ...billRunChunkJob,
      async handler(run) {
        const result = await billRunChunkJob.handler(run);
        if (run.job.payload.version === 3) {
          process.stdout.write('inside the third chunk\n');
          await new Promise((r) => setTimeout(r, 600_000));
        }
        return result;
      },
    },
  ],
});
process.stdout.write('finished without being killed\n');
process.exit(0);
