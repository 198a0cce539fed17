/**
 * The payment collected on an order (A2.4.2.3): written once when the order is paid, read back for the
 * order page, and summed over a period for the workbench's takings.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Payment } from './order.types.js';

type Db = Kysely<Database>;

export async function insertPayment(db: Db, tenantId: string, orderId: string, p: Payment) {
  await db
    .insertInto('order_payments')
    .values({
      tenant_id: tenantId,
      id: p.id,
      order_id: orderId,
      amount_fen: p.amountFen,
      method: p.method,
      collected_by: p.collectedBy,
      collected_by_name: p.collectedByName,
      collected_at: p.collectedAt,
    })
    .execute();
}

const paymentOf = prepared((db, a: { tenantId: string; orderId: string }) =>
  db.selectFrom('order_payments').selectAll().where('tenant_id', '=', a.tenantId).where('order_id', '=', a.orderId),
);

export async function findPayment(db: Db, tenantId: string, orderId: string): Promise<Payment | null> {
  const [r] = (await paymentOf(db, { tenantId, orderId })).rows;
  return r
    ? {
        id: r.id,
        amountFen: Number(r.amount_fen),
        method: r.method,
        collectedBy: r.collected_by,
        collectedByName: r.collected_by_name,
        collectedAt: r.collected_at,
      }
    : null;
}

/** The payments collected in [from, to) on orders of the subtrees, summed in fen. */
export async function sumPayments(db: Db, tenantId: string, scope: readonly string[], from: string, to: string) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('order_payments as p')
    .innerJoin('orders', (j) => j.onRef('orders.tenant_id', '=', 'p.tenant_id').onRef('orders.id', '=', 'p.order_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('p.amount_fen'), eb.lit(0)).as('fen'))
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope))
    .where('p.collected_at', '>=', from)
    .where('p.collected_at', '<', to)
    .executeTakeFirst();
  return Number(r?.fen ?? 0);
}
