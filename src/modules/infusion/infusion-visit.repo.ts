import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** The patient a visit is for, with what eligibility is judged from and the paths its scope is decided at. */
export async function visitPatient(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('infusion_patients as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select([
      'p.id',
      'p.team_id',
      'p.birth_date',
      'p.frail',
      'p.mobility',
      'p.paperwork_complete',
      'p.contraindications',
      'p.active',
      'n.path',
    ])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The path of an org node (the order's centre or station). */
export async function nodePath(db: Db, tenantId: string, id: string): Promise<string | undefined> {
  const r = await db.selectFrom('org_nodes').select('path').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r?.path;
}

const visitOrders = (db: Db, tenantId: string) =>
  db
    .selectFrom('infusion_physician_orders as o')
    .leftJoin('infusion_outside_drugs as x', (j) => j.onRef('x.tenant_id', '=', 'o.tenant_id').onRef('x.id', '=', 'o.outside_drug_id'))
    .select(['o.id', 'o.patient_id', 'o.state', 'o.starts_on', 'o.ends_on', 'o.visits_planned', 'o.visits_done', 'o.origin', 'o.version'])
    .select('x.step as outside_step')
    .where('o.tenant_id', '=', tenantId);

/** The physician order a visit carries out, with its outside drug's chain step when it names one. */
export async function visitOrder(db: Db, tenantId: string, id: string) {
  return visitOrders(db, tenantId).where('o.id', '=', id).executeTakeFirst();
}

/** A patient's active physician orders, as `visitOrder` reads one: those a visit could carry out. */
export async function activeVisitOrders(db: Db, tenantId: string, patientId: string) {
  return visitOrders(db, tenantId).where('o.patient_id', '=', patientId).where('o.state', '=', 'active').execute();
}

/** The staff still on the order (read-only look at the engine's assignees). */
export async function currentAssignees(db: Db, tenantId: string, orderId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('order_assignees')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .where('released_at', 'is', null)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Of `userIds`, those not members of the team. */
export async function notInTeam(db: Db, tenantId: string, teamId: string, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('infusion_team_members')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('team_id', '=', teamId)
    .where('user_id', 'in', userIds)
    .execute();
  const members = new Set(rows.map((r) => r.user_id));
  return userIds.filter((u) => !members.has(u));
}

/** Counts one visit on the order; it is completed when the planned visits are done. Returns the new count. */
export async function countVisit(db: Db, tenantId: string, id: string, now: string) {
  await db
    .updateTable('infusion_physician_orders')
    .set((eb) => ({ visits_done: eb('visits_done', '+', 1), updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('infusion_physician_orders')
    .set({ state: 'completed' })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('state', '=', 'active')
    .where((eb) => eb('visits_done', '>=', eb.ref('visits_planned')))
    .execute();
  return db
    .selectFrom('infusion_physician_orders')
    .select(['visits_done', 'state', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
