/**
 * An order's work rounds (A7.4.6): each start, finish and the owner's decision on it (accepted with a
 * signature, or rework with a reason), one row per round, written again as the round goes on.
 */
import type { Kysely, Selectable } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import type { WorkRound } from './order.types.js';
import type { OrderRoundTable } from './orders.tables.js';

type Db = Kysely<Database>;

/** The columns of a round, as the order's load reads them too (`order.repo.ts`). */
export const ROUND_COLUMNS = [
  'round_no',
  'started_at',
  'finished_at',
  'outcome',
  'reason',
  'signer_name',
  'signature_blob_id',
  'decided_at',
] as const;

export const toRound = (r: Pick<Selectable<OrderRoundTable>, (typeof ROUND_COLUMNS)[number]>): WorkRound => ({
  roundNo: Number(r.round_no),
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  outcome: r.outcome,
  reason: r.reason,
  signerName: r.signer_name,
  signatureBlobId: r.signature_blob_id,
  decidedAt: r.decided_at,
});

/** A round written whole: inserted, or over the round of the same number (a step changes its ends and outcome). */
const roundWriter = prepared((db, a: WorkRound & { tenantId: string; orderId: string }) =>
  db
    .insertInto('order_rounds')
    .values({
      tenant_id: a.tenantId,
      order_id: a.orderId,
      round_no: a.roundNo,
      started_at: a.startedAt,
      finished_at: a.finishedAt,
      outcome: a.outcome,
      reason: a.reason,
      signer_name: a.signerName,
      signature_blob_id: a.signatureBlobId,
      decided_at: a.decidedAt,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'order_id', 'round_no']).doUpdateSet((eb) => ({
        started_at: eb.ref('excluded.started_at'),
        finished_at: eb.ref('excluded.finished_at'),
        outcome: eb.ref('excluded.outcome'),
        reason: eb.ref('excluded.reason'),
        signer_name: eb.ref('excluded.signer_name'),
        signature_blob_id: eb.ref('excluded.signature_blob_id'),
        decided_at: eb.ref('excluded.decided_at'),
      })),
    ),
);

export async function saveRound(db: Db, tenantId: string, orderId: string, r: WorkRound) {
  await roundWriter(db, { tenantId, orderId, ...r });
}
