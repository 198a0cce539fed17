import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

export type ArrearsQuery = NonNullable<paths['/api/arrears']['get']['parameters']['query']>;
export type ArrearsPage = Ok<'/api/arrears'>;
export type ArrearsRow = ArrearsPage['items'][number];
export type RateQuery = NonNullable<paths['/api/collection-rate']['get']['parameters']['query']>;
export type RateResult = Ok<'/api/collection-rate'>;
export type RateRow = RateResult['rows'][number];
export type RateLevel = RateResult['level'];

export const LEVELS = ['office', 'estate', 'building', 'unit'] as const;
export const AGE_BUCKETS = ['m1', 'm2to3', 'm4to6', 'over6'] as const;

export const arrearsQuery = (query: ArrearsQuery) =>
  queryOptions({
    queryKey: ['fee-supervision', 'arrears', query],
    queryFn: () => unwrap(api.GET('/api/arrears', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const rateQuery = (query: RateQuery) =>
  queryOptions({
    queryKey: ['fee-supervision', 'rate', query],
    queryFn: () => unwrap(api.GET('/api/collection-rate', { params: { query } })),
    placeholderData: keepPreviousData,
  });

const langParam = (lang: string) => (lang === 'en' ? 'en' : 'zh-CN');

/** The printed 催缴通知单 of one unit. */
export const noticeUrl = (unitId: string, lang: string) => `/api/arrears/${encodeURIComponent(unitId)}/notice?lang=${langParam(lang)}`;

/** The notices of every unit the list's filters match, one page each. */
export function noticesUrl(filters: Record<string, string | number | undefined>, lang: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') p.set(k, String(v));
  p.set('lang', langParam(lang));
  return `/api/arrears/notices?${p}`;
}

/**
 * The bills behind a figure: the bills list (`/bills`) filtered to the row's node and the month, open or paid.
 * `paidMonth` narrows to bills paid in that month (the arrears recovered, which are bills of earlier periods).
 */
export function billsLink(
  node: { officeId?: string | null; estateId?: string | null; buildingId?: string | null; unitId?: string | null },
  q: { period?: string; state?: 'open' | 'paid'; paidMonth?: string; periodBefore?: string },
) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...node, ...q })) if (v) p.set(k, String(v));
  return `/bills?${p}`;
}

/** ‰ → "92.5%", or a dash when there is no rate. */
export const percent = (permille: number | null | undefined) =>
  permille === null || permille === undefined ? '—' : `${(permille / 10).toFixed(1)}%`;

/** The estates the caller sees, for the arrears page's filter. */
export const estateOptionsQuery = () =>
  queryOptions({
    queryKey: ['fee-supervision', 'estates'],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { pageSize: 100, active: 'true' } } })),
  });

/** The buildings of an estate, for the arrears page's filter. */
export const buildingOptionsQuery = (estateId: string) =>
  queryOptions({
    queryKey: ['fee-supervision', 'buildings', estateId],
    queryFn: () => unwrap(api.GET('/api/estate-buildings', { params: { query: { estateId, pageSize: 100 } } })),
  });
