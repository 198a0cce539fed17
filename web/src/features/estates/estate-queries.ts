import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
export type EstateListQuery = NonNullable<paths['/api/estates']['get']['parameters']['query']>;
export type UnitListQuery = NonNullable<paths['/api/estate-units']['get']['parameters']['query']>;
export type ResidentListQuery = NonNullable<paths['/api/estate-residents']['get']['parameters']['query']>;
export type Estate = Ok<'/api/estates/{id}', 'get'>;
export type EstateRow = Ok<'/api/estates', 'get'>['items'][number];
export type Building = Ok<'/api/estate-buildings', 'get'>['items'][number];
export type UnitRow = Ok<'/api/estate-units', 'get'>['items'][number];
export type Unit = Ok<'/api/estate-units/{id}', 'get'>;
export type Resident = Unit['residents'][number];
export type ResidentRow = Ok<'/api/estate-residents', 'get'>['items'][number];

export const USES = ['residential', 'commercial'] as const;
export const OCCUPANCIES = ['occupied', 'vacant', 'decorating'] as const;
export const ROLES = ['owner', 'renter'] as const;

export const ESTATES_KEY = ['estates'] as const;

export const estatesQuery = (query: EstateListQuery) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const estateQuery = (id: string) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/estates/{id}', { params: { path: { id } } })),
  });
export const buildingsQuery = (estateId: string) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'buildings', estateId],
    queryFn: () => unwrap(api.GET('/api/estate-buildings', { params: { query: { estateId, pageSize: 100 } } })),
  });
export const unitsQuery = (query: UnitListQuery) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'units', query],
    queryFn: () => unwrap(api.GET('/api/estate-units', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'unit', id],
    queryFn: () => unwrap(api.GET('/api/estate-units/{id}', { params: { path: { id } } })),
  });
export const residentsQuery = (query: ResidentListQuery) =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'residents', query],
    queryFn: () => unwrap(api.GET('/api/estate-residents', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** 建筑面积 from thousandths of a m²: 89500 → "89.5". */
export function formatArea(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const frac = String(milli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** The largest 建筑面积 the server takes, in m² (its `areaMilli` is at most 100,000,000). */
export const MAX_AREA_M2 = 100_000;

/** A typed area ("89.5") → thousandths, or null when it is not a positive number with at most 3 decimals. */
export function areaToMilli(text: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const milli = Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
  return milli > 0 ? milli : null;
}

/** The address of an export with the list's filters (empty ones left out) and the page's language. */
export function exportHref(path: string, filters: Record<string, string | number | undefined>, language: string): string {
  const params = new URLSearchParams(
    Object.entries({ ...filters, lang: language === 'en' ? 'en' : undefined }).flatMap(([k, v]) =>
      v === undefined || v === '' ? [] : [[k, String(v)]],
    ),
  );
  return `${path}?${params}`;
}

/** "1栋 1单元 0802" (the entrance left out when the building has one). */
export const roomLabel = (u: { buildingName: string; entrance: string; room: string }, entranceWord: (e: string) => string) =>
  [u.buildingName, u.entrance ? entranceWord(u.entrance) : '', u.room].filter(Boolean).join(' ');
