import type { Tx, UseCase } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { allowed } from '../../platform/machine.js';
import { tenantZone } from '../../platform/tenancy.js';
import { agreementOrderStates, cancelAgreementOrder, createOrderFromAgreement, orderNotStarted } from '../orders/order-from-agreement.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './agreement.repo.js';
import { dueOccurrences, missedOccurrences } from './agreement.rules.js';
import type { Loaded } from './agreement.service.js';
import type { Agreement, Visit } from './agreement.types.js';
import { decideVisit, type VisitCommand } from './agreement-visits.machine.js';

/** The visits of an agreement with the state of their orders and what may be done to each (`manage`: the caller's permission). */
export async function presentVisits(ctx: UseCase, a: Agreement, manage: boolean) {
  const visits = await repo.listVisits(ctx.db, ctx.actor.tenantId, a.id);
  const states = await agreementOrderStates(
    ctx,
    visits.flatMap((v) => (v.orderId ? [v.orderId] : [])),
  );
  return visits.map((v) => {
    const order = v.orderId ? states.get(v.orderId) : undefined;
    const facts = { agreementActive: a.state === 'active', orderStarted: v.orderId !== null && !orderNotStarted(order?.state) };
    const may = (command: VisitCommand) => manage && allowed(decideVisit(v, command, facts));
    return {
      ...v,
      orderState: order?.state ?? null,
      orderFieldStep: order?.fieldStep ?? null,
      abilities: { skip: may('skip'), move: may('move') },
    };
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
      unitId: a.unitId,
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

/** On ending or terminating: every future visit whose work has not started is cancelled, its order with it. */
export async function cancelFutureVisits(tx: Tx, a: Agreement, reason: string): Promise<void> {
  const visits = await repo.listVisits(tx.db, tx.actor.tenantId, a.id);
  const states = await agreementOrderStates(
    tx,
    visits.flatMap((v) => (v.orderId ? [v.orderId] : [])),
  );
  for (const v of visits) {
    if (v.windowStart <= tx.now) continue;
    const orderStarted = v.orderId !== null && !orderNotStarted(states.get(v.orderId)?.state);
    const decision = decideVisit(v, 'cancel', { agreementActive: a.state === 'active', orderStarted });
    // a visit already closed, or whose work has started, stays as it is
    if ('refusal' in decision) continue;
    if (v.orderId) await cancelAgreementOrder(tx, v.orderId, reason);
    const next: Visit = { ...v, state: decision.next, reason, updatedAt: tx.now };
    await repo.updateVisit(tx.db, tx.actor.tenantId, next);
    await tx.audit({ action: 'agreement.visit_cancel', entity: 'agreement', entityId: a.id, before: v, after: next });
  }
}
