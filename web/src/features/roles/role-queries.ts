import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const ROLES_KEY = ['roles'] as const;

export const rolesQuery = queryOptions({
  queryKey: [...ROLES_KEY, 'list'],
  queryFn: () => unwrap(api.GET('/api/roles')),
  staleTime: 60_000,
});

export const roleQuery = (id: string) =>
  queryOptions({ queryKey: [...ROLES_KEY, id], queryFn: () => unwrap(api.GET('/api/roles/{id}', { params: { path: { id } } })) });

export const permissionsQuery = queryOptions({
  queryKey: ['permissions'],
  queryFn: () => unwrap(api.GET('/api/permissions')),
  staleTime: 10 * 60_000,
});

/** After a change to a role: the list, its page and its history. */
export function useRefreshRoles() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ROLES_KEY }),
      id ? client.invalidateQueries({ queryKey: ['history', 'role', id] }) : Promise.resolve(),
    ]);
}
