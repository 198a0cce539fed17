import { listHistory } from '../../platform/audit/audit.service.js';
import { authorizeVisible } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { loadAgreement } from '../agreements/agreement.service.js';
import { readCallback } from '../callbacks/callback.service.js';
import { getDraw } from '../callbacks/callback-draw.service.js';
import { getPriceList } from '../catalog/price-list.service.js';
import { serviceItem } from '../catalog/service-item.service.js';
import { getRole } from '../identity/role.service.js';
import { getUser } from '../identity/user.service.js';
import { jobRuns } from '../jobs/jobs.service.js';
import { getInvoice } from '../money/invoice.service.js';
import { readBookRequest, readHandover, readRemittance, readStatement } from '../money/money-history.service.js';
import { getReceipt } from '../money/receipt.service.js';
import { getBook } from '../money/receipt-book.service.js';
import { loadOrder } from '../orders/order.service.js';
import { loadVisibleOrg, rootOrg } from '../orgs/org.service.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { historyWorkbook } from './history.export.js';

/** A catalogue item: every signed-in user of the tenant reads the catalogue. */
async function readItem(ctx: UseCase, id: string) {
  const item = await serviceItem(ctx, id);
  if (!item) throw notFound('item');
  return item;
}

/** The tenant itself (its creation, demo clock moves): its own users who see its root node. */
async function readTenant(ctx: UseCase, id: string) {
  const root = await rootOrg(ctx);
  if (id !== ctx.actor.tenantId || !root) throw notFound('tenant');
  authorizeVisible(ctx.actor.access, root.path, 'tenant');
  return root;
}

/**
 * For each kind of record, how to check the caller may read it (throwing 404/403 as the record's own
 * read would). A module adds its records here; history is shown only to those who can see the record.
 * Every entity written to the audit log needs one (history.readers.test.ts checks the sources).
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
  book_request: readBookRequest,
  handover: readHandover,
  remittance: readRemittance,
  statement: readStatement,
  item: readItem,
  job: jobRuns,
  callback_draw: getDraw,
  tenant: readTenant,
};

export const HISTORY_ENTITIES = Object.keys(readers) as [string, ...string[]];

/** The audit trail of one record as an Excel file, in the caller's language (Chinese by default). */
export async function exportHistory(ctx: UseCase, entity: string, id: string, locale: PrintLocale) {
  const events = await recordHistory(ctx, entity, id);
  return historyWorkbook(events, locale, await tenantZone(ctx));
}

/** The audit trail of one record: who did what, when, before and after. */
export async function recordHistory(ctx: UseCase, entity: string, id: string) {
  const read = readers[entity];
  if (!read) throw new DomainError('not_found', 'history.unknown_entity', `no history for ${entity}`);
  await read(ctx, id);
  return listHistory(ctx.db, ctx.actor.tenantId, entity, id);
}
