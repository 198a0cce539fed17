import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : never;

export type ParkingStandardListQuery = NonNullable<paths['/api/parking/standards']['get']['parameters']['query']>;
export type ParkingStandard = Ok<'/api/parking/standards/{id}', 'get'>;
export type ParkingStandardRow = Ok<'/api/parking/standards', 'get'>['items'][number];
export type TemporaryRate = ParkingStandard['rate'];
export type PassPrice = ParkingStandard['passPrices'][number];
export type Ownership = PassPrice['ownership'];

/** The kinds of space a pass may be priced for, in the order the pages show them. */
export const OWNERSHIPS = ['owned', 'rented', 'public'] as const satisfies readonly Ownership[];

const KEY = ['parking-standards'] as const;

export const parkingStandardsQuery = (query: ParkingStandardListQuery) =>
  queryOptions({
    queryKey: [...KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/parking/standards', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const parkingStandardQuery = (id: string) =>
  queryOptions({
    queryKey: [...KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/parking/standards/{id}', { params: { path: { id } } })),
  });

/** After a standard changed: the lists, the record, its history and the workbench's counts. */
export function useRefreshParkingStandards() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: KEY }),
      client.invalidateQueries({ queryKey: ['workbench'] }),
      id ? client.invalidateQueries({ queryKey: ['history', 'parking_standard', id] }) : Promise.resolve(),
    ]);
}
