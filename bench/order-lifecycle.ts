// N full order lifecycles (intake → quote → confirm → assign → start → finish → accept → pay → close)
// through the real HTTP API by C concurrent clients, against the floor: the same rows written directly
// through Kysely, one transaction per step, no HTTP. Prints lifecycles/s of both and their ratio, the CPU
// time of a lifecycle on both sides and their ratio (steadier than throughput on a noisy disk), p50/p99 of
// one transition, the SQL statements per transition on both sides, and peak RSS.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { KyselyPlugin } from 'kysely';
import { loadConfig } from '../src/platform/config.js';
import { newId } from '../src/platform/ids.js';
import { createApp, openRuntime } from '../src/runtime.js';
import { seedDemo } from '../src/seed/demo.js';
import { demoSignature } from '../src/seed/demo.signature.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const engine = arg('engine', 'sqlite');
const n = Number(arg('n', '200'));
const clients = Number(arg('clients', '8'));
/**
 * Lifecycles of each side run first and not counted, so V8's optimising compiler has done its work on the hot code:
 * the use cases run once a lifecycle each, and after 40 lifecycles it was still compiling them for about 40 s.
 */
const warmup = Number(arg('warmup', '300'));
/** `--profile <file>`: a CPU profile of this thread (the server) over the last HTTP round, for Chrome's DevTools. */
const profile = arg('profile', '');

const database = await benchDatabase(engine);
const runtime = await openRuntime(
  loadConfig({ ...process.env, ...database.env, GUANJIA_LOGIN_MAX_PER_MINUTE: '10000', GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' }),
  // as the server runs: SQLite's checkpoints in a worker thread
  { checkpointInWorker: true },
);
// the clients sign in with the password the bench gives the demo users
await seedDemo(runtime.deps, { password: 'guanjia2026' });
/** Counts the SQL statements executed through a Kysely instance (BEGIN and COMMIT are not statements of Kysely's). */
function statementCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery: (args) => args.node,
    async transformResult(args) {
      this.count++;
      return args.result;
    },
  };
}
const floorStatements = statementCounter();
const serverStatements = statementCounter();
const db = runtime.deps.db.withPlugin(floorStatements);
// every use case the server runs reaches the database through deps.db: count what it executes
runtime.deps.db = runtime.deps.db.withPlugin(serverStatements);
const app = await createApp(runtime);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const tenantId = (await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
const officeId = (await db.selectFrom('org_nodes').select('id').where('code', '=', 'office-a').executeTakeFirstOrThrow()).id;
const cleanerId = (await db.selectFrom('users').select('id').where('username', '=', 'sunxy').executeTakeFirstOrThrow()).id;
const itemId = (await db.selectFrom('service_items').select('id').where('code', '=', 'indoor-cleaning').executeTakeFirstOrThrow()).id;

/** The floor: the rows one lifecycle writes (order, line, round, payment, assignee, an audit row per step), straight to the engine. */
async function lifecycleDirect(i: number) {
  const id = newId();
  const now = () => new Date().toISOString();
  const audit = (trx: typeof db, action: string, step: number) =>
    trx
      .insertInto('audit_events')
      .values({
        tenant_id: tenantId,
        seq: 10_000_000 + i * 20 + step,
        id: newId(),
        at: now(),
        actor_id: null,
        actor_name: 'floor',
        action: `${action}${i}`,
        entity: 'order',
        entity_id: id,
        before_json: '{}',
        after_json: '{}',
        request_id: null,
        prev_hash: '',
        hash: '',
      })
      .execute();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('orders')
      .values({
        tenant_id: tenantId,
        id,
        number: `FLOOR-${i}`,
        billing: 'per_order',
        details: '{}',
        type: 'housekeeping',
        office_id: officeId,
        state: 'requested',
        version: 1,
        channel: 'phone',
        customer_name: `住户${i}`,
        customer_phone: null,
        address: null,
        description: null,
        staff_count: null,
        appointment_start: null,
        appointment_end: null,
        price_list_id: null,
        price_accepted_at: null,
        approved_at: null,
        approved_by: null,
        service_fee_fen: 0,
        material_fee_fen: 0,
        total_fen: 0,
        requested_at: now(),
        quoted_at: null,
        confirmed_at: null,
        assigned_at: null,
        departed_at: null,
        arrived_at: null,
        started_at: null,
        completed_at: null,
        accepted_at: null,
        paid_at: null,
        closed_at: null,
        cancelled_at: null,
        cancel_reason: null,
        round: 1,
        created_by: null,
        created_at: now(),
        updated_at: now(),
      })
      .execute();
    await trx
      .insertInto('order_lines')
      .values({
        tenant_id: tenantId,
        order_id: id,
        line_no: 1,
        item_id: itemId,
        item_name: '室内保洁',
        unit: 'hour',
        unit_price_fen: null,
        quantity_milli: 2000,
        amount_fen: null,
      })
      .execute();
    await audit(trx, 'create', 0);
  });
  const states = ['quoted', 'confirmed', 'assigned', 'in_progress', 'completed', 'accepted', 'paid', 'closed'] as const;
  for (const [k, state] of states.entries()) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('orders')
        .set({ state, version: k + 2, updated_at: now() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('version', '=', k + 1)
        .execute();
      if (state === 'assigned')
        await trx
          .insertInto('order_assignees')
          .values({ tenant_id: tenantId, id: newId(), order_id: id, user_id: cleanerId, assigned_at: now(), released_at: null })
          .execute();
      if (state === 'accepted')
        await trx
          .insertInto('order_rounds')
          .values({
            tenant_id: tenantId,
            order_id: id,
            round_no: 1,
            started_at: now(),
            finished_at: now(),
            outcome: 'accepted',
            reason: null,
            signer_name: '住户',
            signature_blob_id: null,
            decided_at: now(),
          })
          .execute();
      if (state === 'paid')
        await trx
          .insertInto('order_payments')
          .values({
            tenant_id: tenantId,
            id: newId(),
            order_id: id,
            amount_fen: 8000,
            method: 'cash',
            collected_by: cleanerId,
            collected_by_name: 'x',
            collected_at: now(),
          })
          .execute();
      await audit(trx, state, k + 1);
    });
  }
}

/** CPU time (user + system) of this whole process so far, in ms. */
const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The CPU ms of this process's main thread (the server's event loop), from /proc in ticks of 10 ms; 0 where absent. */
const mainThreadCpuMs = () => {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};

/** Runs `count` direct lifecycles from `from` on with the same number of concurrent clients; returns seconds and CPU ms. */
async function runFloor(fn: (i: number) => Promise<void>, from: number, count: number): Promise<{ seconds: number; cpuMs: number }> {
  let next = from;
  const started = performance.now();
  const cpu = processCpuMs();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < from + count; i = next++) await fn(i);
    }),
  );
  return { seconds: (performance.now() - started) / 1000, cpuMs: processCpuMs() - cpu };
}

// the clients run in their own process, as real clients run on their own machines: one process for the whole bench,
// started and signed in before the warm-up, so its connections are open and its code compiled when rounds are timed
const child = fork(new URL('./order-lifecycle.clients.mjs', import.meta.url), { stdio: 'inherit' });
let failed: (e: Error) => void = () => {};
child.once('error', (e) => failed(e));
child.once('exit', (code) => code && failed(new Error(`the clients exited with ${code}`)));
const message = <T>() =>
  new Promise<T>((resolve, reject) => {
    failed = reject;
    child.once('message', (m) => resolve(m as T));
  });
const clientsReady = message<{ ready: true }>();
child.send({ base, clients, officeId, cleanerId, itemId, signature: demoSignature(1) });
// the clients sign in first (password hashing is no part of a transition)
await clientsReady;

/**
 * Runs `count` lifecycles over HTTP from the clients' process; returns seconds, each request's latency, the requests
 * sent, and the server's CPU ms: this process's CPU over the run (the floor does not run meanwhile).
 */
async function runHttp(
  count: number,
  profiler?: Session,
): Promise<{
  seconds: number;
  latencies: number[];
  bySteps: Record<string, number[]>;
  requests: number;
  cpuMs: number;
  loopCpuMs: number;
  statements: number;
}> {
  const cpu = processCpuMs();
  const loopCpu = mainThreadCpuMs();
  const statements = serverStatements.count;
  const finished = message<{ seconds: number; latencies: number[]; bySteps: Record<string, number[]>; requests: number }>();
  if (profiler) await profiler.post('Profiler.start');
  child.send({ run: count });
  const done = await finished;
  if (profiler) fs.writeFileSync(profile, JSON.stringify((await profiler.post('Profiler.stop')).profile));
  return {
    ...done,
    cpuMs: processCpuMs() - cpu,
    loopCpuMs: mainThreadCpuMs() - loopCpu,
    statements: serverStatements.count - statements,
  };
}

/** Sends `count` requests for `/api/health` from the clients' process; returns seconds and the server's CPU ms. */
async function runHealth(count: number): Promise<{ seconds: number; cpuMs: number }> {
  const cpu = processCpuMs();
  const finished = message<{ seconds: number }>();
  child.send({ health: count });
  const done = await finished;
  return { seconds: done.seconds, cpuMs: processCpuMs() - cpu };
}

async function profilerSession(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  return session;
}

// one lifecycle is 9 requests: the intake and 8 transitions; the floor writes the same 9 steps, one transaction each
const steps = 9;
// alternate the sides in rounds, so a burst of noise on this shared machine hits them alike
const rounds = 4;
const count = Math.ceil(n / rounds);
const total = count * rounds;
let floorSeconds = 0;
let floorCpuMs = 0;
let httpSeconds = 0;
let httpCpuMs = 0;
let loopCpuMs = 0;
let requests = 0;
let serverStatementsInRuns = 0;
let floorStatementsInRuns = 0;
let healthSeconds = 0;
let healthCpuMs = 0;
const latencies: number[] = [];
const bySteps = new Map<string, number[]>();
// a long-running server's code is compiled and optimised: the warm-up's lifecycles (numbered after the counted ones)
await runFloor(lifecycleDirect, total, warmup);
await runHttp(warmup);
await runHealth(warmup * steps);
for (let r = 0; r < rounds; r++) {
  const floorBefore = floorStatements.count;
  const floorRun = await runFloor(lifecycleDirect, r * count, count);
  floorStatementsInRuns += floorStatements.count - floorBefore;
  floorSeconds += floorRun.seconds;
  floorCpuMs += floorRun.cpuMs;
  const http = await runHttp(count, profile && r === rounds - 1 ? await profilerSession() : undefined);
  serverStatementsInRuns += http.statements;
  httpSeconds += http.seconds;
  httpCpuMs += http.cpuMs;
  loopCpuMs += http.loopCpuMs;
  requests += http.requests;
  latencies.push(...http.latencies);
  for (const [step, ms] of Object.entries(http.bySteps)) bySteps.set(step, (bySteps.get(step) ?? []).concat(ms));
  const health = await runHealth(count * steps);
  healthSeconds += health.seconds;
  healthCpuMs += health.cpuMs;
}
const floor = total / floorSeconds;
const ours = total / httpSeconds;
/** The q-quantile of sorted latencies. */
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
latencies.sort((a, b) => a - b);
const at = (q: number) => quantile(latencies, q);
const steps99 = [...bySteps].map(([step, ms]) => {
  ms.sort((a, b) => a - b);
  return { step, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) };
});
const slowest = steps99.sort((a, b) => b.p99 - a.p99)[0];
const clientsExited = new Promise((resolve) => child.once('exit', resolve));
child.send('stop');
await clientsExited;
await app.close();
await runtime.close();
await database.drop();
const floorCpu = floorCpuMs / total;
const oursCpu = httpCpuMs / total;
console.log(`engine=${engine} lifecycles=${total} clients=${clients}`);
console.log(`floor (direct Kysely writes, no HTTP): ${floor.toFixed(1)} lifecycles/s, CPU ${floorCpu.toFixed(2)} ms a lifecycle`);
console.log(
  `ours (HTTP API, ${steps} requests per lifecycle): ${ours.toFixed(1)} lifecycles/s, server CPU ${oursCpu.toFixed(2)} ms a lifecycle`,
);
console.log(`CPU of one transition: ${(oursCpu / steps).toFixed(2)} ms (floor ${(floorCpu / steps).toFixed(2)} ms; target ≤ 1.5 ms)`);
console.log(
  `  of which the event loop's thread: ${(loopCpuMs / total / steps).toFixed(2)} ms; other threads (garbage collection, fsyncs, checkpoints): ${((httpCpuMs - loopCpuMs) / total / steps).toFixed(2)} ms`,
);
console.log(`p99 of one transition: ${at(0.99).toFixed(1)} ms (p50 ${at(0.5).toFixed(1)} ms; target p99 < 50 ms at 8 clients)`);
if (slowest) console.log(`  the slowest step at p99: ${slowest.step}, p99 ${slowest.p99.toFixed(1)} ms, p50 ${slowest.p50.toFixed(1)} ms`);
console.log(
  `SQL statements per request: ${(serverStatementsInRuns / requests).toFixed(1)} (floor ${(floorStatementsInRuns / (total * steps)).toFixed(1)} a step)`,
);
// HTTP alone: no handler can cost less than this, so the floor's step plus it bounds what any HTTP API reaches here
// (a lifecycle's nine health requests took healthSeconds / total, the floor's lifecycle 1 / floor)
const healthCpu = healthCpuMs / (total * steps);
console.log(
  `HTTP alone (GET /api/health, the same clients and connections): ${healthCpu.toFixed(2)} ms CPU a request, ${((total * steps) / healthSeconds).toFixed(0)} requests/s`,
);
console.log(
  `  a server doing nothing but the floor's writes behind HTTP would reach cpu_ratio ${(floorCpu / (floorCpu + healthCpu * steps)).toFixed(2)} and ratio ${(1 / (1 + (floor * healthSeconds) / total)).toFixed(2)}`,
);
console.log(`cpu_ratio=${(floorCpu / oursCpu).toFixed(2)} (floor CPU ÷ ours; target ≥ 0.3)`);
console.log(`ratio=${(ours / floor).toFixed(2)} rss_mb=${peakRssMb()}`);
