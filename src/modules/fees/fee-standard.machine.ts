import { decide, type Machine, refusal } from '../../platform/machine.js';
import type { StandardState } from './fee.types.js';

export type StandardCommand = 'edit' | 'submit' | 'review' | 'return' | 'approve';

/**
 * A standard's life (A2.3): the office drafts and submits it, the HQ business department reviews it (pass or
 * return), the general manager approves it (or returns it); a returned standard is edited and submitted again.
 */
export const standardMachine = (record: string): Machine<StandardState, StandardCommand> => ({
  record,
  table: {
    edit: { from: ['draft', 'returned'] },
    submit: { from: ['draft', 'returned'], to: 'submitted' },
    review: { from: ['submitted'], to: 'reviewed' },
    return: { from: ['submitted', 'reviewed'], to: 'returned' },
    approve: { from: ['reviewed'], to: 'approved' },
  },
  initial: ['draft'],
  terminal: ['approved'],
  refusals: [`${record}.retroactive`, `${record}.period_billed`, `${record}.reason_required`],
});

/**
 * The property-fee standards' machine. Other standards going through the same chain (parking standards, A2.4.1.2)
 * take `standardMachine('<their record>')`: the same table, their own refusal codes.
 */
export const STANDARD_MACHINE = standardMachine('fee_standard');

/** What the guards read, loaded before deciding. */
export interface StandardFacts {
  /** The month it is now in the tenant's zone, `YYYY-MM`. */
  currentMonth: string;
  /** The latest period already billed for the standard's estate and item, or null. */
  lastBilledPeriod: string | null;
  reason?: string | undefined;
}

/**
 * Never retroactive (A2.3): at submit and at approve a standard may not start before the current month, nor in a
 * month that already has bills for its estate and item (those bills keep the standard they were made with).
 */
export function decideStandard(
  standard: { state: StandardState; effectiveMonth: string },
  command: StandardCommand,
  facts: StandardFacts,
  machine: Machine<StandardState, StandardCommand> = STANDARD_MACHINE,
) {
  const r = machine.record;
  return decide(machine, standard.state, command, () => {
    if (command === 'submit' || command === 'approve') {
      if (standard.effectiveMonth < facts.currentMonth) return refusal(`${r}.retroactive`, 'effectiveMonth');
      if (facts.lastBilledPeriod !== null && facts.lastBilledPeriod >= standard.effectiveMonth)
        return refusal(`${r}.period_billed`, 'effectiveMonth');
    }
    if (command === 'return' && !facts.reason?.trim()) return refusal(`${r}.reason_required`, 'reason');
    return null;
  });
}
