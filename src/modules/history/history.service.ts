import { listHistory } from '../../platform/audit/audit.service.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { loadAgreement } from '../agreements/agreement.service.js';
import { readCallback } from '../callbacks/callback.service.js';
import { getPriceList } from '../catalog/price-list.service.js';
import { getRole } from '../identity/role.service.js';
import { getUser } from '../identity/user.service.js';
import { getInvoice } from '../money/invoice.service.js';
import { getReceipt } from '../money/receipt.service.js';
import { getBook } from '../money/receipt-book.service.js';
import { loadOrder } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';

/**
 * For each kind of record, how to check the caller may read it (throwing 404/403 as the record's own
 * read would). A module adds its records here; history is shown only to those who can see the record.
 */
const readers: Record<string, (ctx: UseCase, id: string) => Promise<unknown>> = {
  org: loadVisibleOrg,
  user: getUser,
  role: getRole,
  pricelist: getPriceList,
  order: loadOrder,
  receipt: getReceipt,
  invoice: getInvoice,
  book: getBook,
  callback: readCallback,
  agreement: loadAgreement,
};

export const HISTORY_ENTITIES = Object.keys(readers) as [string, ...string[]];

/** The audit trail of one record: who did what, when, before and after. */
export async function recordHistory(ctx: UseCase, entity: string, id: string) {
  const read = readers[entity];
  if (!read) throw new DomainError('not_found', 'history.unknown_entity', `no history for ${entity}`);
  await read(ctx, id);
  return listHistory(ctx.db, ctx.actor.tenantId, entity, id);
}
