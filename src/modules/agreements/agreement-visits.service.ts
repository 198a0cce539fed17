import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { nextOrThrow } from '../../platform/machine.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { agreementOrderStates, cancelAgreementOrder, orderNotStarted, rescheduleAgreementOrder } from '../orders/order-from-agreement.js';
import { AGREEMENTS_MANAGE } from './agreement.permissions.js';
import * as repo from './agreement.repo.js';
import { localInstant } from './agreement.rules.js';
import { loadAgreement, presentAgreement } from './agreement.service.js';
import type { Visit } from './agreement.types.js';
import { decideVisit, type VisitCommand } from './agreement-visits.machine.js';
import { planVisits } from './agreement-visits.plan.js';

/** Plans an agreement's visits now (what the daily job does for every active agreement). */
export async function planAgreementVisits(ctx: UseCase, id: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadAgreement(tx, id);
    authorize(tx.actor.access, AGREEMENTS_MANAGE, loaded.officePath, 'agreement');
    return planVisits(tx, loaded);
  });
}

/**
 * Loads a visit of an agreement the caller manages, and the state `command` takes it to — or the visit
 * machine's refusal (the agreement not in force, work on the visit's order started, the visit closed).
 */
async function visitFor(tx: Tx, agreementId: string, visitId: string, command: VisitCommand) {
  const loaded = await loadAgreement(tx, agreementId);
  authorize(tx.actor.access, AGREEMENTS_MANAGE, loaded.officePath, 'agreement');
  const visit = await repo.findVisit(tx.db, tx.actor.tenantId, agreementId, visitId);
  if (!visit) throw notFound('visit');
  const orderState = visit.orderId ? (await agreementOrderStates(tx, [visit.orderId])).get(visit.orderId)?.state : undefined;
  const facts = {
    agreementActive: loaded.agreement.state === 'active',
    orderStarted: visit.orderId !== null && !orderNotStarted(orderState),
  };
  const next = nextOrThrow(decideVisit(visit, command, facts), `cannot ${command} a visit that is ${visit.state}`);
  return { loaded, visit, next };
}

/** Skips one visit with the reason (A7.4.9): its order is cancelled with that reason; a missed visit is explained by it. */
export async function skipVisit(ctx: UseCase, agreementId: string, visitId: string, input: { reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const { loaded, visit, next: state } = await visitFor(tx, agreementId, visitId, 'skip');
    const reason = input.reason.trim();
    if (visit.orderId) await cancelAgreementOrder(tx, visit.orderId, reason);
    const next: Visit = { ...visit, state, reason, updatedAt: tx.now };
    await repo.updateVisit(tx.db, tx.actor.tenantId, next);
    await tx.audit({ action: 'agreement.visit_skip', entity: 'agreement', entityId: agreementId, before: visit, after: next });
    return presentAgreement(tx, loaded);
  });
}

export interface MoveInput {
  date: string;
  windowStart: string;
  windowEnd: string;
  reason: string;
}

/** Moves one visit to another day or time with the reason; its order's appointment follows, old and new kept. */
export async function moveVisit(ctx: UseCase, agreementId: string, visitId: string, input: MoveInput) {
  return inTransaction(ctx, async (tx) => {
    const { loaded, visit, next: state } = await visitFor(tx, agreementId, visitId, 'move');
    const tz = await tenantZone(tx);
    if (input.windowEnd <= input.windowStart)
      throw fieldError('unprocessable', 'agreement.window_invalid', 'windowEnd', 'the window ends before it starts');
    if (input.date < businessDate(new Date(tx.now), tz))
      throw fieldError('unprocessable', 'agreement.date_past', 'date', 'the day has passed');
    const a = loaded.agreement;
    if (input.date < a.startDate || input.date > a.endDate)
      throw fieldError('unprocessable', 'agreement.date_outside', 'date', `the agreement runs from ${a.startDate} to ${a.endDate}`);
    const start = localInstant(input.date, input.windowStart, tz);
    const end = localInstant(input.date, input.windowEnd, tz);
    if (start <= tx.now) throw fieldError('unprocessable', 'agreement.date_past', 'windowStart', 'the time has passed');
    const reason = input.reason.trim();
    if (visit.orderId) await rescheduleAgreementOrder(tx, visit.orderId, { start, end, reason });
    const next: Visit = {
      ...visit,
      windowStart: start,
      windowEnd: end,
      state,
      reason,
      movedFrom: visit.windowStart,
      movedTo: start,
      updatedAt: tx.now,
    };
    await repo.updateVisit(tx.db, tx.actor.tenantId, next);
    await tx.audit({ action: 'agreement.visit_move', entity: 'agreement', entityId: agreementId, before: visit, after: next });
    return presentAgreement(tx, loaded);
  });
}
