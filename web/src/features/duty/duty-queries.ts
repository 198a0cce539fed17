import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export type Roster = Ok<'/api/duty/roster', 'get'>;
export type RosterDay = Roster['days'][number];
export type DutyLog = Ok<'/api/duty/logs/{id}', 'get'>;
export type MyDuty = Ok<'/api/duty/today', 'get'>;
export type LogState = DutyLog['state'];

/** The key every query of the duty feature starts with: one invalidation reads them all again. */
export const DUTY_KEY = ['duty'] as const;

export const stationsQuery = queryOptions({
  queryKey: [...DUTY_KEY, 'stations'],
  queryFn: () => unwrap(api.GET('/api/duty/stations')),
  staleTime: 60_000,
});

export const rosterQuery = (orgId: string, month: string) =>
  queryOptions({
    queryKey: [...DUTY_KEY, 'roster', orgId, month],
    queryFn: () => unwrap(api.GET('/api/duty/roster', { params: { query: { orgId, month } } })),
  });

export const myDutyQuery = queryOptions({
  queryKey: [...DUTY_KEY, 'today'],
  queryFn: () => unwrap(api.GET('/api/duty/today')),
});

export const logListQuery = (q: { orgId?: string; from: string; to: string }) =>
  queryOptions({
    queryKey: [...DUTY_KEY, 'logs', q],
    queryFn: () => unwrap(api.GET('/api/duty/logs', { params: { query: q } })),
  });

/** The printed 值班表 of a month, in the UI's language. */
export const rosterPrintUrl = (orgId: string, month: string, language: string) =>
  `/api/duty/roster/print?orgId=${orgId}&month=${month}${language === 'en' ? '&lang=en' : ''}`;

/** After any change: everything of the feature is read again (and the workbench's to-dos). */
export function useDutyChanged() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: DUTY_KEY });
    await client.invalidateQueries({ queryKey: ['workbench'] });
  };
}
