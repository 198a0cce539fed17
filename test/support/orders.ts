import { PNG } from 'pngjs';
import { demoSignature } from '../../src/seed/demo.signature.js';
import type { Agent, TestEnv } from './harness.js';

/** A drawn signature (strokes on white), as the signature pad sends it. */
export const SIGNATURE_PNG = demoSignature(7);

/** A PNG of w×h in one colour (default: a blank, white signature pad). */
export function plainPng(w: number, h: number, rgba: [number, number, number, number] = [255, 255, 255, 255]): string {
  const img = new PNG({ width: w, height: h });
  for (let i = 0; i < w * h; i++) img.data.set(rgba, i * 4);
  return `data:image/png;base64,${PNG.sync.write(img).toString('base64')}`;
}

/** The PNG file header followed by zeros: a forgery that passed while only the first bytes were checked. */
export const FORGED_PNG = `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(2048)]).toString('base64')}`;

export async function itemId(agent: Agent, code: string): Promise<string> {
  const items = (await agent.get('/api/service-items')).body as { id: string; code: string }[];
  const item = items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item.id;
}

/** A phone request for indoor cleaning at office A, taken by the environment supervisor. */
export async function requestCleaning(t: TestEnv, clerk: Agent, hours = 3, office = 'office-a') {
  const res = await clerk.post('/api/orders', {
    type: 'housekeeping',
    officeId: await t.org(office),
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
export async function driveTo(
  t: TestEnv,
  until: 'quoted' | 'confirmed' | 'assigned' | 'in_progress' | 'completed' | 'accepted' | 'paid',
  office: 'office-a' | 'office-b' = 'office-a',
) {
  // office B has no supervisor or cleaner in the demo: its head takes the request and an admin-made cleaner works
  const clerk = await t.login(office === 'office-a' ? 'liuyang' : 'zhaolei');
  const cleanerName = office === 'office-a' ? 'sunxy' : await cleanerOfB(t);
  const cleaner = await t.login(cleanerName, office === 'office-a' ? undefined : 'cleaner-pass');
  let o = await requestCleaning(t, clerk, 3, office);
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
  const cleanerId = await t.userId(cleanerName);
  for (const [state, run] of plan) {
    await run();
    if (state === until) break;
  }
  return o;
}

/** A cleaner at office B's 环境部 (the demo has none), made once per test database. */
async function cleanerOfB(t: TestEnv): Promise<string> {
  const exists = await t.runtime.deps.db.selectFrom('users').select('id').where('username', '=', 'cleaner_b').executeTakeFirst();
  if (!exists) await addCleaner(t, 'cleaner_b', '钱阿姨', 'office-b-env');
  return 'cleaner_b';
}

/** A cleaner made by the administrator in `orgCode` (password `cleaner-pass`); answers the new user's id. */
export async function addCleaner(t: TestEnv, username: string, displayName: string, orgCode: string): Promise<string> {
  const admin = await t.login('admin');
  const orgId = await t.org(orgCode);
  const user = await admin.post('/api/users', { username, displayName, orgId, password: 'cleaner-pass' });
  const role = ((await admin.get('/api/roles')).body as { id: string; code: string }[]).find((r) => r.code === 'cleaner')!;
  await admin.post(`/api/users/${user.body.id}/grants`, { roleId: role.id, orgId });
  return user.body.id;
}
