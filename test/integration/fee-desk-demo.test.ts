import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_SERIES } from '../../src/modules/fees/desk.demo.js';
import { receiptNumber } from '../../src/modules/money/receipt-book.rules.js';
import { totalsDrift } from '../support/fees.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

/** The desk's demo as every environment has it: over the bills demo's six months, after the money demo. */
let t: TestEnv;
const monthsBefore = (p: string, n: number) => {
  let [y, m] = p.split('-').map(Number) as [number, number];
  for (let i = 0; i < n; i++) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${y}-${String(m).padStart(2, '0')}`;
};
let periods: string[] = [];
/** The payments taken at the desk (a bank batch's paid lines are the bank part's, with no receipt). */
const deskPayments = () => t.runtime.deps.db.selectFrom('fee_payments').select('id').where('bank_batch_id', 'is', null).execute();

beforeAll(async () => {
  t = await startTestEnv();
  const current = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now()).slice(0, 7);
  periods = [6, 5, 4, 3, 2, 1].map((n) => monthsBefore(current, n));
}, 120_000);
afterAll(() => t.close());

describe('the desk’s demo', () => {
  it('pays most older bills, fewer recent ones, leaves a few units in arrears 4+ months and pays a couple ahead', async () => {
    const db = t.runtime.deps.db;
    expect((await deskPayments()).length).toBeGreaterThan(300);
    const bills = await db.selectFrom('fee_bills').select(['unit_id', 'period', 'state']).execute();
    const share = (p: string) => {
      const of = bills.filter((b) => b.period === p);
      return of.filter((b) => b.state === 'paid').length / of.length;
    };
    expect(share(periods[0]!)).toBeGreaterThan(0.85);
    expect(share(periods[5]!)).toBeLessThan(share(periods[0]!));
    const owing = new Map<string, number>();
    for (const b of bills) if (b.state === 'open') owing.set(b.unit_id, (owing.get(b.unit_id) ?? 0) + 1);
    expect([...owing.values()].filter((n) => n >= 4).length).toBeGreaterThan(2);
    expect(bills.filter((b) => b.period > periods[5]! && b.state === 'paid').length).toBeGreaterThanOrEqual(6);
  });

  it('writes every receipt from desk books numbered without a gap, each used up and settled by finance', async () => {
    const db = t.runtime.deps.db;
    const payments = await db
      .selectFrom('fee_payments as p')
      .innerJoin('receipts as r', 'r.id', 'p.receipt_id')
      .select(['p.method', 'r.number'])
      .execute();
    expect(payments.length).toBe((await deskPayments()).length);
    expect(new Set(payments.map((p) => p.method))).toEqual(new Set(['cash', 'wechat', 'alipay']));
    const numbers = payments.map((p) => p.number).sort();
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => receiptNumber(DESK_SERIES, i + 1)));

    const users = await db.selectFrom('users').select(['id', 'username']).execute();
    const name = (id: string | null) => users.find((u) => u.id === id)?.username;
    const desk = await db
      .selectFrom('receipt_books')
      .select(['first_no', 'last_no', 'next_no', 'state', 'cashier_id', 'settled_by'])
      .where('series', '=', DESK_SERIES)
      .orderBy('first_no')
      .execute();
    // the third book is chenjing's for the monthly-pass bills the parking demo pays at her desk
    expect(desk.map((b) => name(b.cashier_id))).toEqual(['chenjing', 'huangli', 'chenjing']);
    expect(Number(desk[0]!.first_no)).toBe(1);
    expect(Number(desk[1]!.first_no)).toBe(Number(desk[0]!.last_no) + 1);
    expect(Number(desk.at(-1)!.last_no)).toBe(numbers.length);
    for (const b of desk) {
      expect(b.state).toBe('settled');
      expect(Number(b.next_no)).toBe(Number(b.last_no) + 1);
      expect(b.settled_by).toBe('郑会计');
    }
  });

  it('leaves each cashier the money demo’s book untouched as their only open one', async () => {
    const db = t.runtime.deps.db;
    const open = await db
      .selectFrom('receipt_books as b')
      .innerJoin('users as u', 'u.id', 'b.cashier_id')
      .select(['u.username', 'b.series', 'b.first_no', 'b.next_no'])
      .where('b.state', '=', 'issued')
      .where('u.username', 'in', ['chenjing', 'huangli'])
      .orderBy('u.username')
      .execute();
    expect(open.map((b) => [b.username, b.series, Number(b.next_no) === Number(b.first_no)])).toEqual([
      ['chenjing', 'A', true],
      ['huangli', 'A', true],
    ]);
  });

  it('remits all the fee cash it took, this month’s too, and finance confirms every remittance', async () => {
    const db = t.runtime.deps.db;
    const cash = await db
      .selectFrom('fee_payments as p')
      .innerJoin('cash_holdings as h', 'h.payment_id', 'p.id')
      .leftJoin('remittances as r', 'r.id', 'h.remittance_id')
      .select(['h.amount_fen', 'r.state'])
      .execute();
    expect(cash.length).toBe((await db.selectFrom('fee_payments').select('id').where('method', '=', 'cash').execute()).length);
    expect(cash.length).toBeGreaterThan(200);
    expect(cash.filter((h) => h.state !== 'confirmed')).toEqual([]);
    const confirmed = await db.selectFrom('remittances').select('id').where('state', '=', 'confirmed').execute();
    expect(confirmed.length).toBeGreaterThanOrEqual(10);
  });

  it('counts every bill of the demo in the collection rate’s totals, as its bills sum', async () => {
    expect(await totalsDrift(t)).toEqual([]);
  });
});
