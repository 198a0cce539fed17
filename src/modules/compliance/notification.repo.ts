import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

export interface NewNotification {
  id: string;
  userId: string;
  monitorId: string;
  clauseId: string;
  entity: { type: string; id: string; label: string; link: string };
  text: { key: string; values?: Record<string, string | number> | undefined };
}

export async function insertNotifications(db: Db, tenantId: string, at: string, rows: readonly NewNotification[]) {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('notifications')
      .values(
        rows.slice(i, i + 200).map((n) => ({
          tenant_id: tenantId,
          id: n.id,
          user_id: n.userId,
          monitor_id: n.monitorId,
          clause_id: n.clauseId,
          entity_type: n.entity.type,
          entity_id: n.entity.id,
          entity_label: n.entity.label,
          text_key: n.text.key,
          text_values_json: JSON.stringify(n.text.values ?? {}),
          link: n.entity.link,
          created_at: at,
          read_at: null,
        })),
      )
      .execute();
  }
}

/** A user's notifications, unread first, newest first within each. */
export async function listForUser(db: Db, tenantId: string, userId: string, limit: number) {
  const base = db.selectFrom('notifications').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId);
  const unread = await base.where('read_at', 'is', null).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const read = await base
    .where('read_at', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.max(0, limit - unread.length))
    .execute();
  return [...unread, ...read];
}

export async function unreadCount(db: Db, tenantId: string, userId: string): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function findForUser(db: Db, tenantId: string, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks one (or, without an id, every) unread notification of a user read; returns how many changed. */
export async function markRead(db: Db, tenantId: string, userId: string, at: string, id?: string): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id) q = q.where('id', '=', id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function seenOpen(db: Db, tenantId: string, monitorId: string): Promise<string[]> {
  return (
    await db
      .selectFrom('seen_breaches')
      .select('entity_id')
      .where('tenant_id', '=', tenantId)
      .where('monitor_id', '=', monitorId)
      .where('cleared_at', 'is', null)
      .execute()
  ).map((r) => r.entity_id);
}

/** Records breaches as seen (new, or back after being cleared). */
export async function markSeen(
  db: Db,
  tenantId: string,
  monitorId: string,
  at: string,
  breaches: readonly { entityId: string; officeId: string }[],
) {
  for (const b of breaches) {
    await db
      .insertInto('seen_breaches')
      .values({
        tenant_id: tenantId,
        monitor_id: monitorId,
        entity_id: b.entityId,
        office_id: b.officeId,
        first_seen_at: at,
        last_seen_at: at,
        cleared_at: null,
      })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'monitor_id', 'entity_id'])
          .doUpdateSet({ office_id: b.officeId, first_seen_at: at, last_seen_at: at, cleared_at: null }),
      )
      .execute();
  }
}

export async function touchSeen(db: Db, tenantId: string, monitorId: string, at: string, entityIds: readonly string[]) {
  for (let i = 0; i < entityIds.length; i += 500)
    await db
      .updateTable('seen_breaches')
      .set({ last_seen_at: at })
      .where('tenant_id', '=', tenantId)
      .where('monitor_id', '=', monitorId)
      .where('entity_id', 'in', entityIds.slice(i, i + 500))
      .execute();
}

export async function clearSeen(db: Db, tenantId: string, monitorId: string, at: string, entityIds: readonly string[]) {
  for (let i = 0; i < entityIds.length; i += 500)
    await db
      .updateTable('seen_breaches')
      .set({ cleared_at: at })
      .where('tenant_id', '=', tenantId)
      .where('monitor_id', '=', monitorId)
      .where('entity_id', 'in', entityIds.slice(i, i + 500))
      .execute();
}
