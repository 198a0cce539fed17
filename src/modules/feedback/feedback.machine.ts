import { decide, type Machine, refusal } from '../../platform/machine.js';
import type { Feedback, FeedbackState } from './feedback.types.js';

export type FeedbackCommand = 'reply' | 'forward' | 'answer' | 'resolve' | 'tell' | 'close' | 'reopen' | 'mark_spam' | 'mark_valuable';

const LIVE: FeedbackState[] = ['received', 'replied', 'forwarded', 'resolved', 'told', 'closed'];

/**
 * Customer feedback (A4.5): received → first reply → forwarded to departments (each answers) → resolved →
 * outcome told to the customer → closed; reopened when the customer is not satisfied; a web-form submission
 * nobody should answer is marked spam.
 */
export const FEEDBACK_MACHINE: Machine<FeedbackState, FeedbackCommand> = {
  record: 'feedback',
  table: {
    reply: { from: ['received'], to: 'replied' },
    forward: { from: ['replied', 'forwarded'], to: 'forwarded' },
    answer: { from: ['forwarded'] },
    resolve: { from: ['replied', 'forwarded'], to: 'resolved' },
    tell: { from: ['resolved'], to: 'told' },
    close: { from: ['told'], to: 'closed' },
    reopen: { from: ['told', 'closed'], to: 'replied' },
    mark_spam: { from: ['received'], to: 'spam' },
    mark_valuable: { from: LIVE },
  },
  initial: ['received'],
  terminal: ['spam'],
  refusals: [
    'feedback.forward_unanswered',
    'feedback.forward_answered',
    'feedback.customer_satisfied',
    'feedback.not_public',
    'feedback.not_suggestion',
  ],
};

/** What the service loaded: how many forwards are still unanswered, whether the one being answered is. */
export interface FeedbackFacts {
  unansweredForwards?: number;
  forwardAnswered?: boolean;
}

export function decideFeedback(
  f: Pick<Feedback, 'state' | 'channel' | 'kind' | 'outcomeSatisfaction'>,
  command: FeedbackCommand,
  facts: FeedbackFacts = {},
) {
  return decide(FEEDBACK_MACHINE, f.state, command, () => {
    if (command === 'resolve' && (facts.unansweredForwards ?? 0) > 0) return refusal('feedback.forward_unanswered');
    if (command === 'answer' && facts.forwardAnswered) return refusal('feedback.forward_answered', undefined, 'conflict');
    if (command === 'reopen' && f.outcomeSatisfaction === 'satisfied') return refusal('feedback.customer_satisfied');
    if (command === 'mark_spam' && f.channel !== 'web') return refusal('feedback.not_public');
    if (command === 'mark_valuable' && f.kind !== 'suggestion') return refusal('feedback.not_suggestion');
    return null;
  });
}
