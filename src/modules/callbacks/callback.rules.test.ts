import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToTally,
  drawSample,
  drawsOwed,
  emptyTally,
  lateFrom,
  localMonth,
  monthRange,
  monthsEnding,
  previousMonth,
  sampledTypes,
  satisfactionRate,
} from './callback.rules.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`);

describe('drawSample', () => {
  it('reproduces the same sample from the stored seed and candidates', () => {
    const a = drawSample(ids(40), 5, '0badc0de');
    expect(drawSample(ids(40), 5, '0badc0de')).toEqual(a);
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
  });

  it('is pinned: a stored draw keeps giving the sample it gave when drawn', () => {
    expect(drawSample(ids(10), 3, '00000001')).toEqual(drawSample(ids(10), 3, '00000001'));
    expect(drawSample(ids(10), 3, '00000001')).toMatchInlineSnapshot(`
      [
        "o6",
        "o1",
        "o0",
      ]
    `);
  });

  it('takes all the candidates when there are no more than the sample size', () => {
    expect(drawSample(ids(3), 5, 'ffffffff')).toEqual(['o0', 'o1', 'o2']);
    expect(drawSample(ids(5), 5, '12345678')).toEqual(ids(5));
    expect(drawSample([], 5, '12345678')).toEqual([]);
  });

  it('draws distinct candidates only, and different seeds give different samples', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 0xffffffff }), (n, k, s) => {
        const seed = s.toString(16).padStart(8, '0');
        const sample = drawSample(ids(n), k, seed);
        expect(sample).toHaveLength(Math.min(n, k));
        expect(new Set(sample).size).toBe(sample.length);
        for (const id of sample) expect(ids(n)).toContain(id);
      }),
    );
    const seen = new Set(Array.from({ length: 20 }, (_, s) => drawSample(ids(30), 5, s.toString(16).padStart(8, '0')).join()));
    expect(seen.size).toBeGreaterThan(15);
  });

  it('gives every candidate a fair chance', () => {
    const hits = new Map<string, number>();
    for (let s = 0; s < 4000; s++)
      for (const id of drawSample(ids(10), 5, (s * 2654435761).toString(16).slice(-8).padStart(8, '0')))
        hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const id of ids(10)) expect(hits.get(id)).toBeGreaterThan(1700);
  });

  it('refuses a malformed seed', () => {
    expect(() => drawSample(ids(10), 3, 'xyz')).toThrow();
  });
});

describe('months in Asia/Shanghai', () => {
  const zone = 'Asia/Shanghai';
  it('a month starts at local midnight of the 1st, 8 hours before UTC', () => {
    expect(monthRange('2026-11', zone)).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(monthRange('2026-12', zone).to).toBe('2026-12-31T16:00:00.000Z');
  });
  it('an instant just after local midnight on the 1st belongs to the new month', () => {
    expect(localMonth('2026-11-30T15:59:59.999Z', zone)).toBe('2026-11');
    expect(localMonth('2026-11-30T16:00:00.000Z', zone)).toBe('2026-12');
    expect(localMonth('2026-12-31T16:30:00.000Z', zone)).toBe('2027-01');
  });
  it('previous months and the 12 months of a trend cross the year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(monthsEnding('2027-02', 12)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
  it('a month’s callbacks are late from the day after the due day of the next month', () => {
    expect(lateFrom('2026-11', 10)).toBe('2026-12-11');
    expect(lateFrom('2026-12', 1)).toBe('2027-01-02');
    expect(lateFrom('2027-01', 28)).toBe('2027-03-01');
    expect(lateFrom('2027-01', 31)).toBe('2027-03-01');
  });
});

describe('satisfaction rate', () => {
  const tally = (outcomes: ('s' | 'b' | 'd' | 'n' | 'p')[]) =>
    outcomes.reduce(
      (t, o) =>
        addToTally(t, {
          state: o === 'p' ? 'to_do' : 'done',
          reached: o === 'p' ? null : o !== 'n',
          satisfaction: o === 's' ? 'satisfied' : o === 'b' ? 'basically_satisfied' : o === 'd' ? 'dissatisfied' : null,
        }),
      emptyTally(),
    );

  it('is satisfied ÷ reached: not reached and pending callbacks are left out, 基本满意 is not satisfied', () => {
    const t = tally(['s', 's', 'b', 'd', 'n', 'p']);
    expect(t).toEqual({ total: 6, pending: 1, notReached: 1, reached: 4, satisfied: 2, basicallySatisfied: 1, dissatisfied: 1 });
    expect(satisfactionRate(t)).toBe(500);
  });
  it('rounds half up in per mille', () => {
    expect(satisfactionRate(tally(['s', 's', 'd']))).toBe(667);
    expect(satisfactionRate(tally(['s', 'd', 'd']))).toBe(333);
    expect(satisfactionRate(tally(['s', 's', 's', 's', 's', 's', 's', 'd']))).toBe(875);
    expect(satisfactionRate(tally(['s']))).toBe(1000);
  });
  it('has no rate when nobody was reached', () => {
    expect(satisfactionRate(tally(['n', 'p']))).toBeNull();
    expect(satisfactionRate(tally([]))).toBeNull();
  });
});

describe('what the monthly draw samples and owes (A7.4.10)', () => {
  it('draws from the order types switched on, housekeeping when none is', () => {
    expect(sampledTypes({ housekeeping: 1, paid_service: 0, repair: 0, gps_install: 0, gps_repair: 0, infusion_visit: 0 })).toEqual([
      'housekeeping',
    ]);
    expect(sampledTypes({ housekeeping: 1, paid_service: 1, repair: 0, gps_install: 0, gps_repair: 0, infusion_visit: 0 })).toEqual([
      'housekeeping',
      'paid_service',
    ]);
    expect(sampledTypes({ housekeeping: 0, paid_service: 1, repair: 0, gps_install: 0, gps_repair: 0, infusion_visit: 0 })).toEqual([
      'paid_service',
    ]);
    expect(sampledTypes({ housekeeping: 0, paid_service: 0, repair: 0, gps_install: 0, gps_repair: 0, infusion_visit: 0 })).toEqual([
      'housekeeping',
    ]);
    expect(sampledTypes({ housekeeping: 1, paid_service: 0, repair: 1, gps_install: 0, gps_repair: 0, infusion_visit: 0 })).toEqual([
      'housekeeping',
      'repair',
    ]);
  });
  it('owes a draw for every month since the office was created, once that month’s callbacks are late', () => {
    expect(drawsOwed('2026-09', '2026-12-10', 10)).toEqual(['2026-09', '2026-10']);
    expect(drawsOwed('2026-09', '2026-12-11', 10)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(drawsOwed('2026-12', '2026-12-31', 10)).toEqual([]);
    expect(drawsOwed('2026-11', '2027-01-11', 10)).toEqual(['2026-11', '2026-12']);
  });
});
