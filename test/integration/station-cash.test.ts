import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
  // the visit's drip is written as clock times: run it at 10:00 in Shanghai, clear of midnight
  const next10 = new Date(t.clock.now());
  next10.setUTCHours(2, 0, 0, 0);
  if (next10 <= t.clock.now()) next10.setUTCDate(next10.getUTCDate() + 1);
  t.clock.set(next10);
});
afterAll(() => t.close());

const CHECKS = {
  checkPatient: true,
  checkDrug: true,
  checkDose: true,
  checkRoute: true,
  checkTime: true,
  checkExpiry: true,
  checkAppearance: true,
  risksExplained: true,
};
const clockTime = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

/** A home-infusion visit of the station (翠竹社区卫生服务站), done by 许护士 and paid to her in cash on the spot. */
async function visitPaidToTheNurse() {
  const db = t.runtime.deps.db;
  const patient = await db.selectFrom('infusion_patients').select('id').where('name', '=', '王秀兰').executeTakeFirstOrThrow();
  const physicianOrder = await db
    .selectFrom('infusion_physician_orders')
    .select('id')
    .where('patient_id', '=', patient.id)
    .executeTakeFirstOrThrow();
  const head = await t.login('luzr');
  const nurse = await t.login('xuhs');
  const created = await head.post('/api/orders', {
    type: 'infusion_visit',
    officeId: await t.org('chc-s1'),
    channel: 'phone',
    customerName: '王秀兰',
    customerPhone: '0755-26001234',
    address: '翠竹园 3 栋 502',
    appointmentStart: '2026-12-05T01:00:00.000Z',
    lines: [
      { itemId: await itemId(head, 'infusion-iv-home'), quantity: 1 },
      { itemId: await itemId(head, 'infusion-callout'), quantity: 1 },
    ],
    details: { patientId: patient.id, physicianOrderId: physicianOrder.id },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let o = created.body;
  const step = async (agent: Agent, path: string, body: object = {}) => {
    const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    o = res.body;
  };
  await step(head, 'assign', { staff: [await t.userId('xuhs')] });
  await step(nurse, 'depart');
  await step(nurse, 'arrive');
  await step(nurse, 'start', { details: CHECKS });
  const startedAt = Date.parse(o.startedAt);
  t.clock.advance(80 * 60_000);
  await step(nurse, 'finish', {
    details: { infusionStart: clockTime(startedAt + 5 * 60_000), infusionEnd: clockTime(startedAt + 75 * 60_000), observations: '无不适' },
  });
  await step(nurse, 'accept', { signerName: '李红', signature: SIGNATURE_PNG });
  await step(nurse, 'pay', { amountFen: o.totalFen, method: 'cash' });
  return o as { id: string; officeId: string; totalFen: number; payment: { id: string } };
}

describe('a station’s nurse hands her visit’s cash along the unit’s real cash path (A7.4.7, A5.7)', () => {
  it('to the cashier of the centre above the station, which has no supervisor and no cashier of its own', async () => {
    const o = await visitPaidToTheNurse();
    const nurse = await t.login('xuhs');
    const receivers = await nurse.get(`/api/handovers/receivers?officeId=${o.officeId}`);
    expect(receivers.status).toBe(200);
    expect(receivers.body).toMatchObject({ relay: true, giverRole: 'staff', formRequired: true });
    expect(receivers.body.items).toEqual([
      { id: await t.userId('wusf'), displayName: '吴收费', orgName: '安居社区卫生服务中心', role: 'cashier' },
    ]);

    // the centre's head arranges the visits but is not a step of the nurse's cash
    const toHead = await nurse.post('/api/handovers', { toUserId: await t.userId('luzr'), paymentIds: [o.payment.id], withForm: true });
    expect(toHead.status).toBe(422);
    expect(toHead.body.errors[0]).toMatchObject({ field: 'toUserId', code: 'handover.relay_broken' });
    // nor another unit's cashier
    const elsewhere = await nurse.post('/api/handovers', {
      toUserId: await t.userId('chenjing'),
      paymentIds: [o.payment.id],
      withForm: true,
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].field).toBe('toUserId');

    const offer = await nurse.post('/api/handovers', { toUserId: await t.userId('wusf'), paymentIds: [o.payment.id], withForm: true });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const cashier = await t.login('wusf');
    expect((await cashier.post(`/api/handovers/${offer.body.id}/confirm`)).status).toBe(200);
    // the cashier holds it now, with its receipt from the centre's book
    const held = (
      (await cashier.get('/api/cash-in-hand')).body as { holderName: string; payments: { paymentId: string; receiptId: string | null }[] }[]
    )
      .find((h) => h.holderName === '吴收费')!
      .payments.find((p) => p.paymentId === o.payment.id);
    expect(held?.receiptId).toBeTruthy();
  });

  it('keeps the office’s own relay where it has a supervisor: the cleaner’s cash goes to her supervisor, not the cashier', async () => {
    const cleaner = await t.login('sunxy');
    const r = await cleaner.get(`/api/handovers/receivers?officeId=${await t.org('office-a')}`);
    expect(r.body.items.map((p: { displayName: string; role: string }) => [p.displayName, p.role])).toEqual(
      expect.arrayContaining([['刘洋', 'supervisor']]),
    );
    expect(r.body.items.every((p: { role: string }) => p.role === 'supervisor')).toBe(true);
  });
});
