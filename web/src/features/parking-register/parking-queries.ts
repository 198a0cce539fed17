import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type CarParkListQuery = NonNullable<paths['/api/car-parks']['get']['parameters']['query']>;
export type SpaceListQuery = NonNullable<paths['/api/parking-spaces']['get']['parameters']['query']>;
export type VehicleListQuery = NonNullable<paths['/api/vehicles']['get']['parameters']['query']>;
export type CarPark = Ok<'/api/car-parks/{id}', 'get'>;
export type Space = Ok<'/api/parking-spaces/{id}', 'get'>;
export type Vehicle = Ok<'/api/vehicles/{id}', 'get'>;
export type PassListQuery = NonNullable<paths['/api/parking/passes']['get']['parameters']['query']>;
export type PassQuoteQuery = paths['/api/parking/passes/quote']['get']['parameters']['query'];
export type Pass = Ok<'/api/parking/passes/{id}', 'get'>;

export const CAR_PARK_KINDS = ['ground', 'underground', 'mechanical'] as const;
export const OWNERSHIPS = ['owned', 'rented', 'public'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** The filters the page keeps in its address: the tab, then each list's own. */
export const REGISTER_FILTERS = ['tab', 'estateId', 'carParkId', 'ownership', 'active', 'state'] as const;
export const TABS = ['carParks', 'spaces', 'vehicles', 'passes'] as const;
export const PASS_STATES = ['active', 'cancelled'] as const;
export type Tab = (typeof TABS)[number];

export const PARKING_KEY = ['parking'] as const;

export const carParksQuery = (query: CarParkListQuery) =>
  queryOptions({
    queryKey: [...PARKING_KEY, 'carParks', query],
    queryFn: () => unwrap(api.GET('/api/car-parks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const spacesQuery = (query: SpaceListQuery) =>
  queryOptions({
    queryKey: [...PARKING_KEY, 'spaces', query],
    queryFn: () => unwrap(api.GET('/api/parking-spaces', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const vehiclesQuery = (query: VehicleListQuery) =>
  queryOptions({
    queryKey: [...PARKING_KEY, 'vehicles', query],
    queryFn: () => unwrap(api.GET('/api/vehicles', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const passesQuery = (query: PassListQuery) =>
  queryOptions({
    queryKey: [...PARKING_KEY, 'passes', query],
    queryFn: () => unwrap(api.GET('/api/parking/passes', { params: { query } })),
    placeholderData: keepPreviousData,
  });
/** What a pass would cost, or why it would be refused (the refusal is the query's error). */
export const passQuoteQuery = (query: PassQuoteQuery | null) =>
  queryOptions({
    queryKey: [...PARKING_KEY, 'passQuote', query],
    queryFn: () => unwrap(api.GET('/api/parking/passes/quote', { params: { query: query! } })),
    enabled: query !== null,
    retry: false,
  });

/** After any change: the register's lists are read again. */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: PARKING_KEY });
}

/** The `active` filter of the address as the API takes it (absent: every record). */
export const activeOf = (v: string | undefined) => (v === 'true' || v === 'false' ? v : undefined);
