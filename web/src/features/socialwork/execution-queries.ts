import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';
import { SOCIALWORK_KEY } from './project-queries';

export type Execution = Ok<'/api/socialwork/projects/{id}/execution', 'get'>;
export type ProgressItem = Execution['progressItems'][number];
export type ChangeRequest = Execution['changeRequests'][number];
export type Feedback = Execution['feedback'][number];
export type PlanContent = NonNullable<Execution['planInForce']>['content'];
export const SW_METHODS = ['casework', 'group', 'community'] as const;

/** A project's execution (A3.4): plan in force, progress plan, people, publicity, change requests, feedback. */
export const executionQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'execution', projectId],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/execution', { params: { path: { id: projectId } } })),
  });
