import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** A payment of a remittance as finance counts it: who paid, its receipt in force, how much, when it was taken. */
export interface RemittanceLine {
  paymentId: string;
  payer: string;
  receiptNumber: string | null;
  amountFen: number;
  collectedAt: string;
}

/**
 * The payments of these remittances, as the cashier saw them when making each (a returned one keeps its own), oldest
 * first; keyed by remittance.
 */
export async function remittanceLines(db: Db, tenantId: string, remittanceIds: readonly string[]): Promise<Map<string, RemittanceLine[]>> {
  const out = new Map<string, RemittanceLine[]>(remittanceIds.map((id) => [id, []]));
  if (!remittanceIds.length) return out;
  const rows = await db
    .selectFrom('remittance_payments as l')
    .innerJoin('cash_holdings as h', (j) => j.onRef('h.tenant_id', '=', 'l.tenant_id').onRef('h.payment_id', '=', 'l.payment_id'))
    .leftJoin('receipts as r', (j) => j.onRef('r.tenant_id', '=', 'h.tenant_id').onRef('r.id', '=', 'h.receipt_id'))
    .select(['l.remittance_id', 'l.payment_id', 'h.payer', 'h.amount_fen', 'h.collected_at', 'r.number'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.remittance_id', 'in', remittanceIds)
    .orderBy('h.collected_at')
    .orderBy('l.payment_id')
    .execute();
  for (const r of rows)
    out.get(r.remittance_id)?.push({
      paymentId: r.payment_id,
      payer: r.payer,
      receiptNumber: r.number ?? null,
      amountFen: Number(r.amount_fen),
      collectedAt: r.collected_at,
    });
  return out;
}
