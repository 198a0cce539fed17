import { addFen } from '../../platform/money.js';

/** What the reconciliation reads for one office and period, stage by stage. */
export interface ReconciliationFacts {
  orders: { id: string; number: string; totalFen: number; acceptedAt: string }[];
  /**
   * Payments of the accepted orders, and the modules' other collections (fees at the desk, parking at the gate:
   * `orderId` null); `ref` is what a person looks the payment up by (order number, payer, plate); only cash
   * (`cash`) goes through custody to a remittance.
   */
  payments: { id: string; orderId: string | null; ref: string; amountFen: number; cash: boolean }[];
  receipts: { id: string; number: string; paymentId: string | null; amountFen: number; voided: boolean }[];
  holdings: { paymentId: string; remittanceId: string | null; settled: boolean }[];
  remittances: { id: string; label: string; totalFen: number; paymentIds: string[]; confirmed: boolean }[];
  /**
   * Payments those remittances also hold that were collected outside the period (a week's cash remitted at once), as
   * custody recorded them: a remittance is whole when all its payments add up, not only the period's.
   */
  remittedOutside?: { id: string; amountFen: number }[];
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

/**
 * One difference: `ref` is what a person looks up (order, receipt or invoice number, or the remittance's
 * cashier and period); for a `…_differs` kind `amountFen` is the recorded amount and `expectedFen` what it
 * should be. Words are the reader's: the web and the Excel export phrase each kind in their language.
 */
export interface Difference {
  kind: DifferenceKind;
  ref: string;
  amountFen: number;
  expectedFen: number | null;
}

/**
 * Walks accepted orders → payments → receipts → custody → remittances → invoices and lists every
 * difference. Pure: the same facts always give the same report; consistent data gives none.
 */
export function reconcile(f: ReconciliationFacts) {
  const diffs: Difference[] = [];
  const add = (kind: DifferenceKind, ref: string, amountFen: number, expectedFen: number | null = null) =>
    diffs.push({ kind, ref, amountFen, expectedFen });
  const paymentByOrder = new Map(f.payments.map((p) => [p.orderId, p]));
  const liveReceipts = f.receipts.filter((r) => !r.voided);
  const receiptByPayment = new Map(liveReceipts.filter((r) => r.paymentId).map((r) => [r.paymentId!, r]));
  const holdingByPayment = new Map(f.holdings.map((h) => [h.paymentId, h]));
  const invoiceByOrder = new Map(f.invoices.map((i) => [i.orderId, i]));
  const paymentIds = new Set(f.payments.map((p) => p.id));

  for (const o of f.orders) {
    // a free order (A4.2: installation, a repair in warranty) is neither paid nor invoiced
    if (o.totalFen === 0) continue;
    const p = paymentByOrder.get(o.id);
    if (!p) add('order_unpaid', o.number, o.totalFen);
    else if (p.amountFen !== o.totalFen) add('payment_amount_differs', o.number, p.amountFen, o.totalFen);
    const inv = invoiceByOrder.get(o.id);
    if (!inv) add('order_without_invoice', o.number, o.totalFen);
    else {
      if (inv.amountFen !== o.totalFen) add('invoice_amount_differs', inv.number, inv.amountFen, o.totalFen);
      if (!inv.delivered) add('invoice_not_delivered', inv.number, inv.amountFen);
    }
  }
  for (const p of f.payments) {
    const r = receiptByPayment.get(p.id);
    if (!r) add('payment_without_receipt', p.ref, p.amountFen);
    else if (r.amountFen !== p.amountFen) add('receipt_amount_differs', r.number, r.amountFen, p.amountFen);
    if (p.cash && !holdingByPayment.get(p.id)?.remittanceId) add('payment_not_remitted', p.ref, p.amountFen);
  }
  for (const r of liveReceipts) {
    if (!r.paymentId || !paymentIds.has(r.paymentId)) add('receipt_without_payment', r.number, r.amountFen);
  }
  const amountOf = new Map([...(f.remittedOutside ?? []), ...f.payments].map((p) => [p.id, p.amountFen]));
  for (const m of f.remittances) {
    const sum = addFen(...m.paymentIds.map((id) => amountOf.get(id) ?? 0));
    if (sum !== m.totalFen) add('remittance_total_differs', m.label, m.totalFen, sum);
    if (!m.confirmed) add('remittance_unconfirmed', m.label, m.totalFen);
  }
  const totals = {
    acceptedFen: addFen(...f.orders.map((o) => o.totalFen)),
    paidFen: addFen(...f.payments.filter((p) => p.orderId !== null).map((p) => p.amountFen)),
    collectedFen: addFen(...f.payments.filter((p) => p.orderId === null).map((p) => p.amountFen)),
    receiptedFen: addFen(...liveReceipts.map((r) => r.amountFen)),
    voidedFen: addFen(...f.receipts.filter((r) => r.voided).map((r) => r.amountFen)),
    remittedFen: addFen(...f.remittances.map((m) => m.totalFen)),
    confirmedFen: addFen(...f.remittances.filter((m) => m.confirmed).map((m) => m.totalFen)),
    invoicedFen: addFen(...f.invoices.map((i) => i.amountFen)),
  };
  return { totals, differences: diffs };
}
