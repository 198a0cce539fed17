import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import {
  agreementOrderStates,
  cancelAgreementOrder,
  createOrderFromAgreement,
  orderNotStarted,
  rescheduleAgreementOrder,
} from '../orders/order-from-agreement.js';
import { paramAt } from '../params/params.service.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { AGREEMENTS_MANAGE } from './agreement.permissions.js';
import * as repo from './agreement.repo.js';
import { dateIn, dueOccurrences, localInstant, missedOccurrences } from './agreement.rules.js';
import { type Loaded, loadAgreement, presentAgreement } from './agreement.service.js';
import type { Agreement, Visit } from './agreement.types.js';

/** Visits still to happen whose order has not started: the ones that can be moved, skipped or called off. */
const OPEN: Visit['state'][] = ['planned', 'moved'];

/** The visits of an agreement with the state of their orders and what may be done to each (`manage`: the caller's permission). */
export async function presentVisits(ctx: UseCase, a: Agreement, manage: boolean) {
  const visits = await repo.listVisits(ctx.db, ctx.actor.tenantId, a.id);
  const states = await agreementOrderStates(
    ctx,
    visits.flatMap((v) => (v.orderId ? [v.orderId] : [])),
  );
  return visits.map((v) => {
    const orderState = v.orderId ? (states.get(v.orderId) ?? null) : null;
    const open = manage && a.state === 'active' && OPEN.includes(v.state) && orderNotStarted(orderState ?? undefined);
    // a missed visit (never planned) can only be explained, whatever the agreement's state since
    return { ...v, orderState, abilities: { skip: open || (manage && v.state === 'missed'), move: open } };
  });
}

/**
 * Plans the visits of an active agreement due within the horizon (`rosterHorizonDays`), each with its own
 * order at the agreed price. Idempotent: an occurrence already planned (in any state) is never planned again,
 * and each occurrence is claimed (unique per agreement and date) before its order is made, so a second
 * planner running at the same moment makes neither twice.
 */
export async function planVisits(tx: Tx, loaded: Pick<Loaded, 'agreement' | 'items' | 'officePath'>): Promise<number> {
  const { agreement: a, items, officePath } = loaded;
  if (a.state !== 'active') return 0;
  const tz = await tenantZone(tx);
  const horizon = await paramAt(tx, officePath, 'rosterHorizonDays');
  const due = dueOccurrences(a.schedule, a, new Date(tx.now), horizon, tz);
  const planned = new Set((await repo.listVisits(tx.db, tx.actor.tenantId, a.id)).map((v) => v.plannedDate));
  let made = 0;
  // days that fell in a gap while the planner did not run: recorded as missed, so the monitor shows them
  for (const d of missedOccurrences(a.schedule, a, new Date(tx.now), tz)) {
    if (planned.has(d.date)) continue;
    const visit: Visit = {
      id: newId(),
      agreementId: a.id,
      plannedDate: d.date,
      windowStart: d.start,
      windowEnd: d.end,
      orderId: null,
      orderNumber: null,
      state: 'missed',
      reason: null,
      movedFrom: null,
      movedTo: null,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    if (!(await repo.claimVisit(tx.db, tx.actor.tenantId, visit))) continue;
    await tx.audit({ action: 'agreement.visit_missed', entity: 'agreement', entityId: a.id, after: visit });
    made++;
  }
  for (const d of due) {
    if (planned.has(d.date)) continue;
    const visit: Visit = {
      id: newId(),
      agreementId: a.id,
      plannedDate: d.date,
      windowStart: d.start,
      windowEnd: d.end,
      orderId: null,
      orderNumber: null,
      state: 'planned',
      reason: null,
      movedFrom: null,
      movedTo: null,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    // claim the occurrence before making its order: a planner running at the same moment makes neither twice
    if (!(await repo.claimVisit(tx.db, tx.actor.tenantId, visit))) continue;
    const order = await createOrderFromAgreement(tx, {
      agreementId: a.id,
      agreementNumber: a.number,
      officeId: a.officeId,
      category: items[0]!.category,
      customerName: a.ownerName,
      customerPhone: a.ownerPhone,
      address: a.address,
      staffCount: a.staffCount,
      lines: items,
      appointmentStart: d.start,
      appointmentEnd: d.end,
      priceAcceptedAt: a.signedAt ?? tx.now,
      notes: a.notes,
      billing: a.paymentTerms === 'monthly' ? 'monthly' : 'per_order',
    });
    await repo.setVisitOrder(tx.db, tx.actor.tenantId, visit.id, order);
    await tx.audit({
      action: 'agreement.visit_plan',
      entity: 'agreement',
      entityId: a.id,
      after: { ...visit, orderId: order.id, orderNumber: order.number },
    });
    made++;
  }
  return made;
}

/** Plans an agreement's visits now (what the daily job does for every active agreement). */
export async function planAgreementVisits(ctx: UseCase, id: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadAgreement(tx, id);
    authorize(tx.actor.access, AGREEMENTS_MANAGE, loaded.officePath, 'agreement');
    return planVisits(tx, loaded);
  });
}

/** On ending or terminating: every future visit whose work has not started is cancelled, its order with it. */
export async function cancelFutureVisits(tx: Tx, a: Agreement, reason: string): Promise<void> {
  const visits = await repo.listVisits(tx.db, tx.actor.tenantId, a.id);
  const states = await agreementOrderStates(
    tx,
    visits.flatMap((v) => (v.orderId ? [v.orderId] : [])),
  );
  for (const v of visits) {
    if (!OPEN.includes(v.state) || v.windowStart <= tx.now) continue;
    if (v.orderId && !orderNotStarted(states.get(v.orderId))) continue;
    if (v.orderId) await cancelAgreementOrder(tx, v.orderId, reason);
    const next: Visit = { ...v, state: 'cancelled', reason, updatedAt: tx.now };
    await repo.updateVisit(tx.db, tx.actor.tenantId, next);
    await tx.audit({ action: 'agreement.visit_cancel', entity: 'agreement', entityId: a.id, before: v, after: next });
  }
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
    if (input.date < dateIn(new Date(tx.now), tz)) throw fieldError('unprocessable', 'agreement.date_past', 'date', 'the day has passed');
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
