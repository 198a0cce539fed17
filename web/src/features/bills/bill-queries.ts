import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
export type BillListQuery = NonNullable<paths['/api/bills']['get']['parameters']['query']>;
export type BillRow = Ok<'/api/bills', 'get'>['items'][number];
export type Bill = Ok<'/api/bills/{id}', 'get'>;
export type Adjustment = Bill['adjustments'][number];
export type BillRun = Ok<'/api/bill-runs/{id}', 'get'>;

export const BILLS_KEY = ['bills'] as const;
/** The list filters a link may carry (the collection-rate and arrears pages link with estateId, period and state). */
export const BILL_FILTERS = ['officeId', 'estateId', 'buildingId', 'unitId', 'period', 'state', 'adjustment'] as const;

export const billsQuery = (query: BillListQuery) =>
  queryOptions({
    queryKey: [...BILLS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/bills', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const billQuery = (id: string) =>
  queryOptions({
    queryKey: [...BILLS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/bills/{id}', { params: { path: { id } } })),
  });
export const runsQuery = (estateId: string) =>
  queryOptions({
    queryKey: [...BILLS_KEY, 'runs', estateId],
    queryFn: () => unwrap(api.GET('/api/bill-runs', { params: { query: { estateId, pageSize: 12 } } })),
  });
/** One run, read again every second while it runs (the progress bar). */
export const runQuery = (id: string) =>
  queryOptions({
    queryKey: [...BILLS_KEY, 'run', id],
    queryFn: () => unwrap(api.GET('/api/bill-runs/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.state === 'running' ? 1000 : false),
  });
export const estateOptionsQuery = () =>
  queryOptions({
    queryKey: [...BILLS_KEY, 'estates'],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { pageSize: 100, active: 'true' } } })),
  });

/** "1栋 0802" (with the entrance when the building has several). */
export const roomOf = (b: { buildingName: string; entrance: string; room: string }) =>
  [b.buildingName, b.entrance ? `${b.entrance}-${b.room}` : b.room].join(' ');
