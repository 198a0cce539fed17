import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { buildOrgTree } from './org-tree';

export const ORGS_KEY = ['orgs'] as const;
const PAGE_SIZE = 100;

/** Every node the caller can see, all pages (the server caps a page at 100). */
async function fetchAllOrgs(): Promise<Org[]> {
  const first = await unwrap(api.GET('/api/orgs', { params: { query: { page: 1, pageSize: PAGE_SIZE, sort: 'path' } } }));
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
      unwrap(api.GET('/api/orgs', { params: { query: { page: i + 2, pageSize: PAGE_SIZE, sort: 'path' } } })),
    ),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

export const allOrgsQuery = queryOptions({ queryKey: [...ORGS_KEY, 'all'], queryFn: fetchAllOrgs, staleTime: 60_000 });

/** The visible organisation nodes as a list, a lookup and a forest. */
export function useOrgs() {
  const query = useQuery(allOrgsQuery);
  const value = useMemo(() => {
    const list = query.data ?? [];
    return { list, byId: new Map(list.map((o) => [o.id, o])), tree: buildOrgTree(list) };
  }, [query.data]);
  return { ...query, ...value };
}
