import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * `column` lies in one of the subtrees `prefixes` (materialised paths). Ids are UUIDs, which hold no
 * LIKE wildcards, so the prefix needs no escaping; both engines use the path index for it.
 */
export function pathWithin(column: string, prefixes: readonly string[]): RawBuilder<SqlBool> {
  if (prefixes.length === 0) return sql<SqlBool>`1 = 0`;
  if (prefixes.includes('/')) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${sql.join(
    prefixes.map((p) => sql`${sql.ref(column)} like ${`${p}%`}`),
    sql` or `,
  )})`;
}
