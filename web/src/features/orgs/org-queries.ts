import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ORGS_KEY } from '../../app/org-scope/use-orgs';

export const orgQuery = (id: string) =>
  queryOptions({ queryKey: [...ORGS_KEY, 'one', id], queryFn: () => unwrap(api.GET('/api/orgs/{id}', { params: { path: { id } } })) });

/** After any change to the tree: the tree, every node page and every history shown may be stale. */
export function useRefreshOrgs() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ORGS_KEY }), client.invalidateQueries({ queryKey: ['history', 'org'] })]);
}
