import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnFileFrom } from '../support/bank.js';
import { approvedStandard, type FeeFixture, openBills, totalsDrift } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * An adjustment asked for before its bill went to the bank (托收, A2.3): the bank collects what the bill was due at
 * export, so the office head is told before approving, and approving waits for the return file.
 */
let t: TestEnv;
let cashier: Agent; // 陈静: asks for adjustments, keeps the batches
let head: Agent; // 王芳: decides adjustments
let fx: FeeFixture;
let bills: { id: string; unitId: string; adjustmentId: string }[];
let batch: { id: string; number: string; lines: { lineNo: number; billId: string; amountFen: number }[] };

beforeAll(async () => {
  t = await startTestEnv();
  cashier = await t.login('chenjing');
  head = await t.login('wangfang');
  fx = await approvedStandard(t, '翠竹园');
  const db = t.runtime.deps.db;
  // the demo's mandates would add their units' bills to the batch: this suite keeps its own
  await db.updateTable('bank_mandates').set({ state: 'cancelled' }).where('estate_id', '=', fx.estateId).execute();
  await openBills(t, fx, ['2023-11']);
  // the fixture's bills name a run that is not one (not a uuid): read through the API, they are bills of no run
  await db.updateTable('fee_bills').set({ run_id: null }).where('standard_id', '=', fx.standardId).execute();
  const billed = await db
    .selectFrom('fee_bills')
    .select(['id', 'unit_id'])
    .where('estate_id', '=', fx.estateId)
    .where('period', '=', '2023-11')
    .orderBy('unit_id')
    .limit(2)
    .execute();
  bills = [];
  for (const [i, b] of billed.entries()) {
    const m = await cashier.post('/api/bank-mandates', {
      unitId: b.unit_id,
      mandateNo: `T-ADJ-000${i + 1}`,
      bankName: '中国工商银行',
      accountHolder: '测试业主',
      accountNo: `622202123456789${i}123`,
      signedDate: '2023-10-01',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    const asked = await cashier.post(`/api/bills/${b.id}/adjustments`, { amountFen: -1000, reason: '电梯停运，业主申请减免' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    bills.push({ id: b.id, unitId: b.unit_id, adjustmentId: asked.body.adjustments[0].id });
  }
  const exported = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2023-11' });
  expect(exported.status, JSON.stringify(exported.body)).toBe(201);
  batch = exported.body;
});
afterAll(() => t.close());

describe('an adjustment of a bill the bank is collecting', () => {
  it('is not offered for approval: the bill names its batch and why, only 驳回 is offered, and approving is refused', async () => {
    const bill = (await head.get(`/api/bills/${bills[0]!.id}`)).body;
    expect(bill.bankBatch).toMatchObject({ id: batch.id, number: batch.number, exportedAt: expect.any(String) });
    // nor may the cashier ask for another (refused as before: 409 bill.in_bank_batch)
    expect((await cashier.get(`/api/bills/${bills[0]!.id}`)).body.abilities.requestAdjustment).toBe(false);
    expect(bill.adjustments).toEqual([
      expect.objectContaining({ state: 'pending', amountFen: -1000, abilities: { approve: false, reject: true } }),
    ]);
    const approve = await head.post(`/api/fee-adjustments/${bills[0]!.adjustmentId}/approve`, { version: 1 });
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('bill.in_bank_batch');
    // nothing written: the bill is due what the batch will collect, the adjustment still waits
    const after = (await head.get(`/api/bills/${bills[0]!.id}`)).body;
    expect(after).toMatchObject({ adjustmentFen: 0, dueFen: batch.lines.find((l) => l.billId === bills[0]!.id)!.amountFen });
    expect(after.adjustments[0]).toMatchObject({ state: 'pending', version: 1 });
    // the bill list tells the same: the bill is with the bank
    expect((await head.get(`/api/bills?estateId=${fx.estateId}&adjustment=pending`)).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: bills[0]!.id, bankBatchId: batch.id, pendingAdjustments: 1 })]),
    );
  });

  it('after the return file: a bill the bank failed to collect is approved; one it collected can only be rejected', async () => {
    const csv = (await cashier.get(`/api/bank-batches/${batch.id}/file?format=csv`)).body as string;
    const failed = batch.lines.find((l) => l.billId === bills[0]!.id)!;
    const file = returnFileFrom(csv, { [failed.lineNo]: '余额不足' });
    expect((await cashier.post(`/api/bank-batches/${batch.id}/return`, { file, format: 'csv' })).status).toBe(200);

    const back = (await head.get(`/api/bills/${bills[0]!.id}`)).body;
    expect(back).toMatchObject({ state: 'open', bankBatch: null });
    expect((await cashier.get(`/api/bills/${bills[0]!.id}`)).body.abilities.requestAdjustment).toBe(true);
    expect(back.adjustments[0].abilities).toEqual({ approve: true, reject: true });
    const approved = await head.post(`/api/fee-adjustments/${bills[0]!.adjustmentId}/approve`, { version: 1 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ adjustmentFen: -1000, dueFen: failed.amountFen - 1000 });

    // the bank took the old amount: the reduction asked for is left to reject (an overpayment is refunded apart)
    const collected = (await head.get(`/api/bills/${bills[1]!.id}`)).body;
    expect(collected).toMatchObject({ state: 'paid', bankBatch: null });
    expect(collected.adjustments[0].abilities).toEqual({ approve: false, reject: true });
    const rejected = await head.post(`/api/fee-adjustments/${bills[1]!.adjustmentId}/reject`, {
      version: 1,
      note: '银行已按原金额扣款，另行退款',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body.adjustments[0]).toMatchObject({ state: 'rejected' });
    expect(await totalsDrift(t)).toEqual([]);
  });
});
