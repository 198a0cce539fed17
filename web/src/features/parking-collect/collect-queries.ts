import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type DueQuery = NonNullable<paths['/api/parking/collect/stays']['get']['parameters']['query']>;
export type DueStay = Ok<'/api/parking/collect/stays', 'get'>['items'][number];
export type CollectStay = Ok<'/api/parking/collect/stays/{id}', 'get'>;
export type ReportQuery = paths['/api/parking/reports/daily']['get']['parameters']['query'];
export type DailyReport = Ok<'/api/parking/reports/daily', 'get'>;
export type ReportRow = DailyReport['rows'][number];

export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'pos', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const COLLECT_KEY = ['parking-collect'] as const;

export const dueStaysQuery = (query: DueQuery) =>
  queryOptions({
    queryKey: [...COLLECT_KEY, 'due', query],
    queryFn: () => unwrap(api.GET('/api/parking/collect/stays', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const collectStayQuery = (id: string) =>
  queryOptions({
    queryKey: [...COLLECT_KEY, 'stay', id],
    queryFn: () => unwrap(api.GET('/api/parking/collect/stays/{id}', { params: { path: { id } } })),
  });

export const dailyReportQuery = (query: ReportQuery) =>
  queryOptions({
    queryKey: [...COLLECT_KEY, 'report', query],
    queryFn: () => unwrap(api.GET('/api/parking/reports/daily', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** After a collection or a waiver: the lists and the stay are read again. */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: COLLECT_KEY });
}

/** The printable receipt of a collection (HTML the browser prints), in the page's language. */
export const receiptUrl = (collectionId: string, lang: string) =>
  `/api/parking/collections/${encodeURIComponent(collectionId)}/receipt?size=receipt&lang=${lang === 'en' ? 'en' : 'zh-CN'}`;
