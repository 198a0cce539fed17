import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type FeedbackQuery = QueryOf<'/api/feedback'>;
export type FeedbackRow = Ok<'/api/feedback', 'get'>['items'][number];
export type Feedback = Ok<'/api/feedback/{id}', 'get'>;
export type FeedbackForward = Feedback['forwards'][number];
export type FeedbackReport = Ok<'/api/feedback/report', 'get'>;
export type ValuableSuggestions = Ok<'/api/feedback/valuable-suggestions', 'get'>;
export type ForwardTarget = Ok<'/api/feedback/{id}/forward-targets', 'get'>[number];

export const FEEDBACK_KINDS = ['complaint', 'suggestion', 'inquiry', 'praise'] as const;
export const FEEDBACK_CHANNELS = ['hotline', 'letter', 'visit', 'web', 'callback'] as const;
export const STAFF_CHANNELS = ['hotline', 'letter', 'visit'] as const;
export const FEEDBACK_STATES = ['received', 'replied', 'forwarded', 'resolved', 'told', 'closed', 'spam'] as const;
export const REPLY_HOWS = ['phone', 'sms', 'visit', 'letter', 'in_person'] as const;
export const SATISFACTIONS = ['satisfied', 'neutral', 'dissatisfied'] as const;

export const FEEDBACK_KEY = ['feedback'] as const;

export const feedbackListQuery = (query: FeedbackQuery) =>
  queryOptions({
    queryKey: [...FEEDBACK_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/feedback', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const feedbackQuery = (id: string) =>
  queryOptions({
    queryKey: [...FEEDBACK_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/feedback/{id}', { params: { path: { id } } })),
  });

/** The departments of the company the feedback may be forwarded to, as the server works them out (not the caller's tree). */
export const forwardTargetsQuery = (id: string) =>
  queryOptions({
    queryKey: [...FEEDBACK_KEY, 'forward-targets', id],
    queryFn: () => unwrap(api.GET('/api/feedback/{id}/forward-targets', { params: { path: { id } } })),
  });

export const feedbackReportQuery = (query: QueryOf<'/api/feedback/report'>) =>
  queryOptions({
    queryKey: [...FEEDBACK_KEY, 'report', query],
    queryFn: () => unwrap(api.GET('/api/feedback/report', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const valuableQuery = (query: QueryOf<'/api/feedback/valuable-suggestions'>) =>
  queryOptions({
    queryKey: [...FEEDBACK_KEY, 'valuable', query],
    queryFn: () => unwrap(api.GET('/api/feedback/valuable-suggestions', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** After a step: the lists, the record and the workbench's to-dos are read again. */
export function useFeedbackChanged() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: FEEDBACK_KEY }), client.invalidateQueries({ queryKey: ['workbench'] })]);
}

/** Past its first-reply deadline without a reply, or past its outcome deadline without the customer told. */
export function isOverdue(
  f: Pick<Feedback, 'state' | 'firstReplyAt' | 'toldAt' | 'replyDueAt' | 'outcomeDueAt'>,
  now = Date.now(),
): boolean {
  if (f.state === 'spam') return false;
  if (!f.firstReplyAt && Date.parse(f.replyDueAt) < now) return true;
  return !f.toldAt && f.state !== 'closed' && Date.parse(f.outcomeDueAt) < now;
}
