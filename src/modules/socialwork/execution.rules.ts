import type { ChangeState, Decision } from './socialwork.types.js';

/**
 * A3.4: a change of the plan or of the needs takes effect only once BOTH the project supervisor and the organisation
 * head approved it; either one rejecting it ends it. Until both have decided it stays pending.
 */
export function changeOutcome(supervisor: Decision | null, head: Decision | null): ChangeState {
  if (supervisor === 'rejected' || head === 'rejected') return 'rejected';
  if (supervisor === 'approved' && head === 'approved') return 'approved';
  return 'pending';
}
