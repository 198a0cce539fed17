import type { Order, OrderCommand, OrderState } from './order-model';

/**
 * The workflow's forward steps from each state, in the order they come (报价 → 确认 → 审批 → 派工 →
 * 出发 → 到达 → 开始 → 完工 → 验收 → 收款 → 结案). Repeats (another quote, reassigning), optional facts
 * (materials) and turning back (reject, cancel) are never the next step.
 */
const FORWARD: Record<OrderState, readonly OrderCommand[]> = {
  requested: ['quote'],
  quoted: ['confirm'],
  confirmed: ['approve', 'assign'],
  assigned: ['depart', 'arrive', 'start'],
  in_progress: ['finish'],
  completed: ['accept'],
  rework: ['start'],
  // a free order (GPS under warranty, an installation) has nothing to pay and closes once signed
  accepted: ['pay', 'close'],
  paid: ['close'],
  closed: [],
  cancelled: [],
};

type StepFacts = Pick<Order, 'state' | 'approvedAt'> & { typeDef: Pick<Order['typeDef'], 'approvalBeforeDispatch'> };

/**
 * The step the main (blue) button offers this caller: the first forward step of the order's state among
 * the commands open to them (`open`, from the server's abilities), or none when the next step is someone
 * else's. Before dispatch an order whose type needs approval waits for it: assigning is not the next step.
 */
export function nextStep(order: StepFacts, open: readonly OrderCommand[]): OrderCommand | null {
  const waitsForApproval = order.typeDef.approvalBeforeDispatch && !order.approvedAt;
  for (const c of FORWARD[order.state]) {
    if (c === 'approve' && !waitsForApproval) continue;
    if (c === 'assign' && waitsForApproval) return null;
    if (open.includes(c)) return c;
    if (c === 'approve') return null;
  }
  return null;
}
