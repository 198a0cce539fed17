import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Ok } from '../../api/types';

export type CustomerListQuery = NonNullable<paths['/api/gps/customers']['get']['parameters']['query']>;
export type VehicleListQuery = NonNullable<paths['/api/gps/vehicles']['get']['parameters']['query']>;
export type ProductListQuery = NonNullable<paths['/api/gps/products']['get']['parameters']['query']>;
export type TerminalListQuery = NonNullable<paths['/api/gps/terminals']['get']['parameters']['query']>;
export type SimListQuery = NonNullable<paths['/api/gps/sims']['get']['parameters']['query']>;
export type Customer = Ok<'/api/gps/customers/{id}', 'get'>;
export type Vehicle = Ok<'/api/gps/vehicles/{id}', 'get'>;
export type Product = Ok<'/api/gps/products/{id}', 'get'>;
export type Terminal = Ok<'/api/gps/terminals/{id}', 'get'>;
export type Sim = Ok<'/api/gps/sims/{id}', 'get'>;
export type DeviceEvent = Ok<'/api/gps/terminals/{id}/history', 'get'>[number];

export const CUSTOMER_KINDS = ['fleet', 'individual'] as const;
export const TERMINAL_STATES = ['in_stock', 'installed', 'in_repair', 'scrapped'] as const;
export const SIM_STATES = ['in_stock', 'in_use', 'suspended', 'cancelled'] as const;
export const SIM_CARRIERS = ['cmcc', 'cucc', 'ctcc'] as const;

export const GPS_KEY = ['gps'] as const;

export const customersQuery = (query: CustomerListQuery) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'customers', query],
    queryFn: () => unwrap(api.GET('/api/gps/customers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const vehiclesQuery = (query: VehicleListQuery) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'vehicles', query],
    queryFn: () => unwrap(api.GET('/api/gps/vehicles', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const productsQuery = (query: ProductListQuery) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'products', query],
    queryFn: () => unwrap(api.GET('/api/gps/products', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const terminalsQuery = (query: TerminalListQuery) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'terminals', query],
    queryFn: () => unwrap(api.GET('/api/gps/terminals', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const simsQuery = (query: SimListQuery) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'sims', query],
    queryFn: () => unwrap(api.GET('/api/gps/sims', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const historyQuery = (kind: 'terminals' | 'sims', id: string) =>
  queryOptions({
    queryKey: [...GPS_KEY, 'history', kind, id],
    queryFn: () =>
      kind === 'terminals'
        ? unwrap(api.GET('/api/gps/terminals/{id}/history', { params: { path: { id } } }))
        : unwrap(api.GET('/api/gps/sims/{id}/history', { params: { path: { id } } })),
  });

/** After any change: the register's lists and histories are read again. */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: GPS_KEY });
}

/** The `active` filter of the address as the API takes it (absent: every record). */
export const activeOf = (v: string | undefined) => (v === 'true' || v === 'false' ? v : undefined);
/** A filter of the address when it is one of `values`. */
export const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;
