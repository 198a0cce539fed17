import { decide, type Machine, refusal } from '../../platform/machine.js';
import type { Callback, CallbackState, FollowUpState, Satisfaction } from './callback.types.js';

export type CallbackCommand = 'record' | 'open_follow_up';

/**
 * A sampled order's callback (回访, A7.4.10): to do until recorded. A call that did not reach the owner is
 * recorded again after another try; one that reached them is final. A dissatisfied callback opens a
 * complaint follow-up (without moving).
 */
export const CALLBACK_MACHINE: Machine<CallbackState, CallbackCommand> = {
  record: 'callback',
  table: {
    record: { from: ['to_do', 'done'], to: 'done' },
    open_follow_up: { from: ['done'] },
  },
  initial: ['to_do'],
  terminal: ['done'],
  refusals: [
    'callback.already_recorded',
    'callback.satisfaction_required',
    'callback.not_reached',
    'callback.not_dissatisfied',
    'callback.follow_up_exists',
  ],
};

/** What the service loaded: the caller's answer (absent for the buttons), whether a follow-up exists. */
export interface CallbackFacts {
  input?: { reached: boolean; satisfaction: Satisfaction | null };
  hasFollowUp?: boolean;
}

export function decideCallback(
  c: Pick<Callback, 'state' | 'reached' | 'satisfaction'>,
  command: CallbackCommand,
  facts: CallbackFacts = {},
) {
  return decide(CALLBACK_MACHINE, c.state, command, () => {
    if (command === 'record') {
      if (c.state === 'done' && c.reached !== false) return refusal('callback.already_recorded', undefined, 'conflict');
      const i = facts.input;
      if (i?.reached && !i.satisfaction) return refusal('callback.satisfaction_required', 'satisfaction');
      if (i && !i.reached && i.satisfaction) return refusal('callback.not_reached', 'satisfaction');
    }
    if (command === 'open_follow_up') {
      if (c.satisfaction !== 'dissatisfied') return refusal('callback.not_dissatisfied');
      if (facts.hasFollowUp) return refusal('callback.follow_up_exists', undefined, 'conflict');
    }
    return null;
  });
}

export type FollowUpCommand = 'close' | 'complaint_closed' | 'complaint_reopened';

/**
 * A complaint follow-up (投诉跟进): open until closed with what was done about it. One opened since issue 17 is the
 * feedback module's complaint too (one record): it is closed and reopened with that complaint, never on its own
 * (`callback.follow_up_is_complaint`); one opened before keeps its own close.
 */
export const FOLLOW_UP_MACHINE: Machine<FollowUpState, FollowUpCommand> = {
  record: 'follow_up',
  table: {
    close: { from: ['open'], to: 'closed' },
    complaint_closed: { from: ['open'], to: 'closed' },
    complaint_reopened: { from: ['closed'], to: 'open' },
  },
  initial: ['open'],
  terminal: [],
  refusals: ['callback.follow_up_is_complaint'],
};

/** What the service loaded: whether the follow-up is a complaint of the feedback module. */
export interface FollowUpFacts {
  hasComplaint?: boolean;
}

export const decideFollowUp = (state: FollowUpState, command: FollowUpCommand, facts: FollowUpFacts = {}) =>
  decide(FOLLOW_UP_MACHINE, state, command, () =>
    command === 'close' && facts.hasComplaint ? refusal('callback.follow_up_is_complaint') : null,
  );
