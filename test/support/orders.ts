import type { Agent, TestEnv } from './harness.js';

/** A real 1×1 PNG, standing in for a signature drawn on screen. */
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export async function itemId(agent: Agent, code: string): Promise<string> {
  const items = (await agent.get('/api/service-items')).body as { id: string; code: string }[];
  const item = items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item.id;
}

/** A phone request for indoor cleaning at office A, taken by the environment supervisor. */
export async function requestCleaning(t: TestEnv, clerk: Agent, hours = 3) {
  const res = await clerk.post('/api/orders', {
    type: 'housekeeping',
    officeId: await t.org('office-a'),
    channel: 'phone',
    customerName: '李先生',
    customerPhone: '13912345678',
    address: '翠竹园3栋1201',
    description: '年底大扫除，重点是厨房',
    lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: hours }],
  });
  if (res.status !== 201) throw new Error(`intake failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Drives an order from request to `until` through the API, the way the office does it. */
export async function driveTo(t: TestEnv, until: 'quoted' | 'confirmed' | 'assigned' | 'in_progress' | 'completed' | 'accepted' | 'paid') {
  const clerk = await t.login('liuyang');
  const cleaner = await t.login('sunxy');
  let o = await requestCleaning(t, clerk);
  const step = async (agent: Agent, path: string, body: object = {}) => {
    const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    if (res.status !== 200) throw new Error(`${path} failed: ${JSON.stringify(res.body)}`);
    o = res.body;
  };
  const plan: [string, () => Promise<void>][] = [
    ['quoted', () => step(clerk, 'quote')],
    ['confirmed', () => step(clerk, 'confirm', { priceAccepted: true, staffCount: 1, appointmentStart: '2026-11-28T01:00:00.000Z' })],
    ['assigned', () => step(clerk, 'assign', { staff: [cleanerId] })],
    ['in_progress', () => step(cleaner, 'start')],
    ['completed', () => step(cleaner, 'finish')],
    ['accepted', () => step(cleaner, 'accept', { signerName: '李先生', signature: SIGNATURE_PNG })],
    ['paid', () => step(cleaner, 'pay', { amountFen: o.totalFen, method: 'cash' })],
  ];
  const cleanerId = await t.userId('sunxy');
  for (const [state, run] of plan) {
    await run();
    if (state === until) break;
  }
  return o;
}
