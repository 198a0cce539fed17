import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageBucket, monthsOverdue } from '../../src/modules/fees/arrears.rules.js';
import { billingEstate } from '../support/bill-runs.js';
import { approvedStandard, type FeeFixture, openBills } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let headA: Agent;
let fA: FeeFixture;
let fB: FeeFixture;
// estates of its own in office A and B: the demo's 翠竹园 and 金色家园 have bills and arrears of their own
const ESTATE_A = '欠费测试苑';
const ESTATE_B = '欠费测试园';
const PERIODS = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

type Row = {
  unitId: string;
  estateName: string;
  buildingName: string;
  room: string;
  ownerName: string | null;
  ownerPhone: string | null;
  buckets: Record<string, number>;
  totalFen: number;
  bills: number;
  oldestPeriod: string;
};

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(new Date('2026-12-15T04:00:00.000Z'));
  const estate = async (head: string, office: string, name: string) =>
    billingEstate(t, await t.login(head), { office, name, moveInMonth: '2020-01', standards: false, extraUnits: 14 });
  await estate('wangfang', 'office-a', ESTATE_A);
  await estate('zhaolei', 'office-b', ESTATE_B);
  fA = await approvedStandard(t, ESTATE_A);
  fB = await approvedStandard(t, ESTATE_B);
  await openBills(t, fA, PERIODS);
  await openBills(t, fB, ['2026-11']);
  const db = t.runtime.deps.db;
  // pay some: every third unit of 翠竹园 has paid everything, every other unit paid 2026-10; one bill reduced to nothing
  const units = await db.selectFrom('estate_units').select('id').where('estate_id', '=', fA.estateId).orderBy('id').execute();
  for (const [i, u] of units.entries()) {
    if (i % 3 === 0)
      await db
        .updateTable('fee_bills')
        .set({ state: 'paid', paid_at: '2026-12-01T02:00:00.000Z', paid_period: '2026-12' })
        .where('unit_id', '=', u.id)
        .execute();
    else if (i % 2 === 0)
      await db
        .updateTable('fee_bills')
        .set({ state: 'paid', paid_at: '2026-11-02T02:00:00.000Z', paid_period: '2026-11' })
        .where('unit_id', '=', u.id)
        .where('period', '=', '2026-10')
        .execute();
  }
  const reduced = await db
    .selectFrom('fee_bills')
    .select(['id', 'amount_fen'])
    .where('estate_id', '=', fA.estateId)
    .where('state', '=', 'open')
    .where('period', '=', '2026-11')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('fee_bills')
    .set({ adjustment_fen: -Number(reduced.amount_fen) })
    .where('id', '=', reduced.id)
    .execute();
  headA = await t.login('wangfang');
});
afterAll(() => t.close());

async function allRows(agent: Agent, filter: string) {
  const rows: Row[] = [];
  let body: { items: Row[]; total: number; totals: { buckets: Record<string, number>; totalFen: number; bills: number } };
  for (let page = 1; ; page++) {
    const res = await agent.get(`/api/arrears?${filter}&page=${page}&pageSize=50`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    body = res.body;
    rows.push(...body.items);
    if (rows.length >= body.total || body.items.length === 0) break;
  }
  return { rows, totals: body!.totals, total: body!.total };
}

describe('arrears (欠费) per unit with ageing (A2.3)', () => {
  it('lists each unit’s open bills of past months by months overdue, the largest first, with totals equal to the sum of the rows', async () => {
    const db = t.runtime.deps.db;
    const { rows, totals, total } = await allRows(headA, `estateId=${fA.estateId}`);
    // the same answer from the bills themselves and the pure ageing rule
    const bills = await db
      .selectFrom('fee_bills')
      .select(['unit_id', 'period', 'amount_fen', 'adjustment_fen'])
      .where('estate_id', '=', fA.estateId)
      .where('state', '=', 'open')
      .execute();
    const expected = new Map<string, { buckets: Record<string, number>; total: number; bills: number; oldest: string }>();
    for (const b of bills) {
      const due = Number(b.amount_fen) + Number(b.adjustment_fen);
      const bucket = ageBucket(monthsOverdue(b.period, '2026-12'));
      if (!bucket || due <= 0) continue;
      const e = expected.get(b.unit_id) ?? { buckets: { m1: 0, m2to3: 0, m4to6: 0, over6: 0 }, total: 0, bills: 0, oldest: '9999-99' };
      e.buckets[bucket]! += due;
      e.total += due;
      e.bills += 1;
      if (b.period < e.oldest) e.oldest = b.period;
      expected.set(b.unit_id, e);
    }
    expect(total).toBe(expected.size);
    for (const r of rows) {
      const e = expected.get(r.unitId)!;
      expect(r).toMatchObject({ buckets: e.buckets, totalFen: e.total, bills: e.bills, oldestPeriod: e.oldest, estateName: ESTATE_A });
      expect(r.ownerName).toBeTruthy();
    }
    expect(rows.map((r) => r.totalFen)).toEqual([...rows.map((r) => r.totalFen)].sort((a, b) => b - a));
    const sum = (k: string) => rows.reduce((s, r) => s + r.buckets[k]!, 0);
    expect(totals).toEqual({
      buckets: { m1: sum('m1'), m2to3: sum('m2to3'), m4to6: sum('m4to6'), over6: sum('over6') },
      totalFen: rows.reduce((s, r) => s + r.totalFen, 0),
      bills: rows.reduce((s, r) => s + r.bills, 0),
    });
    expect(totals.buckets.over6).toBeGreaterThan(0);
  });

  it('filters by months overdue, building and owner, and keeps other offices’ arrears out', async () => {
    const all = await allRows(headA, '');
    expect(all.rows.every((r) => r.estateName === '翠竹园' || r.estateName === ESTATE_A)).toBe(true);
    expect(all.rows.some((r) => r.estateName === ESTATE_A)).toBe(true);
    const old = await allRows(headA, `estateId=${fA.estateId}&minMonths=7`);
    expect(old.rows.length).toBeGreaterThan(0);
    expect(old.rows.every((r) => monthsOverdue(r.oldestPeriod, '2026-12') >= 7)).toBe(true);
    const one = all.rows[0]!;
    const byOwner = await allRows(headA, `q=${encodeURIComponent(one.ownerName!)}`);
    expect(byOwner.rows.map((r) => r.unitId)).toContain(one.unitId);
    const headB = await t.login('zhaolei');
    const b = await allRows(headB, '');
    expect(b.rows.every((r) => r.estateName === '金色家园' || r.estateName === ESTATE_B)).toBe(true);
    expect(b.rows.some((r) => r.estateName === ESTATE_B)).toBe(true);
    expect((await headB.get(`/api/arrears?estateId=${fA.estateId}`)).status).toBe(404);
    expect((await (await t.login('sunxy')).get('/api/arrears')).status).toBe(403);
  });

  it('exports the list with the same filters and a totals row', async () => {
    const list = await allRows(headA, `estateId=${fA.estateId}&minMonths=3`);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/arrears/export.xlsx?estateId=${fA.estateId}&minMonths=3`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toContain('欠费合计（元）');
    expect(rows.length).toBe(list.rows.length + 2);
    const last = rows.at(-1)!;
    expect(last[0]).toBe('合计');
    expect(Math.round(Number(last[10]) * 100)).toBe(list.totals.totalFen);
  });

  it('prints a 催缴通知单 for one unit with its bills and the total in capitals, and in bulk one page per unit', async () => {
    const { rows } = await allRows(headA, `estateId=${fA.estateId}`);
    const unit = rows[0]!;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/arrears/${unit.unitId}/notice`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const page = res.payload;
    expect(page).toContain('催缴通知单');
    expect(page).toContain(unit.ownerName!);
    expect(page).toContain(`¥${(unit.totalFen / 100).toFixed(2)}`);
    expect(page).toMatch(/合计（大写）：[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/);
    expect(page).toContain('银行托收');
    expect(page.match(/<tr><td>物业管理费<\/td>/g)?.length).toBe(unit.bills);
    const bulk = await t.app.inject({
      method: 'GET',
      url: `/api/arrears/notices?estateId=${fA.estateId}&minMonths=7`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    expect(bulk.statusCode).toBe(200);
    const old = await allRows(headA, `estateId=${fA.estateId}&minMonths=7`);
    expect(bulk.payload.match(/<section class="notice">/g)?.length).toBe(old.rows.length);
    const en = await t.app.inject({
      method: 'GET',
      url: `/api/arrears/${unit.unitId}/notice?lang=en`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    expect(en.payload).toContain('Arrears notice');
  });

  it('refuses a notice for a unit without arrears, and one outside the caller’s offices', async () => {
    const db = t.runtime.deps.db;
    const paidUp = await db
      .selectFrom('estate_units')
      .select('id')
      .where('estate_id', '=', fA.estateId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const none = await headA.get(`/api/arrears/${paidUp.id}/notice`);
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('arrears.none');
    const unitB = await db.selectFrom('estate_units').select('id').where('estate_id', '=', fB.estateId).executeTakeFirstOrThrow();
    expect((await headA.get(`/api/arrears/${unitB.id}/notice`)).status).toBe(404);
  });
});
