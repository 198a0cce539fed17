import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureEvidence, fixedOnTime, judge, passRate, periodOf, periodsBetween, rectifyDueAt } from './cleaning.rules.js';

const butts = { thresholdMax: 2, thresholdUnit: 'per_100m2' as const };
const visual = { thresholdMax: null, thresholdUnit: null };

describe('judge (A6.1 numeric thresholds)', () => {
  it('three butts on 100 m² fail a check that allows two; two pass', () => {
    expect(judge(butts, { value: 3, photos: 0 })).toEqual({ ok: true, passed: false, value: 3 });
    expect(judge(butts, { value: 2, photos: 0 })).toEqual({ ok: true, passed: true, value: 2 });
  });

  it('passes exactly the values at most the maximum, whatever the inspector ticked', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.option(fc.boolean(), { nil: undefined }), (max, value, ticked) => {
        const r = judge({ thresholdMax: max, thresholdUnit: 'mm' }, { value, passed: ticked, photos: 0 });
        expect(r).toEqual({ ok: true, passed: value <= max, value });
      }),
    );
  });

  it('refuses a numeric check without a whole, non-negative value', () => {
    expect(judge(butts, { passed: true, photos: 0 })).toEqual({ ok: false, code: 'cleaning.value_required' });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true })), (value) => {
        expect(judge(butts, { value, photos: 0 })).toEqual({ ok: false, code: 'cleaning.value_invalid' });
      }),
    );
  });

  it('takes the pass or fail of a check without a threshold, and refuses a value for it', () => {
    expect(judge(visual, { passed: false, photos: 1 })).toEqual({ ok: true, passed: false, value: null });
    expect(judge(visual, { photos: 0 })).toEqual({ ok: false, code: 'cleaning.result_required' });
    expect(judge(visual, { passed: true, value: 1, photos: 0 })).toEqual({ ok: false, code: 'cleaning.value_not_numeric' });
  });

  it('asks a failure for a photo and then a note', () => {
    expect(failureEvidence({ photos: 0, note: '三个烟头' })).toBe('cleaning.photo_required');
    expect(failureEvidence({ photos: 1, note: '  ' })).toBe('cleaning.note_required');
    expect(failureEvidence({ photos: 1, note: '三个烟头' })).toBeNull();
  });
});

describe('periods of a plan', () => {
  it('is the day, the Monday-to-Sunday week, or the calendar month', () => {
    expect(periodOf('daily', '2026-12-04')).toEqual({ start: '2026-12-04', end: '2026-12-04' });
    expect(periodOf('weekly', '2026-12-04')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(periodOf('weekly', '2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(periodOf('weekly', '2026-12-06')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(periodOf('monthly', '2027-02-14')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(periodOf('monthly', '2028-02-29')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('lists the periods between two dates without gaps or overlaps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const),
        fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }),
        fc.nat(120),
        (f, d, span) => {
          const from = d.toISOString().slice(0, 10);
          const to = new Date(d.getTime() + span * 86_400_000).toISOString().slice(0, 10);
          const ps = periodsBetween(f, from, to, 10_000);
          expect(ps[0]).toEqual(periodOf(f, from));
          expect(ps.at(-1)).toEqual(periodOf(f, to));
          for (let i = 1; i < ps.length; i++) {
            const nextDay = new Date(new Date(`${ps[i - 1]!.end}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
            expect(ps[i]!.start).toBe(nextDay);
          }
        },
      ),
    );
  });
});

describe('rectification deadlines and rates', () => {
  it('is due the level’s hours after it opened, and on time only if done by then', () => {
    const due = rectifyDueAt('2026-12-04T02:00:00.000Z', 24);
    expect(due).toBe('2026-12-05T02:00:00.000Z');
    expect(fixedOnTime({ doneAt: '2026-12-05T02:00:00.000Z', dueAt: due })).toBe(true);
    expect(fixedOnTime({ doneAt: '2026-12-05T02:00:01.000Z', dueAt: due })).toBe(false);
    expect(fixedOnTime({ doneAt: null, dueAt: due })).toBe(false);
  });

  it('gives the pass rate in per mille, none for nothing checked', () => {
    expect(passRate(2, 3)).toBe(667);
    expect(passRate(0, 0)).toBeNull();
  });
});
