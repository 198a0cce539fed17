import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export type ListChange = Record<string, string | number | null | undefined>;

/**
 * The list convention, kept in the URL so a link reproduces the view: `page` (from 1), `pageSize`,
 * `sort` (`field` or `-field`), `q`, and the list's own filters. Changing anything but the page
 * goes back to page 1.
 */
export function useListParams<F extends string>(filterNames: readonly F[], defaults: { sort?: string; pageSize?: number } = {}) {
  const [params, setParams] = useSearchParams();
  const defaultSize = defaults.pageSize ?? 20;

  const state = useMemo(() => {
    const size = positiveInt(params.get('pageSize'), defaultSize);
    return {
      page: positiveInt(params.get('page'), 1),
      pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultSize,
      sort: params.get('sort') ?? defaults.sort,
      q: params.get('q') ?? '',
      filters: Object.fromEntries(filterNames.map((f) => [f, params.get(f) ?? undefined])) as Record<F, string | undefined>,
    };
  }, [params, filterNames, defaults.sort, defaultSize]);

  const update = useCallback(
    (changes: ListChange, options: { replace?: boolean; keepPage?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes) && !options.keepPage) next.delete('page');
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );

  // A list table's pager and column sorter write the URL the same way on every list page.
  const onPageChange = useCallback((page: number, pageSize: number) => update({ page, pageSize }), [update]);
  const onTableChange = useCallback(
    (_pagination: unknown, _filters: unknown, sorter: TableSorter | TableSorter[]) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const next = sortParamOf(s?.columnKey, s?.order);
      if (next !== (state.sort ?? null)) update({ sort: next });
    },
    [update, state.sort],
  );

  return { ...state, update, onPageChange, onTableChange };
}

/** What the list needs of antd's table sorter. */
type TableSorter = { columnKey?: unknown; order?: 'ascend' | 'descend' | null };

/** antd's table sort order for a column, from the URL's `sort`. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** The URL's `sort` from antd's table sorter. */
export function sortParamOf(field: unknown, order: 'ascend' | 'descend' | null | undefined): string | null {
  if (!order || typeof field !== 'string') return null;
  return order === 'descend' ? `-${field}` : field;
}
