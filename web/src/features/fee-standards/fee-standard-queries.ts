import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type StandardListQuery = NonNullable<paths['/api/fee-standards']['get']['parameters']['query']>;
export type Standard = Ok<'/api/fee-standards/{id}', 'get'>;
export type StandardRow = Ok<'/api/fee-standards', 'get'>['items'][number];
export type FeeItem = Ok<'/api/fee-items', 'get'>[number];
export type Rate = Standard['rates'][number];
export type StandardState = Standard['state'];
export type Basis = Standard['basis'];

export const STATES = ['draft', 'submitted', 'reviewed', 'approved', 'returned'] as const satisfies readonly StandardState[];
export const BASES = ['per_area', 'per_unit'] as const satisfies readonly Basis[];
export const RATE_USES = ['*', 'residential', 'commercial'] as const satisfies readonly Rate['use'][];
export const RATE_OCCUPANCIES = ['*', 'occupied', 'vacant', 'decorating'] as const satisfies readonly Rate['occupancy'][];

const KEY = ['fee-standards'] as const;

export const standardsQuery = (query: StandardListQuery) =>
  queryOptions({
    queryKey: [...KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/fee-standards', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const standardQuery = (id: string) =>
  queryOptions({
    queryKey: [...KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/fee-standards/{id}', { params: { path: { id } } })),
  });
export const feeItemsQuery = queryOptions({
  queryKey: ['fee-items'],
  queryFn: () => unwrap(api.GET('/api/fee-items')),
});
/** The estates the caller may pick for a standard (the register's list, up to 100). */
export const estateOptionsQuery = queryOptions({
  queryKey: ['estates', 'list', { page: 1, pageSize: 100, active: 'true' }],
  queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { page: 1, pageSize: 100, active: 'true' } } })),
});

/** After a standard changed: the lists, the record, its history and the workbench's counts. */
export function useRefreshStandards() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: KEY }),
      client.invalidateQueries({ queryKey: ['workbench'] }),
      id ? client.invalidateQueries({ queryKey: ['history', 'fee_standard', id] }) : Promise.resolve(),
    ]);
}

export function useRefreshItems() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['fee-items'] });
}

/** The month after a business date's, `YYYY-MM` (a new standard's default: never retroactive). */
export function nextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A rate as the office reads it: ¥1.80/㎡·月 or ¥8.00/户·月 (the unit words come from the caller's language). */
export const rateText = (rateFen: number, unit: string, format: (fen: number) => string) => `${format(rateFen)}${unit}`;
