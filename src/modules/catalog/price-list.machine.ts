import { nextState, type TransitionTable } from '../../platform/machine.js';
import type { PriceListState } from './catalog.types.js';

export type PriceListCommand = 'edit' | 'submit' | 'return' | 'approve' | 'publish' | 'supersede';

/** A price list is prepared, approved by the office head, then posted (公示); the next posted one supersedes it. */
export const PRICE_LIST_MACHINE: TransitionTable<PriceListState, PriceListCommand> = {
  edit: { from: ['draft', 'returned'] },
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  supersede: { from: ['published'], to: 'superseded' },
};

export type PriceListRefusal = 'pricelist.invalid_transition' | 'pricelist.empty' | 'pricelist.reason_required';

/** Decides a command from the list's state and its facts; returns the next state or the refusal. */
export function decidePriceList(
  state: PriceListState,
  command: PriceListCommand,
  facts: { lineCount: number; reason?: string | undefined },
): { next: PriceListState } | { refusal: PriceListRefusal } {
  const next = nextState(PRICE_LIST_MACHINE, state, command);
  if (!next) return { refusal: 'pricelist.invalid_transition' };
  if (command === 'submit' && facts.lineCount === 0) return { refusal: 'pricelist.empty' };
  if (command === 'return' && !facts.reason?.trim()) return { refusal: 'pricelist.reason_required' };
  return { next };
}
