import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage } from '../../platform/http/list.js';
import type { StandardRate, StandardState } from './fee.types.js';
import type { FeeStandardRecord } from './fee-standard.types.js';
import type { FeeStandardTable } from './fees.tables.js';
import { approvalColumns, approvalOfRow } from './standard-steps.js';

type Db = Kysely<Database>;

const toStandard = (r: Selectable<FeeStandardTable>): FeeStandardRecord => ({ ...approvalOfRow(r), itemId: r.item_id, basis: r.basis });

const toRow = (s: FeeStandardRecord): FeeStandardTable => ({ ...approvalColumns(s), item_id: s.itemId, basis: s.basis });

export async function insertStandard(db: Db, s: FeeStandardRecord) {
  await db.insertInto('fee_standards').values(toRow(s)).execute();
}

export async function updateStandard(db: Db, s: FeeStandardRecord, expected: number): Promise<boolean> {
  const { tenant_id, id, created_at: _c, ...changes } = toRow(s);
  const res = await db
    .updateTable('fee_standards')
    .set(changes)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function replaceRates(db: Db, tenantId: string, standardId: string, rates: readonly StandardRate[]) {
  await db.deleteFrom('fee_standard_rates').where('tenant_id', '=', tenantId).where('standard_id', '=', standardId).execute();
  if (rates.length)
    await db
      .insertInto('fee_standard_rates')
      .values(rates.map((r) => ({ tenant_id: tenantId, standard_id: standardId, use: r.use, occupancy: r.occupancy, rate_fen: r.rateFen })))
      .execute();
}

/** The rate rows of several standards, by standard id. */
export async function ratesOf(db: Db, tenantId: string, standardIds: readonly string[]): Promise<Map<string, StandardRate[]>> {
  const out = new Map<string, StandardRate[]>(standardIds.map((id) => [id, []]));
  if (!standardIds.length) return out;
  const rows = await db
    .selectFrom('fee_standard_rates')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('standard_id', 'in', standardIds)
    .execute();
  for (const r of rows) out.get(r.standard_id)?.push({ use: r.use, occupancy: r.occupancy, rateFen: Number(r.rate_fen) });
  return out;
}

/** Standards with the names and path the pages and the scope check need (estate, office, item). */
const withNames = (db: Db) =>
  db
    .selectFrom('fee_standards as s')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 's.tenant_id').onRef('e.id', '=', 's.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.id', '=', 's.item_id'))
    .selectAll('s')
    .select(['e.name as estate_name', 'o.name as office_name', 'o.path as office_path', 'i.name as item_name', 'i.code as item_code']);

type NamedRow = Selectable<FeeStandardTable> & {
  estate_name: string;
  office_name: string;
  office_path: string;
  item_name: string;
  item_code: string;
};
export type LoadedStandard = ReturnType<typeof toLoaded>;
const toLoaded = (r: NamedRow) => ({
  standard: toStandard(r),
  estateName: r.estate_name,
  officeName: r.office_name,
  officePath: r.office_path,
  itemName: r.item_name,
  itemCode: r.item_code,
});

export async function findStandard(db: Db, tenantId: string, id: string) {
  const r = await withNames(db).where('s.tenant_id', '=', tenantId).where('s.id', '=', id).executeTakeFirst();
  return r && toLoaded(r);
}

export interface StandardFilter {
  state?: StandardState | undefined;
  estateId?: string | undefined;
  itemId?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Standards in the offices of `scope`, newest effective month first. */
export async function listStandards(db: Db, tenantId: string, f: StandardFilter & { scope: readonly string[] }) {
  let q = withNames(db).where('s.tenant_id', '=', tenantId).where(pathWithin('o.path', f.scope));
  if (f.state) q = q.where('s.state', '=', f.state);
  if (f.estateId) q = q.where('s.estate_id', '=', f.estateId);
  if (f.itemId) q = q.where('s.item_id', '=', f.itemId);
  const ordered = q.orderBy('s.effective_month', 'desc').orderBy('e.name').orderBy('i.code').orderBy('s.created_at', 'desc');
  const { rows, total } = await fetchPage(ordered, f.page, f.pageSize);
  return { items: rows.map(toLoaded), total };
}

/** How many standards are in `state` in the offices of `scope` (the to-dos). */
export async function countInState(db: Db, tenantId: string, scope: readonly string[], state: StandardState): Promise<number> {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('fee_standards as s')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('s.tenant_id', '=', tenantId)
    .where('s.state', '=', state)
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * The latest period a bill run billed for an estate and item (the never-retroactive check), or null when none did.
 * Months paid ahead at the desk do not count: they keep the standard they were paid under, and a new standard may
 * start in such a month (the run then leaves those prepaid bills as they are).
 */
export async function lastBilledPeriod(db: Db, tenantId: string, estateId: string, itemId: string): Promise<string | null> {
  const r = await db
    .selectFrom('fee_bills')
    .select((eb) => eb.fn.max('period').as('period'))
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('item_id', '=', itemId)
    .where('run_id', 'is not', null)
    .executeTakeFirst();
  return (r?.period as string | null | undefined) ?? null;
}

/** An approved standard with its rates: what `standardInForce` (bill.rules.ts) picks from for a period. */
export interface ApprovedStandard {
  id: string;
  officeId: string;
  estateId: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  basis: FeeStandardRecord['basis'];
  effectiveMonth: string;
  state: 'approved';
  rates: StandardRate[];
}

/**
 * The approved standards of an estate's active fee items, with their rates, oldest effective month first — what
 * the bill run and the desk's months ahead price from. No access check: callers are authorised use cases.
 */
export async function approvedStandards(db: Db, tenantId: string, estateId: string): Promise<ApprovedStandard[]> {
  const rows = await db
    .selectFrom('fee_standards as s')
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.id', '=', 's.item_id'))
    .selectAll('s')
    .select(['i.code as item_code', 'i.name as item_name'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.estate_id', '=', estateId)
    .where('s.state', '=', 'approved')
    .where('i.active', '=', 1)
    .orderBy('s.effective_month')
    // of two approved for the same month, the later approval comes first, so standardInForce picks it
    .orderBy('s.approved_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
  const rates = await ratesOf(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    officeId: r.office_id,
    estateId: r.estate_id,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemName: r.item_name,
    basis: r.basis,
    effectiveMonth: r.effective_month,
    state: 'approved' as const,
    rates: rates.get(r.id) ?? [],
  }));
}
