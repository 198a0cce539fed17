import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, excludedCategoriesOf, ineligibleReasons, maySign, stepAfter } from './infusion.rules.js';
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
});
