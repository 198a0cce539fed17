import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type Library = Ok<'/api/cleaning/standards', 'get'>;
export type Standard = Library['items'][number];
export type PlanQuery = QueryOf<'/api/cleaning/plans'>;
export type Plan = Ok<'/api/cleaning/plans', 'get'>['items'][number];
export type Scores = Ok<'/api/cleaning/scores', 'get'>;
export type ScoreQuery = QueryOf<'/api/cleaning/scores'>;

export type CleaningArea = Standard['area'];
export type CheckMethod = Standard['method'];
export type ThresholdUnit = NonNullable<Standard['thresholdUnit']>;
export type InspectionLevel = Plan['level'];
export type PlanFrequency = Plan['frequency'];

export const CLEANING_AREAS: readonly CleaningArea[] = [
  'ground',
  'signs',
  'flower_beds',
  'roads',
  'lights',
  'entrances',
  'garage',
  'pillars',
  'bins',
];
export const CHECK_METHODS: readonly CheckMethod[] = ['visual', 'touch', 'smell'];
export const THRESHOLD_UNITS: readonly ThresholdUnit[] = ['per_100m2', 'mm', 'percent'];
export const INSPECTION_LEVELS: readonly InspectionLevel[] = ['self', 'supervisor', 'manager'];
export const PLAN_FREQUENCIES: readonly PlanFrequency[] = ['daily', 'weekly', 'monthly'];

/** The permission an inspector of each level holds at the estate's office (as the server's INSPECT_PERMISSION). */
export const INSPECT_PERMISSION: Record<InspectionLevel, string> = {
  self: 'cleaning.inspect_self',
  supervisor: 'cleaning.inspect_supervisor',
  manager: 'cleaning.inspect_manager',
};
export const RECTIFY_PERMISSION = 'cleaning.rectify';

export const CLEANING_KEY = ['cleaning'] as const;

export const libraryQuery = (estateId: string | undefined) =>
  queryOptions({
    queryKey: [...CLEANING_KEY, 'standards', estateId ?? 'group'],
    queryFn: () => unwrap(api.GET('/api/cleaning/standards', { params: { query: estateId ? { estateId } : {} } })),
    placeholderData: keepPreviousData,
  });

export const versionsQuery = (id: string) =>
  queryOptions({
    queryKey: [...CLEANING_KEY, 'versions', id],
    queryFn: () => unwrap(api.GET('/api/cleaning/standards/{id}/versions', { params: { path: { id } } })),
  });

export const planListQuery = (query: PlanQuery) =>
  queryOptions({
    queryKey: [...CLEANING_KEY, 'plans', query],
    queryFn: () => unwrap(api.GET('/api/cleaning/plans', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const scoresQuery = (query: ScoreQuery) =>
  queryOptions({
    queryKey: [...CLEANING_KEY, 'scores', query],
    queryFn: () => unwrap(api.GET('/api/cleaning/scores', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** After a change: the library, the plans, the inspections they planned and the workbench's to-dos are read again. */
export function useCleaningChanged() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: CLEANING_KEY }), client.invalidateQueries({ queryKey: ['workbench'] })]);
}

/** A rate in per mille as a percent with one decimal: 875 → "87.5%"; null (nothing checked) → null. */
export function percentOf(perMille: number | null): string | null {
  return perMille === null ? null : `${(perMille / 10).toFixed(1)}%`;
}

/** The current month YYYY-MM in a time zone. */
export function monthIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit' }).format(now);
}
