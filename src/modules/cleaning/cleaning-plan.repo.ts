import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { CleaningPlanTable } from './cleaning.tables.js';
import type { CleaningArea, InspectionLevel, PlanFrequency } from './cleaning.types.js';

type Db = Kysely<Database>;

export interface Plan {
  id: string;
  estateId: string;
  officeId: string;
  level: InspectionLevel;
  frequency: PlanFrequency;
  inspectorId: string;
  cleanerId: string;
  areas: CleaningArea[];
  active: boolean;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

/** A plan with the names the pages show and the path its scope is decided at. */
export interface LoadedPlan {
  plan: Plan;
  estateName: string;
  officeName: string;
  officePath: string;
  inspectorName: string;
  cleanerName: string;
}

const toPlan = (r: CleaningPlanTable): Plan => ({
  id: r.id,
  estateId: r.estate_id,
  officeId: r.office_id,
  level: r.level,
  frequency: r.frequency,
  inspectorId: r.inspector_id,
  cleanerId: r.cleaner_id,
  areas: JSON.parse(r.areas) as CleaningArea[],
  active: Number(r.active) === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const row = (tenantId: string, p: Plan): CleaningPlanTable => ({
  tenant_id: tenantId,
  id: p.id,
  estate_id: p.estateId,
  office_id: p.officeId,
  level: p.level,
  frequency: p.frequency,
  inspector_id: p.inspectorId,
  cleaner_id: p.cleanerId,
  areas: JSON.stringify(p.areas),
  active: p.active ? 1 : 0,
  created_at: p.createdAt,
  created_by: p.createdBy,
  updated_at: p.updatedAt,
  version: p.version,
});

const withNames = (db: Db) =>
  db
    .selectFrom('cleaning_plans as p')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'p.tenant_id').onRef('e.id', '=', 'p.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .innerJoin('users as i', (j) => j.onRef('i.tenant_id', '=', 'p.tenant_id').onRef('i.id', '=', 'p.inspector_id'))
    .innerJoin('users as c', (j) => j.onRef('c.tenant_id', '=', 'p.tenant_id').onRef('c.id', '=', 'p.cleaner_id'))
    .selectAll('p')
    .select([
      'e.name as estate_name',
      'o.name as office_name',
      'o.path as office_path',
      'i.display_name as inspector_name',
      'c.display_name as cleaner_name',
    ]);

type Joined = CleaningPlanTable & {
  estate_name: string;
  office_name: string;
  office_path: string;
  inspector_name: string;
  cleaner_name: string;
};
const toLoaded = (r: Joined): LoadedPlan => ({
  plan: toPlan(r),
  estateName: r.estate_name,
  officeName: r.office_name,
  officePath: r.office_path,
  inspectorName: r.inspector_name,
  cleanerName: r.cleaner_name,
});

export async function findPlan(db: Db, tenantId: string, id: string): Promise<LoadedPlan | undefined> {
  const r = await withNames(db).where('p.tenant_id', '=', tenantId).where('p.id', '=', id).executeTakeFirst();
  return r && toLoaded(r);
}

export interface PlanFilter {
  scope: readonly string[];
  officePath?: string | undefined;
  estateId?: string | undefined;
  level?: InspectionLevel | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const PLAN_SORT = { createdAt: 'p.created_at', level: 'p.level' } as const;

/** The plans of estates whose office lies in `scope` (and under `officePath`), newest first unless sorted. */
export async function listPlans(db: Db, tenantId: string, f: PlanFilter): Promise<{ items: LoadedPlan[]; total: number }> {
  // the office lies in the caller's scope, or the caller works inside it (a cleaner granted at its 环境部)
  const inside = f.scope.map((p) => sql<SqlBool>`${p} like (${sql.ref('o.path')} || '%')`);
  let q = withNames(db)
    .where('p.tenant_id', '=', tenantId)
    .where((eb) => eb.or([pathWithin('o.path', f.scope), ...inside]));
  if (f.officePath) q = q.where(pathWithin('o.path', [f.officePath]));
  if (f.estateId) q = q.where('p.estate_id', '=', f.estateId);
  if (f.level) q = q.where('p.level', '=', f.level);
  if (f.active !== undefined) q = q.where('p.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['e.name', 'i.display_name', 'c.display_name'], f.q));
  const s = parseSort(f.sort, '-createdAt');
  const { rows, total } = await fetchPage(
    q.orderBy(PLAN_SORT[s.field as keyof typeof PLAN_SORT] ?? 'p.created_at', s.direction).orderBy('p.id'),
    f.page,
    f.pageSize,
  );
  return { items: rows.map(toLoaded), total };
}

/** The active plans of a tenant, for the daily planning round. */
export async function activePlans(db: Db, tenantId: string): Promise<Plan[]> {
  const rows = await db
    .selectFrom('cleaning_plans')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map(toPlan);
}

export async function insertPlan(db: Db, tenantId: string, p: Plan): Promise<void> {
  await db.insertInto('cleaning_plans').values(row(tenantId, p)).execute();
}

/** Saves a plan if it is still at `version`; false when someone changed it meanwhile. */
export async function updatePlan(db: Db, tenantId: string, p: Plan, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, created_at: _c, created_by: _b, ...fields } = row(tenantId, p);
  const r = await db
    .updateTable('cleaning_plans')
    .set(fields)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', p.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
