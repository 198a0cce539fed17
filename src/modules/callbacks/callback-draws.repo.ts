/**
 * The queries of the monthly callback draw (A7.4.10): the accepted orders it samples from, the supervisor the
 * callbacks go to, the `callback_draws` rows themselves, and the offices and drawn months the draws monitor checks.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { CallbackDraw } from './callback.types.js';

type Db = Kysely<Database>;

/** Accepted orders of the types of an office whose acceptance falls in [from, to): the candidates of a draw, in id order. */
export async function acceptedOrderIds(
  db: Db,
  tenantId: string,
  officeId: string,
  from: string,
  to: string,
  types: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('orders')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('accepted_at', '>=', from)
    .where('accepted_at', '<', to)
    .where('state', 'in', ['accepted', 'paid', 'closed'])
    .where('type', 'in', [...types])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The first active holder of the customer-service supervisor role granted at the office or above it. */
export async function supervisorFor(db: Db, tenantId: string, officePath: string): Promise<string | null> {
  const row = await db
    .selectFrom('grants as g')
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'g.tenant_id').onRef('n.id', '=', 'g.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .select('g.user_id')
    .where('g.tenant_id', '=', tenantId)
    .where('r.code', '=', 'customer_service_supervisor')
    .where('g.revoked_at', 'is', null)
    .where('u.active', '=', 1)
    .where(sql<boolean>`${officePath} like n.path || '%'`)
    // the nearest grant first (the office's own supervisor before a company-wide one)
    .orderBy('n.depth', 'desc')
    .orderBy('g.created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function findDraw(db: Db, tenantId: string, officeId: string, month: string) {
  return db
    .selectFrom('callback_draws')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function insertDraw(db: Db, tenantId: string, d: CallbackDraw) {
  await db
    .insertInto('callback_draws')
    .values({
      tenant_id: tenantId,
      id: d.id,
      office_id: d.officeId,
      month: d.month,
      seed: d.seed,
      candidate_ids_json: JSON.stringify(d.candidateIds),
      sample_size: d.sampleSize,
      sampled_ids_json: JSON.stringify(d.sampledIds),
      drawn_at: d.drawnAt,
    })
    .execute();
}

const drawOf = (r: Database['callback_draws']): CallbackDraw => ({
  id: r.id,
  officeId: r.office_id,
  month: r.month,
  seed: r.seed,
  candidateIds: JSON.parse(r.candidate_ids_json) as string[],
  sampleSize: Number(r.sample_size),
  sampledIds: JSON.parse(r.sampled_ids_json) as string[],
  drawnAt: r.drawn_at,
});

/** A draw with its office's path and name. */
export async function getDraw(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .selectAll('d')
    .select(['n.path as office_path', 'n.name as office_name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.id', '=', id)
    .executeTakeFirst();
  return r ? { draw: drawOf(r), officePath: r.office_path, officeName: r.office_name } : undefined;
}

/** The draws of one month in the subtrees. */
export async function listDraws(db: Db, tenantId: string, scope: readonly string[], month: string) {
  const rows = await db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .selectAll('d')
    .select(['n.name as office_name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.month', '=', month)
    .where(pathWithin('n.path', scope))
    .orderBy('n.path')
    .execute();
  return rows.map((r) => ({ ...drawOf(r), officeName: r.office_name }));
}

/** Active offices of a subtree with their creation time (which months owe a draw), for the draws monitor. */
export async function officesUnder(db: Db, tenantId: string, scopePath: string) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.path', 'n.name', 'n.created_at'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.kind', '=', 'office')
    .where('n.active', '=', 1)
    .where(pathWithin('n.path', [scopePath]))
    .orderBy('n.path')
    .execute();
}

/** The months from `fromMonth` on that have a draw, per office of a subtree. */
export async function drawnMonths(db: Db, tenantId: string, scopePath: string, fromMonth: string) {
  return db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .select(['d.office_id', 'd.month'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.month', '>=', fromMonth)
    .where(pathWithin('n.path', [scopePath]))
    .execute();
}
