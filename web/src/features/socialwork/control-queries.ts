import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';
import { SOCIALWORK_KEY } from './project-queries';

export type ProjectControlData = Ok<'/api/socialwork/projects/{id}/control', 'get'>;
export type Supervision = ProjectControlData['supervisions'][number];
export type Opinion = Supervision['opinions'][number];
export type AssessmentOverview = Ok<'/api/socialwork/assessments', 'get'>;
export type ExecutorFigures = AssessmentOverview['executors'][number];

export const projectControlQuery = (id: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'control', id],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/control', { params: { path: { id } } })),
  });

export const assessmentsQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'assessments', from, to],
    queryFn: () => unwrap(api.GET('/api/socialwork/assessments', { params: { query: { from, to } } })),
  });
