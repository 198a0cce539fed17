import { type Access, allowsAt } from '../../platform/authz/access.js';
import { addFen } from '../../platform/money.js';
import { ORDERS_ASSIGN } from '../orders/order.permissions.js';
import { PARKING_SUPERVISE } from '../parking/parking.permissions.js';
import { RECEIPTS_ISSUE } from './money.permissions.js';

/** Cash of one payment in someone's hands (A7.4.7): who holds it, since when, and where it went next. */
export interface Holding {
  paymentId: string;
  orderId: string | null;
  officeId: string;
  payer: string;
  amountFen: number;
  holderId: string;
  holderName: string;
  since: string;
  receiptId: string | null;
  remittanceId: string | null;
  settledAt: string | null;
  /** When the payment was collected (the holder changes, this does not). */
  collectedAt: string;
}

export type CustodyRefusal = { kind: 'unprocessable' | 'conflict'; code: string; field: string };

/**
 * Where a person stands in the cash relay at an office (A7.4.7): a cashier (writes receipts), a supervisor
 * (arranges the work: the environment supervisor, the office head; the security supervisor for the guards'
 * parking cash, A2.4.1.2) or field staff (a cleaner, a guard).
 */
export type RelayRole = 'cashier' | 'supervisor' | 'staff';

/** A person's place in the relay at the office at `officePath`, from what they may do there. */
export function relayRoleOf(access: Access, officePath: string): RelayRole {
  if (allowsAt(access, RECEIPTS_ISSUE, officePath)) return 'cashier';
  if (allowsAt(access, ORDERS_ASSIGN, officePath) || allowsAt(access, PARKING_SUPERVISE, officePath)) return 'supervisor';
  return 'staff';
}

/**
 * Whom a holder may hand cash to. When the organisation relays cash through the supervisor (the
 * regulation as written), field staff hand to a supervisor and a supervisor to a cashier (a cashier to
 * another cashier at the desk); field staff whose unit has no supervisor over them (a health station's nurse)
 * hand straight to a cashier. Otherwise anyone hands to a supervisor or a cashier.
 */
export function receiversFor(giver: RelayRole, relay: boolean, unitHasSupervisor = true): RelayRole[] {
  if (!relay) return ['supervisor', 'cashier'];
  if (giver === 'staff') return unitHasSupervisor ? ['supervisor'] : ['cashier'];
  return ['cashier'];
}

/** Field staff hand an order's cash to the supervisor together with its form (家政服务表), when relaying. */
export function formRequired(giver: RelayRole, relay: boolean, orderCash: boolean): boolean {
  return relay && giver === 'staff' && orderCash;
}

/** A hand-over that breaks the relay: the receiver is not the next in the chain, or the form stays behind. */
export function refuseRelay(
  giver: RelayRole,
  receiver: RelayRole | null,
  relay: boolean,
  f: { withForm: boolean; orderCash: boolean; unitHasSupervisor?: boolean },
): CustodyRefusal | null {
  if (!receiver || receiver === 'staff') return { kind: 'unprocessable', code: 'handover.receiver_invalid', field: 'toUserId' };
  if (!receiversFor(giver, relay, f.unitHasSupervisor ?? true).includes(receiver))
    return { kind: 'unprocessable', code: 'handover.relay_broken', field: 'toUserId' };
  if (formRequired(giver, relay, f.orderCash) && !f.withForm)
    return { kind: 'unprocessable', code: 'handover.form_required', field: 'withForm' };
  return null;
}

/**
 * A7.4.7 monitor: cash still on its way to the cashier (no receipt written for it yet) that one person has
 * held for `hours` or more.
 */
export function heldTooLong(h: Holding, now: Date, hours: number): boolean {
  return !h.settledAt && !h.remittanceId && !h.receiptId && Date.parse(h.since) + hours * 3_600_000 < now.getTime();
}

/**
 * A2.4.2.4 monitor (即时收取): an accepted order still unpaid more than `hours` after the owner's acceptance.
 * A visit of an agreement paid monthly is settled with the month, not one by one.
 */
export function unpaidTooLong(
  o: { state: string; acceptedAt: string | null; paidMonthly: boolean; totalFen: number },
  now: Date,
  hours: number,
): boolean {
  // a free order (installation, a repair in warranty, A4.2) owes nothing and is closed without payment
  return (
    o.state === 'accepted' &&
    o.totalFen > 0 &&
    !o.paidMonthly &&
    o.acceptedAt !== null &&
    Date.parse(o.acceptedAt) + hours * 3_600_000 < now.getTime()
  );
}

/** A2.4.2.4 monitor (定期上缴): a payment not remitted to finance within `days` of its collection. */
export function notRemittedInTime(h: Holding, now: Date, days: number): boolean {
  return !h.settledAt && !h.remittanceId && Date.parse(h.collectedAt) + days * 86_400_000 < now.getTime();
}

/** A hand-over: only cash the giver holds now, not yet remitted, each payment once. */
export function refuseHandover(
  giverId: string,
  receiverId: string,
  wanted: readonly string[],
  held: readonly Holding[],
): CustodyRefusal | null {
  if (giverId === receiverId) return { kind: 'unprocessable', code: 'handover.to_self', field: 'toUserId' };
  if (new Set(wanted).size !== wanted.length) return { kind: 'unprocessable', code: 'handover.duplicate_payment', field: 'paymentIds' };
  for (const id of wanted) {
    const h = held.find((x) => x.paymentId === id);
    if (!h || h.holderId !== giverId || h.settledAt) return { kind: 'unprocessable', code: 'handover.not_held', field: 'paymentIds' };
    if (h.remittanceId) return { kind: 'conflict', code: 'remittance.payment_already_remitted', field: 'paymentIds' };
  }
  return null;
}

/**
 * A remittance (上缴) batch: payments the cashier holds, each with its receipt, none remitted before,
 * and a stated total equal to their sum — a difference is refused, never rounded.
 */
export function refuseRemittance(
  cashierId: string,
  wanted: readonly string[],
  held: readonly Holding[],
  statedTotalFen: number,
): CustodyRefusal | null {
  if (wanted.length === 0) return { kind: 'unprocessable', code: 'remittance.empty', field: 'paymentIds' };
  if (new Set(wanted).size !== wanted.length) return { kind: 'unprocessable', code: 'remittance.duplicate_payment', field: 'paymentIds' };
  const batch: Holding[] = [];
  for (const id of wanted) {
    const h = held.find((x) => x.paymentId === id);
    if (h?.remittanceId) return { kind: 'conflict', code: 'remittance.payment_already_remitted', field: 'paymentIds' };
    if (!h || h.holderId !== cashierId || h.settledAt) return { kind: 'unprocessable', code: 'remittance.not_held', field: 'paymentIds' };
    if (!h.receiptId) return { kind: 'unprocessable', code: 'remittance.no_receipt', field: 'paymentIds' };
    batch.push(h);
  }
  if (addFen(...batch.map((h) => h.amountFen)) !== statedTotalFen)
    return { kind: 'unprocessable', code: 'remittance.total_mismatch', field: 'totalFen' };
  return null;
}

/** The money-in-hand view: per person, what they hold and since when (the oldest cash first). */
export function moneyInHand(holdings: readonly Holding[]) {
  const byHolder = new Map<string, { holderId: string; holderName: string; amountFen: number; since: string; payments: Holding[] }>();
  for (const h of holdings) {
    if (h.settledAt || h.remittanceId) continue;
    const entry = byHolder.get(h.holderId) ?? {
      holderId: h.holderId,
      holderName: h.holderName,
      amountFen: 0,
      since: h.since,
      payments: [],
    };
    entry.amountFen = addFen(entry.amountFen, h.amountFen);
    if (h.since < entry.since) entry.since = h.since;
    entry.payments.push(h);
    byHolder.set(h.holderId, entry);
  }
  return [...byHolder.values()].sort((a, b) => a.since.localeCompare(b.since));
}
