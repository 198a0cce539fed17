import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountedBill, totalsDeltas } from './bill-totals.rules.js';

const bill = (over: Partial<CountedBill> = {}): CountedBill => ({
  officeId: 'o1',
  estateId: 'e1',
  buildingId: 'b1',
  period: '2026-10',
  paidPeriod: null,
  dueFen: 12_000,
  ...over,
});

describe('totalsDeltas', () => {
  it('adds a new bill to the open row of its building and month', () => {
    expect(totalsDeltas([{ before: null, after: bill() }])).toEqual([
      { officeId: 'o1', estateId: 'e1', buildingId: 'b1', period: '2026-10', paidPeriod: '', dueFen: 12_000, bills: 1 },
    ]);
  });

  it('moves a paid bill from the open row to the month it was paid in', () => {
    expect(totalsDeltas([{ before: bill(), after: bill({ paidPeriod: '2026-11' }) }])).toEqual([
      expect.objectContaining({ paidPeriod: '', dueFen: -12_000, bills: -1 }),
      expect.objectContaining({ paidPeriod: '2026-11', dueFen: 12_000, bills: 1 }),
    ]);
  });

  it('changes only the amount for a reduction on an open bill, and nothing for a write that moves nothing', () => {
    expect(totalsDeltas([{ before: bill(), after: bill({ dueFen: 10_000 }) }])).toEqual([
      expect.objectContaining({ paidPeriod: '', dueFen: -2_000, bills: 0 }),
    ]);
    expect(totalsDeltas([{ before: bill(), after: bill() }])).toEqual([]);
  });

  it('takes a withdrawn bill out of its open row', () => {
    expect(totalsDeltas([{ before: bill(), after: null }])).toEqual([
      expect.objectContaining({ paidPeriod: '', dueFen: -12_000, bills: -1 }),
    ]);
  });

  it('merges the writes of one row: one delta per building, month and month paid', () => {
    const deltas = totalsDeltas([
      { before: null, after: bill({ dueFen: 100 }) },
      { before: null, after: bill({ dueFen: 250 }) },
      { before: null, after: bill({ buildingId: 'b2', dueFen: 7 }) },
    ]);
    expect(deltas).toEqual([
      expect.objectContaining({ buildingId: 'b1', dueFen: 350, bills: 2 }),
      expect.objectContaining({ buildingId: 'b2', dueFen: 7, bills: 1 }),
    ]);
  });

  it('sums to the bills as they end, whatever order the writes come in', () => {
    const aBill = fc.record({
      buildingId: fc.constantFrom('b1', 'b2'),
      period: fc.constantFrom('2026-09', '2026-10'),
      dueFen: fc.integer({ min: 0, max: 1_000_000 }),
      reduction: fc.integer({ min: 0, max: 1_000 }),
      paidPeriod: fc.option(fc.constantFrom('2026-10', '2026-11'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(aBill, { maxLength: 20 }), (bills) => {
        // each bill is written, reduced, then (maybe) paid: three writes
        const changes = bills.flatMap((b) => {
          const made = bill({ buildingId: b.buildingId, period: b.period, dueFen: b.dueFen + b.reduction });
          const reduced = { ...made, dueFen: b.dueFen };
          return [
            { before: null, after: made },
            { before: made, after: reduced },
            { before: reduced, after: { ...reduced, paidPeriod: b.paidPeriod } },
          ];
        });
        const rows = new Map<string, { dueFen: number; bills: number }>();
        for (const d of totalsDeltas(changes)) rows.set(`${d.buildingId}/${d.period}/${d.paidPeriod}`, d);
        for (const key of new Set(bills.map((b) => `${b.buildingId}/${b.period}/${b.paidPeriod ?? ''}`))) {
          const of = bills.filter((b) => `${b.buildingId}/${b.period}/${b.paidPeriod ?? ''}` === key);
          expect(rows.get(key)).toMatchObject({ dueFen: of.reduce((s, b) => s + b.dueFen, 0), bills: of.length });
        }
        expect([...rows.values()].every((r) => r.bills > 0)).toBe(true);
      }),
    );
  });
});
