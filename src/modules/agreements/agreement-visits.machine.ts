import { decide, type Machine, refusal } from '../../platform/machine.js';
import type { Visit, VisitState } from './agreement.types.js';

export type VisitCommand = 'skip' | 'move' | 'cancel';

/**
 * A visit of an agreement (A7.4.9): planned with its order, or recorded as missed when the planner did not
 * run on its day. A visit still to happen is moved (again and again) or skipped with a reason, and cancelled
 * when the agreement ends; a missed one can only be explained (skipped with the reason).
 */
export const VISIT_MACHINE: Machine<VisitState, VisitCommand> = {
  record: 'visit',
  table: {
    move: { from: ['planned', 'moved'], to: 'moved' },
    skip: { from: ['planned', 'moved', 'missed'], to: 'skipped' },
    cancel: { from: ['planned', 'moved'], to: 'cancelled' },
  },
  initial: ['planned', 'missed'],
  terminal: ['skipped', 'cancelled'],
  // the agreement's own code: the page reloads the agreement on it, as on any of its stale commands
  refusals: ['agreement.invalid_transition', 'agreement.visit_started'],
};

/** What the service loaded: whether the agreement is in force, whether work on the visit's order has started. */
export interface VisitFacts {
  agreementActive: boolean;
  orderStarted: boolean;
}

export function decideVisit(v: Pick<Visit, 'state'>, command: VisitCommand, facts: VisitFacts) {
  return decide(VISIT_MACHINE, v.state, command, () => {
    // a missed visit is only explained, whatever became of the agreement since
    if (v.state === 'missed') return null;
    // cancelling is what ending the agreement does; moving and skipping need it in force
    if (command !== 'cancel' && !facts.agreementActive) return refusal('agreement.invalid_transition', undefined, 'conflict');
    if (facts.orderStarted) return refusal('agreement.visit_started');
    return null;
  });
}
