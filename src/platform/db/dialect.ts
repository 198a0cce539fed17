import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';
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

/** Whether a handle (or the transaction it is) runs on PostgreSQL, for SQL written differently there. */
export const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The rows of a subquery as one JSON array in a column of the outer row (`[]` when none): a record's few child rows
 * read in its own statement instead of one more (a round trip each on PostgreSQL). The subquery names its columns
 * (SQLite's `json_object` needs them) and refers to the outer row by `whereRef`, so a prepared query's arguments stay
 * one parameter each. The order of the rows is not promised: sort them when read (`rowsOfJson`).
 */
export function jsonArrayOf<O>(db: Kysely<Database>, rows: Parameters<typeof sqliteJsonArray<O>>[0]): RawBuilder<O[] | string> {
  const array = isPostgres(db) ? postgresJsonArray(rows) : sqliteJsonArray(rows);
  return array as RawBuilder<unknown> as RawBuilder<O[] | string>;
}

/**
 * Whether a list page reads its rows' related rows (an order's staff) in the page's own statement, a JSON array a row
 * (`jsonArrayOf`), rather than in one more statement for the whole page. On PostgreSQL a statement is a round trip to
 * the server, dearer than the arrays (the orders list, `bench:list`: 0.89–1.54 against 1.15–2.12 ms of CPU a request);
 * on SQLite it is a call into the library, and one read for the page was cheaper than an array built for each row
 * (0.67–0.73 against 0.72–0.93 ms at one connection).
 */
export const relatedRowsInPage = (db: Kysely<Database>): boolean => isPostgres(db);

/** A `jsonArrayOf` column as read: SQLite hands over its text, PostgreSQL's driver the parsed array. */
export function rowsOfJson<O>(value: O[] | string): O[] {
  return typeof value === 'string' ? (JSON.parse(value) as O[]) : value;
}

/** Rows of a JSON array in an order they are not promised to keep, sorted again (a stable sort keeps ties as read). */
export const sortedBy = <T>(rows: T[], key: (row: T) => number | string): T[] =>
  rows.sort((p, q) => (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));

export async function pingDb(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** A unique or primary-key constraint refused the write (either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * The name of the unique index (or `<table>_pk` primary key) a refused write ran into, or null when
 * the error is no unique violation. PostgreSQL names the constraint; SQLite names only the columns
 * (`UNIQUE constraint failed: t.a, t.b`), so the table's unique indexes are matched by their columns.
 * Primary keys are named `<table>_pk` everywhere in this schema, which SQLite does not keep.
 */
export async function violatedUniqueIndex(db: Kysely<Database>, engine: Engine, error: unknown): Promise<string | null> {
  if (!isUniqueViolation(error)) return null;
  if (engine === 'postgres') return (error as { constraint?: string }).constraint ?? null;
  const failed = /UNIQUE constraint failed: (.+)$/.exec((error as Error).message)?.[1];
  if (!failed) return null;
  const named = /^index '(.+)'$/.exec(failed);
  if (named) return named[1] ?? null;
  const refs = failed.split(', ').map((ref) => ref.split('.'));
  const table = refs[0]?.[0];
  if (!table || refs.some((r) => r.length !== 2 || r[0] !== table)) return null;
  if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return `${table}_pk`;
  const columns = refs.map((r) => r[1]).join(',');
  const indexes = await sql<{
    name: string;
    origin: string;
  }>`select name, origin from pragma_index_list(${table}) where "unique" = 1`.execute(db);
  for (const index of indexes.rows) {
    const cols = await sql<{ name: string }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
    if (cols.rows.map((c) => c.name).join(',') === columns) return index.origin === 'pk' ? `${table}_pk` : index.name;
  }
  return null;
}
