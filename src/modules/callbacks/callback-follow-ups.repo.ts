/**
 * The `callback_follow_ups` rows: a dissatisfied callback's complaint follow-up (A7.4.10), found by its callback,
 * opened, and saved closed or reopened by version.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ComplaintFollowUp } from './callback.types.js';
import type { CallbackFollowUpTable } from './callbacks.tables.js';

type Db = Kysely<Database>;

const followUpOf = (r: CallbackFollowUpTable): ComplaintFollowUp => ({
  id: r.id,
  callbackId: r.callback_id,
  state: r.state,
  description: r.description,
  result: r.result,
  openedBy: r.opened_by,
  openedAt: r.opened_at,
  closedBy: r.closed_by,
  closedAt: r.closed_at,
  version: Number(r.version),
});

export async function findFollowUp(db: Db, tenantId: string, callbackId: string) {
  const r = await db
    .selectFrom('callback_follow_ups')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('callback_id', '=', callbackId)
    .executeTakeFirst();
  return r ? followUpOf(r) : null;
}

export async function insertFollowUp(db: Db, tenantId: string, f: ComplaintFollowUp) {
  await db
    .insertInto('callback_follow_ups')
    .values({
      tenant_id: tenantId,
      id: f.id,
      callback_id: f.callbackId,
      state: f.state,
      description: f.description,
      result: f.result,
      opened_by: f.openedBy,
      opened_at: f.openedAt,
      closed_by: f.closedBy,
      closed_at: f.closedAt,
      version: f.version,
    })
    .execute();
}

/** Saves a follow-up closed or reopened, by version. */
export async function saveFollowUp(db: Db, tenantId: string, f: ComplaintFollowUp, expectedVersion: number): Promise<boolean> {
  const r = await db
    .updateTable('callback_follow_ups')
    .set({ state: f.state, result: f.result, closed_by: f.closedBy, closed_at: f.closedAt, version: f.version })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', f.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
