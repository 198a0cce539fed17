import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { pathWithin } from '../db/scope.js';

/** `column` (a materialised path) lies under `prefix` but under none of `exclude` (subtrees that apply another value). */
export function pathInRegion(column: string, region: { prefix: string; exclude: readonly string[] }): RawBuilder<SqlBool> {
  const inside = pathWithin(column, [region.prefix]);
  if (region.exclude.length === 0) return inside;
  return sql<SqlBool>`(${inside} and not ${pathWithin(column, region.exclude)})`;
}

/** Merges per-region pages (each sorted by `since`, each holding at least offset+limit rows) into one page. */
export function mergePages<T extends { since: string }>(parts: readonly T[][], page: { limit: number; offset: number }): T[] {
  return parts
    .flat()
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))
    .slice(page.offset, page.offset + page.limit);
}
