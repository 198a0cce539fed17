// The server under load (issue 22 item 4): `guanjia serve --demo` as a child process, and autocannon on loopback with
// 200 connections for a bounded time against the orders list, one order's detail (cycling through the first page)
// and intakes (a write each), after the floor: /api/health in the same run. Prints requests/s, p50/p99, errors and
// the server's resident memory before and after; the last line is `ratio=<list ÷ health> rss_mb=<server after>`.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { arg, benchDatabase } from './support.js';

const engine = arg('engine', 'sqlite');
const connections = Number(arg('connections', '200'));
const seconds = Number(arg('seconds', '10'));
const user = arg('user', 'wangfang');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** The server's resident memory in MB (Linux /proc), or NaN elsewhere. */
function rssMb(child: ChildProcess): number {
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return Number.NaN;
  }
}

async function waitForHealth(base: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not answer /api/health within 2 minutes');
}

const database = await benchDatabase(engine);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['bin/guanjia.js', 'serve', '--demo'], {
  env: { ...process.env, ...database.env, PORT: String(port), HOST: '127.0.0.1', GUANJIA_LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForHealth(base, child);
  const dataDir = database.env.GUANJIA_DATA_DIR ?? '';
  const password = fs.readFileSync(path.join(dataDir, 'demo-password.txt'), 'utf8').trim();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
    body: JSON.stringify({ username: user, password }),
  });
  if (!login.ok) throw new Error(`sign-in as ${user}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('gj_session=')) ?? '').split(';')[0] ?? '';
  const headers = { cookie, 'x-guanjia-csrf': '1', 'content-type': 'application/json' };
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
  const rssBefore = rssMb(child);
  console.log(`engine=${engine} connections=${connections} seconds=${seconds} user=${user} server_rss_before_mb=${rssBefore}`);
  const rates: number[] = [];
  for (const s of scenarios) {
    const r = await autocannon({ url: base, connections, duration: seconds, headers, requests: s.requests });
    rates.push(r.requests.average);
    console.log(
      `${s.name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
        `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}, server rss ${rssMb(child)} MB`,
    );
  }
  const rssAfter = rssMb(child);
  console.log(`server_rss_after_mb=${rssAfter} (before ${rssBefore})`);
  console.log(`ratio=${((rates[1] ?? 0) / (rates[0] || 1)).toFixed(2)} rss_mb=${rssAfter}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await database.drop();
}
