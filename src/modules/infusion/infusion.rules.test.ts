import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  excludedCategoriesOf,
  ineligibleReasons,
  infusionOutsideVisit,
  maySign,
  orderBlocker,
  stepAfter,
  type VisitFacts,
  type VisitOrderFacts,
  visitBlockers,
} from './infusion.rules.js';
import { OUTSIDE_STEPS } from './infusion.types.js';

const eligible = {
  birthDate: '1940-03-15',
  frail: false,
  mobility: 'bedridden' as const,
  paperworkComplete: true,
  contraindications: null,
};

describe('home-infusion rules (A5.1, A5.3, A5.5)', () => {
  it('counts an age in whole years, a year less before the birthday', () => {
    expect(ageOn('1946-12-05', '2026-12-04')).toBe(79);
    expect(ageOn('1946-12-05', '2026-12-05')).toBe(80);
    expect(ageOn('1948-02-29', '2026-02-28')).toBe(77);
  });

  it('serves the elderly or frail who are bedridden or limited, with paperwork and no contraindication', () => {
    expect(ineligibleReasons(eligible, '2026-12-04', 60)).toEqual([]);
    expect(ineligibleReasons({ ...eligible, birthDate: '1980-01-01' }, '2026-12-04', 60)).toEqual(['not_elderly_or_frail']);
    expect(ineligibleReasons({ ...eligible, birthDate: '1980-01-01', frail: true }, '2026-12-04', 60)).toEqual([]);
    expect(ineligibleReasons({ ...eligible, mobility: 'walks' }, '2026-12-04', 60)).toEqual(['walks']);
    expect(
      ineligibleReasons({ ...eligible, mobility: 'limited', paperworkComplete: false, contraindications: '严重心衰' }, '2026-12-04', 60),
    ).toEqual(['paperwork_incomplete', 'contraindication']);
    expect(ineligibleReasons({ ...eligible, contraindications: '  ' }, '2026-12-04', 60)).toEqual([]);
  });

  it('the elderly age is the parameter’s: the day a patient turns it, they count', () => {
    expect(ineligibleReasons({ ...eligible, birthDate: '1961-12-04' }, '2026-12-03', 65)).toEqual(['not_elderly_or_frail']);
    expect(ineligibleReasons({ ...eligible, birthDate: '1961-12-04' }, '2026-12-04', 65)).toEqual([]);
  });

  it('names each excluded category an order carries once, and nothing for drugs outside them', () => {
    const excluded = new Set(['skin_test', 'biologic']);
    expect(excludedCategoriesOf([{ categories: ['skin_test'] }, { categories: ['biologic', 'skin_test'] }], excluded)).toEqual([
      'skin_test',
      'biologic',
    ]);
    expect(excludedCategoriesOf([{ categories: ['antibiotic'] }], excluded)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd'))), (lists) => {
        const found = excludedCategoriesOf(
          lists.map((categories) => ({ categories })),
          new Set(['a', 'c']),
        );
        expect(new Set(found).size).toBe(found.length);
        expect(found.every((c) => c === 'a' || c === 'c')).toBe(true);
        expect(found.length > 0).toBe(lists.some((l) => l.includes('a') || l.includes('c')));
      }),
    );
  });

  it('signs the outside drug’s four steps only in their order', () => {
    expect(OUTSIDE_STEPS.map(stepAfter)).toEqual(['gp_check', 'pharmacist_review', 'physician_order', 'done']);
    for (const chain of [...OUTSIDE_STEPS, 'done' as const])
      for (const step of OUTSIDE_STEPS) expect(maySign(chain, step)).toBe(chain === step);
  });

  describe('what stops a visit today (the intake gate and the patient page)', () => {
    const today = '2026-12-04';
    const order: VisitOrderFacts = {
      patientId: 'p1',
      state: 'active',
      startsOn: '2026-12-01',
      endsOn: '2026-12-07',
      visitsPlanned: 5,
      visitsDone: 1,
      origin: 'centre',
      outsideStep: null,
    };
    const ready: VisitFacts = { patientId: 'p1', active: true, eligibility: eligible, consentInForce: true, orders: [order] };
    const blockers = (f: Partial<VisitFacts>) => visitBlockers({ ...ready, ...f }, today, 60).blockers;

    it('clears a patient who qualifies, has consent and an order in its dates with visits left', () => {
      expect(visitBlockers(ready, today, 60)).toEqual({ blockers: [], reasons: [] });
    });

    it('finds an order unusable when not theirs, not active, outside its dates or used up; an outside one waits for its steps', () => {
      expect(orderBlocker(order, 'p1', today)).toBeNull();
      expect(orderBlocker(order, 'p2', today)).toBe('no_usable_order');
      expect(orderBlocker({ ...order, state: 'completed' }, 'p1', today)).toBe('no_usable_order');
      expect(orderBlocker({ ...order, startsOn: '2026-12-05' }, 'p1', today)).toBe('no_usable_order');
      expect(orderBlocker({ ...order, endsOn: '2026-12-03' }, 'p1', today)).toBe('no_usable_order');
      expect(orderBlocker({ ...order, startsOn: today, endsOn: today }, 'p1', today)).toBeNull();
      expect(orderBlocker({ ...order, visitsDone: 5 }, 'p1', today)).toBe('no_usable_order');
      expect(orderBlocker({ ...order, origin: 'outside', outsideStep: 'pharmacist_review' }, 'p1', today)).toBe('outside_not_ready');
      expect(orderBlocker({ ...order, origin: 'outside', outsideStep: 'done' }, 'p1', today)).toBeNull();
      // an unusable outside order is unusable first: its steps do not matter yet
      expect(orderBlocker({ ...order, origin: 'outside', outsideStep: 'gp_check', visitsDone: 5 }, 'p1', today)).toBe('no_usable_order');
    });

    it('lists every blocker in the gate’s order, with the reasons of ineligibility', () => {
      const outside = { ...order, origin: 'outside', outsideStep: 'gp_check' };
      expect(blockers({ consentInForce: false })).toEqual(['no_consent']);
      expect(blockers({ orders: [] })).toEqual(['no_usable_order']);
      expect(blockers({ active: false, consentInForce: false, orders: [outside] })).toEqual([
        'inactive',
        'no_consent',
        'outside_not_ready',
      ]);
      expect(
        visitBlockers({ ...ready, eligibility: { ...eligible, mobility: 'walks' }, consentInForce: false, orders: [] }, today, 60),
      ).toEqual({ blockers: ['ineligible', 'no_usable_order', 'no_consent'], reasons: ['walks'] });
      // the elderly age is the parameter's
      expect(blockers({ eligibility: { ...eligible, birthDate: '1960-01-01' } })).toEqual([]);
      expect(visitBlockers({ ...ready, eligibility: { ...eligible, birthDate: '1960-01-01' } }, today, 70).blockers).toEqual([
        'ineligible',
      ]);
    });

    it('of several orders, one that serves clears them; else a usable outside one waiting for its steps says so', () => {
      const outside = { ...order, origin: 'outside', outsideStep: 'physician_order' };
      const usedUp = { ...order, visitsDone: 5 };
      expect(blockers({ orders: [usedUp, outside, order] })).toEqual([]);
      expect(blockers({ orders: [usedUp, outside] })).toEqual(['outside_not_ready']);
      expect(blockers({ orders: [usedUp, { ...order, patientId: 'p2' }] })).toEqual(['no_usable_order']);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(order, outside, usedUp)), (orders) => {
          const found = blockers({ orders });
          const each = orders.map((o) => orderBlocker(o, 'p1', today));
          expect(found.length === 0).toBe(each.includes(null));
        }),
      );
    });
  });
});

describe('a drip recorded within its visit (A5.6)', () => {
  const visit = { startedAt: '2026-12-07 19:40', now: '2026-12-07 21:05' };
  it('takes a drip from the visit’s start to its finish', () => {
    expect(infusionOutsideVisit({ start: '19:40', end: '21:05' }, visit)).toBeNull();
    expect(infusionOutsideVisit({ start: '19:45', end: '20:30' }, visit)).toBeNull();
  });
  it('refuses a drip begun before the nurse began, or ending after the visit is finished', () => {
    expect(infusionOutsideVisit({ start: '19:30', end: '20:30' }, visit)).toEqual({
      code: 'infusion.start_before_visit',
      field: 'details.infusionStart',
    });
    // the walk-through's case: started 19:40, finished 19:41, a drip typed as 19:45–20:30
    expect(infusionOutsideVisit({ start: '19:45', end: '20:30' }, { ...visit, now: '2026-12-07 19:41' })).toEqual({
      code: 'infusion.end_after_finish',
      field: 'details.infusionEnd',
    });
  });
  it('leaves a visit that ran past midnight unchecked', () => {
    expect(infusionOutsideVisit({ start: '23:50', end: '00:40' }, { startedAt: '2026-12-07 23:45', now: '2026-12-08 00:50' })).toBeNull();
  });
});
