import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type InstallRequestQuery = QueryOf<'/api/gps/install-requests'>;
export type InstallRequestRow = Ok<'/api/gps/install-requests', 'get'>['items'][number];
export type InstallRequest = Ok<'/api/gps/install-requests/{id}', 'get'>;
export type InstallVehicle = InstallRequest['vehicles'][number];
export type InstallVisit = NonNullable<Ok<'/api/gps/install-visits/{id}', 'get'>>;

/** Under the GPS register's key: a fit changes terminals and SIM cards, whose lists are read again with it. */
export const INSTALL_KEY = ['gps', 'install'] as const;

export const installRequestsQuery = (query: InstallRequestQuery) =>
  queryOptions({
    queryKey: [...INSTALL_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/gps/install-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const installRequestQuery = (id: string) =>
  queryOptions({
    queryKey: [...INSTALL_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/gps/install-requests/{id}', { params: { path: { id } } })),
  });

/** The request an order (a visit) serves, with the visit's vehicles; null for any other order. Read again with each
 * version of the order (starting the work opens 安装). */
export const installVisitQuery = (orderId: string, version: number) =>
  queryOptions({
    queryKey: [...INSTALL_KEY, 'visit', orderId, version],
    queryFn: () => unwrap(api.GET('/api/gps/install-visits/{id}', { params: { path: { id: orderId } } })),
  });

/** The customer's vehicles in use, for the request's vehicle list (安装车辆明细). */
export const customerVehiclesQuery = (customerId: string | undefined) =>
  queryOptions({
    queryKey: ['gps', 'vehicles', 'of-customer', customerId],
    queryFn: () => unwrap(api.GET('/api/gps/vehicles', { params: { query: { customerId: customerId!, active: 'true', pageSize: 100 } } })),
    enabled: Boolean(customerId),
  });

/** After a change: the requests, the visits, and the register's devices are read again. */
export function useInstallChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['gps'] });
}

/** The driver and phone as one line, or nothing. */
export const driverOf = (v: { driverName: string; driverPhone: string }) => `${v.driverName} ${v.driverPhone}`.trim();
