import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { ledgerEntriesByPerson } from './ledgers.figures.js';

/** A1.4 in a person's year-end assessment (A1.6): the ledger entries they wrote (not voided), when they wrote any. */
export async function ledgerPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const figures = await ledgerEntriesByPerson(ctx, { userIds: [...q.userIds], from: q.from, to: q.to });
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, f] of figures) {
    if (f.entries > 0) out.set(userId, [{ key: 'ledgers.entries', unit: 'count', value: f.entries, better: 'higher' }]);
  }
  return out;
}
