import { type Kysely, type QueryCreator, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage } from '../../platform/http/list.js';
import { unitMatches } from '../estates/unit-search.js';
import { AGE_BUCKETS, type AgeBucket, bucketPeriods, oldestPeriodFor } from './arrears.rules.js';

type Db = Kysely<Database>;

export interface ArrearsFilter {
  /** Subtrees (office paths) the caller may read fees in. */
  scope: readonly string[];
  /** The current business month: bills of earlier periods are in arrears. */
  currentMonth: string;
  estateId?: string | undefined;
  buildingId?: string | undefined;
  unitId?: string | undefined;
  /** Only units whose oldest unpaid bill is overdue at least this many months. */
  minMonths?: number | undefined;
  /** A room or building name, or an owner's name or phone. */
  q?: string | undefined;
}

/** The open bills in arrears inside the filter (open, something due, a period before the current month). */
function arrearsBills(db: QueryCreator<Database>, tenantId: string, f: ArrearsFilter) {
  let q = db
    .selectFrom('fee_bills as fb')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'fb.tenant_id').onRef('o.id', '=', 'fb.office_id'))
    .where('fb.tenant_id', '=', tenantId)
    .where('fb.state', '=', 'open')
    .where(sql<SqlBool>`fb.amount_fen + fb.adjustment_fen > 0`)
    .where('fb.period', '<', f.currentMonth)
    .where(pathWithin('o.path', f.scope));
  if (f.estateId) q = q.where('fb.estate_id', '=', f.estateId);
  if (f.buildingId) q = q.where('fb.building_id', '=', f.buildingId);
  if (f.unitId) q = q.where('fb.unit_id', '=', f.unitId);
  return q;
}

const ownerOf = (column: 'name' | 'phone') =>
  sql<
    string | null
  >`(select r.${sql.ref(column)} from estate_residents r where r.tenant_id = u.tenant_id and r.unit_id = u.id and r.role = 'owner' and r.active = 1 order by r.created_at limit 1)`;

/** One row per unit in arrears: its bucket amounts, total, bill count and oldest period, with the unit and owner. */
function arrearsUnits(db: Db, tenantId: string, f: ArrearsFilter) {
  const b = bucketPeriods(f.currentMonth);
  const inBucket = (k: AgeBucket) => {
    const { from, to } = b[k];
    const cond = from === null ? sql<SqlBool>`fb.period <= ${to}` : sql<SqlBool>`fb.period >= ${from} and fb.period <= ${to}`;
    return sql<string | number>`sum(case when ${cond} then fb.amount_fen + fb.adjustment_fen else 0 end)`;
  };
  const grouped = (qc: QueryCreator<Database>) => {
    let g = arrearsBills(qc, tenantId, f)
      .groupBy('fb.unit_id')
      .select([
        'fb.unit_id',
        inBucket('m1').as('m1'),
        inBucket('m2to3').as('m2to3'),
        inBucket('m4to6').as('m4to6'),
        inBucket('over6').as('over6'),
        sql<string | number>`sum(fb.amount_fen + fb.adjustment_fen)`.as('total'),
        sql<string | number>`count(*)`.as('bills'),
        sql<string>`min(fb.period)`.as('oldest'),
      ]);
    if (f.minMonths) g = g.having(sql<SqlBool>`min(fb.period) <= ${oldestPeriodFor(f.currentMonth, f.minMonths)}`);
    return g;
  };
  // materialised: the units are grouped once, whatever the planner guesses of the tables' sizes
  let q = db
    .with((cte) => cte('a').materialized(), grouped)
    .selectFrom('a')
    .innerJoin('estate_units as u', (j) => j.on('u.tenant_id', '=', tenantId).onRef('u.id', '=', 'a.unit_id'))
    .innerJoin('estate_buildings as bd', (j) => j.onRef('bd.tenant_id', '=', 'u.tenant_id').onRef('bd.id', '=', 'u.building_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'u.tenant_id').onRef('e.id', '=', 'u.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'));
  if (f.q) q = q.where(unitMatches(f.q, { unit: 'u', building: 'bd' }));
  return q;
}

export interface ArrearsRow {
  unitId: string;
  officeId: string;
  officeName: string;
  estateId: string;
  estateName: string;
  estateAddress: string;
  buildingId: string;
  buildingName: string;
  entrance: string;
  room: string;
  ownerName: string | null;
  ownerPhone: string | null;
  buckets: Record<AgeBucket, number>;
  totalFen: number;
  bills: number;
  oldestPeriod: string;
}

function toRow(r: Record<string, unknown>): ArrearsRow {
  return {
    unitId: r.unit_id as string,
    officeId: r.office_id as string,
    officeName: r.office_name as string,
    estateId: r.estate_id as string,
    estateName: r.estate_name as string,
    estateAddress: r.estate_address as string,
    buildingId: r.building_id as string,
    buildingName: r.building_name as string,
    entrance: r.entrance as string,
    room: r.room as string,
    ownerName: (r.owner_name as string | null) ?? null,
    ownerPhone: (r.owner_phone as string | null) ?? null,
    buckets: Object.fromEntries(AGE_BUCKETS.map((k) => [k, Number(r[k] ?? 0)])) as Record<AgeBucket, number>,
    totalFen: Number(r.total ?? 0),
    bills: Number(r.bills ?? 0),
    oldestPeriod: r.oldest as string,
  };
}

/** A page of units in arrears, the largest total first, and the totals over every matching unit (not the page). */
export async function listArrears(db: Db, tenantId: string, f: ArrearsFilter & { page: number; pageSize: number }) {
  const base = arrearsUnits(db, tenantId, f);
  const q = base
    .selectAll('a')
    .select([
      'e.office_id',
      'o.name as office_name',
      'u.estate_id',
      'e.name as estate_name',
      'e.address as estate_address',
      'u.building_id',
      'bd.name as building_name',
      'u.entrance',
      'u.room',
      ownerOf('name').as('owner_name'),
      ownerOf('phone').as('owner_phone'),
    ])
    .orderBy('a.total', 'desc')
    .orderBy('a.unit_id');
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  // the totals row sums the same grouped rows the list shows, so it equals the sum of every page's rows
  const sums = await base
    .select([
      sql<string | number>`sum(a.m1)`.as('m1'),
      sql<string | number>`sum(a.m2to3)`.as('m2to3'),
      sql<string | number>`sum(a.m4to6)`.as('m4to6'),
      sql<string | number>`sum(a.over6)`.as('over6'),
      sql<string | number>`sum(a.total)`.as('total'),
      sql<string | number>`sum(a.bills)`.as('bills'),
    ])
    .executeTakeFirst();
  const s = (sums ?? {}) as Record<string, unknown>;
  return {
    rows: rows.map((r) => toRow(r as Record<string, unknown>)),
    total,
    totals: {
      buckets: Object.fromEntries(AGE_BUCKETS.map((k) => [k, Number(s[k] ?? 0)])) as Record<AgeBucket, number>,
      totalFen: Number(s.total ?? 0),
      bills: Number(s.bills ?? 0),
    },
  };
}

/** The unpaid bills of the units in arrears, oldest first, with their item's name (for the notice). */
export async function arrearsBillsOf(db: Db, tenantId: string, f: ArrearsFilter, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const rows = await arrearsBills(db, tenantId, f)
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 'fb.tenant_id').onRef('i.id', '=', 'fb.item_id'))
    .where('fb.unit_id', 'in', [...unitIds])
    .select(['fb.id', 'fb.unit_id', 'fb.period', 'fb.amount_fen', 'fb.adjustment_fen', 'i.name as item_name'])
    .orderBy('fb.unit_id')
    .orderBy('fb.period')
    .orderBy('i.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    period: r.period,
    itemName: r.item_name,
    dueFen: Number(r.amount_fen) + Number(r.adjustment_fen),
  }));
}
