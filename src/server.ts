import { startScheduler } from './modules/jobs/jobs.worker.js';
import { listTenants } from './modules/tenants/tenant.service.js';
import { AdjustableClock } from './platform/clock.js';
import { type Config, loadConfig } from './platform/config.js';
import { sqliteFileOf } from './platform/db/connect.js';
import { takeInstanceLock } from './platform/db/instance-lock.js';
import { ActivityMeter, readableLog } from './platform/http/activity.js';
import { createApp, openRuntime } from './runtime.js';
import { DEMO_TENANT } from './seed/demo.data.js';
import { demoPasswordFile, demoSignInLines, seedDemoWithPassword } from './seed/demo-password.js';
import { webPlugin } from './web.js';

/** Starts the server: migrate, optionally seed the demo on an empty database, listen, say how to sign in. */
export async function serve(options: { demo: boolean; config?: Config }): Promise<void> {
  const loaded = options.config ?? loadConfig();
  // `serve --demo` (what `npm start` runs) is a demo server unless GUANJIA_DEMO=0 says otherwise
  const demoMode = loaded.demoMode || (options.demo && process.env.GUANJIA_DEMO !== '0');
  const config = { ...loaded, demoMode };
  // While it runs, a server holds a shared lock on its SQLite database: `guanjia restore` refuses to
  // replace data a server is using, and no server starts while a restore is under way.
  const lock = config.databaseUrl ? null : takeInstanceLock(sqliteFileOf(config.dataDir), 'shared');
  if (!config.databaseUrl && !lock) {
    console.error(`error: a restore of ${sqliteFileOf(config.dataDir)} is under way; start the server when it has finished`);
    process.exit(2);
  }
  // a demo server's clock can be moved (POST /api/demo/clock) to simulate a month end
  // the server checkpoints SQLite's WAL in a worker thread, off the event loop its requests share
  const runtime = await openRuntime(config, { checkpointInWorker: true, ...(demoMode ? { clock: new AdjustableClock() } : {}) });
  let shownPassword: string | null = null;
  if (options.demo && (await listTenants(runtime.deps)).length === 0) {
    const seeded = await seedDemoWithPassword(runtime.deps, config.dataDir);
    shownPassword = seeded.password;
    console.log(`Demo data seeded (${seeded.created} records).`);
  }
  // The summary log: a line per minute of activity, and warnings and errors as readable lines.
  const meter = config.logFormat === 'summary' ? new ActivityMeter() : null;
  const app = await createApp(runtime, {
    logger: meter ? { level: 'warn', stream: readableLog() } : { level: config.logLevel },
    disableRequestLogging: Boolean(meter),
    ...(meter ? { onAnswered: (status: number, ms: number) => meter.record(status, ms) } : {}),
    web: webPlugin,
  });
  const minutely = meter
    ? setInterval(() => {
        const line = meter.flush(new Date());
        if (line) console.log(line);
      }, 60_000).unref()
    : null;
  // the worker starts after seeding, so its first poll gives the new demo tenant its recurring jobs
  const scheduler = config.jobPollMs > 0 ? startScheduler(runtime.deps, { pollMs: config.jobPollMs, log: app.log }) : null;
  const close = async () => {
    if (minutely) clearInterval(minutely);
    await scheduler?.stop();
    await app.close();
    await runtime.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  const tenants = await listTenants(runtime.deps);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [
    '',
    `  Guanjia (管家) is running at ${url}`,
    `  Database: ${runtime.handle.engine}${runtime.handle.file ? ` (${runtime.handle.file})` : ''}`,
    `  API documentation: ${url}/api/docs`,
  ];
  if (demoMode) lines.push('  Demo mode: an administrator can set the simulated time on the jobs page (系统管理 → 定时任务).');
  const demoData = tenants.some((t) => t.code === DEMO_TENANT.code);
  if (demoData) {
    lines.push(...demoSignInLines(demoPasswordFile(config.dataDir), shownPassword));
  } else if (tenants.length === 0) {
    lines.push('  No users yet: create the first administrator with  npx guanjia user create --username admin --role system_admin');
  }
  console.log(`${lines.join('\n')}\n`);
  if (demoData && !isLoopback(config.host)) console.error(exposedDemoWarning(config.host));
}

/** Whether `host` is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function exposedDemoWarning(host: string): string {
  const bar = '!'.repeat(78);
  return [
    bar,
    `!! WARNING: the demo organisation is served on ${host}, not only on this machine (127.0.0.1).`,
    '!! Every demo user shares one password and holds real permissions: anyone who can reach this',
    '!! address and learns it can sign in as the system administrator. Unset HOST to keep the demo',
    '!! local, or start a real install instead (README, "Going live").',
    bar,
  ].join('\n');
}
