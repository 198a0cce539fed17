import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export const TRAINING_KEY = ['training'] as const;

export type Plan = Ok<'/api/training/plans', 'get'>['items'][number];
export type PlanItem = Plan['items'][number];
export type Session = Ok<'/api/training/sessions', 'get'>['items'][number];
export type Course = Ok<'/api/training/courses', 'get'>['items'][number];
export type HoursReport = Ok<'/api/training/hours', 'get'>;
export type HoursRow = HoursReport['items'][number];
export type TrainingKind = PlanItem['kind'];
export type PlanHalf = Plan['half'];
export const TRAINING_KINDS: readonly TrainingKind[] = ['policy', 'skills', 'safety', 'other'];
export const PLAN_HALVES: readonly PlanHalf[] = ['year', 'h1', 'h2'];
/** The hours a training takes, as the server's schema has them: above 0 and at most 1000, one decimal (0.1 the least). */
export const HOURS = { min: 0.1, max: 1000 } as const;

/** A year's first and last day. */
export const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const plansQuery = (query: QueryOf<'/api/training/plans'>) =>
  queryOptions({
    queryKey: [...TRAINING_KEY, 'plans', query],
    queryFn: () => unwrap(api.GET('/api/training/plans', { params: { query } })),
  });

export const sessionsQuery = (query: QueryOf<'/api/training/sessions'>) =>
  queryOptions({
    queryKey: [...TRAINING_KEY, 'sessions', query],
    queryFn: () => unwrap(api.GET('/api/training/sessions', { params: { query } })),
  });

export const coursesQuery = (query: QueryOf<'/api/training/courses'>) =>
  queryOptions({
    queryKey: [...TRAINING_KEY, 'courses', query],
    queryFn: () => unwrap(api.GET('/api/training/courses', { params: { query } })),
  });

export const hoursQuery = (query: QueryOf<'/api/training/hours'>) =>
  queryOptions({
    queryKey: [...TRAINING_KEY, 'hours', query],
    queryFn: () => unwrap(api.GET('/api/training/hours', { params: { query } })),
  });

export const staffQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...TRAINING_KEY, 'staff', orgId],
    queryFn: () => unwrap(api.GET('/api/training/staff', { params: { query: { orgId } } })),
    staleTime: 60_000,
  });

/** After a change: every list of the module reloads (a session changes a plan's item status and the hours). */
export function useTrainingChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: TRAINING_KEY });
}
