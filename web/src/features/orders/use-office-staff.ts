import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * Active users of an office (its departments included), for the assignment picker and the staff
 * filter. The server answers 403 to callers without `users.read`; the caller shows that.
 */
export function useOfficeStaff(officeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['users', 'list', { orgId: officeId, active: 'true', pageSize: 100, sort: 'displayName' }],
    queryFn: () =>
      unwrap(api.GET('/api/users', { params: { query: { orgId: officeId, active: 'true', pageSize: 100, sort: 'displayName' } } })),
    enabled: Boolean(officeId) && enabled,
    staleTime: 60_000,
    retry: false,
  });
}
