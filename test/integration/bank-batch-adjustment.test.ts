import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAdjustment } from '../../src/modules/fees/bill.repo.js';
import { newId } from '../../src/platform/ids.js';
import { returnFileFrom } from '../support/bank.js';
import { approvedStandard, type FeeFixture, openBills, totalsDrift } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * Adjustments and bank collection (托收, A2.3). A bill whose adjustment awaits the office head is held out of a new
 * batch, and the page is told which before exporting: the bank is never asked for an amount about to change. A bill
 * already with the bank (in a batch exported before this rule) is collected
 * at what it was due at export, so the office head is told before approving, and approving waits for the return file.
 */
let t: TestEnv;
let cashier: Agent; // 陈静: asks for adjustments, keeps the batches
let head: Agent; // 王芳: decides adjustments
let fx: FeeFixture;
type Billed = { id: string; unitId: string; adjustmentId: string };
/** Bills whose adjustment was asked for before the export (held out). */
let waiting: Billed[];
/** Bills with no adjustment at export (collected by the first batch). */
let plain: { id: string; unitId: string }[];
/** The bills of the first batch, with an adjustment written after the export (as one from before the rule). */
let bills: Billed[];
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
    .limit(4)
    .execute();
  waiting = [];
  plain = [];
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
    if (i >= 2) {
      plain.push({ id: b.id, unitId: b.unit_id });
      continue;
    }
    const asked = await cashier.post(`/api/bills/${b.id}/adjustments`, { amountFen: -1000, reason: '电梯停运，业主申请减免' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    waiting.push({ id: b.id, unitId: b.unit_id, adjustmentId: asked.body.adjustments[0].id });
  }
});
afterAll(() => t.close());

const dueOf = async (billId: string) => (await head.get(`/api/bills/${billId}`)).body.dueFen as number;

describe('exporting a batch while adjustments await approval', () => {
  it('names before the export the bills it will hold out, and holds them out: the bank is asked only for settled amounts', async () => {
    const preview = await cashier.get(`/api/bank-batches/preview?estateId=${fx.estateId}&period=2023-11`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.lineCount).toBe(2);
    expect(preview.body.totalFen).toBe((await dueOf(plain[0]!.id)) + (await dueOf(plain[1]!.id)));
    expect(preview.body.heldOut).toEqual(
      waiting.map((b) =>
        expect.objectContaining({
          billId: b.id,
          unitId: b.unitId,
          unitLabel: expect.stringMatching(/栋/),
          itemName: '物业管理费',
          period: '2023-11',
          pendingAdjustmentFen: -1000,
        }),
      ),
    );
    expect(preview.body.heldOut[0].dueFen).toBe(await dueOf(waiting[0]!.id));

    const exported = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2023-11' });
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    batch = exported.body;
    expect(batch.lines.map((l) => l.billId).sort()).toEqual(plain.map((b) => b.id).sort());
    expect(exported.body.heldOut.map((b: { billId: string }) => b.billId)).toEqual(waiting.map((b) => b.id));
    // the held-out bills stay at the desk, and their adjustments may be approved at once
    const held = (await head.get(`/api/bills/${waiting[0]!.id}`)).body;
    expect(held).toMatchObject({ state: 'open', bankBatch: null });
    expect(held.adjustments[0].abilities).toEqual({ approve: true, reject: true });
    // an export with nothing left but held-out bills says so, rather than that there is nothing to collect
    const again = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2023-11' });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('bank_batch.all_held_out');
    expect(again.body.errors[0]).toMatchObject({ field: 'period', code: 'bank_batch.all_held_out' });
  });
});

describe('an adjustment of a bill the bank is collecting', () => {
  beforeAll(async () => {
    // an adjustment asked for before bills were held out of batches (one asked for during an export waits for it:
    // bank-batch-race.test.ts)
    bills = [];
    for (const b of plain) {
      const id = newId();
      await insertAdjustment(t.runtime.deps.db, fx.tenantId, {
        id,
        billId: b.id,
        officeId: fx.officeId,
        amountFen: -1000,
        reason: '电梯停运，业主申请减免',
        state: 'pending',
        requestedBy: 'system',
        requestedByName: '陈静',
        requestedAt: new Date().toISOString(),
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
        decisionNote: null,
        version: 1,
      });
      bills.push({ ...b, adjustmentId: id });
    }
  });

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

describe('the bills held out, once their adjustments are decided', () => {
  it('go into the next batch at what is due after the decision', async () => {
    const approved = await head.post(`/api/fee-adjustments/${waiting[0]!.adjustmentId}/approve`, { version: 1 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const rejected = await head.post(`/api/fee-adjustments/${waiting[1]!.adjustmentId}/reject`, { version: 1, note: '不符合减免条件' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const preview = (await cashier.get(`/api/bank-batches/preview?estateId=${fx.estateId}&period=2023-11`)).body;
    expect(preview.heldOut).toEqual([]);
    const next = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2023-11' });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    const asked = Object.fromEntries(next.body.lines.map((l: { billId: string; amountFen: number }) => [l.billId, l.amountFen]));
    expect(approved.body.adjustmentFen).toBe(-1000);
    expect(asked[waiting[0]!.id]).toBe(approved.body.dueFen);
    expect(asked[waiting[1]!.id]).toBe(await dueOf(waiting[1]!.id));
    expect(next.body.heldOut).toEqual([]);
    expect(await totalsDrift(t)).toEqual([]);
  });
});
