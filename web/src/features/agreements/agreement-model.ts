import type { Ok, QueryOf } from '../../api/types';

/** One agreement in full, as GET /api/agreements/:id answers (items, visits, abilities). */
export type Agreement = Ok<'/api/agreements/{id}', 'get'>;
export type AgreementSummary = Ok<'/api/agreements', 'get'>['items'][number];
export type AgreementListQuery = QueryOf<'/api/agreements'>;
export type AgreementState = Agreement['state'];
export type Visit = Agreement['visits'][number];
export type PaymentTerms = Agreement['paymentTerms'];

export const AGREEMENT_STATES: readonly AgreementState[] = ['draft', 'signed', 'active', 'ended', 'terminated'];
export const PAYMENT_TERMS: readonly PaymentTerms[] = ['per_visit', 'monthly'];
/** ISO weekdays, Monday first, as the server counts them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
