import { decide, type Machine, refusal } from '../../platform/machine.js';

export const HANDOVER_STATES = ['offered', 'confirmed', 'refused'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];
export type HandoverCommand = 'confirm' | 'refuse';

/** A hand-over of cash (A7.4.7): the holder offers it; the receiver confirms they counted it, or refuses it. */
export const HANDOVER_MACHINE: Machine<HandoverState, HandoverCommand> = {
  record: 'handover',
  table: {
    confirm: { from: ['offered'], to: 'confirmed' },
    refuse: { from: ['offered'], to: 'refused' },
  },
  initial: ['offered'],
  terminal: ['confirmed', 'refused'],
  refusals: [],
};

/** An offer is decided once (who may decide it — the receiver — is the service's check). */
export const decideHandover = (state: HandoverState, command: HandoverCommand) => decide(HANDOVER_MACHINE, state, command);

export const REMITTANCE_STATES = ['submitted', 'confirmed', 'returned'] as const;
export type RemittanceState = (typeof REMITTANCE_STATES)[number];
export type RemittanceCommand = 'confirm' | 'return';

/**
 * A remittance (上缴, A2.4.2.4): the cashier submits a batch; finance confirms the amount it counted, or returns
 * the batch to the cashier with the reason (a count that comes up short), and the cashier remits again.
 */
export const REMITTANCE_MACHINE: Machine<RemittanceState, RemittanceCommand> = {
  record: 'remittance',
  table: {
    confirm: { from: ['submitted'], to: 'confirmed' },
    return: { from: ['submitted'], to: 'returned' },
  },
  initial: ['submitted'],
  terminal: ['confirmed', 'returned'],
  refusals: ['remittance.received_mismatch', 'remittance.reason_required'],
};

/**
 * Confirming needs the amount finance counted, equal to the batch total; returning needs a reason. An absent fact
 * (`receivedFen`, `reason`: not counted or written yet, the button) leaves the state alone to decide.
 */
export function decideRemittance(
  r: { state: RemittanceState; totalFen: number },
  command: RemittanceCommand,
  facts: { receivedFen?: number; reason?: string } = {},
) {
  return decide(REMITTANCE_MACHINE, r.state, command, () => {
    if (command === 'confirm' && facts.receivedFen !== undefined && facts.receivedFen !== r.totalFen)
      return refusal('remittance.received_mismatch', 'receivedFen');
    if (command === 'return' && facts.reason !== undefined && !facts.reason.trim()) return refusal('remittance.reason_required', 'reason');
    return null;
  });
}
