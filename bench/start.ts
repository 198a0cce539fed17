// Start and idle memory (issue 13 item 5): the server as `npm start` starts it (package.json's `start` script, spawned
// as a child), timed from the spawn to the first healthy answer of `/api/health`. Cold: the first start on an empty
// data folder (it migrates and seeds the demo). Warm: later starts on that folder (the median of `--starts`). Then
// the idle resident memory of the server (and anything it started) once it has stood `--idle` seconds. The floor, in
// the same run: a bare Node `http` server answering `/api/health`. Targets: warm start < 2 s, idle RSS ≤ 120 MB.
// It stands on to `--settle` seconds (60) and gives its RSS then too: V8 gives back the young generation's reserve
// and shrinks its heap only once the process has been idle a while (its memory reducer), 20–30 s on this machine.
// The last line is `ratio=<floor's warm start ÷ ours> rss_mb=<our idle RSS> settled_rss_mb=<after --settle s>`.
import { startServer, treeRssMb } from './server-child.js';
import { arg, benchDatabase } from './support.js';

const engine = arg('engine', 'sqlite');
const starts = Number(arg('starts', '3'));
const idleSeconds = Number(arg('idle', '10'));
const settleSeconds = Math.max(idleSeconds, Number(arg('settle', '60')));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FLOOR = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); })
  .listen(Number(process.env.PORT), process.env.HOST);`;
const floorCommand = { program: process.execPath, args: ['-e', FLOOR], script: 'node -e <http server>' };

/** Starts `times` servers one after the other; returns each start's ms and the idle RSS of the last one, and its settled RSS. */
async function measure(env: Record<string, string>, times: number, command?: typeof floorCommand) {
  const ms: number[] = [];
  let rss = Number.NaN;
  let settled = Number.NaN;
  for (let i = 0; i < times; i++) {
    const server = await startServer(env, command);
    ms.push(server.startMs);
    if (i === times - 1) {
      await sleep(idleSeconds * 1000);
      rss = treeRssMb(server.child.pid ?? 0);
      await sleep((settleSeconds - idleSeconds) * 1000);
      settled = treeRssMb(server.child.pid ?? 0);
    }
    await server.stop();
  }
  return { ms, rss, settled };
}

const database = await benchDatabase(engine);
try {
  const floor = await measure(database.env, starts, floorCommand);
  const cold = await measure(database.env, 1);
  const warm = await measure(database.env, starts);
  const floorMs = median(floor.ms);
  const warmMs = median(warm.ms);
  console.log(`engine=${engine} starts=${starts} idle=${idleSeconds}s`);
  console.log(`floor (bare node http server): start ${floorMs.toFixed(0)} ms, idle RSS ${floor.rss} MB (${floor.settled} MB settled)`);
  console.log(`cold start (empty data folder: migrate and seed the demo): ${(cold.ms[0] ?? 0).toFixed(0)} ms`);
  console.log(
    `warm start to healthy: median ${warmMs.toFixed(0)} ms (${warm.ms.map((m) => m.toFixed(0)).join(', ')}); target < 2000 ms: ` +
      `${warmMs < 2000 ? 'met' : 'not met'}`,
  );
  console.log(
    `idle RSS after a warm start (${idleSeconds} s idle): ${warm.rss} MB; target ≤ 120 MB: ${warm.rss <= 120 ? 'met' : 'not met'}`,
  );
  console.log(
    `idle RSS after ${settleSeconds} s idle (settled): ${warm.settled} MB; target ≤ 120 MB: ${warm.settled <= 120 ? 'met' : 'not met'}`,
  );
  console.log(`ratio=${(floorMs / warmMs).toFixed(2)} rss_mb=${warm.rss} settled_rss_mb=${warm.settled}`);
} finally {
  await database.drop();
}
