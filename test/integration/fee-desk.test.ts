import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPeriod } from '../../src/modules/fees/bill.rules.js';
import { billingEstate } from '../support/bill-runs.js';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { approvedStandard, type FeeFixture, openBills, totalsDrift } from '../support/fees.js';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/** Collection at the desk (A2.3, A2.4.1.1, A2.4.2.5): bills paid with a receipt from the cashier's book, cash held. */
let t: TestEnv;
let cuizhu: FeeFixture;
let jinse: FeeFixture;
let current: string;
const DESK_A = '收费台测试苑';
const DESK_B = '收费台预收苑';
const monthsBefore = (p: string, n: number) => {
  let [y, m] = p.split('-').map(Number) as [number, number];
  for (let i = 0; i < n; i++) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${y}-${String(m).padStart(2, '0')}`;
};

beforeAll(async () => {
  t = await startTestEnv();
  current = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now()).slice(0, 7);
  // estates of their own in office A and office B (the demo's 翠竹园 and 金色家园 have bills, payments and
  // standards of their own): one property standard and three open months at A, a standard two years on at B
  const estate = async (head: string, office: string, name: string) =>
    billingEstate(t, await t.login(head), { office, name, moveInMonth: '2020-01', standards: false, extraUnits: 12 });
  await estate('wangfang', 'office-a', DESK_A);
  cuizhu = await approvedStandard(t, DESK_A);
  await openBills(t, cuizhu, [monthsBefore(current, 3), monthsBefore(current, 2), monthsBefore(current, 1)]);
  // office B's estate's only standard starts two years on: nothing may be billed ahead there now
  await estate('zhaolei', 'office-b', DESK_B);
  jinse = await approvedStandard(t, DESK_B, { effectiveMonth: `${Number(current.slice(0, 4)) + 2}-01` });
  await openBills(t, jinse, [monthsBefore(current, 1)]);
});
afterAll(() => t.close());

const db = () => t.runtime.deps.db;
let used = 0;
/** A unit of the estate with open bills no other test has taken. */
async function unitWithBills(f: FeeFixture) {
  const rows = await db()
    .selectFrom('fee_bills')
    .select('unit_id')
    .where('estate_id', '=', f.estateId)
    .where('state', '=', 'open')
    .groupBy('unit_id')
    .orderBy('unit_id')
    .execute();
  return rows[used++]!.unit_id;
}
type DeskCard = { openBills: { id: string; period: string; dueFen: number }[]; totalDueFen: number; unit: { ownerName: string } };
const card = async (unitId: string, as = 'chenjing') => (await (await t.login(as)).get(`/api/fee-desk/units/${unitId}`)).body as DeskCard;

describe('the desk (A2.3, A2.4.1.1)', () => {
  it('shows a unit’s open bills oldest first with their total, and pays two of them with a receipt from the cashier’s book', async () => {
    const cashier = await t.login('chenjing');
    const unitId = await unitWithBills(cuizhu);
    const c = await card(unitId);
    expect(c.openBills.map((b) => b.period)).toEqual([monthsBefore(current, 3), monthsBefore(current, 2), monthsBefore(current, 1)]);
    expect(c.totalDueFen).toBe(c.openBills.reduce((s, b) => s + b.dueFen, 0));
    const two = c.openBills.slice(0, 2);
    const amountFen = two[0]!.dueFen + two[1]!.dueFen;
    const res = await cashier.post('/api/fee-payments', { unitId, billIds: two.map((b) => b.id), method: 'cash', amountFen });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ amountFen, method: 'cash', payer: c.unit.ownerName, cashierName: '陈静' });
    expect(res.body.bills.map((b: { period: string }) => b.period)).toEqual([monthsBefore(current, 3), monthsBefore(current, 2)]);
    // the receipt comes from chenjing's own book and lists each bill with its month and the unit
    const receipt = await db().selectFrom('receipts').selectAll().where('id', '=', res.body.receiptId).executeTakeFirstOrThrow();
    const book = await db().selectFrom('receipt_books').selectAll().where('id', '=', receipt.book_id).executeTakeFirstOrThrow();
    expect(book.cashier_id).toBe(await t.userId('chenjing'));
    expect(receipt.number).toBe(res.body.receiptNumber);
    expect(Number(receipt.amount_fen)).toBe(amountFen);
    const shown = (await cashier.get(`/api/receipts/${res.body.receiptId}`)).body as { items: { name: string; amountFen: number }[] };
    expect(shown.items.map((i) => i.name)).toEqual([
      expect.stringMatching(new RegExp(`^物业管理费 ${monthsBefore(current, 3)} .+\\d`)),
      expect.stringMatching(new RegExp(`^物业管理费 ${monthsBefore(current, 2)} `)),
    ]);
    const after = await card(unitId);
    expect(after.openBills.map((b) => b.period)).toEqual([monthsBefore(current, 1)]);
    expect(after.totalDueFen).toBe(c.totalDueFen - amountFen);
    // the cash is in chenjing's hands until she hands it over or remits it
    const holding = await db().selectFrom('cash_holdings').selectAll().where('payment_id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(holding).toMatchObject({ holder_id: await t.userId('chenjing'), receipt_id: res.body.receiptId });
    expect(Number(holding.amount_fen)).toBe(amountFen);
    // the printed receipt shows the months paid
    const printed = await cashier.get(`/api/receipts/${res.body.receiptId}/print?size=a4`);
    expect(printed.status).toBe(200);
    expect(printed.body).toContain(monthsBefore(current, 2));
    // the payment is in the list, its history readable
    const list = await cashier.get(`/api/fee-payments?unitId=${unitId}`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([res.body.id]);
    const history = await cashier.get(`/api/history/fee_payment/${res.body.id}`);
    expect(history.status).toBe(200);
  });

  it('takes WeChat without putting cash into anyone’s hands', async () => {
    const unitId = await unitWithBills(cuizhu);
    const c = await card(unitId);
    const res = await (await t.login('chenjing')).post('/api/fee-payments', {
      unitId,
      billIds: [c.openBills[0]!.id],
      method: 'wechat',
      amountFen: c.openBills[0]!.dueFen,
    });
    expect(res.status).toBe(201);
    expect(
      await db().selectFrom('cash_holdings').select('payment_id').where('payment_id', '=', res.body.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('puts the desk’s payments in the office’s reconciliation: receipted, and the cash owed to a remittance', async () => {
    const cashier = await t.login('chenjing');
    const unitId = await unitWithBills(cuizhu);
    const bill = (await card(unitId)).openBills[0]!;
    const paid = await cashier.post('/api/fee-payments', { unitId, billIds: [bill.id], method: 'cash', amountFen: bill.dueFen });
    expect(paid.status).toBe(201);
    const officeA = await t.org('office-a');
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    const report = (await (await t.login('wangfang')).get(`/api/reconciliation?officeId=${officeA}&from=${day}&to=${day}`)).body as {
      totals: Record<string, number>;
      differences: { kind: string; ref: string; amountFen: number }[];
    };
    // its receipt is the payment's, not a stray one; the cash is still with the cashier, so it is not remitted yet
    expect(report.differences.filter((d) => d.ref === paid.body.receiptNumber)).toEqual([]);
    expect(report.differences).toContainEqual(
      expect.objectContaining({ kind: 'payment_not_remitted', ref: paid.body.payer, amountFen: bill.dueFen }),
    );
    expect(report.totals.collectedFen).toBeGreaterThanOrEqual(bill.dueFen);
  });

  it('refuses an amount that is not what the bills are due, on the amount field, and writes nothing', async () => {
    const unitId = await unitWithBills(cuizhu);
    const c = await card(unitId);
    const receiptsBefore = (await db().selectFrom('receipts').select('id').execute()).length;
    const res = await (await t.login('chenjing')).post('/api/fee-payments', {
      unitId,
      billIds: [c.openBills[0]!.id],
      method: 'cash',
      amountFen: c.openBills[0]!.dueFen - 1,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('fee_payment.amount_mismatch');
    expect(res.body.errors[0].field).toBe('amountFen');
    expect((await card(unitId)).openBills).toHaveLength(3);
    expect((await db().selectFrom('receipts').select('id').execute()).length).toBe(receiptsBefore);
  });

  it('refuses a bill of another unit', async () => {
    const unitId = await unitWithBills(cuizhu);
    const other = await unitWithBills(cuizhu);
    const theirs = (await card(other)).openBills[0]!;
    const res = await (await t.login('chenjing')).post('/api/fee-payments', {
      unitId,
      billIds: [theirs.id],
      method: 'cash',
      amountFen: theirs.dueFen,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('fee_payment.bill_other_unit');
  });

  it('refuses a bill already paid, and of two cashiers taking the same bill at once only one gets it', async () => {
    const unitId = await unitWithBills(cuizhu);
    const bill = (await card(unitId)).openBills[0]!;
    const body = { unitId, billIds: [bill.id], method: 'cash', amountFen: bill.dueFen };
    const cashier = await t.login('chenjing');
    // the same cashier at a second desk (a second session)
    const other = new Agent(t.app);
    await other.post('/api/auth/login', { username: 'chenjing', password: DEMO_PASSWORD });
    const both = await Promise.all([cashier.post('/api/fee-payments', body), other.post('/api/fee-payments', body)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.code).toBe('bill.already_paid');
    const payments = await db().selectFrom('fee_payments').select('id').where('unit_id', '=', unitId).execute();
    expect(payments).toHaveLength(1);
    const again = await cashier.post('/api/fee-payments', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('bill.already_paid');
  });

  it('refuses a bill in a bank collection batch not yet returned', async () => {
    const unitId = await unitWithBills(cuizhu);
    const bill = (await card(unitId)).openBills[0]!;
    await db().updateTable('fee_bills').set({ bank_batch_id: '00000000-0000-7000-8000-000000000001' }).where('id', '=', bill.id).execute();
    const c = await card(unitId);
    expect(c.openBills.find((b) => b.id === bill.id)).toMatchObject({ inBankCollection: true });
    const res = await (await t.login('chenjing')).post('/api/fee-payments', {
      unitId,
      billIds: [bill.id],
      method: 'cash',
      amountFen: bill.dueFen,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('bill.in_bank_collection');
  });

  it('asks before a later month while an earlier one of the item stays owed, naming it; takes it once the clerk confirms', async () => {
    const cashier = await t.login('chenjing');
    const unitId = await unitWithBills(cuizhu);
    const [oldest, middle, latest] = (await card(unitId)).openBills;
    const body = { unitId, billIds: [latest!.id], method: 'cash', amountFen: latest!.dueFen };
    const receiptsBefore = (await db().selectFrom('receipts').select('id').execute()).length;
    const asked = await cashier.post('/api/fee-payments', body);
    expect(asked.status).toBe(409);
    expect(asked.body).toMatchObject({ code: 'fee_payment.earlier_month_owed', errors: [{ field: 'billIds' }] });
    expect(asked.body.detail).toContain(`物业管理费 ${oldest!.period}, 物业管理费 ${middle!.period}`);
    // nothing written: the three months still open, no receipt used
    expect((await card(unitId)).openBills).toHaveLength(3);
    expect((await db().selectFrom('receipts').select('id').execute()).length).toBe(receiptsBefore);
    // months ahead past an open month of the item ask too
    const ahead = await cashier.post('/api/fee-payments', { unitId, billIds: [], advanceMonths: 1, method: 'cash', amountFen: 1 });
    expect(ahead.body.code).toBe('fee_payment.earlier_month_owed');

    const taken = await cashier.post('/api/fee-payments', { ...body, confirmEarlierOwed: true });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect((await card(unitId)).openBills.map((b) => b.period)).toEqual([oldest!.period, middle!.period]);
    // the payment's history says which months it left owed
    const created = (await cashier.get(`/api/history/fee_payment/${taken.body.id}`)).body[0];
    expect(created.after.earlierOwed.map((b: { period: string }) => b.period)).toEqual([oldest!.period, middle!.period]);
    // the oldest month alone is in order: no question
    const inOrder = await cashier.post('/api/fee-payments', { unitId, billIds: [oldest!.id], method: 'cash', amountFen: oldest!.dueFen });
    expect(inOrder.status).toBe(201);
  });

  it('bills months ahead from the standard in force and pays them; a later bill run makes nothing twice', async () => {
    const cashier = await t.login('chenjing');
    const unitId = await unitWithBills(cuizhu);
    const c = await card(unitId);
    const preview = await cashier.get(`/api/fee-desk/units/${unitId}/advance?months=3`);
    expect(preview.status).toBe(200);
    expect(preview.body.bills.map((b: { period: string }) => b.period)).toEqual([
      current,
      nextPeriod(current),
      nextPeriod(nextPeriod(current)),
    ]);
    const amountFen = c.totalDueFen + preview.body.totalFen;
    const res = await cashier.post('/api/fee-payments', {
      unitId,
      billIds: c.openBills.map((b) => b.id),
      advanceMonths: 3,
      method: 'cash',
      amountFen,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.bills).toHaveLength(6);
    expect((await card(unitId)).openBills).toEqual([]);
    // the month's run later: the unit's bill of this month is there already, so it is not made again
    await openBills(t, cuizhu, [current, nextPeriod(current)]);
    const mine = await db()
      .selectFrom('fee_bills')
      .select(['period', 'state'])
      .where('unit_id', '=', unitId)
      .where('period', '>=', current)
      .execute();
    expect(mine.map((b) => b.state).sort()).toEqual(['paid', 'paid', 'paid']);
    // and the next months ahead start after the months already paid
    const next = await cashier.get(`/api/fee-desk/units/${unitId}/advance?months=1`);
    expect(next.body.bills[0].period).toBe(nextPeriod(nextPeriod(nextPeriod(current))));
  });

  it('refuses months ahead with no approved standard in force', async () => {
    const cashier = await t.login('huangli');
    const unitId = await unitWithBills(jinse);
    const c = await card(unitId, 'huangli');
    const res = await cashier.post('/api/fee-payments', {
      unitId,
      billIds: c.openBills.map((b) => b.id),
      advanceMonths: 1,
      method: 'cash',
      amountFen: c.totalDueFen,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('fee_payment.no_standard');
    expect(res.body.errors[0].field).toBe('advanceMonths');
    expect((await card(unitId, 'huangli')).openBills).toHaveLength(1);
  });

  it('answers 404 for a unit of another office and 403 to those who do not collect', async () => {
    const unitId = await unitWithBills(cuizhu);
    const bill = (await card(unitId)).openBills[0]!;
    const body = { unitId, billIds: [bill.id], method: 'cash', amountFen: bill.dueFen };
    const huangli = await t.login('huangli');
    expect((await huangli.get(`/api/fee-desk/units/${unitId}`)).status).toBe(404);
    expect((await huangli.post('/api/fee-payments', body)).status).toBe(404);
    const head = await t.login('wangfang');
    expect((await head.get(`/api/fee-desk/units/${unitId}`)).status).toBe(403);
    expect((await head.post('/api/fee-payments', body)).status).toBe(403);
    // the office head still reads the office's payments; office B's cashier never sees office A's
    expect((await head.get('/api/fee-payments')).body.total).toBeGreaterThan(0);
    const theirs = (await huangli.get('/api/fee-payments')).body.items as { estateName: string }[];
    expect(theirs.every((p) => p.estateName !== '翠竹园' && p.estateName !== DESK_A)).toBe(true);
  });

  it('refuses a payment by a cashier without a receipt book, and writes nothing', async () => {
    const admin = await t.login('admin');
    const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
    const user = await admin.post('/api/users', {
      username: 'desk_new',
      displayName: '新收费员',
      orgId: await t.org('office-a'),
      password: 'desk-pass-2026',
    });
    await admin.post(`/api/users/${user.body.id}/grants`, {
      roleId: roles.find((r) => r.code === 'cashier')!.id,
      orgId: await t.org('office-a'),
    });
    const unitId = await unitWithBills(cuizhu);
    const before = (await card(unitId)).openBills;
    const bill = before[0]!;
    const res = await (await t.login('desk_new', 'desk-pass-2026')).post('/api/fee-payments', {
      unitId,
      billIds: [bill.id],
      method: 'cash',
      amountFen: bill.dueFen,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('receipt.no_open_book');
    expect((await card(unitId)).openBills).toEqual(before);
  });

  it('exports the payments the list shows as Excel', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/fee-payments/export.xlsx?method=cash',
      headers: { cookie: `gj_session=${(await t.login('chenjing')).cookie}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
  });

  it('moved the collection rate’s totals with every payment it took, months ahead included', async () => {
    expect(await totalsDrift(t)).toEqual([]);
  });
});
