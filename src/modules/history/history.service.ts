import { listHistory } from '../../platform/audit/audit.service.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { userNames } from '../identity/user.service.js';
import { orgNames } from '../orgs/org.service.js';
import { historyWorkbook } from './history.export.js';
import { mentionedIds } from './history.rules.js';

/** The audit trail of one record as an Excel file, in the caller's language (Chinese by default). */
export async function exportHistory(ctx: UseCase, entity: string, id: string, locale: PrintLocale) {
  const events = await recordHistory(ctx, entity, id);
  const names = new Map(events.flatMap((e) => Object.entries(e.names)));
  return historyWorkbook(entity, events, locale, await tenantZone(ctx), (named) => names.get(named));
}

/**
 * The audit trail of one record: who did what, when, before and after. Each module's manifest names a reader
 * for every entity it audits (history.readers.test.ts checks); history is shown only to those who can read
 * the record, with the 404/403 the record's own read would give. Each event carries the names of the users,
 * organisation nodes and other modules' records (`recordRefs`) it names by id (`names`).
 */
export async function recordHistory(ctx: UseCase, entity: string, id: string) {
  const read = ctx.modules.historyReaders.get(entity);
  if (!read) throw new DomainError('not_found', 'history.unknown_entity', `no history for ${entity}`);
  await read(ctx, id);
  const events = await listHistory(ctx.db, ctx.actor.tenantId, entity, id);
  // the people and nodes an event names by id (a row's `recorded_by`, a meeting's chair, a book's holder), by name: an
  // id means nothing to a reader
  const mentioned = events.map((e) => mentionedIds([e.before, e.after]));
  const ids = [...new Set(mentioned.flatMap((m) => [...m]))];
  // and the records of other modules it names (a price list, a unit, a patient), by the label their module gives them
  const [users, nodes, ...records] = await Promise.all([
    userNames(ctx, ids),
    orgNames(ctx, ids),
    ...(ids.length ? [...ctx.modules.refResolvers.values()].map((resolve) => resolve(ctx, ids)) : []),
  ]);
  const nameOf = (id: string) => users.get(id) ?? nodes.get(id) ?? records.find((r) => r.has(id))?.get(id)?.label;
  return events.map((e, i) => ({
    ...e,
    names: Object.fromEntries(
      [...mentioned[i]!].flatMap((m) => {
        const name = nameOf(m);
        return name === undefined ? [] : [[m, name]];
      }),
    ),
  }));
}
