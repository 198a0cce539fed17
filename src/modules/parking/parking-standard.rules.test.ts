import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { STANDARD_STATES } from '../fees/fee.types.js';
import { decideStandard } from '../fees/fee-standard.machine.js';
import type { TemporaryRate } from './parking-charge.rules.js';
import { PARKING_STANDARD_MACHINE } from './parking-standard.machine.js';
import { sortPassPrices, standardProblems } from './parking-standard.rules.js';

const RATE: TemporaryRate = { freeMinutes: 15, unitMinutes: 60, unitFen: 500, night: null, dailyCapFen: 3000, stayCapFen: null };

describe('parking standard prices (A2.4.1.2)', () => {
  it('accepts a good rate with pass prices, and none at all (a car park for temporary stays only)', () => {
    expect(standardProblems(RATE, [{ ownership: 'rented', monthlyFen: 30000 }])).toEqual([]);
    expect(standardProblems(RATE, [])).toEqual([]);
  });
  it('names the rate’s problems under rate. as the form’s field paths', () => {
    expect(
      standardProblems({ ...RATE, unitMinutes: 7, night: { from: '25:00', to: '07:00', unitFen: 100 }, stayCapFen: 2000 }, []),
    ).toEqual([
      { field: 'rate.unitMinutes', code: 'parking_rate.unit_minutes_not_divisor_of_day' },
      { field: 'rate.night.from', code: 'parking_rate.clock_invalid' },
      { field: 'rate.stayCapFen', code: 'parking_rate.stay_cap_below_daily_cap' },
    ]);
  });
  it('refuses a kind of space priced twice and a price that is not whole non-negative fen, on the row', () => {
    expect(
      standardProblems(RATE, [
        { ownership: 'owned', monthlyFen: 8000 },
        { ownership: 'owned', monthlyFen: -1 },
        { ownership: 'public', monthlyFen: 12.5 },
      ]),
    ).toEqual([
      { field: 'passPrices.1.ownership', code: 'parking_standard.pass_price_duplicate' },
      { field: 'passPrices.1.monthlyFen', code: 'parking_standard.pass_price_invalid' },
      { field: 'passPrices.2.monthlyFen', code: 'parking_standard.pass_price_invalid' },
    ]);
  });
  it('orders pass prices owned, rented, public', () => {
    const sorted = sortPassPrices([
      { ownership: 'public', monthlyFen: 1 },
      { ownership: 'owned', monthlyFen: 2 },
      { ownership: 'rented', monthlyFen: 3 },
    ]);
    expect(sorted.map((p) => p.ownership)).toEqual(['owned', 'rented', 'public']);
  });
});

describe('parking standard machine: the fee standards’ chain with its own codes', () => {
  const facts = { currentMonth: '2026-12', lastBilledPeriod: '2026-12' };
  it('has the same shape as the fee standards’ machine', () => {
    expect(machineFaults(PARKING_STANDARD_MACHINE, STANDARD_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });
  it('refuses as parking_standard.*', () => {
    const d = (effectiveMonth: string, state: (typeof STANDARD_STATES)[number], c: 'submit' | 'approve' | 'return') =>
      decideStandard({ state, effectiveMonth }, c, facts, PARKING_STANDARD_MACHINE);
    expect(d('2026-11', 'draft', 'submit')).toEqual({
      refusal: { kind: 'unprocessable', code: 'parking_standard.retroactive', field: 'effectiveMonth' },
    });
    expect(d('2026-12', 'reviewed', 'approve')).toEqual({
      refusal: { kind: 'unprocessable', code: 'parking_standard.period_billed', field: 'effectiveMonth' },
    });
    expect(d('2027-01', 'reviewed', 'approve')).toEqual({ next: 'approved' });
    expect(d('2027-01', 'submitted', 'return')).toEqual({
      refusal: { kind: 'unprocessable', code: 'parking_standard.reason_required', field: 'reason' },
    });
    expect(d('2027-01', 'approved', 'submit')).toEqual({ refusal: { kind: 'conflict', code: 'parking_standard.invalid_transition' } });
  });
});
