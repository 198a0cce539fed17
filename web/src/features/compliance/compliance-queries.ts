import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export type CompliancePage = Ok<'/api/compliance', 'get'>;
export type ClauseRow = CompliancePage['clauses'][number];
export type Breaches = Ok<'/api/compliance/monitors/{monitorId}/breaches', 'get'>;

type Period = { from: string; to: string } | null;

export const complianceQuery = (orgId: string | null, period: Period = null) =>
  queryOptions({
    queryKey: ['compliance', orgId, period],
    queryFn: () => unwrap(api.GET('/api/compliance', { params: { query: { ...(orgId ? { org: orgId } : {}), ...(period ?? {}) } } })),
  });

export const breachesQuery = (monitorId: string, orgId: string | null, page: number, period: Period = null) =>
  queryOptions({
    queryKey: ['compliance', 'breaches', monitorId, orgId, page, period],
    queryFn: () =>
      unwrap(
        api.GET('/api/compliance/monitors/{monitorId}/breaches', {
          params: { path: { monitorId }, query: { page, pageSize: 20, ...(orgId ? { org: orgId } : {}), ...(period ?? {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Clauses in the order of the regulations, grouped by regulation (A1…A7, then X). */
export function byRegulation(
  clauses: readonly ClauseRow[],
): { regulation: string; title: ClauseRow['regulationTitle']; clauses: ClauseRow[] }[] {
  const groups: { regulation: string; title: ClauseRow['regulationTitle']; clauses: ClauseRow[] }[] = [];
  for (const c of clauses) {
    let g = groups.find((x) => x.regulation === c.regulation);
    if (!g) {
      g = { regulation: c.regulation, title: c.regulationTitle, clauses: [] };
      groups.push(g);
    }
    g.clauses.push(c);
  }
  return groups;
}
