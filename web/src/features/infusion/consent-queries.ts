import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export type ConsentList = Ok<'/api/infusion/patients/{id}/consents', 'get'>;
export type Consent = ConsentList['items'][number];

export const CONSENTS_KEY = ['infusion', 'consents'] as const;

/** The clauses of the consent, as printed (infusion-consent.messages.ts on the server). */
export const CONSENT_CLAUSES = ['1', '2', '3', '4', '5', '6'] as const;

export const consentsQuery = (patientId: string) =>
  queryOptions({
    queryKey: [...CONSENTS_KEY, patientId],
    queryFn: () => unwrap(api.GET('/api/infusion/patients/{id}/consents', { params: { path: { id: patientId } } })),
  });

/** After a consent is taken or withdrawn: the patient's consents (and whatever shows them) are read again. */
export function useConsentsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['infusion'] });
}

/** The printed form in the UI's language. */
export const consentPrintUrl = (c: Consent, language: string) => `${c.printUrl}${language === 'en' ? '?lang=en' : ''}`;
