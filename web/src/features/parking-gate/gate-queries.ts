import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type Stay = Ok<'/api/parking/stays/{id}', 'get'>;
export type StayListQuery = NonNullable<paths['/api/parking/stays']['get']['parameters']['query']>;
export type GateImport = Ok<'/api/parking/gate-imports/{id}', 'get'>;
export type GateMapping = Ok<'/api/parking/car-parks/{id}/gate-mapping', 'get'>;
export type StayState = Stay['state'];
export const STAY_STATES: readonly StayState[] = ['parked', 'unmatched', 'free', 'pass', 'no_standard', 'due', 'collected', 'waived'];

export const GATE_KEY = ['parkingGate'] as const;

export const staysQuery = (query: StayListQuery) =>
  queryOptions({
    queryKey: [...GATE_KEY, 'stays', query],
    queryFn: () => unwrap(api.GET('/api/parking/stays', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const importsQuery = (query: { carParkId?: string; page: number; pageSize: number }) =>
  queryOptions({
    queryKey: [...GATE_KEY, 'imports', query],
    queryFn: () => unwrap(api.GET('/api/parking/gate-imports', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const mappingQuery = (carParkId: string) =>
  queryOptions({
    queryKey: [...GATE_KEY, 'mapping', carParkId],
    queryFn: () => unwrap(api.GET('/api/parking/car-parks/{id}/gate-mapping', { params: { path: { id: carParkId } } })),
  });

/** After any change: the gate's lists are read again. */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: GATE_KEY });
}

/** Minutes as the guard says them: 45 分钟, 2 小时 5 分, 1 天 3 小时. */
export function durationText(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('parkingGate:duration.minutes', { m: minutes });
  if (minutes < 1440) return t('parkingGate:duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  return t('parkingGate:duration.days', { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60) });
}

/** Whole minutes from an instant until now (a begun minute counting). */
export const minutesSince = (iso: string, now: number) => Math.max(0, Math.ceil((now - Date.parse(iso)) / 60_000));
