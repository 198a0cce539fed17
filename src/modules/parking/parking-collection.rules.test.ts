import { describe, expect, it } from 'vitest';
import type { TemporaryRate } from './parking-charge.rules.js';
import { amountMatches, offStandard, payerOf, receiptLine, refuseSettle } from './parking-collection.rules.js';

const SH = 'Asia/Shanghai';
const RATE: TemporaryRate = { freeMinutes: 15, unitMinutes: 60, unitFen: 500, night: null, dailyCapFen: 3000, stayCapFen: null };

describe('the receipt line of a stay', () => {
  it('names the plate and the local clock times, the date once on one day', () => {
    expect(receiptLine('粤B12345', '2026-12-03T00:10:00Z', '2026-12-03T03:25:00Z', SH)).toBe('临时停车费 粤B12345 12-03 08:10–11:25');
  });
  it('gives both dates when the stay ran over midnight (local time)', () => {
    expect(receiptLine('粤B12345', '2026-12-03T14:10:00Z', '2026-12-03T23:25:00Z', SH)).toBe('临时停车费 粤B12345 12-03 22:10–12-04 07:25');
  });
});

describe('settling a stay', () => {
  it('only a due stay may be collected or waived', () => {
    expect(refuseSettle('due')).toBeNull();
    for (const s of ['collected', 'waived', 'parked', 'free', 'pass', 'unmatched', 'no_standard'] as const)
      expect(refuseSettle(s)).toEqual({ code: 'parking_stay.not_due', state: s });
  });
  it('takes exactly the charge, in whole fen', () => {
    expect(amountMatches(2000, 2000)).toBe(true);
    expect(amountMatches(2000, 1999)).toBe(false);
    expect(amountMatches(2000, 2000.5)).toBe(false);
  });
  it('writes the plate as payer when no name is given', () => {
    expect(payerOf('粤B12345', undefined)).toBe('粤B12345');
    expect(payerOf('粤B12345', '  ')).toBe('粤B12345');
    expect(payerOf('粤B12345', ' 王先生 ')).toBe('王先生');
  });
});

describe('a charge off the standard', () => {
  const stay = { enteredAt: '2026-12-03T00:00:00Z', exitedAt: '2026-12-03T02:30:00Z' }; // 2.5 h: 3 units, 15 yuan
  it('is none when the stay was charged what the standard gives', () => {
    expect(offStandard({ ...stay, chargeFen: 1500 }, RATE, SH)).toBeNull();
  });
  it('names what the standard gives when the charge differs', () => {
    expect(offStandard({ ...stay, chargeFen: 1000 }, RATE, SH)).toEqual({ expectedFen: 1500 });
  });
  it('is a breach with nothing expected for a charge without a standard or one the rule cannot price', () => {
    expect(offStandard({ ...stay, chargeFen: 1500 }, null, SH)).toEqual({ expectedFen: null });
    expect(offStandard({ enteredAt: stay.exitedAt, exitedAt: stay.enteredAt, chargeFen: 0 }, RATE, SH)).toEqual({ expectedFen: null });
    expect(offStandard({ ...stay, chargeFen: 1500 }, { ...RATE, unitMinutes: 7 }, SH)).toEqual({ expectedFen: null });
  });
});
