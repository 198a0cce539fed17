import type { Tx, UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import * as repo from './order.repo.js';
import { type FieldStep, fieldStep, lineAmount, newOrderSteps, orderNumber } from './order.rules.js';
import type { Billing, Order, OrderLine, OrderState } from './order.types.js';
import { insertLines } from './order-lines.repo.js';
import { cancelOrder } from './order-steps.service.js';
import { type OrderTypeDef, orderTypeForAgreements } from './order-types.js';

/** The order type that takes an agreement's visits for items of a catalogue category (an agreement's items share one). */
export function orderTypeForCategory(category: string): OrderTypeDef | null {
  return orderTypeForAgreements(category);
}

export interface AgreementVisitOrder {
  agreementId: string;
  agreementNumber: string;
  officeId: string;
  category: string;
  customerName: string;
  customerPhone: string;
  address: string;
  /** The agreement's unit of the estate register, which each visit's order names too. */
  unitId: string | null;
  staffCount: number;
  /** Items at the agreed prices (A7.4.9: each visit at the agreed price, not the list's). */
  lines: { itemId: string; itemName: string; unit: string; quantityMilli: number; unitPriceFen: number }[];
  appointmentStart: string;
  appointmentEnd: string;
  /** When the owner signed the agreement: that signature is their acceptance of the price. */
  priceAcceptedAt: string;
  notes: string | null;
  /** The agreement is paid monthly: the visit is charged on its monthly statement, not alone. */
  billing: Billing;
}

/**
 * The order of one visit of an agreement, made already confirmed: the signed agreement is the owner's
 * acceptance of price, place and time, so the visit starts where a phone request would after confirmation
 * and then takes the normal path (assign, work, the owner's signature, payment).
 */
export async function createOrderFromAgreement(tx: Tx, v: AgreementVisitOrder): Promise<{ id: string; number: string }> {
  const def = orderTypeForCategory(v.category);
  if (!def) throw new DomainError('unprocessable', 'order.item_wrong_type', `no order type takes ${v.category} items`);
  const day = businessDate(new Date(tx.now), await tenantZone(tx));
  const seq = await nextCounter(tx.db, tx.actor.tenantId, `order:${def.prefix}:${day}`);
  const listed: OrderLine[] = v.lines.map((l, i) => ({
    lineNo: i + 1,
    itemId: l.itemId,
    itemName: l.itemName,
    unit: l.unit,
    unitPriceFen: l.unitPriceFen,
    quantityMilli: l.quantityMilli,
    amountFen: lineAmount(l.unitPriceFen, l.quantityMilli),
  }));
  const { lines, ...fees } = def.pricing(listed, [], {});
  const order: Order = {
    id: newId(),
    tenantId: tx.actor.tenantId,
    number: orderNumber(def.prefix, day, seq),
    type: def.code,
    officeId: v.officeId,
    state: 'confirmed',
    version: 1,
    // planned by the agreement, not brought in by the owner that day (来访)
    channel: 'agreement',
    customerName: v.customerName,
    customerPhone: v.customerPhone,
    address: v.address,
    description: [`特约服务协议 ${v.agreementNumber}`, v.notes].filter(Boolean).join('；'),
    staffCount: v.staffCount,
    staffShortReason: null,
    appointmentStart: v.appointmentStart,
    appointmentEnd: v.appointmentEnd,
    priceListId: null,
    priceAcceptedAt: v.priceAcceptedAt,
    approvedAt: null,
    approvedBy: null,
    ...fees,
    ...newOrderSteps(tx.now, tx.actor.displayName),
    quotedAt: tx.now,
    confirmedAt: tx.now,
    agreementId: v.agreementId,
    unitId: v.unitId,
    billing: v.billing,
  };
  await repo.insertOrder(tx.db, order);
  await insertLines(tx.db, tx.actor.tenantId, order.id, lines);
  await tx.audit({ action: 'order.create', entity: 'order', entityId: order.id, after: { ...order, lines } });
  return { id: order.id, number: order.number };
}

/** States in which a visit's order has not started: it may still be moved or called off. */
const NOT_STARTED: OrderState[] = ['requested', 'quoted', 'confirmed', 'assigned'];

/** Where a visit's order is: its state, and whether its staff have set off or arrived (`fieldStep`, as the order reads it). */
export interface AgreementOrderProgress {
  state: OrderState;
  fieldStep: FieldStep | null;
}

/** The orders of an agreement's visits, where each is (for the visits list and the guards). */
export async function agreementOrderStates(ctx: UseCase, orderIds: string[]): Promise<Map<string, AgreementOrderProgress>> {
  if (!orderIds.length) return new Map();
  const rows = await ctx.db
    .selectFrom('orders')
    .select(['id', 'state', 'assigned_at', 'departed_at', 'arrived_at'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', 'in', orderIds)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        state: r.state,
        fieldStep: fieldStep({ state: r.state, assignedAt: r.assigned_at, departedAt: r.departed_at, arrivedAt: r.arrived_at }),
      },
    ]),
  );
}

export const orderNotStarted = (state: OrderState | undefined) => state !== undefined && NOT_STARTED.includes(state);

/** Calls off a visit's order with the reason (skipped visit, ended agreement), through the order's own cancel. */
export async function cancelAgreementOrder(tx: Tx, orderId: string, reason: string): Promise<void> {
  const found = await repo.findOrder(tx.db, tx.actor.tenantId, orderId);
  if (!found || !orderNotStarted(found.order.state)) return;
  await cancelOrder(tx, orderId, { version: found.order.version, reason });
}

/**
 * Moves a visit's order to a new appointment before work starts; the old and new times and the reason are
 * kept in the order's history. The order keeps its state (and its staff, who see the new time).
 */
export async function rescheduleAgreementOrder(tx: Tx, orderId: string, to: { start: string; end: string; reason: string }): Promise<void> {
  const found = await repo.findOrder(tx.db, tx.actor.tenantId, orderId);
  if (!found) throw new DomainError('not_found', 'order.not_found', 'order not found');
  const o = found.order;
  if (!orderNotStarted(o.state) || o.startedAt)
    throw new DomainError('unprocessable', 'agreement.visit_started', 'work on this visit has started; it can no longer be moved');
  const next: Order = { ...o, appointmentStart: to.start, appointmentEnd: to.end, version: o.version + 1, updatedAt: tx.now };
  if (!(await repo.updateOrder(tx.db, o, next)))
    throw new DomainError('conflict', 'record.version_conflict', 'the order was changed by someone else; reload');
  await tx.audit({
    action: 'order.reschedule',
    entity: 'order',
    entityId: o.id,
    before: { appointmentStart: o.appointmentStart, appointmentEnd: o.appointmentEnd },
    after: { appointmentStart: to.start, appointmentEnd: to.end, reason: to.reason },
  });
}
