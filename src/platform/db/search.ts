import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** `%`, `_` and the escape character itself, made literal for a LIKE pattern escaped by `\`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The free-text search of every list: some column of `columns` contains `text` as written, so `q=%`
 * finds a literal percent sign rather than every row. SQLite has no default escape character, hence
 * the explicit `escape '\'` (PostgreSQL's default is the same; it is spelt out on both). Both
 * engines compare case-sensitively (SQLite's `case_sensitive_like` is on).
 */
export function containsText(columns: readonly string[], text: string): RawBuilder<SqlBool> {
  const pattern = `%${escapeLike(text)}%`;
  return sql<SqlBool>`(${sql.join(
    columns.map((c) => sql`${sql.ref(c)} like ${pattern} escape '\\'`),
    sql` or `,
  )})`;
}
