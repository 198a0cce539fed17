import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDate } from '../../platform/time.js';
import { fieldStep, lineAmount, MAX_LINE_FEN, orderNumber, reworkLateSince, serviceTimes, toMilli, totals } from './order.rules.js';

describe('pricing', () => {
  it('multiplies price by quantity in whole fen, rounding half up', () => {
    expect(lineAmount(800, toMilli(85.5)!)).toBe(68400);
    expect(lineAmount(333, toMilli(1.5)!)).toBe(500); // 499.5 → 500
    expect(lineAmount(4000, toMilli(2)!)).toBe(8000);
  });
  it('answers null for a line over the ceiling given, or beyond safe integers, instead of throwing', () => {
    expect(lineAmount(MAX_LINE_FEN, 1000, MAX_LINE_FEN)).toBe(MAX_LINE_FEN);
    expect(lineAmount(MAX_LINE_FEN + 1, 1000, MAX_LINE_FEN)).toBeNull();
    expect(lineAmount(7_413_115_772_848_052, 1000, MAX_LINE_FEN)).toBeNull();
    expect(() => lineAmount(7_413_115_772_848_052, 1000)).toThrow(RangeError);
  });
  it('refuses quantities finer than a thousandth, and zero', () => {
    expect(toMilli(1.0005)).toBeNull();
    expect(toMilli(0)).toBeNull();
    expect(toMilli(0.001)).toBe(1);
  });
  it('totals service fee and materials exactly (A2.4.2.2)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 20 }),
        (l, m) => {
          const t = totals(
            l.map((amountFen) => ({ amountFen })),
            m.map((amountFen) => ({ amountFen })),
          );
          expect(t.totalFen).toBe(t.serviceFeeFen + t.materialFeeFen);
          expect(t.serviceFeeFen).toBe(l.reduce((a, b) => a + b, 0));
          expect(Number.isInteger(t.totalFen)).toBe(true);
        },
      ),
    );
  });
});

describe('service measures', () => {
  it('measures wait to arrival and work over every round', () => {
    const times = serviceTimes({ requestedAt: '2026-11-27T01:00:00Z', arrivedAt: '2026-11-27T02:30:00Z' }, [
      { startedAt: '2026-11-27T02:35:00Z', finishedAt: '2026-11-27T04:35:00Z' },
      { startedAt: '2026-11-27T05:00:00Z', finishedAt: '2026-11-27T05:20:00Z' },
    ]);
    expect(times).toEqual({ waitMinutes: 90, workMinutes: 140 });
  });
});

describe('staff on the way (A7.4.4)', () => {
  const assigned = { state: 'assigned' as const, assignedAt: '2026-12-07T01:00:00.000Z', departedAt: null, arrivedAt: null };
  it('says on the way once the staff set off, arrived once they arrive, and nothing before or after the assigned state', () => {
    expect(fieldStep(assigned)).toBeNull();
    expect(fieldStep({ ...assigned, departedAt: '2026-12-07T01:30:00.000Z' })).toBe('on_the_way');
    expect(fieldStep({ ...assigned, departedAt: '2026-12-07T01:30:00.000Z', arrivedAt: '2026-12-07T02:00:00.000Z' })).toBe('arrived');
    expect(fieldStep({ ...assigned, state: 'in_progress', departedAt: '2026-12-07T01:30:00.000Z' })).toBeNull();
  });
  it('starts over when the order is assigned again (a rework round, other staff): they have not set off yet', () => {
    const reassigned = { ...assigned, assignedAt: '2026-12-08T01:00:00.000Z' };
    expect(fieldStep({ ...reassigned, departedAt: '2026-12-07T01:30:00.000Z', arrivedAt: '2026-12-07T02:00:00.000Z' })).toBeNull();
  });
});

describe('order numbers', () => {
  it('use the business date in the organisation’s zone', () => {
    // 23:30 UTC on the 27th is already the 28th in Shanghai
    expect(businessDate(new Date('2026-11-27T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(orderNumber('JZ', '2026-11-28', 7)).toBe('JZ-20261128-0007');
  });
});

describe('rework started "立即" (A7.4.6)', () => {
  const rejected = { roundNo: 1, outcome: 'rework' as const, decidedAt: '2026-12-01T02:00:00.000Z' };
  const at = (iso: string) => new Date(iso);
  it('is late once the hours since the rejection have passed and the new round has not started', () => {
    expect(reworkLateSince({ state: 'rework', round: 2 }, rejected, 24, at('2026-12-02T01:59:00Z'))).toBeNull();
    expect(reworkLateSince({ state: 'rework', round: 2 }, rejected, 24, at('2026-12-02T02:01:00Z'))).toBe('2026-12-02T02:00:00.000Z');
    // assigned again but not started is still waiting
    expect(reworkLateSince({ state: 'assigned', round: 2 }, rejected, 24, at('2026-12-03T00:00:00Z'))).toBe('2026-12-02T02:00:00.000Z');
  });
  it('is not late once work started, or for a first round', () => {
    expect(reworkLateSince({ state: 'in_progress', round: 2 }, rejected, 24, at('2026-12-05T00:00:00Z'))).toBeNull();
    expect(reworkLateSince({ state: 'assigned', round: 1 }, undefined, 24, at('2026-12-05T00:00:00Z'))).toBeNull();
    expect(reworkLateSince({ state: 'rework', round: 3 }, rejected, 24, at('2026-12-05T00:00:00Z'))).toBeNull();
  });
});
