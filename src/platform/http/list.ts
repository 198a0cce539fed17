import type { SelectQueryBuilder } from 'kysely';
import { z } from 'zod';

/**
 * The one list convention: `page` (from 1), `pageSize` (≤ 100), `sort` (`field` or `-field` for
 * descending), `q` free-text search, plus each list's own filters — all in the query string, so a
 * link reproduces the view.
 */
export function listQuery<S extends string, F extends z.ZodRawShape>(sortable: readonly [S, ...S[]], filters: F) {
  const sorts = [...sortable, ...sortable.map((s) => `-${s}` as const)] as [string, ...string[]];
  return z.strictObject({
    page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
    pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Rows per page (at most 100)'),
    sort: z.enum(sorts).optional().describe('Sort field; a leading - sorts descending'),
    q: z.string().trim().max(100).optional().describe('Free-text search'),
    ...filters,
  });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Rows matching the filters, over all pages'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function parseSort(sort: string | undefined, fallback: string): { field: string; direction: 'asc' | 'desc' } {
  const s = sort ?? fallback;
  return s.startsWith('-') ? { field: s.slice(1), direction: 'desc' } : { field: s, direction: 'asc' };
}

/** Runs a filtered query for one page and its total count. */
export async function fetchPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: number,
  pageSize: number,
): Promise<{ rows: O[]; total: number }> {
  const [rows, count] = await Promise.all([
    query
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query
      .clearSelect()
      .clearOrderBy()
      // biome-ignore lint/suspicious/noExplicitAny: count over any query shape
      .select((eb: any) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
}
