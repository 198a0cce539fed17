import { decide, type Machine, refusal } from '../../platform/machine.js';
import type { PriceListState } from './catalog.types.js';

export type PriceListCommand = 'edit' | 'submit' | 'return' | 'approve' | 'publish' | 'supersede';

/** A price list is prepared, approved by the office head, then posted (公示); the next posted one supersedes it. */
export const PRICE_LIST_MACHINE: Machine<PriceListState, PriceListCommand> = {
  record: 'pricelist',
  table: {
    edit: { from: ['draft', 'returned'] },
    submit: { from: ['draft', 'returned'], to: 'submitted' },
    return: { from: ['submitted'], to: 'returned' },
    approve: { from: ['submitted'], to: 'approved' },
    publish: { from: ['approved'], to: 'published' },
    supersede: { from: ['published'], to: 'superseded' },
  },
  initial: ['draft'],
  terminal: ['superseded'],
  refusals: ['pricelist.empty', 'pricelist.reason_required'],
};

/** Decides a command from the list's state and its facts; returns the next state or the refusal. */
export function decidePriceList(
  state: PriceListState,
  command: PriceListCommand,
  facts: { lineCount: number; reason?: string | undefined },
) {
  return decide(PRICE_LIST_MACHINE, state, command, () => {
    if (command === 'submit' && facts.lineCount === 0) return refusal('pricelist.empty');
    if (command === 'return' && !facts.reason?.trim()) return refusal('pricelist.reason_required');
    return null;
  });
}
