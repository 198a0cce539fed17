// N full order lifecycles (intake → quote → confirm → assign → start → finish → accept → pay → close)
// through the real HTTP API by C concurrent clients, against the floor: the same rows written directly
// through Kysely, one transaction per step, no HTTP. Prints lifecycles/s of both, their ratio, the p99 of
// one transition, and peak RSS.
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../src/platform/config.js';
import { newId } from '../src/platform/ids.js';
import { createApp, openRuntime } from '../src/runtime.js';
import { seedDemo } from '../src/seed/demo.js';
import { demoSignature } from '../src/seed/demo.signature.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const engine = arg('engine', 'sqlite');
const n = Number(arg('n', '200'));
const clients = Number(arg('clients', '8'));

const database = await benchDatabase(engine);
const runtime = await openRuntime(
  loadConfig({ ...process.env, ...database.env, GUANJIA_LOGIN_MAX_PER_MINUTE: '10000', GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' }),
);
// the clients sign in with the password the bench gives the demo users
await seedDemo(runtime.deps, { password: 'guanjia2026' });
const app = await createApp(runtime);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const { db } = runtime.deps;
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

/** Runs `count` direct lifecycles from `from` on with the same number of concurrent clients; returns seconds. */
async function runFloor(fn: (i: number) => Promise<void>, from: number, count: number): Promise<number> {
  let next = from;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < from + count; i = next++) await fn(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Runs `count` lifecycles over HTTP from a client thread; returns seconds and each request's latency. */
async function runHttp(count: number): Promise<{ seconds: number; latencies: number[] }> {
  // the clients run on their own thread, as real clients run on their own machines
  const worker = new Worker(new URL('./order-lifecycle.clients.mjs', import.meta.url), {
    workerData: { base, n: count, clients, officeId, cleanerId, itemId, signature: demoSignature(1) },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

// alternate the two in rounds, so a burst of noise on this shared machine hits both alike
const rounds = 4;
let floorSeconds = 0;
let httpSeconds = 0;
const latencies: number[] = [];
for (let r = 0; r < rounds; r++) {
  const count = Math.ceil(n / rounds);
  floorSeconds += await runFloor(lifecycleDirect, r * count, count);
  const http = await runHttp(count);
  httpSeconds += http.seconds;
  latencies.push(...http.latencies);
}
const floor = n / floorSeconds;
const ours = n / httpSeconds;
latencies.sort((a, b) => a - b);
const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
await app.close();
await runtime.close();
await database.drop();
console.log(`engine=${engine} lifecycles=${n} clients=${clients}`);
console.log(`floor (direct Kysely writes, no HTTP): ${floor.toFixed(1)} lifecycles/s`);
console.log(`ours (HTTP API, 9 requests per lifecycle): ${ours.toFixed(1)} lifecycles/s`);
console.log(`p99 of one transition: ${p99.toFixed(1)} ms (p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(1)} ms)`);
console.log(`ratio=${(ours / floor).toFixed(2)} rss_mb=${peakRssMb()}`);
