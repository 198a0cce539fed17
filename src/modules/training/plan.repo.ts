import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { TrainingPlanItemTable, TrainingPlanTable } from './training.tables.js';

type Db = Kysely<Database>;

const plans = (db: Db, tenantId: string) =>
  db
    .selectFrom('training_plans as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .leftJoin('users as f', (j) => j.onRef('f.tenant_id', '=', 'p.tenant_id').onRef('f.id', '=', 'p.in_force_by'))
    .selectAll('p')
    .select(['o.name as org_name', 'o.path as org_path', 'f.display_name as in_force_by_name'])
    .where('p.tenant_id', '=', tenantId);

export type PlanRow = Awaited<ReturnType<ReturnType<typeof plans>['executeTakeFirstOrThrow']>>;

export async function findPlan(db: Db, tenantId: string, id: string): Promise<PlanRow | undefined> {
  return plans(db, tenantId).where('p.id', '=', id).executeTakeFirst();
}

export async function listPlans(db: Db, tenantId: string, scope: readonly string[], f: { orgPath?: string; year?: number }) {
  let q = plans(db, tenantId).where(pathWithin('o.path', scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.year !== undefined) q = q.where('p.year', '=', f.year);
  return q.orderBy('p.period_from', 'desc').orderBy('o.name').orderBy('p.id').limit(200).execute();
}

/** The plans of a node, for the overlap check. */
export async function plansOfOrg(db: Db, tenantId: string, orgId: string) {
  return db
    .selectFrom('training_plans')
    .select(['id', 'year', 'half', 'period_from', 'period_to'])
    .where('tenant_id', '=', tenantId)
    .where('org_id', '=', orgId)
    .execute();
}

export async function itemsOf(db: Db, tenantId: string, planIds: readonly string[]) {
  if (!planIds.length) return [];
  return db
    .selectFrom('training_plan_items')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('plan_id', 'in', [...planIds])
    .orderBy('plan_id')
    .orderBy('month')
    .orderBy('position')
    .execute();
}

/** The sessions carrying out each of these items. */
export async function sessionsOfItems(db: Db, tenantId: string, itemIds: readonly string[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('training_sessions')
    .select(['id', 'held_on', 'plan_item_id'])
    .where('tenant_id', '=', tenantId)
    .where('plan_item_id', 'in', [...itemIds])
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

/** An item with its plan's node, period and state: what a session linking to it is checked against. */
export async function findItem(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('training_plan_items as i')
    .innerJoin('training_plans as p', (j) => j.onRef('p.tenant_id', '=', 'i.tenant_id').onRef('p.id', '=', 'i.plan_id'))
    .select(['i.id', 'i.topic', 'p.org_id', 'p.state', 'p.period_from', 'p.period_to'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export async function insertPlan(db: Db, row: TrainingPlanTable): Promise<void> {
  await db.insertInto('training_plans').values(row).execute();
}

export async function updatePlan(db: Db, row: TrainingPlanTable, version: number): Promise<boolean> {
  const { tenant_id, id, ...rest } = row;
  const r = await db
    .updateTable('training_plans')
    .set(rest)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceItems(db: Db, tenantId: string, planId: string, items: readonly TrainingPlanItemTable[]): Promise<void> {
  await db.deleteFrom('training_plan_items').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();
  if (items.length)
    await db
      .insertInto('training_plan_items')
      .values([...items])
      .execute();
}

/**
 * Items of plans in force within `scope` whose month is before `month` and which no session carries out: the station
 * head's to-do (A1.1).
 */
export async function countOverdueItems(db: Db, tenantId: string, scope: readonly string[], month: string): Promise<number> {
  const r = await db
    .selectFrom('training_plan_items as i')
    .innerJoin('training_plans as p', (j) => j.onRef('p.tenant_id', '=', 'i.tenant_id').onRef('p.id', '=', 'i.plan_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('i.tenant_id', '=', tenantId)
    .where('p.state', '=', 'in_force')
    .where('i.month', '<', month)
    .where(pathWithin('o.path', scope))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('training_sessions as s')
            .select('s.id')
            .whereRef('s.tenant_id', '=', 'i.tenant_id')
            .whereRef('s.plan_item_id', '=', 'i.id'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
