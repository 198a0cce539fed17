/**
 * The payment collected on an order (A2.4.2.3): written once when the order is paid, read back for the
 * order page, and summed over a period for the workbench's takings.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import { jsonArrayOf, rowsOfJson } from '../../platform/db/dialect.js';
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

/** The columns of a payment an order's load reads (`paymentColumn`). */
const PAYMENT_COLUMNS = ['id', 'amount_fen', 'method', 'collected_by', 'collected_by_name', 'collected_at'] as const;

type PaymentRow = {
  id: string;
  amount_fen: number | string;
  method: Payment['method'];
  collected_by: string;
  collected_by_name: string;
  collected_at: string;
};

/**
 * An order's payment (none, or one) as a JSON array column of a query over `orders`, not a statement of its own: the
 * order's page and its close read it with the order (on PostgreSQL a statement is a round trip). Read with `paymentIn`.
 */
export const paymentColumn = (db: Db, eb: ExpressionBuilder<Database, 'orders'>) =>
  jsonArrayOf<PaymentRow>(
    db,
    eb
      .selectFrom('order_payments as pay')
      .select(PAYMENT_COLUMNS.map((c) => `pay.${c}` as const))
      .whereRef('pay.tenant_id', '=', 'orders.tenant_id')
      .whereRef('pay.order_id', '=', 'orders.id'),
  );

/** A `paymentColumn` as read: the order's payment, or null before it is paid. */
export function paymentIn(column: PaymentRow[] | string): Payment | null {
  const [r] = rowsOfJson(column);
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
