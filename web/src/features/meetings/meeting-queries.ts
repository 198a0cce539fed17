import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export const MEETINGS_KEY = ['meetings'] as const;
export const AGENDA = ['summary', 'stability', 'safety', 'situation', 'problems', 'nextSteps'] as const;
export const ACTION_FILTERS = ['open', 'overdue', 'mine', 'all'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

export type MeetingList = Ok<'/api/meetings', 'get'>;
export type StationStatus = MeetingList['stations'][number];
export type MeetingSummary = MeetingList['items'][number];
export type Meeting = Ok<'/api/meetings/{id}', 'get'>;
export type ActionItem = Meeting['actions'][number];

export const meetingListQuery = () =>
  queryOptions({ queryKey: [...MEETINGS_KEY, 'list'], queryFn: () => unwrap(api.GET('/api/meetings', {})) });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: [...MEETINGS_KEY, 'meeting', id],
    queryFn: () => unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })),
  });

export const peopleQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...MEETINGS_KEY, 'people', orgId],
    queryFn: () => unwrap(api.GET('/api/meetings/people', { params: { query: { orgId } } })),
  });

export const actionListQuery = (filter: ActionFilter) =>
  queryOptions({
    queryKey: [...MEETINGS_KEY, 'actions', filter],
    queryFn: () => unwrap(api.GET('/api/meetings/actions', { params: { query: { filter } } })),
  });

/** After a write: every meeting query is stale. */
export function useMeetingsChanged() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: MEETINGS_KEY });
}
