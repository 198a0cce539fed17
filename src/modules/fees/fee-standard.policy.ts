import { type Access, allowsAt } from '../../platform/authz/access.js';
import { openCommands } from '../../platform/machine.js';
import type { StandardState } from './fee.types.js';
import { STANDARD_MACHINE, type StandardCommand } from './fee-standard.machine.js';
import { FEE_STANDARDS_APPROVE, FEE_STANDARDS_REVIEW, FEE_STANDARDS_SUBMIT } from './fees.permissions.js';

/**
 * The permission a command needs on a standard in `state`: the office edits and submits, HQ business reviews
 * (and returns what it reviews), the general manager approves (and returns what HQ passed).
 */
export function permissionFor(command: StandardCommand, state: StandardState): string {
  switch (command) {
    case 'edit':
    case 'submit':
      return FEE_STANDARDS_SUBMIT;
    case 'review':
      return FEE_STANDARDS_REVIEW;
    case 'approve':
      return FEE_STANDARDS_APPROVE;
    case 'return':
      return state === 'reviewed' ? FEE_STANDARDS_APPROVE : FEE_STANDARDS_REVIEW;
  }
}

export interface StandardAbilities {
  edit: boolean;
  submit: boolean;
  review: boolean;
  return: boolean;
  approve: boolean;
}

/** Which buttons the caller sees on a standard of the office at `officePath`: the state allows it and they hold the step's permission there. */
export function standardAbilities(access: Access, standard: { state: StandardState }, officePath: string): StandardAbilities {
  const open = openCommands(STANDARD_MACHINE.table, standard.state);
  const can = (c: StandardCommand) => open.has(c) && allowsAt(access, permissionFor(c, standard.state), officePath);
  return { edit: can('edit'), submit: can('submit'), review: can('review'), return: can('return'), approve: can('approve') };
}
