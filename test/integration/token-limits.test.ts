import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { requestCleaning, SIGNATURE_PNG } from '../support/orders.js';

/**
 * An API token never does more than the permissions chosen for it, also on the paths where being on
 * an order or holding cash stands in for a grant (issue 10, item 2).
 */
let t: TestEnv;
let worker: Agent; // the person, signed in
let keeperToken: Agent; // their token limited to tokens.manage
let workToken: Agent; // their token limited to orders.work
let workerId: string;

beforeAll(async () => {
  t = await startTestEnv();
  const admin = await t.login('admin');
  const env = await t.org('office-a-env');
  const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
  const keeper = await admin.post('/api/roles', { code: 'token_keeper', name: '接口令牌管理', permissions: ['tokens.manage'] });
  const made = await admin.post('/api/users', { username: 'tok_cleaner', displayName: '令牌保洁', orgId: env, password: 'worker-pass-1' });
  workerId = made.body.id;
  await admin.post(`/api/users/${workerId}/grants`, { roleId: roles.find((r) => r.code === 'cleaner')!.id, orgId: env });
  await admin.post(`/api/users/${workerId}/grants`, { roleId: keeper.body.id, orgId: env });
  worker = await t.login('tok_cleaner', 'worker-pass-1');
  const bearer = async (permissions: string[]) => {
    const res = await worker.post('/api/tokens', { name: permissions.join(' '), permissions });
    expect(res.status).toBe(201);
    return new Agent(t.app, { authorization: `Bearer ${res.body.token}` });
  };
  keeperToken = await bearer(['tokens.manage']);
  workToken = await bearer(['orders.work']);
});
afterAll(() => t.close());

/** An order at office A assigned to the worker by the environment supervisor. */
async function assignedToWorker() {
  const clerk = await t.login('liuyang');
  let o = await requestCleaning(t, clerk);
  for (const [step, body] of [
    ['quote', {}],
    ['confirm', { priceAccepted: true, staffCount: 1, appointmentStart: '2026-11-28T01:00:00.000Z' }],
    ['assign', { staff: [workerId] }],
  ] as const) {
    const res = await clerk.post(`/api/orders/${o.id}/${step}`, { version: o.version, ...body });
    expect(res.status).toBe(200);
    o = res.body;
  }
  return o;
}

describe('a token limited to tokens.manage, of staff on an order', () => {
  it('does not see the order, nor move it a step, though its user may', async () => {
    const o = await assignedToWorker();
    const list = await keeperToken.get('/api/orders');
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    expect((await keeperToken.get('/api/orders?mine=true')).body.total).toBe(0);
    expect((await keeperToken.get(`/api/orders/${o.id}`)).status).toBe(403);
    const depart = await keeperToken.post(`/api/orders/${o.id}/depart`, { version: o.version });
    expect(depart.status).toBe(403);
    expect((await worker.get(`/api/orders/${o.id}`)).body).toMatchObject({ version: o.version, departedAt: null });

    // the same person's session, and a token given orders.work, may
    expect((await worker.get('/api/orders?mine=true')).body.items.map((x: { id: string }) => x.id)).toContain(o.id);
    const byWorkToken = await workToken.post(`/api/orders/${o.id}/depart`, { version: o.version });
    expect(byWorkToken.status).toBe(200);
    expect(byWorkToken.body.departedAt).not.toBeNull();
  });

  it('cannot record a payment, nor hold, hand over or see the cash of its user', async () => {
    let o = await assignedToWorker();
    for (const [step, body] of [
      ['start', {}],
      ['finish', {}],
      ['accept', { signerName: '李先生', signature: SIGNATURE_PNG }],
    ] as const) {
      o = (await worker.post(`/api/orders/${o.id}/${step}`, { version: o.version, ...body })).body;
    }
    expect(o.state).toBe('accepted');
    const pay = await keeperToken.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(pay.status).toBe(403);
    expect((await worker.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'accepted', payment: null });

    const paid = await worker.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(paid.status).toBe(200);
    const mine = (await worker.get('/api/cash-in-hand')).body as { holderId: string; payments: { paymentId: string }[] }[];
    const held = mine.find((h) => h.holderId === workerId)!.payments.map((p) => p.paymentId);
    expect(held.length).toBeGreaterThan(0);

    const seen = await keeperToken.get('/api/cash-in-hand');
    expect(seen.body.some((h: { holderId: string }) => h.holderId === workerId)).toBe(false);
    const offer = await keeperToken.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds: held });
    expect(offer.status).toBe(403);
    expect((await keeperToken.get('/api/handovers')).body).toEqual([]);
    expect((await worker.get('/api/handovers')).body).toEqual([]);
  });

  it('does not read its user’s notifications nor change their password', async () => {
    expect((await keeperToken.get('/api/notifications')).status).toBe(403);
    const change = await keeperToken.post('/api/auth/password', { currentPassword: 'worker-pass-1', newPassword: 'taken-over-1' });
    expect(change.status).toBe(403);
    expect((await t.anonymous().post('/api/auth/login', { username: 'tok_cleaner', password: 'worker-pass-1' })).status).toBe(200);
  });

  it('still does what it was given', async () => {
    expect((await keeperToken.get('/api/tokens')).status).toBe(403); // tokens are managed by a signed-in user
    expect((await worker.get('/api/tokens')).body).toHaveLength(2);
  });
});
