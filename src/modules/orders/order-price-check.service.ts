import type { Tx } from '../../platform/context.js';
import type { JobKind } from '../../platform/jobs/job.types.js';
import { rootOrg } from '../orgs/org.service.js';
import { checkedThrough, offListLines } from './order.monitors.js';

/** How far behind now the mark stays (longer than any quote's transaction). */
export const SETTLE_MS = 5 * 60_000;

/**
 * Verifies the quotes made since the last mark against their lists and moves the mark to a few minutes
 * before now, keeping the orders found off the list (and dropping findings of orders quoted again since,
 * which were checked anew).
 * A quote's lines and a published list do not change afterwards, so each quote needs checking once; the
 * A2.4.2.1 monitor then counts the findings plus the few quotes after the mark.
 */
export async function verifyQuotes(tx: Tx): Promise<{ checked: string; found: number }> {
  const root = await rootOrg(tx);
  const t = tx.actor.tenantId;
  const from = await checkedThrough(tx);
  // the mark stays a few minutes behind now: a quote whose transaction began before the check but commits
  // after it (PostgreSQL runs them side by side) is still after the mark, so the monitor counts it live
  const to = new Date(Date.parse(tx.now) - SETTLE_MS).toISOString();
  if (!root || (from !== null && to <= from)) return { checked: from ?? to, found: 0 };
  const found = await offListLines(tx, { nodeId: root.id, path: root.path }, { from, to })
    .select(['o.id', 'o.office_id'])
    .distinct()
    .execute();
  // findings of orders quoted again in this window are replaced by what this check found
  const requoted = await tx.db
    .selectFrom('price_check_findings as f')
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'f.tenant_id').onRef('o.id', '=', 'f.order_id'))
    .select('f.order_id')
    .where('f.tenant_id', '=', t)
    .where('o.quoted_at', '>=', from ?? '')
    .where('o.quoted_at', '<', to)
    .execute();
  if (requoted.length)
    await tx.db
      .deleteFrom('price_check_findings')
      .where('tenant_id', '=', t)
      .where(
        'order_id',
        'in',
        requoted.map((r) => r.order_id),
      )
      .execute();
  for (const f of found)
    await tx.db.insertInto('price_check_findings').values({ tenant_id: t, order_id: f.id, office_id: f.office_id, found_at: to }).execute();
  await tx.db
    .insertInto('price_check_marks')
    .values({ tenant_id: t, checked_through: to })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ checked_through: to }))
    .execute();
  if (found.length)
    await tx.audit({ action: 'orders.price_check', entity: 'org', entityId: root.id, after: { from, to, found: found.length } });
  return { checked: to, found: found.length };
}

/** Every 15 minutes: verify the new quotes for the A2.4.2.1 monitor. */
export const priceCheckJob: JobKind = {
  kind: 'orders.price_check',
  title: { 'zh-CN': '核对新报价是否按公示价目表', en: 'Verify new quotes against the published price lists' },
  recurring: { cron: '*/15 * * * *' },
  async handler(run) {
    const r = await verifyQuotes(run);
    return { summary: `checked through ${r.checked}, found ${r.found}` };
  },
};
