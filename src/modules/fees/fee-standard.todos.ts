import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import type { StandardState } from './fee.types.js';
import * as repo from './fee-standard.repo.js';
import { FEE_STANDARDS_APPROVE, FEE_STANDARDS_REVIEW, FEE_STANDARDS_SUBMIT } from './fees.permissions.js';

const WAITING_STANDARDS: { key: string; permission: string; state: StandardState }[] = [
  // HQ business: standards the offices submitted
  { key: 'fees.standardsToReview', permission: FEE_STANDARDS_REVIEW, state: 'submitted' },
  // the general manager: standards HQ business passed
  { key: 'fees.standardsToApprove', permission: FEE_STANDARDS_APPROVE, state: 'reviewed' },
  // the office head: standards returned to be fixed and submitted again
  { key: 'fees.standardsToFix', permission: FEE_STANDARDS_SUBMIT, state: 'returned' },
];

/** The caller's standards to act on, counted where they hold the step's permission. */
export async function standardTodos(ctx: UseCase): Promise<Todo[]> {
  const out: Todo[] = [];
  for (const t of WAITING_STANDARDS) {
    const scope = scopeOf(ctx.actor.access, t.permission);
    if (!scope.length) continue;
    out.push({
      key: t.key,
      count: await repo.countInState(ctx.db, ctx.actor.tenantId, scope, t.state),
      link: `/fee-standards?state=${t.state}`,
    });
  }
  return out;
}
