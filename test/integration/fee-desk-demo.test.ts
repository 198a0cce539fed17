import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDeskPayments } from '../../src/modules/fees/desk.demo.js';
import { systemActor } from '../../src/platform/context.js';
import { approvedStandard, openBills } from '../support/fees.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

/** The desk's demo over six months of bills (made here by the fixture, as the bills part's demo would). */
let t: TestEnv;
let made = 0;
const monthsBefore = (p: string, n: number) => {
  let [y, m] = p.split('-').map(Number) as [number, number];
  for (let i = 0; i < n; i++) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${y}-${String(m).padStart(2, '0')}`;
};
let periods: string[] = [];
let current = '';

beforeAll(async () => {
  t = await startTestEnv();
  current = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now()).slice(0, 7);
  periods = [6, 5, 4, 3, 2, 1].map((n) => monthsBefore(current, n));
  for (const estate of ['翠竹园', '金色家园']) await openBills(t, await approvedStandard(t, estate), periods);
  const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  made = await seedDeskPayments({ ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null });
}, 120_000);
afterAll(() => t.close());

describe('the desk’s demo', () => {
  it('pays most older bills, fewer recent ones, leaves a few units in arrears 4+ months and pays a couple ahead', async () => {
    const db = t.runtime.deps.db;
    expect(made).toBeGreaterThan(300);
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

  it('issues every receipt from the desk books, leaves the cashiers’ other books alone and remits older months’ cash', async () => {
    const db = t.runtime.deps.db;
    const payments = await db.selectFrom('fee_payments').select(['receipt_id', 'method']).execute();
    expect(payments.every((p) => p.receipt_id)).toBe(true);
    expect(new Set(payments.map((p) => p.method))).toEqual(new Set(['cash', 'wechat', 'alipay']));
    const books = await db
      .selectFrom('receipt_books')
      .select(['series', 'first_no', 'next_no', 'cashier_id'])
      .where('cashier_id', 'is not', null)
      .execute();
    for (const b of books.filter((x) => x.series === 'A')) expect(Number(b.next_no)).toBe(Number(b.first_no));
    const confirmed = await db.selectFrom('remittances').select('state').where('state', '=', 'confirmed').execute();
    expect(confirmed.length).toBeGreaterThanOrEqual(8);
    // cash of this month only is still in the cashiers' hands
    const held = await db.selectFrom('cash_holdings').select('collected_at').where('remittance_id', 'is', null).execute();
    const monthStart = `${current}-01`;
    expect(held.every((h) => h.collected_at >= monthsBefore(monthStart.slice(0, 7), 0))).toBe(true);
  });
});
