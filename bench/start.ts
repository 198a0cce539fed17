// Start and idle memory (issue 13 item 5): the server as `npm start` starts it (package.json's `start` script, spawned
// as a child), timed from the spawn to the first healthy answer of `/api/health`. Cold: the first start on an empty
// data folder (it migrates and seeds the demo). Warm: later starts on that folder (the median of `--starts`). Then
// the idle resident memory of `--servers` servers (3) started side by side (each on its own copy of the SQLite data
// folder; on PostgreSQL all on the database), read after they have stood `--idle` seconds (10) and again at `--settle`
// seconds (60): V8 gives back the young generation's reserve and shrinks its heap only once the process has been idle
// a while (its memory reducer), 20–30 s on this machine. One server's figure moved by 10–30 MB from run to run (malloc's
// arenas, the collector's timing): the median of several is the figure. The floor, in the same run: a bare Node `http`
// server answering `/api/health`. Targets: warm start < 2 s, idle RSS ≤ 120 MB.
// The last line is `ratio=<floor's warm start ÷ ours> rss_mb=<median idle RSS> settled_rss_mb=<median after --settle s>`.
import fs from 'node:fs';
import { startServer, treeRssMb } from './server-child.js';
import { arg, benchDatabase } from './support.js';

const engine = arg('engine', 'sqlite');
const starts = Number(arg('starts', '3'));
const serverCount = Math.max(1, Number(arg('servers', '3')));
const idleSeconds = Number(arg('idle', '10'));
const settleSeconds = Math.max(idleSeconds, Number(arg('settle', '60')));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FLOOR = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); })
  .listen(Number(process.env.PORT), process.env.HOST);`;
const floorCommand = { program: process.execPath, args: ['-e', FLOOR], script: 'node -e <http server>' };

/**
 * Starts `times` servers one after the other; returns each start's ms and, when `stand`, the idle RSS of the last one
 * and its settled RSS.
 */
async function measure(env: Record<string, string>, times: number, command?: typeof floorCommand, stand = true) {
  const ms: number[] = [];
  let rss = Number.NaN;
  let settled = Number.NaN;
  for (let i = 0; i < times; i++) {
    const server = await startServer(env, command);
    ms.push(server.startMs);
    if (stand && i === times - 1) {
      await sleep(idleSeconds * 1000);
      rss = treeRssMb(server.child.pid ?? 0);
      await sleep((settleSeconds - idleSeconds) * 1000);
      settled = treeRssMb(server.child.pid ?? 0);
    }
    await server.stop();
  }
  return { ms, rss, settled };
}

/**
 * The idle RSS of `count` servers started one after the other and left standing side by side: each after `idleSeconds`
 * and after `settleSeconds`. On SQLite each server but the first gets a copy of the data folder (one server holds a
 * folder's lock).
 */
async function sideBySide(env: Record<string, string>, count: number) {
  const copies: string[] = [];
  const envs = Array.from({ length: count }, (_, i) => {
    if (i === 0 || env.DATABASE_URL || !env.GUANJIA_DATA_DIR) return env;
    const copy = `${env.GUANJIA_DATA_DIR}-${i}`;
    fs.cpSync(env.GUANJIA_DATA_DIR, copy, { recursive: true });
    copies.push(copy);
    return { ...env, GUANJIA_DATA_DIR: copy };
  });
  const servers = [];
  try {
    for (const e of envs) servers.push(await startServer(e));
    await sleep(idleSeconds * 1000);
    const idle = servers.map((s) => treeRssMb(s.child.pid ?? 0));
    await sleep((settleSeconds - idleSeconds) * 1000);
    const settled = servers.map((s) => treeRssMb(s.child.pid ?? 0));
    return { idle, settled };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const c of copies) fs.rmSync(c, { recursive: true, force: true });
  }
}

const database = await benchDatabase(engine);
try {
  const floor = await measure(database.env, starts, floorCommand);
  const cold = await measure(database.env, 1, undefined, false);
  const warm = await measure(database.env, starts, undefined, false);
  const idle = await sideBySide(database.env, serverCount);
  const idleMb = median(idle.idle);
  const settledMb = median(idle.settled);
  const floorMs = median(floor.ms);
  const warmMs = median(warm.ms);
  console.log(`engine=${engine} starts=${starts} idle=${idleSeconds}s`);
  console.log(`floor (bare node http server): start ${floorMs.toFixed(0)} ms, idle RSS ${floor.rss} MB (${floor.settled} MB settled)`);
  console.log(`cold start (empty data folder: migrate and seed the demo): ${(cold.ms[0] ?? 0).toFixed(0)} ms`);
  console.log(
    `warm start to healthy: median ${warmMs.toFixed(0)} ms (${warm.ms.map((m) => m.toFixed(0)).join(', ')}); target < 2000 ms: ` +
      `${warmMs < 2000 ? 'met' : 'not met'}`,
  );
  const each = (xs: number[]) => `${xs.length} server${xs.length > 1 ? 's' : ''} side by side: ${xs.join(', ')} MB`;
  console.log(
    `idle RSS after a warm start (${idleSeconds} s idle): median ${idleMb} MB of ${each(idle.idle)}; target ≤ 120 MB: ` +
      `${idleMb <= 120 ? 'met' : 'not met'}`,
  );
  console.log(
    `idle RSS after ${settleSeconds} s idle (settled): median ${settledMb} MB of ${each(idle.settled)}; target ≤ 120 MB: ` +
      `${settledMb <= 120 ? 'met' : 'not met'}`,
  );
  console.log(`ratio=${(floorMs / warmMs).toFixed(2)} rss_mb=${idleMb} settled_rss_mb=${settledMb}`);
} finally {
  await database.drop();
}
