import type { Tx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { roleHolders } from '../identity/role-holders.service.js';
import { rootOrg, visibleOrgs } from '../orgs/org.service.js';
import * as repo from './notification.repo.js';
import { diffBreaches, recipientsAt } from './notification.rules.js';

/** A scan reads at most this many breaches of one monitor; past it, nothing is cleared (the listing was not whole). */
export const SCAN_LIMIT = 5000;
const CHUNK = 500;

async function currentBreaches(tx: Tx, monitor: Monitor, root: { id: string; path: string }) {
  // the count is an indexed aggregate; the listing is only read when there is something to list
  if ((await monitor.count(tx, { nodeId: root.id, path: root.path })) === 0) return { breaches: [], complete: true };
  const all: Breach[] = [];
  for (let offset = 0; offset < SCAN_LIMIT; offset += CHUNK) {
    const page = await monitor.list(tx, { nodeId: root.id, path: root.path }, { limit: CHUNK, offset });
    all.push(...page);
    if (page.length < CHUNK) return { breaches: all, complete: true };
  }
  return { breaches: all, complete: false };
}

/**
 * Evaluates every monitor over the whole tenant and tells the holders of each monitor's responsible
 * role, at the breach's office or above it, about every breach that appeared since the last scan.
 * Runs inside the caller's transaction (the `compliance.scan` job's run), so a failed scan notifies nobody.
 */
export async function scanCompliance(tx: Tx) {
  const root = await rootOrg(tx);
  if (!root) return { notified: 0, appeared: 0, cleared: 0 };
  const pathOf = new Map((await visibleOrgs(tx)).map((n) => [n.id, n.path]));
  const t = tx.actor.tenantId;
  let notified = 0;
  let appeared = 0;
  let cleared = 0;
  for (const monitor of tx.modules.monitors) {
    const { breaches, complete } = await currentBreaches(tx, monitor, root);
    const byEntity = new Map(breaches.map((b) => [b.entity.id, b]));
    const diff = diffBreaches([...byEntity.keys()], await repo.seenOpen(tx.db, t, monitor.id), complete);
    const fresh = diff.appeared.map((id) => byEntity.get(id)!);
    await repo.markSeen(
      tx.db,
      t,
      monitor.id,
      tx.now,
      fresh.map((b) => ({ entityId: b.entity.id, officeId: b.officeId })),
    );
    await repo.touchSeen(tx.db, t, monitor.id, tx.now, diff.still);
    await repo.clearSeen(tx.db, t, monitor.id, tx.now, diff.gone);
    const holders = fresh.length ? await roleHolders(tx, monitor.responsibleRole) : [];
    const rows = fresh.flatMap((b) =>
      recipientsAt(pathOf.get(b.officeId) ?? root.path, holders).map((userId) => ({
        id: newId(),
        userId,
        monitorId: monitor.id,
        clauseId: monitor.clauseId,
        entity: b.entity,
        text: b.what,
      })),
    );
    await repo.insertNotifications(tx.db, t, tx.now, rows);
    notified += rows.length;
    appeared += fresh.length;
    cleared += diff.gone.length;
  }
  if (appeared || cleared)
    await tx.audit({ action: 'compliance.scan', entity: 'org', entityId: root.id, after: { appeared, cleared, notified } });
  return { notified, appeared, cleared };
}
