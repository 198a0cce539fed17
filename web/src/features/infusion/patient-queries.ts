import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type PatientQuery = QueryOf<'/api/infusion/patients'>;
/** One patient as their page shows them (with what stops a visit); a list row carries the rest. */
export type Patient = Ok<'/api/infusion/patients/{id}', 'get'>;
export type PatientRow = Ok<'/api/infusion/patients', 'get'>['items'][number];
export type Team = Ok<'/api/infusion/teams', 'get'>['items'][number];
export type Mobility = Patient['mobility'];
export type Sex = Patient['sex'];
export type IneligibleReason = Patient['ineligibleReasons'][number];
export type VisitBlocker = Patient['visitBlockers'][number];

export const MOBILITIES: readonly Mobility[] = ['bedridden', 'limited', 'walks'];
export const SEXES: readonly Sex[] = ['female', 'male'];
/** Who registers patients and who works in a team: the permission the team's nurses hold. */
export const NURSE_PERMISSION = 'infusion.patients';

const INFUSION_PATIENTS_KEY = ['infusion', 'patients'] as const;
const INFUSION_TEAMS_KEY = ['infusion', 'teams'] as const;

export const patientListQuery = (query: PatientQuery) =>
  queryOptions({
    queryKey: [...INFUSION_PATIENTS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/infusion/patients', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const patientQuery = (id: string) =>
  queryOptions({
    queryKey: [...INFUSION_PATIENTS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/infusion/patients/{id}', { params: { path: { id } } })),
  });

export const teamListQuery = () =>
  queryOptions({
    queryKey: [...INFUSION_TEAMS_KEY],
    queryFn: () => unwrap(api.GET('/api/infusion/teams', { params: { query: {} } })),
    staleTime: 30_000,
  });

/** After a change to a patient or a team: the lists, the patient pages and the teams are read again. */
export function useInfusionPatientsChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: INFUSION_PATIENTS_KEY }),
      client.invalidateQueries({ queryKey: INFUSION_TEAMS_KEY }),
    ]);
}
