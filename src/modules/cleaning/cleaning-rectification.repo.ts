import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { CleaningRectificationTable } from './cleaning.tables.js';
import type { RectificationState } from './cleaning.types.js';

type Db = Kysely<Database>;

function rectificationQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('cleaning_rectifications as r')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'r.tenant_id').onRef('e.id', '=', 'r.estate_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'r.tenant_id').onRef('n.id', '=', 'r.office_id'))
    .innerJoin('users as ui', (j) => j.onRef('ui.tenant_id', '=', 'r.tenant_id').onRef('ui.id', '=', 'r.inspector_id'))
    .innerJoin('users as uc', (j) => j.onRef('uc.tenant_id', '=', 'r.tenant_id').onRef('uc.id', '=', 'r.cleaner_id'))
    .selectAll('r')
    .select(['e.name as estate_name', 'n.path as office_path', 'ui.display_name as inspector_name', 'uc.display_name as cleaner_name'])
    .where('r.tenant_id', '=', tenantId);
}
export type RectificationRow = Awaited<ReturnType<ReturnType<typeof rectificationQuery>['executeTakeFirstOrThrow']>>;

export async function findRectification(db: Db, tenantId: string, id: string): Promise<RectificationRow | undefined> {
  return rectificationQuery(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

/** Every round of one failed result, first first. */
export async function roundsOf(db: Db, tenantId: string, resultId: string): Promise<RectificationRow[]> {
  return rectificationQuery(db, tenantId).where('r.result_id', '=', resultId).orderBy('r.round').execute();
}

export interface RectificationFilter {
  scope: readonly string[];
  /** Also the caller's own (cleaner or inspector), outside the scope. */
  userId: string | null;
  /** Only the caller's: cleaner or inspector, or a self-check's at an office in `recheckScope` (hers to re-check). */
  mine?: string | undefined;
  /** Offices (paths) where the caller re-checks the cleaners' self-checks: counted as theirs with `mine`. */
  recheckScope?: readonly string[];
  officePath?: string | undefined;
  estateId?: string | undefined;
  state?: RectificationState | undefined;
  /** Open with the deadline before this instant. */
  overdueBefore?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = { dueAt: 'r.due_at', createdAt: 'r.created_at' } as const;

export async function listRectifications(db: Db, tenantId: string, f: RectificationFilter) {
  const me = f.userId;
  let q = rectificationQuery(db, tenantId).where((eb) =>
    me === null
      ? pathWithin('n.path', f.scope)
      : eb.or([pathWithin('n.path', f.scope), eb('r.inspector_id', '=', me), eb('r.cleaner_id', '=', me)]),
  );
  const mine = f.mine;
  const recheckScope = f.recheckScope ?? [];
  if (mine !== undefined)
    q = q.where((eb) =>
      eb.or([
        eb('r.inspector_id', '=', mine),
        eb('r.cleaner_id', '=', mine),
        eb.and([eb('r.level', '=', 'self'), pathWithin('n.path', recheckScope)]),
      ]),
    );
  if (f.officePath) q = q.where(pathWithin('n.path', [f.officePath]));
  if (f.estateId) q = q.where('r.estate_id', '=', f.estateId);
  if (f.state) q = q.where('r.state', '=', f.state);
  if (f.overdueBefore) q = q.where('r.state', '=', 'open').where('r.due_at', '<', f.overdueBefore);
  const sort = parseSort(f.sort, 'dueAt');
  const column = SORTS[sort.field as keyof typeof SORTS] ?? SORTS.dueAt;
  return fetchPage(q.orderBy(column, sort.direction).orderBy('r.id'), f.page, f.pageSize);
}

export async function insertRectification(db: Db, row: CleaningRectificationTable): Promise<void> {
  await db.insertInto('cleaning_rectifications').values(row).execute();
}

/** Saves a round's change when nobody changed it meanwhile. */
export async function updateRectification(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  set: Partial<Omit<CleaningRectificationTable, 'tenant_id' | 'id' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('cleaning_rectifications')
    .set({ ...set, version: expectedVersion + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findResult(db: Db, tenantId: string, id: string) {
  return db.selectFrom('cleaning_results').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** When the failing inspection was recorded. */
export async function inspectedAt(db: Db, tenantId: string, inspectionId: string): Promise<string | null> {
  const r = await db
    .selectFrom('cleaning_inspections')
    .select('done_at')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', inspectionId)
    .executeTakeFirst();
  return r?.done_at ?? null;
}
