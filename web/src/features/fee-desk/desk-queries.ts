import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths> = paths[P]['get'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

export type DeskUnit = Ok<'/api/fee-desk/units/{unitId}'>;
export type OpenBill = DeskUnit['openBills'][number];
export type Advance = Ok<'/api/fee-desk/units/{unitId}/advance'>;
export type FoundUnit = Ok<'/api/estate-units/search'>[number];
export type PaymentListQuery = NonNullable<paths['/api/fee-payments']['get']['parameters']['query']>;
export type PaymentRow = Ok<'/api/fee-payments'>['items'][number];

export const METHODS = ['cash', 'wechat', 'alipay', 'pos', 'transfer'] as const;
export const FEE_DESK_KEY = ['feeDesk'] as const;

export const unitSearchQuery = (q: string) =>
  queryOptions({
    queryKey: [...FEE_DESK_KEY, 'search', q],
    queryFn: () => unwrap(api.GET('/api/estate-units/search', { params: { query: { q } } })),
    enabled: q.length > 0,
  });

export const deskUnitQuery = (unitId: string) =>
  queryOptions({
    queryKey: [...FEE_DESK_KEY, 'unit', unitId],
    queryFn: () => unwrap(api.GET('/api/fee-desk/units/{unitId}', { params: { path: { unitId } } })),
  });

/** Months a unit may pay ahead, as the server's MAX_ADVANCE_MONTHS (desk.rules.ts). */
export const ADVANCE_MONTHS = { min: 0, max: 12 } as const;

export const advanceQuery = (unitId: string, months: number) =>
  queryOptions({
    queryKey: [...FEE_DESK_KEY, 'advance', unitId, months],
    queryFn: () => unwrap(api.GET('/api/fee-desk/units/{unitId}/advance', { params: { path: { unitId }, query: { months } } })),
    enabled: months > 0,
    retry: false,
  });

export const paymentsQuery = (query: PaymentListQuery) =>
  queryOptions({
    queryKey: [...FEE_DESK_KEY, 'payments', query],
    queryFn: () => unwrap(api.GET('/api/fee-payments', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** The printable receipt (the money module prints each bill's item, month and unit as a line). */
export const receiptPrintUrl = (id: string, lang: string) =>
  `/api/receipts/${encodeURIComponent(id)}/print?size=a4&lang=${lang === 'en' ? 'en' : 'zh-CN'}`;

/** 3栋1单元1201 */
export const unitLabel = (u: { buildingName: string; entrance: string; room: string }, entranceOf: (e: string) => string) =>
  `${u.buildingName}${u.entrance ? entranceOf(u.entrance) : ''}${u.room}`;
