import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** Everything that differs between SQLite and PostgreSQL lives in this file. */
export type Engine = 'sqlite' | 'postgres';

/**
 * An index that serves `path LIKE 'prefix%'`. SQLite uses a plain index once
 * `case_sensitive_like` is on (set at connect); PostgreSQL needs `text_pattern_ops`
 * because its default collation does not order bytes.
 */
export async function createPrefixIndex(
  db: Kysely<unknown>,
  engine: Engine,
  name: string,
  table: string,
  leading: string,
  column: string,
): Promise<void> {
  const opclass = engine === 'postgres' ? sql.raw(' text_pattern_ops') : sql.raw('');
  await sql`create index ${sql.ref(name)} on ${sql.table(table)} (${sql.ref(leading)}, ${sql.ref(column)}${opclass})`.execute(db);
}

/** Lock a row for the rest of the transaction. SQLite has one writer, so it needs nothing. */
export function forUpdate(engine: Engine): ReturnType<typeof sql.raw> {
  return engine === 'postgres' ? sql.raw(' for update') : sql.raw('');
}

export async function pingDb(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** A unique or primary-key constraint refused the write (either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
