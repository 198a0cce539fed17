// The HTTP clients of bench/order-lifecycle.ts, in a process of their own: sign in, then drive lifecycles, a batch for
// each `{ run: count }` the bench sends, until it sends `'stop'`. Not a worker thread: V8 runs a thread's garbage
// collection and optimising compiler on threads the whole process shares, which the bench would count as the server's
// CPU. One process for every batch: a new one each round opened its connections and compiled its own code while the
// round's first requests were timed, and the intake (every lifecycle's first request) had the worst p99 of all steps.

/** The next message from the bench. */
const message = () => new Promise((resolve) => process.once('message', resolve));
// a drawn signature: the server decodes it and refuses a blank or forged one
const { base, clients, officeId, cleanerId, itemId, signature: SIGNATURE } = await message();

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
// signed in (password hashing is no part of a transition): the bench starts counting the server's CPU, then says run
process.send({ ready: true });
/** This batch's latencies, and by step (`orders` for the intake, else the command) for the slowest step's figures. */
let latencies = [];
let bySteps = {};

async function post(who, path, body) {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1', cookie: sessions[who] },
    body: JSON.stringify(body),
  });
  const ms = performance.now() - started;
  latencies.push(ms);
  const step = path.split('/').pop();
  const ofStep = bySteps[step] ?? [];
  ofStep.push(ms);
  bySteps[step] = ofStep;
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

/** Runs `fn` for `first`…`first + n - 1`, `clients` at a time; returns the seconds it took. */
async function inTurn(first, n, fn) {
  let next = first;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < first + n; i = next++) await fn(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Runs `n` lifecycles, `clients` at a time, and reports the batch's figures to the bench. */
async function batch(n, first) {
  latencies = [];
  bySteps = {};
  const seconds = await inTurn(first, n, lifecycleOverHttp);
  process.send({ seconds, latencies, bySteps, requests: latencies.length });
}

/**
 * `n` requests for `/api/health` by the same clients on the same connections: what HTTP alone costs the server (its
 * parsing, routing, hooks and answer), beside which a transition's own work is measured.
 */
async function healthBatch(n) {
  const seconds = await inTurn(0, n, async () => {
    const res = await fetch(`${base}/api/health`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`/api/health: ${res.status}`);
  });
  process.send({ seconds, requests: n });
}

let done = 0;
for (let m = await message(); m !== 'stop'; m = await message()) {
  if (m.health) await healthBatch(m.health);
  else {
    await batch(m.run, done);
    done += m.run;
  }
}
process.disconnect();
