import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { adjustmentAbilities } from './adjustment.rules.js';
import { findBatch } from './bank-batch.repo.js';
import * as repo from './bill.repo.js';
import type { BillState } from './fee.types.js';
import { FEE_ADJUSTMENTS_APPROVE, FEE_ADJUSTMENTS_REQUEST, FEES_READ } from './fees.permissions.js';

export type LoadedBill = NonNullable<Awaited<ReturnType<typeof repo.findBill>>>;

/** A bill the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadBill(ctx: UseCase, id: string): Promise<LoadedBill> {
  const found = await repo.findBill(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('bill');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'bill');
  return found;
}

/**
 * A bill with its adjustments, the bank batch collecting it (if any: no adjustment is asked for or approved then),
 * and what the caller may do with them.
 */
export async function getBill(ctx: UseCase, id: string) {
  const { bill, officePath } = await loadBill(ctx, id);
  const mayDecide = allowsAt(ctx.actor.access, FEE_ADJUSTMENTS_APPROVE, officePath);
  const adjustments = await repo.adjustmentsOf(ctx.db, ctx.actor.tenantId, id);
  const batch = bill.bankBatchId ? (await findBatch(ctx.db, ctx.actor.tenantId, bill.bankBatchId))?.batch : undefined;
  return {
    ...bill,
    bankBatch: batch ? { id: batch.id, number: batch.number, exportedAt: batch.exportedAt } : null,
    adjustments: adjustments.map((a) => ({ abilities: adjustmentAbilities(bill, a, mayDecide), ...a })),
    abilities: {
      requestAdjustment:
        bill.state === 'open' && bill.bankBatchId === null && allowsAt(ctx.actor.access, FEE_ADJUSTMENTS_REQUEST, officePath),
    },
  };
}

export interface BillListInput {
  officeId?: string | undefined;
  estateId?: string | undefined;
  buildingId?: string | undefined;
  unitId?: string | undefined;
  period?: string | undefined;
  state?: BillState | undefined;
  adjustment?: 'pending' | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Bills of the caller's offices, filtered as the link or the form says. */
export async function listBills(ctx: UseCase, f: BillListInput) {
  const officePath = f.officeId ? (await loadVisibleOrg(ctx, f.officeId)).path : undefined;
  const { items, total } = await repo.listBills(ctx.db, ctx.actor.tenantId, {
    ...f,
    officePath,
    scope: scopeOf(ctx.actor.access, FEES_READ),
  });
  return { items, total, page: f.page, pageSize: f.pageSize };
}
