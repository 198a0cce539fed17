import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** A verbal approval as the order page shows it (A4.7). */
export interface VerbalApproval {
  id: string;
  approverName: string;
  content: string;
  recordedByName: string;
  recordedAt: string;
  confirmedByName: string | null;
  confirmedAt: string | null;
}

type Row = {
  id: string;
  approver_name: string;
  content: string;
  recorded_by_name: string;
  recorded_at: string;
  confirmed_by_name: string | null;
  confirmed_at: string | null;
};
const toApproval = (r: Row): VerbalApproval => ({
  id: r.id,
  approverName: r.approver_name,
  content: r.content,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
  confirmedByName: r.confirmed_by_name,
  confirmedAt: r.confirmed_at,
});
const COLUMNS = ['id', 'approver_name', 'content', 'recorded_by_name', 'recorded_at', 'confirmed_by_name', 'confirmed_at'] as const;

export async function listVerbalApprovals(db: Db, tenantId: string, orderId: string): Promise<VerbalApproval[]> {
  const rows = await db
    .selectFrom('order_verbal_approvals')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  return rows.map(toApproval);
}

export async function findVerbalApproval(db: Db, tenantId: string, orderId: string, id: string): Promise<VerbalApproval | null> {
  const row = await db
    .selectFrom('order_verbal_approvals')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toApproval(row) : null;
}

export async function insertVerbalApproval(db: Db, tenantId: string, orderId: string, recordedBy: string, a: VerbalApproval) {
  await db
    .insertInto('order_verbal_approvals')
    .values({
      tenant_id: tenantId,
      id: a.id,
      order_id: orderId,
      approver_name: a.approverName,
      content: a.content,
      recorded_by: recordedBy,
      recorded_by_name: a.recordedByName,
      recorded_at: a.recordedAt,
      confirmed_by_name: a.confirmedByName,
      confirmed_at: a.confirmedAt,
    })
    .execute();
}

/** Confirms once: answers false when someone confirmed it first. */
export async function confirmVerbalApproval(db: Db, tenantId: string, id: string, by: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('order_verbal_approvals')
    .set({ confirmed_by_name: by, confirmed_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
