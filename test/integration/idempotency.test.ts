import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Order = Awaited<ReturnType<typeof driveTo>>;
const payBody = (o: Order, change: object = {}) => ({ version: o.version, amountFen: o.totalFen, method: 'cash', ...change });
const pay = (who: Agent, o: Order, key: string, change: object = {}) =>
  who.request('POST', `/api/orders/${o.id}/pay`, payBody(o, change), { 'idempotency-key': key });
/** The owner's particulars as the demo's requests carry them (test/support/orders.ts). */
const OWNER = ['李先生', '13912345678', '翠竹园3栋1201'];
const leaksOwner = (body: unknown) => OWNER.some((s) => JSON.stringify(body).includes(s));

/** A cashier's paid order at office A and a remittance body for its cash. */
async function paidAtOfficeA(key: string) {
  const cashier = await t.login('chenjing');
  const o = await driveTo(t, 'accepted');
  const paid = await pay(cashier, o, key);
  expect(paid.status).toBe(200);
  const remittance = {
    officeId: await t.org('office-a'),
    paymentIds: [paid.body.payment.id as string],
    totalFen: o.totalFen,
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
  };
  return { cashier, o, paid, remittance };
}

/** A front-desk payer at office A (no receipt book: payments without receipts) who may also mint API tokens. */
async function deskPayer(username: string) {
  const admin = await t.login('admin');
  const officeA = await t.org('office-a');
  const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
  const role =
    roles.find((r) => r.code === 'desk_payer') ??
    (await admin.post('/api/roles', { code: 'desk_payer', name: '前台收款', permissions: ['orders.read', 'orders.pay', 'tokens.manage'] }))
      .body;
  const user = await admin.post('/api/users', {
    username,
    displayName: '前台小王',
    orgId: officeA,
    password: 'desk-pass-123',
  });
  expect(user.status).toBe(201);
  const grants = await admin.post(`/api/users/${user.body.id}/grants`, { roleId: role.id, orgId: officeA });
  expect(grants.status).toBe(201);
  return { agent: await t.login(username, 'desk-pass-123'), userId: user.body.id as string, grantId: grants.body[0].id as string };
}

describe('Idempotency-Key belongs to its caller', () => {
  it('another office’s cashier who sends the key office A’s cashier paid with is refused as a stranger, not shown the order', async () => {
    const { o } = await paidAtOfficeA('pay-office-a-0001');
    const stranger = await t.login('huangli');
    const res = await pay(stranger, o, 'pay-office-a-0001');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('order.not_found');
    expect(leaksOwner(res.body)).toBe(false);
  });

  it('the same on a remittance: office B’s cashier does not get office A’s batch', async () => {
    const { cashier, remittance } = await paidAtOfficeA('pay-office-a-0002');
    const made = await cashier.request('POST', '/api/remittances', remittance, { 'idempotency-key': 'remit-office-a-0002' });
    expect(made.status).toBe(201);
    const stranger = await t.login('huangli');
    const res = await stranger.request('POST', '/api/remittances', remittance, { 'idempotency-key': 'remit-office-a-0002' });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(made.body.id);
    expect(JSON.stringify(res.body)).not.toContain('陈静');
  });

  it('a colleague in the same office with the same key makes their own request (here: the order was paid already)', async () => {
    const o = await driveTo(t, 'accepted');
    const cleaner = await t.login('sunxy');
    expect((await pay(cleaner, o, 'pay-colleague-0003')).status).toBe(200);
    const res = await pay(await t.login('chenjing'), o, 'pay-colleague-0003');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('record.version_conflict');
  });

  it('an API token’s keys are its own, not its owner’s session’s', async () => {
    const { agent: payer } = await deskPayer('deskpayer1');
    const minted = await payer.post('/api/tokens', { name: '收款接口', permissions: ['orders.read', 'orders.pay'] });
    expect(minted.status).toBe(201);
    const bearer = new Agent(t.app, { authorization: `Bearer ${minted.body.token}` });
    const o = await driveTo(t, 'accepted');
    expect((await pay(payer, o, 'pay-token-00004')).status).toBe(200);
    const viaToken = await pay(bearer, o, 'pay-token-00004');
    expect(viaToken.status).toBe(409);
    expect(viaToken.body.code).toBe('record.version_conflict');
    // the token's own use of that key string is a fresh key, which then replays for the token
    const other = await driveTo(t, 'accepted');
    const first = await pay(bearer, other, 'pay-token-00004');
    expect(first.status).toBe(200);
    const retry = await pay(bearer, other, 'pay-token-00004');
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.payment.id).toBe(first.body.payment.id);
  });
});

describe('a retry is authorised before it is answered', () => {
  it('a payer who lost their grant since gets 404 for the retry, not the order', async () => {
    const { agent: payer, userId, grantId } = await deskPayer('deskpayer2');
    const o = await driveTo(t, 'accepted');
    expect((await pay(payer, o, 'pay-revoked-0005')).status).toBe(200);
    const admin = await t.login('admin');
    expect((await admin.post(`/api/users/${userId}/grants/${grantId}/revoke`)).status).toBe(200);
    const retry = await pay(payer, o, 'pay-revoked-0005');
    expect(retry.status).toBe(403);
    expect(leaksOwner(retry.body)).toBe(false);
  });
});

describe('a key sent again with another request', () => {
  it('answers 422 idempotency.key_reused for another amount or method, and pays nothing', async () => {
    const o = await driveTo(t, 'accepted');
    const cleaner = await t.login('sunxy');
    expect((await pay(cleaner, o, 'pay-amount-0006')).status).toBe(200);
    for (const change of [{ amountFen: o.totalFen + 1 }, { method: 'wechat' }]) {
      const res = await pay(cleaner, o, 'pay-amount-0006', change);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('idempotency.key_reused');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'idempotency-key', code: 'idempotency.key_reused' })]);
    }
    const payments = await t.runtime.deps.db.selectFrom('order_payments').select('amount_fen').where('order_id', '=', o.id).execute();
    expect(payments.map((p) => Number(p.amount_fen))).toEqual([o.totalFen]);
  });

  it('answers 422 for a remittance with another period under the same key', async () => {
    const { cashier, remittance } = await paidAtOfficeA('pay-office-a-0007');
    expect((await cashier.request('POST', '/api/remittances', remittance, { 'idempotency-key': 'remit-period-0007' })).status).toBe(201);
    const res = await cashier.request(
      'POST',
      '/api/remittances',
      { ...remittance, periodTo: '2026-11-29' },
      { 'idempotency-key': 'remit-period-0007' },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency.key_reused');
  });
});

describe('a retry of the same request', () => {
  it('answers with the record as it is now, marked as replayed, and writes nothing', async () => {
    const { cashier, o, paid } = await paidAtOfficeA('pay-replay-00008');
    const closed = await cashier.post(`/api/orders/${o.id}/close`, { version: paid.body.version });
    expect(closed.body.state).toBe('closed');
    const retry = await pay(cashier, o, 'pay-replay-00008');
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toMatchObject({ id: o.id, state: 'closed', payment: { id: paid.body.payment.id } });
    expect(paid.headers['idempotent-replayed']).toBeUndefined();
    const history = (await cashier.get(`/api/history/order/${o.id}`)).body.map((e: { action: string }) => e.action);
    expect(history.filter((a: string) => a === 'order.pay')).toHaveLength(1);
  });

  it('a remittance retried answers 201 with the same batch', async () => {
    const { cashier, remittance } = await paidAtOfficeA('pay-office-a-0009');
    const send = () => cashier.request('POST', '/api/remittances', remittance, { 'idempotency-key': 'remit-replay-0009' });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toMatchObject({
      id: first.body.id,
      paymentIds: remittance.paymentIds,
      officeName: '翠竹园管理处',
      totalFen: remittance.totalFen,
    });
  });
});
