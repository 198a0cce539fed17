import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { QueryOf } from '../../api/types';

export const USERS_KEY = ['users'] as const;
export type UserListQuery = QueryOf<'/api/users'>;

export const usersQuery = (query: UserListQuery) =>
  queryOptions({
    queryKey: [...USERS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const userQuery = (id: string) =>
  queryOptions({ queryKey: [...USERS_KEY, 'one', id], queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })) });

/** After a change to a user: lists, the user's page and their history. */
export function useRefreshUser() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: USERS_KEY }),
      id ? client.invalidateQueries({ queryKey: ['history', 'user', id] }) : Promise.resolve(),
    ]);
}
