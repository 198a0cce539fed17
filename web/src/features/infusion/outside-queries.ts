import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type OutsideDrugQuery = QueryOf<'/api/infusion/outside-drugs'>;
export type OutsideDrug = Ok<'/api/infusion/outside-drugs/{id}', 'get'>;
export type OutsideStepOrDone = OutsideDrug['step'];

/** The four signed steps of an outside drug (A5.5), in order, and the state once all are signed. */
export const OUTSIDE_STEPS = ['first_dose', 'gp_check', 'pharmacist_review', 'physician_order'] as const;
export const OUTSIDE_FILTER_STEPS = ['gp_check', 'pharmacist_review', 'physician_order', 'done'] as const;

export const OUTSIDE_KEY = ['infusion', 'outside-drugs'] as const;

export const outsideDrugListQuery = (query: OutsideDrugQuery) =>
  queryOptions({
    queryKey: [...OUTSIDE_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/infusion/outside-drugs', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const outsideDrugQuery = (id: string) =>
  queryOptions({
    queryKey: [...OUTSIDE_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/infusion/outside-drugs/{id}', { params: { path: { id } } })),
  });

export const drugChoicesQuery = (patientId: string) =>
  queryOptions({
    queryKey: [...OUTSIDE_KEY, 'drug-choices', patientId],
    queryFn: () => unwrap(api.GET('/api/infusion/outside-drugs/drug-choices', { params: { query: { patientId } } })),
  });

/**
 * After a step is signed: the outside drugs (list, patient's section) are read again, and the patient with them (the
 * last step makes the order a visit may carry out, which changes what stops a visit).
 */
export function useOutsideChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['infusion'] });
}
