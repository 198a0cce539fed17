import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import * as custody from './custody.repo.js';
import { custodian } from './custody.service.js';
import { FINANCE_CUSTODIAN, RECEIPTS_ISSUE } from './money.permissions.js';
import * as books from './receipt-book.repo.js';
import { countWaitingNotCash } from './receipt-due.repo.js';

/**
 * The caller's money to-dos: hand-overs offered to them and cash they hold (a relation, for someone who may hold
 * cash), for a cashier the payments taken in the field into the office's account awaiting their receipt, and for finance the remittances to confirm (A2.4.2.4) and the book requests to fulfil (A2.4.3).
 */
export async function moneyTodos(ctx: UseCase): Promise<Todo[]> {
  const { access, tenantId, userId } = ctx.actor;
  const out: Todo[] = [];
  if (userId && custodian(access)) {
    const offered = await custody.handoversOfferedTo(ctx.db, tenantId, userId);
    out.push({ key: 'money.handoversToConfirm', count: offered.count, amountFen: offered.fen, link: '/money/cash' });
    const held = await custody.cashHeldBy(ctx.db, tenantId, userId);
    out.push({ key: 'money.cashInHand', count: held.count, amountFen: held.fen, link: '/money/cash' });
  }
  const cashier = scopeOf(access, RECEIPTS_ISSUE);
  if (cashier.length) {
    // paid into the office's account in the field: the cashier writes their receipts
    const due = await countWaitingNotCash(ctx.db, tenantId, cashier);
    out.push({ key: 'money.receiptsDue', count: due.count, amountFen: due.fen, link: '/money/receipts' });
  }
  const finance = scopeOf(access, FINANCE_CUSTODIAN);
  if (finance.length) {
    const submitted = await custody.submittedRemittances(ctx.db, tenantId, finance);
    out.push({ key: 'money.remittancesToConfirm', count: submitted.count, amountFen: submitted.fen, link: '/money/remittances' });
    out.push({ key: 'money.bookRequests', count: await books.countPendingRequests(ctx.db, tenantId, finance), link: '/money/books' });
  }
  return out;
}
