import { describe, expect, it } from 'vitest';
import { basisRange, deadlineMissed, invoiceDueAt, invoiceOverdue, missedInPeriod } from './invoice.rules.js';

const accepted = '2026-11-02T02:00:00.000Z';
const at = (h: number) => new Date(Date.parse(accepted) + h * 3_600_000);

describe('invoice lateness (A7.4.8)', () => {
  it('is due invoiceDeliveryHours after its basis', () => {
    expect(invoiceDueAt(accepted, 24)).toBe('2026-11-03T02:00:00.000Z');
  });

  it('a delivery 25 hours after acceptance is no breach now, but its deadline was missed', () => {
    const u = { basisAt: accepted, deliveredAt: at(25).toISOString() };
    expect(invoiceOverdue(u, 24, at(30))).toBe(false);
    expect(deadlineMissed(u, 24, at(30))).toBe(true);
    expect(missedInPeriod(u, 24, at(30), { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' })).toBe(true);
    expect(missedInPeriod(u, 24, at(30), { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('delivered on the deadline is in time; undelivered is late only once the deadline passed', () => {
    expect(deadlineMissed({ basisAt: accepted, deliveredAt: at(24).toISOString() }, 24, at(40))).toBe(false);
    expect(invoiceOverdue({ basisAt: accepted, deliveredAt: null }, 24, at(24))).toBe(false);
    expect(invoiceOverdue({ basisAt: accepted, deliveredAt: null }, 24, at(24.001))).toBe(true);
  });

  it('the basis range of a period holds exactly the bases whose missed deadlines fall in it', () => {
    const period = { from: '2026-11-03T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' };
    const r = basisRange(24, at(100), period);
    expect(r).toEqual({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-03T00:00:00.000Z' });
    // a period still running stops at now − hours
    expect(basisRange(24, at(30), { from: period.from, to: '2026-12-01T00:00:00.000Z' }).to).toBe(at(6).toISOString());
    expect(basisRange(24, at(30), undefined)).toEqual({ from: null, to: at(6).toISOString() });
  });
});
