import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';
import { serverClockQuery } from '../../app/ui/server-time';

export const JOBS_KEY = ['jobs'] as const;

export type JobPage = Ok<'/api/jobs', 'get'>;
export type Job = JobPage['items'][number];
export type JobRun = Ok<'/api/jobs/{id}/runs', 'get'>[number];
export type DemoClock = Ok<'/api/demo/clock', 'get'>;
export type RunDue = Ok<'/api/jobs/run-due', 'post'>;

export const jobsQuery = (query: QueryOf<'/api/jobs'>) =>
  queryOptions({ queryKey: [...JOBS_KEY, 'list', query], queryFn: () => unwrap(api.GET('/api/jobs', { params: { query } })) });

export const jobRunsQuery = (id: string) =>
  queryOptions({
    queryKey: [...JOBS_KEY, 'runs', id],
    queryFn: () => unwrap(api.GET('/api/jobs/{id}/runs', { params: { path: { id } } })),
  });

export const demoClockQuery = serverClockQuery;

/** After a change, every jobs view reloads. */
export function useRefreshJobs() {
  const client = useQueryClient();
  return () =>
    Promise.all([client.invalidateQueries({ queryKey: JOBS_KEY }), client.invalidateQueries({ queryKey: serverClockQuery.queryKey })]);
}
