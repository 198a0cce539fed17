import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { agreementOrderStates, cancelAgreementOrder, orderNotStarted, rescheduleAgreementOrder } from '../orders/order-from-agreement.js';
import { AGREEMENTS_MANAGE } from './agreement.permissions.js';
import * as repo from './agreement.repo.js';
import { localInstant } from './agreement.rules.js';
import { loadAgreement, presentAgreement } from './agreement.service.js';
import type { Visit } from './agreement.types.js';
import { OPEN, planVisits } from './agreement-visits.plan.js';

/** Plans an agreement's visits now (what the daily job does for every active agreement). */
export async function planAgreementVisits(ctx: UseCase, id: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadAgreement(tx, id);
    authorize(tx.actor.access, AGREEMENTS_MANAGE, loaded.officePath, 'agreement');
    return planVisits(tx, loaded);
  });
}

/**
 * Loads an open visit of an active agreement the caller manages, with its order's state. With `missed`, a missed
 * visit is open too (it can be explained with a reason, even after the agreement ended).
 */
async function openVisit(tx: Tx, agreementId: string, visitId: string, missed = false) {
  const loaded = await loadAgreement(tx, agreementId);
  authorize(tx.actor.access, AGREEMENTS_MANAGE, loaded.officePath, 'agreement');
  const visit = await repo.findVisit(tx.db, tx.actor.tenantId, agreementId, visitId);
  if (!visit) throw notFound('visit');
  if (missed && visit.state === 'missed') return { loaded, visit };
  if (loaded.agreement.state !== 'active')
    throw new DomainError('conflict', 'agreement.invalid_transition', 'only the visits of an agreement in force can change');
  if (!OPEN.includes(visit.state)) throw new DomainError('conflict', 'agreement.visit_closed', `the visit is ${visit.state}`);
  const state = visit.orderId ? (await agreementOrderStates(tx, [visit.orderId])).get(visit.orderId) : undefined;
  if (visit.orderId && !orderNotStarted(state))
    throw new DomainError('unprocessable', 'agreement.visit_started', 'work on this visit has started; it can no longer change');
  return { loaded, visit };
}

/** Skips one visit with the reason (A7.4.9): its order is cancelled with that reason; a missed visit is explained by it. */
export async function skipVisit(ctx: UseCase, agreementId: string, visitId: string, input: { reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const { loaded, visit } = await openVisit(tx, agreementId, visitId, true);
    const reason = input.reason.trim();
    if (visit.orderId) await cancelAgreementOrder(tx, visit.orderId, reason);
    const next: Visit = { ...visit, state: 'skipped', reason, updatedAt: tx.now };
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
    const { loaded, visit } = await openVisit(tx, agreementId, visitId);
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
      state: 'moved',
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
