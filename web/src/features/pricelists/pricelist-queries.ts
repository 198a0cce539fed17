import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const PRICE_LISTS_KEY = ['price-lists'] as const;

/** Every version of an office's list, newest first as the server orders them. */
export const officeListsQuery = (officeId: string) =>
  queryOptions({
    queryKey: [...PRICE_LISTS_KEY, 'office', officeId],
    queryFn: () => unwrap(api.GET('/api/price-lists', { params: { query: { officeId } } })),
  });

export const priceListQuery = (id: string) =>
  queryOptions({
    queryKey: [...PRICE_LISTS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/price-lists/{id}', { params: { path: { id } } })),
  });

/** The whole catalogue, retired items included (the catalogue page and the price editor). */
export const allItemsQuery = queryOptions({
  queryKey: ['service-items', 'all'],
  queryFn: () => unwrap(api.GET('/api/service-items')),
});

/** After a price list changed: its office's lists (and the posted one quotes use), and its history. */
export function useRefreshPriceLists() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: PRICE_LISTS_KEY }),
      id ? client.invalidateQueries({ queryKey: ['history', 'pricelist', id] }) : Promise.resolve(),
    ]);
}

/** After the catalogue changed. */
export function useRefreshItems() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['service-items'] });
}
