import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export const MONEY_KEY = ['money'] as const;

export type Book = Ok<'/api/receipt-books', 'get'>[number];
export type BookRequest = Ok<'/api/book-requests', 'get'>[number];
export type Receipt = Ok<'/api/receipts', 'get'>['items'][number];
export type DueReceipt = Ok<'/api/receipts/due', 'get'>[number];
export type Holding = Ok<'/api/cash-in-hand', 'get'>[number];
export type Handover = Ok<'/api/handovers', 'get'>[number];
export type Receivers = Ok<'/api/handovers/receivers', 'get'>;
export type Remittance = Ok<'/api/remittances', 'get'>[number];
export type Reconciliation = Ok<'/api/reconciliation', 'get'>;
export type Checks = Ok<'/api/money/checks', 'get'>;
export type OrderInvoiceAnswer = Ok<'/api/orders/{id}/invoice', 'get'>;
export type Invoice = NonNullable<OrderInvoiceAnswer['invoice']>;

export const booksQuery = (state?: Book['state']) =>
  queryOptions({
    queryKey: [...MONEY_KEY, 'books', state ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/receipt-books', { params: { query: state ? { state } : {} } })),
  });
export const bookRequestsQuery = queryOptions({
  queryKey: [...MONEY_KEY, 'book-requests'],
  queryFn: () => unwrap(api.GET('/api/book-requests')),
});
export const receiptsQuery = (query: QueryOf<'/api/receipts'>) =>
  queryOptions({ queryKey: [...MONEY_KEY, 'receipts', query], queryFn: () => unwrap(api.GET('/api/receipts', { params: { query } })) });
/** Field payments into the office's account waiting for the cashier's receipt. */
export const dueReceiptsQuery = queryOptions({
  queryKey: [...MONEY_KEY, 'receipts-due'],
  queryFn: () => unwrap(api.GET('/api/receipts/due')),
});
export const cashInHandQuery = queryOptions({
  queryKey: [...MONEY_KEY, 'cash-in-hand'],
  queryFn: () => unwrap(api.GET('/api/cash-in-hand')),
});
/** Whom I may hand an office's cash to, by the relay the office follows (A7.4.7). */
export const receiversQuery = (officeId: string | undefined) =>
  queryOptions({
    queryKey: [...MONEY_KEY, 'receivers', officeId],
    queryFn: () => unwrap(api.GET('/api/handovers/receivers', { params: { query: { officeId: officeId ?? '' } } })),
    enabled: Boolean(officeId),
    staleTime: 60_000,
    retry: false,
  });
export const handoversQuery = queryOptions({ queryKey: [...MONEY_KEY, 'handovers'], queryFn: () => unwrap(api.GET('/api/handovers')) });
export const remittancesQuery = queryOptions({
  queryKey: [...MONEY_KEY, 'remittances'],
  queryFn: () => unwrap(api.GET('/api/remittances')),
});
export const reconciliationQuery = (query: QueryOf<'/api/reconciliation'>) =>
  queryOptions({
    queryKey: [...MONEY_KEY, 'reconciliation', query],
    queryFn: () => unwrap(api.GET('/api/reconciliation', { params: { query } })),
  });
/** The invoice of an order (null until the cashier records one); a money query, so useRefreshMoney refreshes it. */
export const invoiceQuery = (orderId: string) =>
  queryOptions({
    queryKey: [...MONEY_KEY, 'invoice', orderId],
    queryFn: () => unwrap(api.GET('/api/orders/{id}/invoice', { params: { path: { id: orderId } } })),
  });
/** The checks (books not returned, gaps, invoices late) of one unit, or of all the caller sees. */
export const checksQuery = (officeId?: string) =>
  queryOptions({
    queryKey: [...MONEY_KEY, 'checks', officeId ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/money/checks', { params: { query: officeId ? { officeId } : {} } })),
  });

/** After any money change: every money list may have moved (a receipt moves cash, a book, a report). */
export function useRefreshMoney() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: MONEY_KEY });
}
