import { visibleScope } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { countByWriter } from './ledger-entry.repo.js';

/**
 * How many ledger entries each person wrote about work done on days `from`…`to` (A1.4, for the year-end assessment
 * A1.6), in total and by kind code; voided entries do not count. Only the stations the caller sees are counted; a person
 * who wrote none is there with zero.
 */
export async function ledgerEntriesByPerson(
  ctx: UseCase,
  q: { userIds: string[]; from: string; to: string },
): Promise<Map<string, { entries: number; byKind: Record<string, number> }>> {
  const out = new Map(q.userIds.map((id) => [id, { entries: 0, byKind: {} as Record<string, number> }]));
  const rows = await countByWriter(ctx.db, ctx.actor.tenantId, { ...q, scope: visibleScope(ctx.actor.access) });
  for (const r of rows) {
    const person = out.get(r.written_by);
    if (!person) continue;
    const n = Number(r.n);
    person.entries += n;
    person.byKind[r.code] = (person.byKind[r.code] ?? 0) + n;
  }
  return out;
}
