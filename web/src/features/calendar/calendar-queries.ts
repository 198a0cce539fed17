import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export type CalendarYear = Ok<'/api/calendar', 'get'>;
export type SpecialDay = CalendarYear['days'][number];
export type DayKind = SpecialDay['kind'];

export const DAY_KINDS = ['holiday', 'workday'] as const satisfies readonly DayKind[];

const KEY = ['calendar'] as const;

export const calendarQuery = (year: number) =>
  queryOptions({
    queryKey: [...KEY, year],
    queryFn: () => unwrap(api.GET('/api/calendar', { params: { query: { year } } })),
  });

/** After a change: every year shown (the next year's warning reads another year) and the calendar's history. */
export function useRefreshCalendar() {
  const client = useQueryClient();
  return (id: string) =>
    Promise.all([client.invalidateQueries({ queryKey: KEY }), client.invalidateQueries({ queryKey: ['history', 'calendar', id] })]);
}

/** Minutes after midnight as a clock time: 540 → 09:00 (1440 → 24:00). */
export const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Day of the week of a date, 0 Sunday … 6 Saturday. */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
