import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type InspectionQuery = QueryOf<'/api/cleaning/inspections'>;
export type InspectionRow = Ok<'/api/cleaning/inspections', 'get'>['items'][number];
export type Inspection = Ok<'/api/cleaning/inspections/{id}', 'get'>;
export type Check = Inspection['checklist'][number];
export type CheckResult = Inspection['results'][number];
export type RectificationQuery = QueryOf<'/api/cleaning/rectifications'>;
export type RectificationRow = Ok<'/api/cleaning/rectifications', 'get'>['items'][number];
export type Rectification = Ok<'/api/cleaning/rectifications/{id}', 'get'>;

export const AREAS = ['ground', 'signs', 'flower_beds', 'roads', 'lights', 'entrances', 'garage', 'pillars', 'bins'] as const;
export const LEVELS = ['self', 'supervisor', 'manager'] as const;
export const INSPECTION_STATES = ['planned', 'done'] as const;
export const RECTIFICATION_STATES = ['open', 'done', 'passed', 'failed'] as const;

export const INSPECTIONS_KEY = ['cleaning', 'inspections'] as const;
export const RECTIFICATIONS_KEY = ['cleaning', 'rectifications'] as const;

export const inspectionListQuery = (query: InspectionQuery) =>
  queryOptions({
    queryKey: [...INSPECTIONS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/cleaning/inspections', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const inspectionQuery = (id: string) =>
  queryOptions({
    queryKey: [...INSPECTIONS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/cleaning/inspections/{id}', { params: { path: { id } } })),
  });

export const rectificationListQuery = (query: RectificationQuery) =>
  queryOptions({
    queryKey: [...RECTIFICATIONS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/cleaning/rectifications', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const rectificationQuery = (id: string) =>
  queryOptions({
    queryKey: [...RECTIFICATIONS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/cleaning/rectifications/{id}', { params: { path: { id } } })),
  });

/** After a write: inspections, rectifications, scores and the workbench's to-dos are read again. */
export function useCleaningChanged() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['cleaning'] }), client.invalidateQueries({ queryKey: ['workbench'] })]);
}

/** A value of the URL kept only when it is one of the list's values. */
export const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;
