// The orders list and one order's detail (issue 13 item 4): the server as a child process started by `npm start`'s
// command on a fresh demo database, and autocannon on loopback at 1 and at 50 connections against the first page of
// `/api/orders` and the detail of the first 20 orders in turn, after the floor: `/api/health` in the same run, at the
// same connections. Prints requests/s, p50/p99 and the server's CPU per request (from /proc), and the requests/s one
// core would answer at that CPU cost; the last line is `ratio=<list ÷ health at 50 connections> rss_mb=<server after>`.
// `--orders N` first adds N older copies of the demo's orders (an office's years of work; the list's cost then shows
// whether it reads a page or sorts them all).
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { connect } from '../src/platform/db/connect.js';
import { signIn, startServer, treeCpuMs, treeRssMb } from './server-child.js';
import { arg, benchDatabase } from './support.js';

const engine = arg('engine', 'sqlite');
const seconds = Number(arg('seconds', '5'));
const user = arg('user', 'wangfang');
const levels = arg('connections', '1,50').split(',').map(Number);
const extraOrders = Number(arg('orders', '0'));

/** Adds `n` copies of the demo's orders, each a quarter of an hour older than the last, beside the running server. */
async function addOlderOrders(env: Record<string, string>, n: number) {
  const handle = connect({ databaseUrl: env.DATABASE_URL, dataDir: env.GUANJIA_DATA_DIR });
  try {
    const { db } = handle;
    const demo = await db.selectFrom('orders').selectAll().execute();
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let done = 0; done < n; done += 500) {
      const rows = Array.from({ length: Math.min(500, n - done) }, (_, k) => {
        const i = done + k;
        const o = demo[i % demo.length] as (typeof demo)[number];
        const at = new Date(start - i * 15 * 60_000).toISOString();
        return { ...o, id: `bench-${i}`, number: `${o.number}-B${i}`, requested_at: at, created_at: at, updated_at: at };
      });
      await db.insertInto('orders').values(rows).execute();
    }
    if (handle.engine === 'postgres') await sql`analyze orders`.execute(db);
  } finally {
    await handle.close();
  }
}

const database = await benchDatabase(engine);
const server = await startServer(database.env).catch(async (e) => {
  await database.drop();
  throw e;
});
const pid = server.child.pid ?? 0;
try {
  if (extraOrders > 0) await addOlderOrders(database.env, extraOrders);
  const headers = await signIn(server.base, database.env.GUANJIA_DATA_DIR ?? '', user);
  const page = (await (await fetch(`${server.base}/api/orders?pageSize=20`, { headers })).json()) as {
    items: { id: string }[];
    total?: number;
  };
  const ids = page.items.map((o) => o.id);
  if (ids.length === 0) throw new Error(`${user} sees no orders in the demo`);
  const scenarios: { name: string; requests: autocannon.Request[] }[] = [
    { name: 'health', requests: [{ method: 'GET', path: '/api/health' }] },
    { name: 'list', requests: [{ method: 'GET', path: '/api/orders?pageSize=20' }] },
    { name: 'detail', requests: ids.map((id) => ({ method: 'GET' as const, path: `/api/orders/${id}` })) },
  ];
  console.log(
    `engine=${engine} seconds=${seconds} user=${user} orders_visible=${page.total ?? '?'} server_rss_before_mb=${treeRssMb(pid)} ` +
      `(started by: ${server.command})`,
  );
  // a short warm-up of every route, so the first measured run does not pay for the JIT
  for (const s of scenarios) await autocannon({ url: server.base, connections: 4, amount: 200, headers, requests: s.requests });
  const rate = new Map<string, number>();
  for (const connections of levels) {
    for (const s of scenarios) {
      const cpu = treeCpuMs(pid);
      const r = await autocannon({ url: server.base, connections, duration: seconds, headers, requests: s.requests });
      const answered = r.requests.total;
      const cpuPerRequest = (treeCpuMs(pid) - cpu) / Math.max(1, answered);
      rate.set(`${s.name}@${connections}`, r.requests.average);
      console.log(
        `${s.name.padEnd(6)} at ${String(connections).padStart(2)} connection${connections === 1 ? ' ' : 's'}: ` +
          `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
          `server CPU ${cpuPerRequest.toFixed(2)} ms a request (${Math.round(1000 / cpuPerRequest)} req/s a core), ` +
          `non-2xx ${r.non2xx}, errors ${r.errors}`,
      );
    }
  }
  const top = Math.max(...levels);
  const list = rate.get(`list@${top}`) ?? 0;
  console.log(`target: the orders list ≥ 1,000 requests/s on one core (list at ${top} connections: ${Math.round(list)} req/s)`);
  console.log(`ratio=${(list / (rate.get(`health@${top}`) || 1)).toFixed(2)} rss_mb=${treeRssMb(pid)}`);
} finally {
  await server.stop();
  await database.drop();
}
