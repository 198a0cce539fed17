import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type ProjectQuery = QueryOf<'/api/socialwork/projects'>;
export type Project = Ok<'/api/socialwork/projects/{id}', 'get'>;
export type ProjectState = Project['state'];
export const PROJECT_STATES: readonly ProjectState[] = ['initiating', 'running', 'closing', 'closed'];

/** The key every query of the social-work feature starts with: one invalidation reads them all again. */
export const SOCIALWORK_KEY = ['socialwork'] as const;

export const projectListQuery = (query: ProjectQuery) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'projects', 'list', query],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects', { params: { query } })),
  });

export const projectQuery = (id: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'projects', 'one', id],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}', { params: { path: { id } } })),
  });

export const projectPeopleQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'people', orgId],
    queryFn: () => unwrap(api.GET('/api/socialwork/project-people', { params: { query: { orgId } } })),
    staleTime: 60_000,
  });

/** After any change of a project or its records: everything of the feature is read again. */
export function useSocialworkChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: SOCIALWORK_KEY });
}
