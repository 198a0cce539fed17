import { addFen } from '../../platform/money.js';

/** What the reconciliation reads for one office and period, stage by stage. */
export interface ReconciliationFacts {
  orders: { id: string; number: string; totalFen: number; acceptedAt: string }[];
  payments: { id: string; orderId: string; amountFen: number }[];
  receipts: { id: string; number: string; paymentId: string | null; amountFen: number; voided: boolean }[];
  holdings: { paymentId: string; remittanceId: string | null; settled: boolean }[];
  remittances: { id: string; totalFen: number; paymentIds: string[]; confirmed: boolean }[];
  invoices: { orderId: string; number: string; amountFen: number; delivered: boolean }[];
}

export type DifferenceKind =
  | 'order_unpaid'
  | 'payment_amount_differs'
  | 'payment_without_receipt'
  | 'receipt_amount_differs'
  | 'receipt_without_payment'
  | 'payment_not_remitted'
  | 'remittance_total_differs'
  | 'remittance_unconfirmed'
  | 'order_without_invoice'
  | 'invoice_amount_differs'
  | 'invoice_not_delivered';

export interface Difference {
  kind: DifferenceKind;
  ref: string;
  amountFen: number;
  detail: string;
}

/**
 * Walks accepted orders → payments → receipts → custody → remittances → invoices and lists every
 * difference. Pure: the same facts always give the same report; consistent data gives none.
 */
export function reconcile(f: ReconciliationFacts) {
  const diffs: Difference[] = [];
  const paymentByOrder = new Map(f.payments.map((p) => [p.orderId, p]));
  const liveReceipts = f.receipts.filter((r) => !r.voided);
  const receiptByPayment = new Map(liveReceipts.filter((r) => r.paymentId).map((r) => [r.paymentId!, r]));
  const holdingByPayment = new Map(f.holdings.map((h) => [h.paymentId, h]));
  const invoiceByOrder = new Map(f.invoices.map((i) => [i.orderId, i]));
  const paymentIds = new Set(f.payments.map((p) => p.id));

  for (const o of f.orders) {
    const p = paymentByOrder.get(o.id);
    if (!p) diffs.push({ kind: 'order_unpaid', ref: o.number, amountFen: o.totalFen, detail: 'accepted, not paid' });
    else if (p.amountFen !== o.totalFen)
      diffs.push({
        kind: 'payment_amount_differs',
        ref: o.number,
        amountFen: p.amountFen - o.totalFen,
        detail: `${p.amountFen} ≠ ${o.totalFen}`,
      });
    const inv = invoiceByOrder.get(o.id);
    if (!inv) diffs.push({ kind: 'order_without_invoice', ref: o.number, amountFen: o.totalFen, detail: 'no invoice recorded' });
    else {
      if (inv.amountFen !== o.totalFen)
        diffs.push({
          kind: 'invoice_amount_differs',
          ref: inv.number,
          amountFen: inv.amountFen - o.totalFen,
          detail: `${inv.amountFen} ≠ ${o.totalFen}`,
        });
      if (!inv.delivered)
        diffs.push({ kind: 'invoice_not_delivered', ref: inv.number, amountFen: inv.amountFen, detail: 'not yet with the owner' });
    }
  }
  for (const p of f.payments) {
    const r = receiptByPayment.get(p.id);
    if (!r)
      diffs.push({
        kind: 'payment_without_receipt',
        ref: p.id,
        amountFen: p.amountFen,
        detail: 'cash still in the field, or receipt missing',
      });
    else if (r.amountFen !== p.amountFen)
      diffs.push({
        kind: 'receipt_amount_differs',
        ref: r.number,
        amountFen: r.amountFen - p.amountFen,
        detail: `${r.amountFen} ≠ ${p.amountFen}`,
      });
    const h = holdingByPayment.get(p.id);
    if (!h?.remittanceId)
      diffs.push({ kind: 'payment_not_remitted', ref: p.id, amountFen: p.amountFen, detail: 'not yet handed to finance' });
  }
  for (const r of liveReceipts) {
    if (!r.paymentId || !paymentIds.has(r.paymentId))
      diffs.push({
        kind: 'receipt_without_payment',
        ref: r.number,
        amountFen: r.amountFen,
        detail: 'no payment of this office and period',
      });
  }
  const amountOf = new Map(f.payments.map((p) => [p.id, p.amountFen]));
  for (const m of f.remittances) {
    const sum = addFen(...m.paymentIds.map((id) => amountOf.get(id) ?? 0));
    if (sum !== m.totalFen)
      diffs.push({ kind: 'remittance_total_differs', ref: m.id, amountFen: m.totalFen - sum, detail: `${m.totalFen} ≠ ${sum}` });
    if (!m.confirmed) diffs.push({ kind: 'remittance_unconfirmed', ref: m.id, amountFen: m.totalFen, detail: 'finance has not confirmed' });
  }
  const totals = {
    acceptedFen: addFen(...f.orders.map((o) => o.totalFen)),
    paidFen: addFen(...f.payments.map((p) => p.amountFen)),
    receiptedFen: addFen(...liveReceipts.map((r) => r.amountFen)),
    voidedFen: addFen(...f.receipts.filter((r) => r.voided).map((r) => r.amountFen)),
    remittedFen: addFen(...f.remittances.map((m) => m.totalFen)),
    confirmedFen: addFen(...f.remittances.filter((m) => m.confirmed).map((m) => m.totalFen)),
    invoicedFen: addFen(...f.invoices.map((i) => i.amountFen)),
  };
  return { totals, differences: diffs };
}
