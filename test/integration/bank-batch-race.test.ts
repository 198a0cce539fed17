import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedStandard, type FeeFixture, openBills } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { overlapping } from '../support/overlap.js';

/**
 * An adjustment asked for at the very moment a bank batch is exported (托收, A2.3): whichever comes first, a bill
 * the bank is asked for never has an adjustment awaiting the office head. On PostgreSQL the two truly overlap: the
 * tenant's audit head is held while the first request runs up to its commit and the second as far as it gets, then
 * let go. SQLite admits one writer at a time; there the two simply run in turn.
 */
let t: TestEnv;
let cashier: Agent; // 陈静: asks for adjustments, exports the batches
let fx: FeeFixture;
/** The two units of 翠竹园 with a mandate in this suite: unit[0]'s bill is the one adjusted. */
let units: string[];

beforeAll(async () => {
  t = await startTestEnv();
  cashier = await t.login('chenjing');
  fx = await approvedStandard(t, '翠竹园');
  const db = t.runtime.deps.db;
  // the demo's mandates would add their units' bills to the batch: this suite keeps its own
  await db.updateTable('bank_mandates').set({ state: 'cancelled' }).where('estate_id', '=', fx.estateId).execute();
  await openBills(t, fx, ['2023-11', '2023-12']);
  // the fixture's bills name a run that is not one (not a uuid): read through the API, they are bills of no run
  await db.updateTable('fee_bills').set({ run_id: null }).where('standard_id', '=', fx.standardId).execute();
  const billed = await db
    .selectFrom('fee_bills')
    .select('unit_id')
    .where('estate_id', '=', fx.estateId)
    .where('period', '=', '2023-11')
    .orderBy('unit_id')
    .limit(2)
    .execute();
  units = billed.map((b) => b.unit_id);
  for (const [i, unitId] of units.entries()) {
    const m = await cashier.post('/api/bank-mandates', {
      unitId,
      mandateNo: `T-RACE-000${i + 1}`,
      bankName: '中国工商银行',
      accountHolder: '测试业主',
      accountNo: `622202123456789${i}456`,
      signedDate: '2023-10-01',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
  }
});
afterAll(() => t.close());

const billOf = async (unitId: string, period: string) =>
  (
    await t.runtime.deps.db
      .selectFrom('fee_bills')
      .select('id')
      .where('unit_id', '=', unitId)
      .where('item_id', '=', fx.itemId)
      .where('period', '=', period)
      .executeTakeFirstOrThrow()
  ).id;

/** Bills in a bank batch with an adjustment awaiting approval: what the bank would collect at a stale amount. */
const batchedWhilePending = async () =>
  (
    await t.runtime.deps.db
      .selectFrom('fee_bills as f')
      .select('f.id')
      .where('f.estate_id', '=', fx.estateId)
      .where('f.bank_batch_id', 'is not', null)
      .where(sql<boolean>`exists (select 1 from fee_adjustments a where a.bill_id = f.id and a.state = 'pending')`)
      .execute()
  ).map((r) => r.id);

const ask = (billId: string) => () =>
  cashier.post(`/api/bills/${billId}/adjustments`, { amountFen: -1000, reason: '电梯停运，业主申请减免' });
const exportBatch = (period: string) => () => cashier.post('/api/bank-batches', { estateId: fx.estateId, period });

describe('an adjustment asked for while a bank batch is exported', () => {
  it('after the export took the bill: the adjustment is refused, the bill is with the bank', async () => {
    const billId = await billOf(units[0]!, '2023-11');
    const [exported, asked] = await overlapping(t, [exportBatch('2023-11'), ask(billId)]);
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    expect(exported.body.lines.map((l: { billId: string }) => l.billId)).toContain(billId);
    expect(exported.body.heldOut).toEqual([]);
    expect(asked.status, JSON.stringify(asked.body)).toBe(409);
    expect(asked.body.code).toBe('bill.in_bank_batch');
    expect(await batchedWhilePending()).toEqual([]);
  });

  it('before the export took the bill: the adjustment is kept and the export holds the bill out', async () => {
    const billId = await billOf(units[0]!, '2023-12');
    const [asked, exported] = await overlapping(t, [ask(billId), exportBatch('2023-12')]);
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(exported.status, JSON.stringify(exported.body)).toBe(201);
    expect(exported.body.lines.map((l: { billId: string }) => l.billId)).toEqual([await billOf(units[1]!, '2023-12')]);
    expect(exported.body.heldOut.map((b: { billId: string }) => b.billId)).toEqual([billId]);
    expect(await batchedWhilePending()).toEqual([]);
  });
});
