import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReconciliationFacts, reconcile } from './reconciliation.rules.js';

/** A consistent office-month: every accepted order paid, receipted, remitted, confirmed, invoiced and delivered. */
function consistent(amounts: number[]): ReconciliationFacts {
  const orders = amounts.map((a, i) => ({ id: `o${i}`, number: `JZ-${i}`, totalFen: a, acceptedAt: '2026-11-02T00:00:00Z' }));
  const payments = orders.map((o, i) => ({
    id: `p${i}`,
    orderId: o.id as string | null,
    ref: o.number,
    amountFen: o.totalFen,
    cash: true,
  }));
  return {
    orders,
    payments,
    receipts: payments.map((p, i) => ({ id: `r${i}`, number: `A-${i}`, paymentId: p.id, amountFen: p.amountFen, voided: false })),
    holdings: payments.map((p) => ({ paymentId: p.id, remittanceId: 'm1', settled: true })),
    remittances: amounts.length
      ? [
          {
            id: 'm1',
            label: '陈静 2026-11-01～2026-11-30',
            totalFen: amounts.reduce((a, b) => a + b, 0),
            paymentIds: payments.map((p) => p.id),
            confirmed: true,
          },
        ]
      : [],
    invoices: orders.map((o, i) => ({ orderId: o.id, number: `FP-${i}`, amountFen: o.totalFen, delivered: true })),
  };
}

describe('reconciliation', () => {
  it('shows zero differences on consistent data, whatever the amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 40 }), (amounts) => {
        const report = reconcile(consistent(amounts));
        expect(report.differences).toEqual([]);
        expect(report.totals.paidFen).toBe(report.totals.acceptedFen);
        expect(report.totals.confirmedFen).toBe(report.totals.paidFen);
      }),
    );
  });
  it('lists a deliberate mismatch at the stage it happens', () => {
    const facts = consistent([12000, 3100]);
    facts.receipts[1] = { ...facts.receipts[1]!, amountFen: 3000 };
    facts.remittances[0] = { ...facts.remittances[0]!, totalFen: 15000 };
    expect(reconcile(facts).differences).toEqual([
      { kind: 'receipt_amount_differs', ref: 'A-1', amountFen: 3000, expectedFen: 3100 },
      { kind: 'remittance_total_differs', ref: '陈静 2026-11-01～2026-11-30', amountFen: 15000, expectedFen: 15100 },
    ]);
  });
  it('counts a remittance’s payments from before the period: a week’s cash remitted at once is whole on any of its days', () => {
    const facts = consistent([12000]);
    // the same remittance also holds Monday's 3,100 fen, outside a report of one day
    facts.remittances[0] = { ...facts.remittances[0]!, totalFen: 15100, paymentIds: [...facts.remittances[0]!.paymentIds, 'monday'] };
    expect(reconcile(facts).differences.map((d) => d.kind)).toEqual(['remittance_total_differs']);
    facts.remittedOutside = [{ id: 'monday', amountFen: 3100 }];
    expect(reconcile(facts).differences).toEqual([]);
  });
  it('follows money that has not reached finance yet', () => {
    const facts = consistent([12000]);
    facts.receipts = [];
    facts.holdings = [{ paymentId: 'p0', remittanceId: null, settled: false }];
    facts.remittances = [];
    expect(reconcile(facts).differences.map((d) => d.kind)).toEqual(['payment_without_receipt', 'payment_not_remitted']);
  });
  it('checks collections outside the orders (fees, parking) from receipt to remittance, cash only through custody', () => {
    const facts = consistent([12000]);
    facts.payments.push(
      { id: 'fee1', orderId: null, ref: '王小明 1-101', amountFen: 50000, cash: false },
      { id: 'park1', orderId: null, ref: '粤B12345', amountFen: 1500, cash: true },
    );
    facts.receipts.push({ id: 'r-fee', number: 'A-9', paymentId: 'fee1', amountFen: 50000, voided: false });
    facts.holdings.push({ paymentId: 'park1', remittanceId: null, settled: false });
    const report = reconcile(facts);
    // the transfer needs no remittance; the gate's cash has neither its receipt nor reached finance
    expect(report.differences).toEqual([
      { kind: 'payment_without_receipt', ref: '粤B12345', amountFen: 1500, expectedFen: null },
      { kind: 'payment_not_remitted', ref: '粤B12345', amountFen: 1500, expectedFen: null },
    ]);
    expect(report.totals.paidFen).toBe(12000);
    expect(report.totals.collectedFen).toBe(51500);
  });
});
