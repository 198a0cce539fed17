import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { CleaningInspectionTable, CleaningResultTable } from './cleaning.tables.js';
import type { CleaningArea, InspectionLevel, InspectionState } from './cleaning.types.js';

type Db = Kysely<Database>;

function inspectionQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'i.tenant_id').onRef('e.id', '=', 'i.estate_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.office_id'))
    .innerJoin('users as ui', (j) => j.onRef('ui.tenant_id', '=', 'i.tenant_id').onRef('ui.id', '=', 'i.inspector_id'))
    .innerJoin('users as uc', (j) => j.onRef('uc.tenant_id', '=', 'i.tenant_id').onRef('uc.id', '=', 'i.cleaner_id'))
    .selectAll('i')
    .select(['e.name as estate_name', 'n.path as office_path', 'ui.display_name as inspector_name', 'uc.display_name as cleaner_name'])
    .where('i.tenant_id', '=', tenantId);
}
export type InspectionRow = Awaited<ReturnType<ReturnType<typeof inspectionQuery>['executeTakeFirstOrThrow']>>;

export async function findInspection(db: Db, tenantId: string, id: string): Promise<InspectionRow | undefined> {
  return inspectionQuery(db, tenantId).where('i.id', '=', id).executeTakeFirst();
}

export interface InspectionFilter {
  scope: readonly string[];
  /** Also the caller's own (inspector or cleaner), outside the scope. */
  userId: string | null;
  officePath?: string | undefined;
  estateId?: string | undefined;
  state?: InspectionState | undefined;
  level?: InspectionLevel | undefined;
  area?: CleaningArea | undefined;
  inspectorId?: string | undefined;
  /** Planned with its period ended before this business date. */
  overdueBefore?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = { periodEnd: 'i.period_end', doneAt: 'i.done_at' } as const;

export async function listInspections(db: Db, tenantId: string, f: InspectionFilter) {
  const me = f.userId;
  let q = inspectionQuery(db, tenantId).where((eb) =>
    me === null
      ? pathWithin('n.path', f.scope)
      : eb.or([pathWithin('n.path', f.scope), eb('i.inspector_id', '=', me), eb('i.cleaner_id', '=', me)]),
  );
  if (f.officePath) q = q.where(pathWithin('n.path', [f.officePath]));
  if (f.estateId) q = q.where('i.estate_id', '=', f.estateId);
  if (f.state) q = q.where('i.state', '=', f.state);
  if (f.level) q = q.where('i.level', '=', f.level);
  if (f.area) q = q.where('i.area', '=', f.area);
  if (f.inspectorId) q = q.where('i.inspector_id', '=', f.inspectorId);
  if (f.overdueBefore) q = q.where('i.state', '=', 'planned').where('i.period_end', '<', f.overdueBefore);
  if (f.from) q = q.where('i.period_end', '>=', f.from);
  if (f.to) q = q.where('i.period_start', '<=', f.to);
  const sort = parseSort(f.sort, 'periodEnd');
  const column = SORTS[sort.field as keyof typeof SORTS] ?? SORTS.periodEnd;
  const { rows, total } = await fetchPage(q.orderBy(column, sort.direction).orderBy('i.id'), f.page, f.pageSize);
  return { rows, total };
}

export async function insertInspection(db: Db, row: CleaningInspectionTable): Promise<void> {
  await db.insertInto('cleaning_inspections').values(row).execute();
}

/** Saves the recorded inspection when nobody changed it meanwhile. */
export async function markDone(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  set: Pick<CleaningInspectionTable, 'done_at' | 'done_date' | 'done_by' | 'passed_count' | 'failed_count'>,
): Promise<boolean> {
  const r = await db
    .updateTable('cleaning_inspections')
    .set({ ...set, state: 'done', version: expectedVersion + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('state', '=', 'planned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertResult(db: Db, row: CleaningResultTable): Promise<void> {
  await db.insertInto('cleaning_results').values(row).execute();
}

export async function listResults(db: Db, tenantId: string, inspectionId: string): Promise<CleaningResultTable[]> {
  return db
    .selectFrom('cleaning_results')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', inspectionId)
    .orderBy('sort')
    .execute();
}

/** The first round each failure of an inspection opened. */
export async function firstRounds(db: Db, tenantId: string, inspectionId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('cleaning_rectifications')
    .select(['id', 'result_id'])
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', inspectionId)
    .where('round', '=', 1)
    .execute();
  return new Map(rows.map((r) => [r.result_id, r.id]));
}

export async function findEstate(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'e.tenant_id').onRef('n.id', '=', 'e.office_id'))
    .select(['e.id', 'e.name', 'e.office_id', 'e.active', 'n.path as office_path'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** The cleaner of an active plan of the estate whose areas hold `area` (the first such plan). */
export async function plannedCleaner(db: Db, tenantId: string, estateId: string, area: CleaningArea): Promise<string | undefined> {
  const plans = await db
    .selectFrom('cleaning_plans')
    .select(['cleaner_id', 'areas'])
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('active', '=', 1)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return plans.find((p) => (JSON.parse(p.areas) as string[]).includes(area))?.cleaner_id;
}

export async function findActiveUser(db: Db, tenantId: string, id: string) {
  return db.selectFrom('users').select(['id', 'display_name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}
