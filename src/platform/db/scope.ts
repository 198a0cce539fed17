import { type OperationNode, type RawBuilder, type RawNode, type SqlBool, sql, ValueNode } from 'kysely';

/** One subtree's test, `column like 'prefix%'`; every evaluation of this template shares its fragments. */
const subtree = (column: string, pattern: string) => sql<SqlBool>`${sql.ref(column)} like ${pattern}`;
const SUBTREE_FRAGMENTS = (subtree('x', 'x%').toOperationNode() as RawNode).sqlFragments;

/**
 * `column` lies in one of the subtrees `prefixes` (materialised paths). Ids are UUIDs, which hold no
 * LIKE wildcards, so the prefix needs no escaping; both engines use the path index for it (SQLite
 * writes it as a range: `subtreeRange`).
 */
export function pathWithin(column: string, prefixes: readonly string[]): RawBuilder<SqlBool> {
  if (prefixes.length === 0) return sql<SqlBool>`1 = 0`;
  if (prefixes.includes('/')) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${sql.join(
    prefixes.map((p) => subtree(column, `${p}%`)),
    sql` or `,
  )})`;
}

/**
 * A subtree's test made by `pathWithin` as the range of paths it matches: the column, the prefix and the first
 * string after every string that starts with it. Null for any other node, or a pattern that is not a plain prefix.
 * SQLite plans a `LIKE` whose pattern is a parameter anew at every run (it may use an index on the prefix, so the
 * plan depends on the value); the same test as a range is planned once and kept with its statement.
 */
export function subtreeRange(node: RawNode): { column: OperationNode; from: string; to: string } | null {
  if (node.sqlFragments !== SUBTREE_FRAGMENTS) return null;
  const [column, pattern] = node.parameters;
  if (!column || !pattern || !ValueNode.is(pattern) || typeof pattern.value !== 'string') return null;
  const from = pattern.value.slice(0, -1);
  if (!pattern.value.endsWith('%') || from === '' || /[%_\\]/.test(from)) return null;
  const last = from.charCodeAt(from.length - 1);
  return { column, from, to: from.slice(0, -1) + String.fromCharCode(last + 1) };
}
