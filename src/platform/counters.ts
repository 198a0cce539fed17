import { type Kysely, sql } from 'kysely';
import { prepared } from './db/prepared.js';
import type { Database } from './db/schema.js';

// one statement: the counter's row is made at 1 or moved on by one, and its value returned
const taken = prepared((db, a: { tenantId: string; name: string }) =>
  db
    .insertInto('counters')
    .values({ tenant_id: a.tenantId, name: a.name, value: 1 })
    .onConflict((oc) => oc.columns(['tenant_id', 'name']).doUpdateSet({ value: sql<number>`counters.value + 1` }))
    .returning('value'),
);

/**
 * Takes the next value of a per-tenant counter inside the caller's transaction. The upsert locks the
 * counter row until commit, so concurrent callers queue and a rolled-back transaction gives its number
 * back: numbers come out unique and without gaps on both engines.
 */
export async function nextCounter(db: Kysely<Database>, tenantId: string, name: string): Promise<number> {
  const [row] = (await taken(db, { tenantId, name })).rows;
  if (!row) throw new Error(`counter ${name} returned no value`);
  return Number(row.value);
}
