import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type ServiceTimeQuery = paths['/api/service-times']['get']['parameters']['query'];
export type ServiceTimeReport = Ok<'/api/service-times', 'get'>;
export type PersonRow = ServiceTimeReport['people'][number];
export type TimedOrder = ServiceTimeReport['orders'][number];

export const serviceTimesQuery = (query: ServiceTimeQuery) =>
  queryOptions({
    queryKey: ['service-times', query],
    queryFn: () => unwrap(api.GET('/api/service-times', { params: { query } })),
    placeholderData: keepPreviousData,
  });
