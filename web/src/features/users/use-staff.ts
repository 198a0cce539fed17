import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * People of a node (its departments included) holding one of `permissions`: the pickers of daily work
 * (assign a cleaner, hand cash to a supervisor or cashier, name a book's cashier). Anyone who sees the
 * node may ask, so supervisors and cashiers do not need the user-administration permission for it.
 */
export function useStaff(orgId: string | undefined, permissions: readonly string[], enabled = true) {
  const permission = permissions.join(',');
  return useQuery({
    queryKey: ['users', 'staff', orgId, permission],
    queryFn: () => unwrap(api.GET('/api/orgs/{id}/staff', { params: { path: { id: orgId ?? '' }, query: { permission } } })),
    enabled: Boolean(orgId) && enabled,
    staleTime: 60_000,
    retry: false,
  });
}
