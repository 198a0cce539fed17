import { listHistory } from '../../platform/audit/audit.service.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { historyWorkbook } from './history.export.js';

/** The audit trail of one record as an Excel file, in the caller's language (Chinese by default). */
export async function exportHistory(ctx: UseCase, entity: string, id: string, locale: PrintLocale) {
  const events = await recordHistory(ctx, entity, id);
  return historyWorkbook(events, locale, await tenantZone(ctx));
}

/**
 * The audit trail of one record: who did what, when, before and after. Each module's manifest names a reader
 * for every entity it audits (history.readers.test.ts checks); history is shown only to those who can read
 * the record, with the 404/403 the record's own read would give.
 */
export async function recordHistory(ctx: UseCase, entity: string, id: string) {
  const read = ctx.modules.historyReaders.get(entity);
  if (!read) throw new DomainError('not_found', 'history.unknown_entity', `no history for ${entity}`);
  await read(ctx, id);
  return listHistory(ctx.db, ctx.actor.tenantId, entity, id);
}
