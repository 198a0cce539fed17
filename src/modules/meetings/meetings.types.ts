/**
 * The fixed agenda of a work meeting (篇一 二、工作例会制度): sum up the social-service management, stability (维稳)
 * and safe-community (平安建设) work, analyse the situation, study the major problems, deploy the next steps. The
 * minutes have one text per item, in this order.
 */
export const AGENDA = ['summary', 'stability', 'safety', 'situation', 'problems', 'nextSteps'] as const;
export type AgendaItem = (typeof AGENDA)[number];
export type Minutes = Record<AgendaItem, string>;

/** scheduled → held (its minutes recorded) | cancelled. */
export const MEETING_STATES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const ACTION_STATES = ['open', 'done'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** The action-item list's filters: open ones, open ones past their due day, the caller's own open ones, all. */
export const ACTION_FILTERS = ['open', 'overdue', 'mine', 'all'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];
