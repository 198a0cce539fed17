import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildBillTotals } from '../../src/modules/fees/bill-totals.repo.js';
import { newId } from '../../src/platform/ids.js';
import { monthBounds } from '../../src/platform/months.js';
import { businessDate } from '../../src/platform/time.js';
import { approvedStandard, type FeeFixture } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let hq: Agent;
let headB: Agent;
let fixtures: FeeFixture[] = [];
const units: { id: string; estateId: string; buildingId: string; officeId: string; fixture: FeeFixture }[] = [];

const TZ = 'Asia/Shanghai';
// a year after the demo's bills (six months before now, a few paid months ahead) and payments: every bill of these
// months, and every payment in them, is the test's own, so the figures must be exactly the generated bills'
const MONTHS = ['2027-08', '2027-09', '2027-10', '2027-11', '2027-12'];

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(new Date('2027-12-15T04:00:00.000Z'));
  fixtures = [
    await approvedStandard(t, '翠竹园', { itemCode: 'rate_test', itemName: '收缴率测试费' }),
    await approvedStandard(t, '金色家园', { itemCode: 'rate_test', itemName: '收缴率测试费' }),
  ];
  const db = t.runtime.deps.db;
  for (const f of fixtures) {
    const rows = await db
      .selectFrom('estate_units')
      .select(['id', 'building_id'])
      .where('estate_id', '=', f.estateId)
      .orderBy('building_id')
      .orderBy('id')
      .execute();
    // three units in each of the first three buildings of each estate
    const byBuilding = new Map<string, string[]>();
    for (const r of rows) byBuilding.set(r.building_id, [...(byBuilding.get(r.building_id) ?? []), r.id]);
    for (const [buildingId, ids] of [...byBuilding].slice(0, 3))
      for (const id of ids.slice(0, 3)) units.push({ id, buildingId, estateId: f.estateId, officeId: f.officeId, fixture: f });
  }
  hq = await t.login('liyw');
  headB = await t.login('zhaolei');
});
afterAll(() => t.close());

interface GenBill {
  unit: number;
  period: string;
  amountFen: number;
  adjustmentFen: number;
  paidAt: string | null;
}

/** A payment instant around a month: at its first instant, the instant before, or inside it. */
const instant = fc
  .record({
    month: fc.constantFrom(...MONTHS),
    edge: fc.constantFrom('start', 'before', 'inside'),
    ms: fc.integer({ min: 1, max: 27 * 86_400_000 }),
  })
  .map(({ month, edge, ms }) => {
    const from = Date.parse(monthBounds(month, TZ).from);
    return new Date(edge === 'start' ? from : edge === 'before' ? from - 1 : from + ms).toISOString();
  });

const bill = fc
  .record({
    unit: fc.nat(17),
    period: fc.constantFrom(...MONTHS),
    amountFen: fc.integer({ min: 0, max: 60_000 }),
    cut: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    paidAt: fc.option(instant, { nil: null }),
  })
  .map(({ cut, ...b }): GenBill => ({ ...b, adjustmentFen: cut === null ? 0 : -Math.floor((b.amountFen * cut) / 100) }));

async function writeBills(bills: GenBill[]) {
  const db = t.runtime.deps.db;
  // the bills of the previous run only (the demo's bills stay: other records point at them)
  await db.deleteFrom('fee_bills').where('item_id', '=', fixtures[0]!.itemId).execute();
  const seen = new Set<string>();
  const kept: (GenBill & { u: (typeof units)[number] })[] = [];
  for (const b of bills) {
    const u = units[b.unit % units.length]!;
    if (seen.has(`${u.id}/${b.period}`)) continue;
    seen.add(`${u.id}/${b.period}`);
    kept.push({ ...b, u });
    await db
      .insertInto('fee_bills')
      .values({
        tenant_id: u.fixture.tenantId,
        id: newId(),
        office_id: u.officeId,
        estate_id: u.estateId,
        building_id: u.buildingId,
        unit_id: u.id,
        item_id: u.fixture.itemId,
        standard_id: u.fixture.standardId,
        period: b.period,
        basis: 'per_area',
        rate_fen: 180,
        area_milli: 80_000,
        days_billed: 30,
        days_in_period: 30,
        amount_fen: b.amountFen,
        adjustment_fen: b.adjustmentFen,
        payer_name: '业主',
        state: b.paidAt ? 'paid' : 'open',
        run_id: null,
        bank_batch_id: null,
        payment_id: null,
        paid_at: b.paidAt,
        paid_period: b.paidAt ? businessDate(b.paidAt, TZ).slice(0, 7) : null,
        created_at: new Date().toISOString(),
        version: 1,
      })
      .execute();
  }
  // written round the services: their totals summed as the migration sums them
  await rebuildBillTotals(db, fixtures[0]!.tenantId);
  return kept;
}

type Figures = {
  receivable: number;
  received: number;
  receivedInMonth: number;
  outstanding: number;
  recovered: number;
  bills: number;
  ratePermille: number | null;
};
type Result = {
  month: string;
  rows: (Figures & { id: string; name: string })[];
  total: Figures;
  trend: { month: string; receivable: number; received: number }[];
};
const KEYS = ['receivable', 'received', 'receivedInMonth', 'outstanding', 'recovered', 'bills'] as const;
const sumRows = (rows: Figures[]) => Object.fromEntries(KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)]));
const pick = (f: Figures) => Object.fromEntries(KEYS.map((k) => [k, f[k]]));

async function rate(agent: Agent, query: string): Promise<Result> {
  const res = await agent.get(`/api/collection-rate?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Result;
}

describe('the collection rate (收缴率, A2.3): every total is the sum of its detail rows', () => {
  it('on generated bills and payments, at every level, totals equal the rows, offices equal their estates, received + outstanding = receivable, and the figures match the bills', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(bill, { minLength: 0, maxLength: 60 }),
        fc.constantFrom('2027-09', '2027-10', '2027-11'),
        async (gen, month) => {
          const kept = await writeBills(gen);
          const { from, to } = monthBounds(month, TZ);
          const due = (b: GenBill) => b.amountFen + b.adjustmentFen;
          const ofMonth = kept.filter((b) => b.period === month);
          const expected = {
            receivable: ofMonth.reduce((s, b) => s + due(b), 0),
            received: ofMonth.filter((b) => b.paidAt).reduce((s, b) => s + due(b), 0),
            receivedInMonth: ofMonth.filter((b) => b.paidAt && b.paidAt < to).reduce((s, b) => s + due(b), 0),
            recovered: kept
              .filter((b) => b.period < month && b.paidAt && b.paidAt >= from && b.paidAt < to)
              .reduce((s, b) => s + due(b), 0),
            bills: ofMonth.length,
          };
          for (const level of ['office', 'estate', 'building', 'unit']) {
            const r = await rate(hq, `month=${month}&level=${level}`);
            expect(pick(r.total)).toEqual(sumRows(r.rows));
            expect(r.total).toMatchObject(expected);
            for (const row of [...r.rows, r.total]) expect(row.received + row.outstanding).toBe(row.receivable);
            expect(r.trend.find((p) => p.month === month)).toMatchObject({ receivable: expected.receivable, received: expected.received });
          }
          // each office equals the sum of its estates, each estate the sum of its buildings, each building its units
          const offices = await rate(hq, `month=${month}&level=office`);
          for (const o of offices.rows) {
            const estates = await rate(hq, `month=${month}&level=estate&officeId=${o.id}`);
            expect(pick(o)).toEqual(sumRows(estates.rows));
            for (const e of estates.rows) {
              const buildings = await rate(hq, `month=${month}&level=building&estateId=${e.id}`);
              expect(pick(e)).toEqual(sumRows(buildings.rows));
              const b = buildings.rows[0];
              if (b) expect(pick(b)).toEqual(sumRows((await rate(hq, `month=${month}&level=unit&buildingId=${b.id}`)).rows));
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('who sees the collection rate', () => {
  it('HQ sees every office, an office head only their own, outside nodes answer 404, and no fees.supervise answers 403', async () => {
    await writeBills(
      units.map((_, unit) => ({
        unit,
        period: '2027-11',
        amountFen: 10_000,
        adjustmentFen: 0,
        paidAt: unit % 2 ? '2027-11-20T02:00:00.000Z' : null,
      })),
    );
    const all = await rate(hq, 'month=2027-11');
    expect(all.rows.map((r) => r.id).sort()).toEqual([...new Set(fixtures.map((f) => f.officeId))].sort());
    expect(all.total).toMatchObject({ receivable: units.length * 10_000, received: 9 * 10_000, ratePermille: 500 });
    const own = await rate(headB, 'month=2027-11');
    expect(own.rows.map((r) => r.id)).toEqual([fixtures[1]!.officeId]);
    expect(own.total.receivable).toBe(9 * 10_000);
    expect((await headB.get(`/api/collection-rate?estateId=${fixtures[0]!.estateId}`)).status).toBe(404);
    const cashier = await t.login('chenjing');
    const refused = await cashier.get('/api/collection-rate');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.permission_required');
    expect((await hq.get('/api/collection-rate?month=2027-13')).status).toBe(400);
  });

  it('defaults to last month and shows it on the workbench of a head of office with a six-month series', async () => {
    const r = await rate(headB, '');
    expect(r.month).toBe('2027-11');
    const wb = await headB.get('/api/workbench');
    const fig = wb.body.figures.find((f: { key: string }) => f.key === 'fees.collectionRate');
    expect(fig).toMatchObject({ unit: 'permille', value: r.total.ratePermille, link: '/collection-rate?month=2027-11' });
    expect(fig.series.map((p: { month: string }) => p.month)).toEqual(['2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11']);
  });
});
