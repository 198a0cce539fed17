// The HTTP clients of bench/order-lifecycle.ts, on a worker thread: sign in, then drive lifecycles.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

// a drawn signature: the server decodes it and refuses a blank or forged one
const { base, n, clients, officeId, cleanerId, itemId, signature: SIGNATURE } = workerData;

async function login(username) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
    body: JSON.stringify({ username, password: 'guanjia2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login ${username} failed`);
  return cookie;
}
const sessions = { clerk: await login('liuyang'), cleaner: await login('sunxy'), cashier: await login('chenjing') };
// signed in (password hashing is no part of a transition): the bench starts counting the server's CPU, then says go
parentPort?.postMessage({ ready: true });
await new Promise((resolve) => parentPort?.once('message', resolve));
const latencies = [];

async function post(who, path, body) {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1', cookie: sessions[who] },
    body: JSON.stringify(body),
  });
  latencies.push(performance.now() - started);
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function lifecycleOverHttp(i) {
  let o = await post('clerk', '/api/orders', {
    type: 'housekeeping',
    officeId,
    channel: 'phone',
    customerName: `住户${i}`,
    lines: [{ itemId, quantity: 2 }],
  });
  const step = async (who, cmd, body = {}) => {
    o = await post(who, `/api/orders/${o.id}/${cmd}`, { version: o.version, ...body });
  };
  await step('clerk', 'quote');
  await step('clerk', 'confirm', {
    priceAccepted: true,
    customerPhone: '13900000000',
    address: '3栋1201',
    staffCount: 1,
    appointmentStart: '2026-11-28T01:00:00.000Z',
  });
  await step('clerk', 'assign', { staff: [cleanerId] });
  await step('cleaner', 'start');
  await step('cleaner', 'finish');
  await step('cleaner', 'accept', { signerName: '住户', signature: SIGNATURE });
  await step('cleaner', 'pay', { amountFen: o.totalFen, method: 'cash' });
  await step('cashier', 'close');
}

/** This thread's own CPU time in ms (Linux: /proc/thread-self/stat, in ticks of 10 ms), so the server's can be told apart. */
function threadCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

let next = 0;
const started = performance.now();
const cpu = threadCpuMs();
await Promise.all(
  Array.from({ length: clients }, async () => {
    for (let i = next++; i < n; i = next++) await lifecycleOverHttp(i);
  }),
);
parentPort?.postMessage({
  seconds: (performance.now() - started) / 1000,
  latencies,
  requests: latencies.length,
  clientCpuMs: threadCpuMs() - cpu,
});
