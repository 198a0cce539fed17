// The API server (the app without the web files) on a data folder and port, seeding the demo on an empty database:
// the victim of the crash rounds, killed with SIGKILL while clients write through it.

import { listTenants } from '../../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { createApp, openRuntime } from '../../src/runtime.js';
import { seedDemo } from '../../src/seed/demo.js';
import { DEMO_PASSWORD } from './demo-password.js';

const [dataDir, port] = process.argv.slice(2);
const runtime = await openRuntime(
  loadConfig({ GUANJIA_DATA_DIR: dataDir, GUANJIA_LOGIN_MAX_PER_MINUTE: '10000', GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' }),
  // as `guanjia serve` runs: group commit, and checkpoints in a worker thread the kill takes down too
  { checkpointInWorker: true },
);
if ((await listTenants(runtime.deps)).length === 0) await seedDemo(runtime.deps, { password: DEMO_PASSWORD });
const app = await createApp(runtime);
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('listening\n');
