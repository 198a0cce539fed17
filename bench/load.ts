// The server under load (issue 22 item 4): `npm start`'s command (`guanjia serve --demo`) as a child process, and
// autocannon on loopback with 200 connections for a bounded time against the orders list, one order's detail (cycling
// through the first page) and intakes (a write each), after the floor: /api/health in the same run, every route
// warmed by 200 requests first. Prints requests/s, p50/p99, errors and the server's resident memory before and after;
// the last line is `ratio=<list ÷ health> rss_mb=<server after>`.
import autocannon from 'autocannon';
import { signIn, startServer, treeRssMb } from './server-child.js';
import { arg, benchDatabase } from './support.js';

const engine = arg('engine', 'sqlite');
const connections = Number(arg('connections', '200'));
const seconds = Number(arg('seconds', '10'));
const user = arg('user', 'wangfang');

const database = await benchDatabase(engine);
// the server as `npm start` starts it, on a fresh database and a free port
const server = await startServer(database.env).catch(async (e) => {
  await database.drop();
  throw e;
});
const { base } = server;
const rssMb = () => treeRssMb(server.child.pid ?? 0);
try {
  const headers = await signIn(base, database.env.GUANJIA_DATA_DIR ?? '', user);
  const page = (await (await fetch(`${base}/api/orders?pageSize=20`, { headers })).json()) as {
    items: { id: string; type: string; officeId: string }[];
  };
  const ids = page.items.map((o) => o.id);
  const sample = page.items.find((o) => o.type === 'housekeeping');
  if (!sample) throw new Error('no housekeeping order on the first page of the demo');
  const order = (await (await fetch(`${base}/api/orders/${sample.id}`, { headers })).json()) as { lines: { itemId: string }[] };
  const intake = JSON.stringify({
    type: 'housekeeping',
    officeId: sample.officeId,
    channel: 'phone',
    customerName: '压测住户',
    customerPhone: '13900000000',
    address: '翠竹园1栋101',
    description: '压测',
    lines: [{ itemId: order.lines[0]?.itemId, quantity: 1 }],
  });
  const tryIntake = await fetch(`${base}/api/orders`, { method: 'POST', headers, body: intake });
  if (tryIntake.status !== 201) throw new Error(`an intake as ${user}: ${tryIntake.status} ${await tryIntake.text()}`);

  const scenarios: { name: string; requests: autocannon.Request[] }[] = [
    { name: 'floor: GET /api/health', requests: [{ method: 'GET', path: '/api/health' }] },
    { name: 'GET /api/orders (first page of 20)', requests: [{ method: 'GET', path: '/api/orders?pageSize=20' }] },
    { name: 'GET /api/orders/:id (20 orders in turn)', requests: ids.map((id) => ({ method: 'GET' as const, path: `/api/orders/${id}` })) },
    { name: 'POST /api/orders (an intake each)', requests: [{ method: 'POST', path: '/api/orders', body: intake }] },
  ];
  // a short warm-up of every route, as bench:list does, so the first wave of 200 requests does not pay for the JIT
  // and its cost does not land in the p99 of a few seconds' run
  for (const s of scenarios) await autocannon({ url: base, connections: 4, amount: 200, headers, requests: s.requests });
  const rssBefore = rssMb();
  console.log(`engine=${engine} connections=${connections} seconds=${seconds} user=${user} server_rss_before_mb=${rssBefore}`);
  const rates: number[] = [];
  for (const s of scenarios) {
    const r = await autocannon({ url: base, connections, duration: seconds, headers, requests: s.requests });
    rates.push(r.requests.average);
    console.log(
      `${s.name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
        `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}, server rss ${rssMb()} MB`,
    );
  }
  const rssAfter = rssMb();
  console.log(`server_rss_after_mb=${rssAfter} (before ${rssBefore})`);
  console.log(`ratio=${((rates[1] ?? 0) / (rates[0] || 1)).toFixed(2)} rss_mb=${rssAfter}`);
} finally {
  await server.stop();
  await database.drop();
}
