import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Holding, moneyInHand, refuseHandover, refuseRemittance } from './custody.rules.js';

const h = (paymentId: string, holderId: string, amountFen: number, extra: Partial<Holding> = {}): Holding => ({
  paymentId,
  orderId: null,
  officeId: 'a',
  payer: '住户',
  amountFen,
  holderId,
  holderName: holderId,
  since: '2026-11-27T01:00:00Z',
  receiptId: 'r',
  remittanceId: null,
  settledAt: null,
  collectedAt: '2026-11-27T01:00:00Z',
  ...extra,
});

describe('hand-overs', () => {
  it('move only cash the giver holds', () => {
    expect(refuseHandover('cleaner', 'supervisor', ['p1'], [h('p1', 'cleaner', 100)])).toBeNull();
    expect(refuseHandover('cleaner', 'supervisor', ['p1'], [h('p1', 'other', 100)])?.code).toBe('handover.not_held');
    expect(refuseHandover('cleaner', 'cleaner', ['p1'], [h('p1', 'cleaner', 100)])?.code).toBe('handover.to_self');
  });
});

describe('remittances', () => {
  const held = [
    h('p1', 'cashier', 12000),
    h('p2', 'cashier', 3100),
    h('p3', 'cashier', 500, { receiptId: null }),
    h('p4', 'cashier', 100, { remittanceId: 'old' }),
  ];
  it('take a total equal to the payments, refusing a difference', () => {
    expect(refuseRemittance('cashier', ['p1', 'p2'], held, 15100)).toBeNull();
    expect(refuseRemittance('cashier', ['p1', 'p2'], held, 15000)).toMatchObject({ code: 'remittance.total_mismatch', field: 'totalFen' });
  });
  it('refuse a payment already remitted (409), one without receipt, or one held by someone else', () => {
    expect(refuseRemittance('cashier', ['p4'], held, 100)).toMatchObject({ kind: 'conflict', code: 'remittance.payment_already_remitted' });
    expect(refuseRemittance('cashier', ['p3'], held, 500)?.code).toBe('remittance.no_receipt');
    expect(refuseRemittance('other', ['p1'], held, 12000)?.code).toBe('remittance.not_held');
  });
});

describe('money is conserved', () => {
  it('through any sequence of collections and hand-overs: the total in hand equals what was collected', () => {
    const people = ['cleaner1', 'cleaner2', 'supervisor', 'cashier'];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ collect: fc.integer({ min: 1, max: 100_000 }), by: fc.constantFrom(...people) }),
            fc.record({ from: fc.constantFrom(...people), to: fc.constantFrom(...people) }),
          ),
          {
            maxLength: 60,
          },
        ),
        (steps) => {
          let holdings: Holding[] = [];
          let collected = 0;
          steps.forEach((s, i) => {
            if ('collect' in s) {
              holdings.push(h(`p${i}`, s.by, s.collect));
              collected += s.collect;
            } else {
              const mine = holdings.filter((x) => x.holderId === s.from).map((x) => x.paymentId);
              if (refuseHandover(s.from, s.to, mine, holdings) === null) {
                holdings = holdings.map((x) => (mine.includes(x.paymentId) ? { ...x, holderId: s.to, holderName: s.to } : x));
              }
            }
          });
          const inHand = moneyInHand(holdings).reduce((sum, p) => sum + p.amountFen, 0);
          expect(inHand).toBe(collected);
          expect(new Set(holdings.map((x) => x.paymentId)).size).toBe(holdings.length);
        },
      ),
    );
  });
});
