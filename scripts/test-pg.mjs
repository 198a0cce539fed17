// Runs the integration suite against PostgreSQL: DATABASE_URL names a server whose user may create
// databases (default: the local server as postgres). Each test file creates and drops its own database.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  await client.end();
} catch (e) {
  console.error(`PostgreSQL is not reachable at ${url}: ${e.message}`);
  console.error('Start it (e.g. pg_ctlcluster 15 main start) or set DATABASE_URL; .ci/run starts it for CI.');
  process.exit(1);
}
// files or folders given on the command line narrow the run; by default the whole integration suite
const targets = process.argv.slice(2).some((a) => !a.startsWith('-'))
  ? process.argv.slice(2)
  : ['test/integration', ...process.argv.slice(2)];
const result = spawnSync('npx', ['vitest', 'run', ...targets], {
  stdio: 'inherit',
  env: { ...process.env, GUANJIA_TEST_ENGINE: 'postgres', DATABASE_URL: url },
});
process.exit(result.status ?? 1);
