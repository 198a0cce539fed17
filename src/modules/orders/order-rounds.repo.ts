/**
 * An order's work rounds (A7.4.6): each start, finish and the owner's decision on it (accepted with a
 * signature, or rework with a reason), one row per round, written again as the round goes on.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import type { WorkRound } from './order.types.js';

type Db = Kysely<Database>;

const roundsOf = prepared((db, a: { tenantId: string; orderId: string }) =>
  db.selectFrom('order_rounds').selectAll().where('tenant_id', '=', a.tenantId).where('order_id', '=', a.orderId).orderBy('round_no'),
);

export async function listRounds(db: Db, tenantId: string, orderId: string): Promise<WorkRound[]> {
  const { rows } = await roundsOf(db, { tenantId, orderId });
  return rows.map((r) => ({
    roundNo: Number(r.round_no),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    reason: r.reason,
    signerName: r.signer_name,
    signatureBlobId: r.signature_blob_id,
    decidedAt: r.decided_at,
  }));
}

export async function saveRound(db: Db, tenantId: string, orderId: string, r: WorkRound) {
  const values = {
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    outcome: r.outcome,
    reason: r.reason,
    signer_name: r.signerName,
    signature_blob_id: r.signatureBlobId,
    decided_at: r.decidedAt,
  };
  await db
    .insertInto('order_rounds')
    .values({ tenant_id: tenantId, order_id: orderId, round_no: r.roundNo, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'order_id', 'round_no']).doUpdateSet(values))
    .execute();
}
