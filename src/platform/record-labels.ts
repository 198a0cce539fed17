import { sql } from 'kysely';
import type { UseCase } from './context.js';
import type { RecordRef, RefResolver } from './modules.js';

// ids a statement names at most (both engines take far more; a history names a few dozen, a remittance a few hundred)
const CHUNK = 500;

/**
 * A resolver naming a module's records by labels a query finds for a part of the ids (at most a few hundred at a
 * time): for a label that needs a join (a bill by its unit's address) or words SQL cannot write alike on both engines
 * (an amount in yuan, a local time). The label is a name, not the record: no link (`path` null). An empty label
 * names nothing.
 */
export function labelsBy(
  find: (ctx: UseCase, ids: readonly string[]) => Promise<readonly { id: string; label: string | number | null }[]>,
): RefResolver {
  return async (ctx: UseCase, ids: readonly string[]) => {
    const out = new Map<string, RecordRef>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await find(ctx, ids.slice(i, i + CHUNK));
      for (const r of rows) if (r.label !== null && r.label !== '') out.set(String(r.id), { label: String(r.label), path: null });
    }
    return out;
  };
}

/**
 * A resolver naming a module's records by a label the table holds (an estate by its `name`, an order by its `number`)
 * or builds from its own columns (`series || '-' || number`), for pages that show what a record points to, such as a
 * record's history (X1). `label` is SQL the module writes (never a caller's text), valid on SQLite and PostgreSQL;
 * the table has the tenant's `tenant_id` and an `id`. The label is a name, not the record: no link (`path` null).
 */
export function labelsFrom(table: string, label: string): RefResolver {
  return labelsBy(async (ctx, part) => {
    const rows = await sql<{ id: string; label: string | number | null }>`select id, ${sql.raw(label)} as label from ${sql.table(table)}
        where tenant_id = ${ctx.actor.tenantId} and id in (${sql.join(part)})`.execute(ctx.db);
    return rows.rows;
  });
}
