import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { toHandover, toRemittance } from './custody.repo.js';

type Db = Kysely<Database>;

/**
 * The hand-overs that carried one payment's cash, oldest first: those of its office offered since it was collected
 * that name it. A payment id is a UUID, which holds no LIKE wildcard, written into the list as JSON.stringify writes it.
 */
export async function handoversOfPayment(db: Db, tenantId: string, p: { paymentId: string; officeId: string; collectedAt: string }) {
  const rows = await db
    .selectFrom('handovers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', p.officeId)
    .where('offered_at', '>=', p.collectedAt)
    .where('payment_ids_json', 'like', `%"${p.paymentId}"%`)
    .orderBy('offered_at')
    .orderBy('id')
    .execute();
  return rows.map(toHandover);
}

/** The remittances one payment went into, oldest first: a returned one, then the one that took it again. */
export async function remittancesOfPayment(db: Db, tenantId: string, paymentId: string) {
  const rows = await db
    .selectFrom('remittance_payments as rp')
    .innerJoin('remittances as r', (j) => j.onRef('r.tenant_id', '=', 'rp.tenant_id').onRef('r.id', '=', 'rp.remittance_id'))
    .selectAll('r')
    .where('rp.tenant_id', '=', tenantId)
    .where('rp.payment_id', '=', paymentId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(toRemittance);
}
