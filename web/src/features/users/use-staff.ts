import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * People of a node (its departments included) holding one of `permissions`: the pickers of daily work
 * (assign a cleaner, hand cash to a supervisor or cashier, name a book's cashier). Anyone who sees the
 * node may ask, so supervisors and cashiers do not need the user-administration permission for it.
 * `all`: the people of every node, for an emergency dispatch (A4.7) by one who assigns the node's orders.
 */
export function useStaff(orgId: string | undefined, permissions: readonly string[], enabled = true, scope: 'node' | 'all' = 'node') {
  const permission = permissions.join(',');
  return useQuery({
    queryKey: ['users', 'staff', orgId, permission, scope],
    queryFn: () => unwrap(api.GET('/api/orgs/{id}/staff', { params: { path: { id: orgId ?? '' }, query: { permission, scope } } })),
    enabled: Boolean(orgId) && enabled,
    staleTime: 60_000,
    retry: false,
  });
}
