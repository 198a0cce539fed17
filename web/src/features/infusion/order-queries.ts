import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type OrderQuery = QueryOf<'/api/infusion/orders'>;
export type OrderRow = Ok<'/api/infusion/orders', 'get'>['items'][number];
export type Order = Ok<'/api/infusion/orders/{id}', 'get'>;
export type Override = NonNullable<OrderRow['override']>;

export const ORDER_STATES = ['active', 'completed', 'cancelled'] as const;
export const ROUTES = ['iv_drip', 'iv_push', 'im', 'sc'] as const;
export const ORDERS_KEY = ['infusion', 'orders'] as const;

export const orderListQuery = (query: OrderQuery) =>
  queryOptions({
    queryKey: [...ORDERS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/infusion/orders', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: [...ORDERS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/infusion/orders/{id}', { params: { path: { id } } })),
  });

/** After a write: the orders (and outside drugs an order ends) and the workbench's to-dos are read again. */
export function useOrdersChanged() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['infusion'] }), client.invalidateQueries({ queryKey: ['workbench'] })]);
}

/** The server's limits on an order's fields (infusion-order.schemas.ts). */
export const orderFields = z.object({
  medicalRecordNo: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  dose: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  frequency: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  overrideReason: z.string().check(z.trim(), z.minLength(4), z.maxLength(500)),
  note: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});
