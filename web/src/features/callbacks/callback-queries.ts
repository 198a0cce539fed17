import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export const CALLBACKS_KEY = ['callbacks'] as const;

export type CallbackPage = Ok<'/api/callbacks', 'get'>;
export type CallbackItem = CallbackPage['items'][number];
export type CallbackDetail = Ok<'/api/callbacks/{id}', 'get'>;
export type Satisfaction = Ok<'/api/satisfaction', 'get'>;
export type Tally = Satisfaction['current'];
export type SatisfactionLevel = NonNullable<CallbackItem['satisfaction']>;
export const LEVELS: SatisfactionLevel[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];

export const callbacksQuery = (query: QueryOf<'/api/callbacks'>) =>
  queryOptions({ queryKey: [...CALLBACKS_KEY, 'list', query], queryFn: () => unwrap(api.GET('/api/callbacks', { params: { query } })) });

export const callbackQuery = (id: string) =>
  queryOptions({
    queryKey: [...CALLBACKS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/callbacks/{id}', { params: { path: { id } } })),
  });

export const satisfactionQuery = (query: QueryOf<'/api/satisfaction'>) =>
  queryOptions({
    queryKey: [...CALLBACKS_KEY, 'satisfaction', query],
    queryFn: () => unwrap(api.GET('/api/satisfaction', { params: { query } })),
  });

export function useRefreshCallbacks() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: CALLBACKS_KEY });
}

/** A month `YYYY-MM`, or undefined when the URL holds something else. */
export const isMonth = (v: string | undefined) => (v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined);

/** Per mille as a percentage with one decimal: 667 → "66.7%". */
export const percent = (permille: number | null) => (permille === null ? '—' : `${(permille / 10).toFixed(1)}%`);
