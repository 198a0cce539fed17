import { type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';

type Db = Kysely<Database>;

export const RATE_LEVELS = ['office', 'estate', 'building', 'unit'] as const;
export type RateLevel = (typeof RATE_LEVELS)[number];

export interface NodeFilter {
  /** Subtrees (office paths) the caller may supervise. */
  scope: readonly string[];
  officeId?: string | undefined;
  estateId?: string | undefined;
  buildingId?: string | undefined;
  unitId?: string | undefined;
}

/**
 * Where the sums come from, both read as `fb`: the running totals (one row per building, month and month paid)
 * for offices, estates and buildings; the bills themselves for the units of a building.
 */
interface Source {
  from: (db: Db) => SelectQueryBuilder<Database & { fb: FbColumns }, 'fb', object>;
  due: RawBuilder<number>;
  count: RawBuilder<number>;
  /** The month paid, '' while open. */
  paidPeriod: RawBuilder<string>;
}
/** The columns both sources have. */
interface FbColumns {
  tenant_id: string;
  office_id: string;
  estate_id: string;
  building_id: string;
  unit_id: string;
  period: string;
}

const TOTALS: Source = {
  from: (db) => db.selectFrom('fee_bill_totals as fb') as never,
  due: sql<number>`fb.due_fen`,
  count: sql<number>`fb.bills`,
  paidPeriod: sql<string>`fb.paid_period`,
};
const BILLS: Source = {
  from: (db) => db.selectFrom('fee_bills as fb') as never,
  due: sql<number>`(fb.amount_fen + fb.adjustment_fen)`,
  count: sql<number>`1`,
  paidPeriod: sql<string>`coalesce(fb.paid_period, '')`,
};
const sourceFor = (level: RateLevel) => (level === 'unit' ? BILLS : TOTALS);

function within(db: Db, src: Source, tenantId: string, f: NodeFilter) {
  let q = src
    .from(db)
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'fb.tenant_id').onRef('o.id', '=', 'fb.office_id'))
    .where('fb.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.buildingId && src === BILLS)
    // a building's bills are found unit by unit (by the unit's index), not among all its estate's
    return q
      .where('fb.building_id', '=', f.buildingId)
      .where('fb.unit_id', 'in', (eb) =>
        eb
          .selectFrom('estate_units as bu')
          .select('bu.id')
          .where('bu.tenant_id', '=', tenantId)
          .where('bu.building_id', '=', f.buildingId!),
      );
  if (f.officeId) q = q.where('fb.office_id', '=', f.officeId);
  if (f.estateId) q = q.where('fb.estate_id', '=', f.estateId);
  if (f.buildingId) q = q.where('fb.building_id', '=', f.buildingId);
  if (f.unitId) q = q.where('fb.unit_id', '=', f.unitId);
  return q;
}

const KEYS = {
  office: ['fb.office_id'],
  estate: ['fb.office_id', 'fb.estate_id'],
  building: ['fb.office_id', 'fb.estate_id', 'fb.building_id'],
  unit: ['fb.office_id', 'fb.estate_id', 'fb.building_id', 'fb.unit_id'],
} as const;

export interface RateSums {
  officeId: string;
  estateId: string | null;
  buildingId: string | null;
  unitId: string | null;
  receivable: number;
  received: number;
  receivedInMonth: number;
  recovered: number;
  bills: number;
}

/**
 * The month's sums per node of `level`: the month's bills (receivable, paid by now, paid in the month or before)
 * and bills of earlier months paid during it (recovered), in one pass.
 */
export async function rateRows(db: Db, tenantId: string, f: NodeFilter & { level: RateLevel; month: string }): Promise<RateSums[]> {
  const src = sourceFor(f.level);
  const keys = KEYS[f.level];
  const sumIf = (cond: Expression<SqlBool>, of: RawBuilder<number> = src.due) =>
    sql<string | number>`sum(case when ${cond} then ${of} else 0 end)`;
  const ofMonth = sql<SqlBool>`fb.period = ${f.month}`;
  const paid = sql<SqlBool>`${src.paidPeriod} <> ''`;
  const rows = await within(db, src, tenantId, f)
    .where(sql<SqlBool>`(${ofMonth} or (fb.period < ${f.month} and ${src.paidPeriod} = ${f.month}))`)
    .groupBy([...keys])
    .select([...keys])
    .select([
      sumIf(ofMonth).as('receivable'),
      sumIf(sql<SqlBool>`${ofMonth} and ${paid}`).as('received'),
      sumIf(sql<SqlBool>`${ofMonth} and ${paid} and ${src.paidPeriod} <= ${f.month}`).as('received_in_month'),
      sumIf(sql<SqlBool>`fb.period < ${f.month}`).as('recovered'),
      sumIf(ofMonth, src.count).as('bills'),
    ])
    .execute();
  return rows.map((r) => {
    const row = r as Record<string, unknown>;
    return {
      officeId: row.office_id as string,
      estateId: (row.estate_id as string | undefined) ?? null,
      buildingId: (row.building_id as string | undefined) ?? null,
      unitId: (row.unit_id as string | undefined) ?? null,
      receivable: Number(row.receivable ?? 0),
      received: Number(row.received ?? 0),
      receivedInMonth: Number(row.received_in_month ?? 0),
      recovered: Number(row.recovered ?? 0),
      bills: Number(row.bills ?? 0),
    };
  });
}

/** Receivable and received (by now) per month from `first` to `last`, for the trend chart (from the totals). */
export async function rateByMonth(db: Db, tenantId: string, f: NodeFilter & { first: string; last: string }) {
  const src = f.unitId ? BILLS : TOTALS;
  const rows = await within(db, src, tenantId, f)
    .where('fb.period', '>=', f.first)
    .where('fb.period', '<=', f.last)
    .groupBy('fb.period')
    .select(['fb.period'])
    .select([
      sql<string | number>`sum(${src.due})`.as('receivable'),
      sql<string | number>`sum(case when ${src.paidPeriod} <> '' then ${src.due} else 0 end)`.as('received'),
    ])
    .execute();
  return new Map(rows.map((r) => [r.period, { receivable: Number(r.receivable ?? 0), received: Number(r.received ?? 0) }]));
}

/** Names of the nodes the rows are about, for the table and its links. */
export async function nodeNames(db: Db, tenantId: string, level: RateLevel, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const unique = [...new Set(ids)];
  if (level === 'office') {
    const rows = await db
      .selectFrom('org_nodes')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', unique)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  if (level === 'estate') {
    const rows = await db
      .selectFrom('estates')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', unique)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  if (level === 'building') {
    const rows = await db
      .selectFrom('estate_buildings')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', unique)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  const rows = await db
    .selectFrom('estate_units')
    .select(['id', 'entrance', 'room'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.entrance ? `${r.entrance}单元 ${r.room}` : r.room]));
}

/** The office, estate, building and unit a filter names, with the office's path for the scope check. */
export async function filterNode(
  db: Db,
  tenantId: string,
  f: { officeId?: string; estateId?: string; buildingId?: string; unitId?: string },
) {
  let unit: { id: string; name: string } | null = null;
  let buildingId = f.buildingId;
  let estateId = f.estateId;
  let officeId = f.officeId;
  if (f.unitId) {
    const u = await db
      .selectFrom('estate_units')
      .select(['id', 'building_id', 'estate_id', 'entrance', 'room'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', f.unitId)
      .executeTakeFirst();
    if (!u) return null;
    unit = { id: u.id, name: u.entrance ? `${u.entrance}单元 ${u.room}` : u.room };
    buildingId = u.building_id;
    estateId = u.estate_id;
  }
  let building: { id: string; name: string } | null = null;
  if (buildingId) {
    const b = await db
      .selectFrom('estate_buildings')
      .select(['id', 'name', 'estate_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', buildingId)
      .executeTakeFirst();
    if (!b) return null;
    building = { id: b.id, name: b.name };
    estateId = b.estate_id;
  }
  let estate: { id: string; name: string } | null = null;
  if (estateId) {
    const e = await db
      .selectFrom('estates')
      .select(['id', 'name', 'office_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', estateId)
      .executeTakeFirst();
    if (!e) return null;
    estate = { id: e.id, name: e.name };
    officeId = e.office_id;
  }
  let office: { id: string; name: string; path: string } | null = null;
  if (officeId) {
    const o = await db
      .selectFrom('org_nodes')
      .select(['id', 'name', 'path'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', officeId)
      .executeTakeFirst();
    if (!o) return null;
    office = o;
  }
  return { office, estate, building, unit };
}
