import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import type { StandardState } from '../fees/fee.types.js';
import { FEE_STANDARDS_APPROVE, FEE_STANDARDS_REVIEW, FEE_STANDARDS_SUBMIT } from '../fees/fees.permissions.js';
import * as repo from './parking-standard.repo.js';

const WAITING_STANDARDS: { key: string; permission: string; state: StandardState }[] = [
  // HQ business: parking standards the offices submitted
  { key: 'parking.standardsToReview', permission: FEE_STANDARDS_REVIEW, state: 'submitted' },
  // the general manager: parking standards HQ business passed
  { key: 'parking.standardsToApprove', permission: FEE_STANDARDS_APPROVE, state: 'reviewed' },
  // the office head: parking standards returned to be fixed and submitted again
  { key: 'parking.standardsToFix', permission: FEE_STANDARDS_SUBMIT, state: 'returned' },
];

/** The caller's parking standards to act on, counted where they hold the step's permission. */
export async function parkingStandardTodos(ctx: UseCase): Promise<Todo[]> {
  const out: Todo[] = [];
  for (const t of WAITING_STANDARDS) {
    const scope = scopeOf(ctx.actor.access, t.permission);
    if (!scope.length) continue;
    out.push({
      key: t.key,
      count: await repo.countInState(ctx.db, ctx.actor.tenantId, scope, t.state),
      link: `/parking-standards?state=${t.state}`,
    });
  }
  return out;
}
