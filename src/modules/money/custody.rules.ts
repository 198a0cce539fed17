import { addFen } from '../../platform/money.js';

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
}

export type CustodyRefusal = { kind: 'unprocessable' | 'conflict'; code: string; field: string };

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
