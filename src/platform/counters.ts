import { type Kysely, sql } from 'kysely';
import type { Database } from './db/schema.js';

/**
 * Takes the next value of a per-tenant counter inside the caller's transaction. The update locks the
 * counter row until commit, so concurrent callers queue and a rolled-back transaction gives its number
 * back: numbers come out unique and without gaps on both engines.
 */
export async function nextCounter(db: Kysely<Database>, tenantId: string, name: string): Promise<number> {
  await db
    .insertInto('counters')
    .values({ tenant_id: tenantId, name, value: 0 })
    .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing())
    .execute();
  const row = await db
    .updateTable('counters')
    .set({ value: sql`value + 1` })
    .where('tenant_id', '=', tenantId)
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
