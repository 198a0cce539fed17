import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isNotFound } from '../../api/problem';
import type { paths } from '../../api/schema';
import type { Order, OrderListQuery } from './order-model';

type ItemCategory = NonNullable<NonNullable<paths['/api/service-items']['get']['parameters']['query']>['category']>;

export const ORDERS_KEY = ['orders'] as const;

export const ordersQuery = (query: OrderListQuery) =>
  queryOptions({
    queryKey: [...ORDERS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/orders', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const orderQuery = (id: string) =>
  queryOptions({
    queryKey: [...ORDERS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } } })),
  });

/** The office's posted price list (what a quote must use); null when the office has none. */
export const publishedListQuery = (officeId: string) =>
  queryOptions({
    queryKey: ['price-lists', 'published', officeId],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/price-lists/published', { params: { query: { officeId } } }));
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });

/** Active service items of a category (the catalogue any signed-in user may read). */
export const serviceItemsQuery = (category?: ItemCategory) =>
  queryOptions({
    queryKey: ['service-items', category ?? 'all', 'active'],
    queryFn: () => unwrap(api.GET('/api/service-items', { params: { query: { active: 'true', ...(category ? { category } : {}) } } })),
    staleTime: 60_000,
  });

/** The order types and the detail fields each declares: the forms are built from them. */
export const orderTypesQuery = () =>
  queryOptions({
    queryKey: ['order-types'],
    queryFn: () => unwrap(api.GET('/api/order-types')),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** After an order changed: put the server's answer in place, refresh lists and the order's history. */
export function useOrderChanged() {
  const client = useQueryClient();
  return (order: Order) => {
    client.setQueryData(orderQuery(order.id).queryKey, order);
    void client.invalidateQueries({ queryKey: [...ORDERS_KEY, 'list'] });
    void client.invalidateQueries({ queryKey: ['history', 'order', order.id] });
  };
}
