import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type ReportQuery = QueryOf<'/api/station-reports'>;
export type ReportList = Ok<'/api/station-reports', 'get'>;
export type Report = Ok<'/api/station-reports/{id}', 'get'>;
export type ReportKind = Report['kind'];
export const REPORT_KINDS: readonly ReportKind[] = ['work', 'public_sentiment'];

export type IncidentQuery = QueryOf<'/api/incidents'>;
export type Incident = Ok<'/api/incidents/{id}', 'get'>;
export type IncidentKind = Incident['kind'];
export type IncidentState = Incident['state'];
export const INCIDENT_KINDS: readonly IncidentKind[] = [
  'criminal_case',
  'public_security_case',
  'group_dispute',
  'safety_accident',
  'disaster',
  'other_major_event',
];
export const INCIDENT_STATES: readonly IncidentState[] = ['recorded', 'reported', 'acknowledged'];

/** The key every query of the feature starts with: one invalidation reads them all again. */
export const REPORTING_KEY = ['reporting'] as const;

export const reportListQuery = (query: ReportQuery) =>
  queryOptions({
    queryKey: [...REPORTING_KEY, 'reports', query],
    queryFn: () => unwrap(api.GET('/api/station-reports', { params: { query } })),
  });

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: [...REPORTING_KEY, 'report', id],
    queryFn: () => unwrap(api.GET('/api/station-reports/{id}', { params: { path: { id } } })),
  });

export const incidentListQuery = (query: IncidentQuery) =>
  queryOptions({
    queryKey: [...REPORTING_KEY, 'incidents', query],
    queryFn: () => unwrap(api.GET('/api/incidents', { params: { query } })),
  });

export const incidentQuery = (id: string) =>
  queryOptions({
    queryKey: [...REPORTING_KEY, 'incident', id],
    queryFn: () => unwrap(api.GET('/api/incidents/{id}', { params: { path: { id } } })),
  });

/** After a change: the feature's lists and records, the workbench's to-dos and the bell are read again. */
export function useReportingChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: REPORTING_KEY }),
      client.invalidateQueries({ queryKey: ['workbench'] }),
      client.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
}
