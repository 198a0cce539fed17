import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export const ASSESSMENT_KEY = ['assessment'] as const;

export type StaffList = Ok<'/api/assessment/staff', 'get'>;
export type StaffMember = StaffList['items'][number];
export type CriteriaAnswer = Ok<'/api/assessment/criteria', 'get'>;
export type RewardList = Ok<'/api/assessment/rewards', 'get'>;
export type Reward = RewardList['items'][number];
export type AnnualList = Ok<'/api/assessment/assessments', 'get'>;
export type AnnualRow = AnnualList['items'][number];
export type PersonSheet = Ok<'/api/assessment/people/{id}', 'get'>;
export type PersonFigure = PersonSheet['figures'][number];

export const staffQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...ASSESSMENT_KEY, 'staff', orgId],
    queryFn: () => unwrap(api.GET('/api/assessment/staff', { params: { query: { orgId } } })),
  });

export const criteriaQuery = (orgId: string, year: number) =>
  queryOptions({
    queryKey: [...ASSESSMENT_KEY, 'criteria', orgId, year],
    queryFn: () => unwrap(api.GET('/api/assessment/criteria', { params: { query: { orgId, year } } })),
  });

export const rewardsQuery = (orgId: string, year: number) =>
  queryOptions({
    queryKey: [...ASSESSMENT_KEY, 'rewards', orgId, year],
    queryFn: () => unwrap(api.GET('/api/assessment/rewards', { params: { query: { orgId, year } } })),
  });

export const annualQuery = (orgId: string, year: number) =>
  queryOptions({
    queryKey: [...ASSESSMENT_KEY, 'annual', orgId, year],
    queryFn: () => unwrap(api.GET('/api/assessment/assessments', { params: { query: { orgId, year } } })),
  });

export const personQuery = (id: string, year: number) =>
  queryOptions({
    queryKey: [...ASSESSMENT_KEY, 'person', id, year],
    queryFn: () => unwrap(api.GET('/api/assessment/people/{id}', { params: { path: { id }, query: { year } } })),
  });

/** After a write: every assessment list and sheet is read again. */
export function useAssessmentChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ASSESSMENT_KEY });
}
