import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import type { NotificationTable } from './compliance.tables.js';
import * as repo from './notification.repo.js';

const present = (n: NotificationTable) => ({
  id: n.id,
  monitorId: n.monitor_id,
  clauseId: n.clause_id,
  entity: { type: n.entity_type, id: n.entity_id, label: n.entity_label },
  text: { key: n.text_key, values: JSON.parse(n.text_values_json) as Record<string, string | number> },
  link: n.link,
  createdAt: n.created_at,
  readAt: n.read_at,
});

function userOf(ctx: UseCase): string {
  // a person's bell, not an integration's: an API token carries only the permissions chosen for it
  if (!ctx.actor.userId || ctx.actor.via === 'token')
    throw new DomainError('forbidden', 'auth.forbidden', 'notifications belong to a signed-in user');
  return ctx.actor.userId;
}

/** The caller's notifications (unread first, newest first) and how many are unread. */
export async function myNotifications(ctx: UseCase, limit: number) {
  const user = userOf(ctx);
  const [items, unread] = await Promise.all([
    repo.listForUser(ctx.db, ctx.actor.tenantId, user, limit),
    repo.unreadCount(ctx.db, ctx.actor.tenantId, user),
  ]);
  return { items: items.map(present), unread };
}

/** Marks one of the caller's notifications read (someone else's answers 404). */
export async function readNotification(ctx: UseCase, id: string) {
  return inTransaction(ctx, async (tx) => {
    const user = userOf(tx);
    const row = await repo.findForUser(tx.db, tx.actor.tenantId, user, id);
    if (!row) throw notFound('notification');
    if (!row.read_at) {
      await repo.markRead(tx.db, tx.actor.tenantId, user, tx.now, id);
      await tx.audit({ action: 'notification.read', entity: 'user', entityId: user, after: { notificationId: id } });
    }
    return present({ ...row, read_at: row.read_at ?? tx.now });
  });
}

/** Marks every unread notification of the caller read. */
export async function readAllNotifications(ctx: UseCase) {
  return inTransaction(ctx, async (tx) => {
    const user = userOf(tx);
    const marked = await repo.markRead(tx.db, tx.actor.tenantId, user, tx.now);
    if (marked) await tx.audit({ action: 'notification.read_all', entity: 'user', entityId: user, after: { marked } });
    return { marked };
  });
}

/**
 * Tells users at once, inside the caller's transaction, about a record they must act on (not a monitor's breach:
 * an urgent incident reported to them). `monitorId` names the event (`<module>.<what>`); the text is a key of the
 * web's `compliance` namespace (its values may carry an i18next `context`). Returns how many were told.
 */
export async function notifyUsers(tx: Tx, rows: readonly Omit<repo.NewNotification, 'id'>[]): Promise<number> {
  await repo.insertNotifications(
    tx.db,
    tx.actor.tenantId,
    tx.now,
    rows.map((r) => ({ ...r, id: newId() })),
  );
  return rows.length;
}
