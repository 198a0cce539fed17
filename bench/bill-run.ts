// The monthly bill run (issue 14, performance): 100,000 units × 2 fee items for one month through the real run
// (chunks of 500 units, each one job and one transaction: read the units and their owners, price them with the
// pure rule, multi-row inserts passing over existing bills, move the run's cursor, audit the chunk) against the
// floor measured in the same run: the same bill rows (another month) written by raw multi-row inserts, 500 units
// a transaction. Prints rows/s of both and ratio= (target ≥ 0.5). `--engine postgres` (or `--pg`) on PostgreSQL;
// `--units 10000` for a quick look. More measurements of the fee module (the HQ collection-rate query over
// 1,000,000 bills) join MEASUREMENTS below, over the same loaded tenant.

import { sql } from 'kysely';
import { billAmountFen, billableDays, daysInPeriod } from '../src/modules/fees/bill.rules.js';
import { DEFAULT_CHUNK, startBillRun } from '../src/modules/fees/bill-run.service.js';
import { rebuildBillTotals } from '../src/modules/fees/bill-totals.repo.js';
import { collectionRate } from '../src/modules/fees/collection-rate.service.js';
import type { FeeBillTable } from '../src/modules/fees/fees.tables.js';
import { runDueJobs } from '../src/modules/jobs/jobs.worker.js';
import { createOrg } from '../src/modules/orgs/org.service.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../src/platform/config.js';
import { systemActor, type UseCase } from '../src/platform/context.js';
import { newId } from '../src/platform/ids.js';
import { businessDate } from '../src/platform/time.js';
import { openRuntime } from '../src/runtime.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const engine = process.argv.includes('--pg') ? 'postgres' : arg('engine', 'sqlite');
const UNITS = Number(arg('units', '100000'));
const PER_BUILDING = 500;
const database = await benchDatabase(engine);
const runtime = await openRuntime(loadConfig({ ...process.env, ...database.env, GUANJIA_JOB_POLL_MS: '0' }));
const { db } = runtime.deps;
const tenant = await createTenant(runtime.deps, { code: 'bench', name: '基准', rootName: '总部', rootCode: 'hq' });
const t = tenant.id;
const ctx: UseCase = { ...runtime.deps, actor: systemActor(t), requestId: null };
const company = await createOrg(ctx, { parentId: tenant.rootId, kind: 'company', name: '物业公司' });
const office = await createOrg(ctx, { parentId: company.id, kind: 'office', name: '管理处' });
const now = new Date().toISOString();
const month = businessDate(new Date(), 'Asia/Shanghai').slice(0, 7);
const before = (p: string) => {
  const [y, m] = p.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const runPeriod = before(month);
const floorPeriod = before(runPeriod);

// ---- the tenant: one estate of UNITS units in buildings of 500, each with an owner (every 10th moved in mid-month) ----
async function insertAll<T extends 'estate_buildings' | 'estate_units' | 'estate_residents' | 'fee_bills'>(table: T, rows: object[]) {
  for (let i = 0; i < rows.length; i += 500) {
    // biome-ignore lint/suspicious/noExplicitAny: rows are built to the table's shape below
    const chunk = rows.slice(i, i + 500) as any;
    await db.insertInto(table).values(chunk).execute();
  }
}
const estateId = newId();
await db
  .insertInto('estates')
  .values({
    tenant_id: t,
    id: estateId,
    office_id: office.id,
    name: '基准小区',
    address: '基准路',
    active: 1,
    version: 1,
    created_at: now,
    updated_at: now,
  })
  .execute();
const buildings = Array.from({ length: Math.ceil(UNITS / PER_BUILDING) }, (_, i) => ({
  tenant_id: t,
  id: newId(),
  estate_id: estateId,
  name: `${i + 1}栋`,
  active: 1,
  version: 1,
  created_at: now,
  updated_at: now,
}));
await insertAll('estate_buildings', buildings);
const units = Array.from({ length: UNITS }, (_, i) => ({
  tenant_id: t,
  id: newId(),
  estate_id: estateId,
  building_id: buildings[Math.floor(i / PER_BUILDING)]!.id,
  entrance: '',
  floor: 1 + Math.floor((i % PER_BUILDING) / 4),
  room: String(i % PER_BUILDING).padStart(4, '0'),
  area_milli: 60_000 + (i % 97) * 731,
  use: (i % 20 === 0 ? 'commercial' : 'residential') as 'commercial' | 'residential',
  occupancy: 'occupied' as const,
  active: 1,
  version: 1,
  created_at: now,
  updated_at: now,
}));
await insertAll('estate_units', units);
const moveIn = (i: number, period: string) => (i % 10 === 0 ? `${period}-11` : '2020-01-01');
await insertAll(
  'estate_residents',
  units.map((u, i) => ({
    tenant_id: t,
    id: newId(),
    estate_id: estateId,
    unit_id: u.id,
    role: 'owner' as const,
    name: `业主${i}`,
    phone: '13800000000',
    id_number_masked: null,
    id_number_hash: null,
    move_in_date: i % 10 === 0 ? `${runPeriod}-11` : '2020-01-01',
    move_out_date: null,
    active: 1,
    version: 1,
    created_at: now,
    updated_at: now,
  })),
);
const standards: { id: string; itemId: string; basis: 'per_area' | 'per_unit'; rateFen: number }[] = [];
for (const [code, name, basis, rateFen] of [
  ['property', '物业管理费', 'per_area', 180],
  ['waste', '垃圾清运费', 'per_unit', 1500],
] as const) {
  const itemId = newId();
  await db
    .insertInto('fee_items')
    .values({ tenant_id: t, id: itemId, code, name, active: 1, version: 1, created_at: now, updated_at: now })
    .execute();
  const id = newId();
  await db
    .insertInto('fee_standards')
    .values({
      tenant_id: t,
      id,
      office_id: office.id,
      estate_id: estateId,
      item_id: itemId,
      basis,
      effective_month: '2020-01',
      note: '',
      state: 'approved',
      submitted_by: null,
      submitted_by_name: '基准',
      submitted_at: now,
      reviewed_by: null,
      reviewed_by_name: '基准',
      reviewed_at: now,
      approved_by: null,
      approved_by_name: '基准',
      approved_at: now,
      returned_by: null,
      returned_by_name: null,
      returned_at: null,
      return_reason: null,
      created_by: 'bench',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('fee_standard_rates')
    .values({ tenant_id: t, standard_id: id, use: '*', occupancy: '*', rate_fen: rateFen })
    .execute();
  standards.push({ id, itemId, basis, rateFen });
}

// ---- measurements ----
interface Result {
  name: string;
  lines: string[];
  /** Our throughput ÷ the floor's (the bill run's is the benchmark's `ratio=`). */
  ratio: number;
}
const seconds = (from: number) => (performance.now() - from) / 1000;

/** The bill run against its floor: rows/s of each and their ratio. */
async function billRun(): Promise<Result> {
  // floor: the same rows, computed up front, written by multi-row inserts in transactions of 500 units
  const total = daysInPeriod(floorPeriod);
  const rows: FeeBillTable[] = units.flatMap((u, i) =>
    standards.map((s) => {
      const days = billableDays(floorPeriod, [{ moveIn: moveIn(i, floorPeriod), moveOut: null }]);
      return {
        tenant_id: t,
        id: newId(),
        office_id: office.id,
        estate_id: estateId,
        building_id: u.building_id,
        unit_id: u.id,
        item_id: s.itemId,
        standard_id: s.id,
        period: floorPeriod,
        basis: s.basis,
        rate_fen: s.rateFen,
        area_milli: u.area_milli,
        days_billed: days,
        days_in_period: total,
        amount_fen: billAmountFen({ basis: s.basis, rateFen: s.rateFen, areaMilli: u.area_milli, daysBilled: days, daysInPeriod: total }),
        adjustment_fen: 0,
        payer_name: `业主${i}`,
        state: 'open' as const,
        run_id: null,
        bank_batch_id: null,
        payment_id: null,
        paid_at: null,
        paid_period: null,
        created_at: now,
        version: 1,
      };
    }),
  );
  const perTx = DEFAULT_CHUNK * standards.length;
  let started = performance.now();
  for (let i = 0; i < rows.length; i += perTx) {
    const slice = rows.slice(i, i + perTx);
    await db.transaction().execute(async (trx) => {
      for (let j = 0; j < slice.length; j += 500)
        await trx
          .insertInto('fee_bills')
          .values(slice.slice(j, j + 500))
          .execute();
    });
  }
  const floor = rows.length / seconds(started);

  // ours: the run as the office starts it, its chunks run by the job worker until done
  started = performance.now();
  const run = await startBillRun(ctx, { estateId, period: runPeriod });
  while ((await runDueJobs(runtime.deps, { tenantId: t, limit: 1000 })).length > 0);
  const elapsed = seconds(started);
  const done = await db.selectFrom('fee_bill_runs').selectAll().where('id', '=', run.id).executeTakeFirstOrThrow();
  const ours = Number(done.bills_created) / elapsed;
  return {
    name: 'bill run',
    lines: [
      `units=${UNITS} items=${standards.length} bills=${done.bills_created} state=${done.state} chunks=${Math.ceil(UNITS / DEFAULT_CHUNK)}`,
      `floor (multi-row inserts, ${DEFAULT_CHUNK} units a transaction): ${floor.toFixed(0)} rows/s`,
      `ours (the bill run through the job runner): ${ours.toFixed(0)} rows/s (${elapsed.toFixed(1)} s)`,
      `bill run ratio ${(ours / floor).toFixed(2)}`,
    ],
    ratio: ours / floor,
  };
}

/**
 * The HQ collection-rate page (收缴率, per office with the 12-month trend) over 1,000,000 bills: the two months
 * above plus earlier months written by multi-row inserts, about four in five paid. Target < 300 ms (median of 7).
 */
async function collectionRatePage(): Promise<Result> {
  const target = Number(arg('rate-bills', '1000000'));
  const have = async () =>
    Number(
      (
        await db
          .selectFrom('fee_bills')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  let period = floorPeriod;
  while ((await have()) < target) {
    period = before(period);
    const total = daysInPeriod(period);
    const paidAt = `${period}-20T02:00:00.000Z`;
    const rows: FeeBillTable[] = units.flatMap((u, i) =>
      standards.map((s) => {
        const amount = billAmountFen({
          basis: s.basis,
          rateFen: s.rateFen,
          areaMilli: u.area_milli,
          daysBilled: total,
          daysInPeriod: total,
        });
        const paid = i % 5 !== 0;
        return {
          tenant_id: t,
          id: newId(),
          office_id: office.id,
          estate_id: estateId,
          building_id: u.building_id,
          unit_id: u.id,
          item_id: s.itemId,
          standard_id: s.id,
          period,
          basis: s.basis,
          rate_fen: s.rateFen,
          area_milli: u.area_milli,
          days_billed: total,
          days_in_period: total,
          amount_fen: amount,
          adjustment_fen: 0,
          payer_name: `业主${i}`,
          state: paid ? ('paid' as const) : ('open' as const),
          run_id: null,
          bank_batch_id: null,
          payment_id: null,
          paid_at: paid ? paidAt : null,
          paid_period: paid ? period : null,
          created_at: now,
          version: 1,
        };
      }),
    );
    await insertAll('fee_bills', rows);
  }
  // the history written above went round the services: sum its totals as the migration would
  await rebuildBillTotals(db, t);
  // statistics of the loaded tables, as PostgreSQL's autovacuum gathers them shortly after a bulk load (without
  // them its planner takes 1,000,000 bills for a few dozen and walks a whole office to find one building)
  await sql`analyze`.execute(db);
  const bills = await have();
  const month = before(runPeriod);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const page = await collectionRate(ctx, { month, level: 'office' });
    times.push(performance.now() - started);
    rows = page.rows.length + page.trend.length;
  }
  times.sort((a, b) => a - b);
  const median = times[3]!;
  // the drill-down's last step: the units of one building, read from the bills themselves
  const unitTimes: number[] = [];
  let unitRows = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const page = await collectionRate(ctx, { month, level: 'unit', buildingId: units[0]!.building_id });
    unitTimes.push(performance.now() - started);
    unitRows = page.rows.length;
  }
  unitTimes.sort((a, b) => a - b);
  const unitMedian = unitTimes[3]!;
  return {
    name: 'collection rate page',
    lines: [
      `bills=${bills} month=${month} rows+trend=${rows}`,
      `HQ collection-rate page (office level, 12-month trend): median ${median.toFixed(0)} ms, max ${times[6]!.toFixed(0)} ms (target < 300 ms: ${median < 300 ? 'met' : 'missed'})`,
      `drilled down to the ${unitRows} units of one building: median ${unitMedian.toFixed(0)} ms, max ${unitTimes[6]!.toFixed(0)} ms (target < 300 ms: ${unitMedian < 300 ? 'met' : 'missed'})`,
    ],
    ratio: 300 / Math.max(median, unitMedian),
  };
}

const MEASUREMENTS: (() => Promise<Result>)[] = [billRun, collectionRatePage];

console.log(`engine=${engine}`);
const results: Result[] = [];
for (const measure of MEASUREMENTS) {
  const r = await measure();
  results.push(r);
  console.log(`-- ${r.name}`);
  for (const line of r.lines) console.log(line);
}
await runtime.close();
await database.drop();
console.log(`ratio=${results[0]!.ratio.toFixed(2)} rss_mb=${peakRssMb()}`);
