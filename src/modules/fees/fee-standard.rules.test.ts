import { describe, expect, it } from 'vitest';
import { isFilingStandard, rateProblems, sortRates } from './fee-standard.rules.js';

describe('fee standard rate rows', () => {
  it('needs the */* row so every unit is priced', () => {
    expect(rateProblems([{ use: 'residential', occupancy: '*', rateFen: 180 }])).toEqual([
      { field: 'rates', code: 'fee_standard.base_rate_required' },
    ]);
    expect(rateProblems([{ use: '*', occupancy: '*', rateFen: 180 }])).toEqual([]);
  });
  it('refuses a use and occupancy twice, naming the second row', () => {
    expect(
      rateProblems([
        { use: '*', occupancy: '*', rateFen: 180 },
        { use: '*', occupancy: 'vacant', rateFen: 126 },
        { use: '*', occupancy: 'vacant', rateFen: 120 },
      ]),
    ).toEqual([{ field: 'rates.2.use', code: 'fee_standard.duplicate_rate' }]);
  });
  it('lists the */* row first', () => {
    const sorted = sortRates([
      { use: 'commercial', occupancy: '*', rateFen: 350 },
      { use: '*', occupancy: 'vacant', rateFen: 126 },
      { use: '*', occupancy: '*', rateFen: 180 },
    ]);
    expect(sorted.map((r) => `${r.use}/${r.occupancy}`)).toEqual(['*/*', '*/vacant', 'commercial/*']);
  });
});

describe('a filing standard', () => {
  const never = { at: null };
  const rate = [{ use: '*', occupancy: '*', rateFen: 180 }];
  it('is approved with no rates and nobody’s approval: the standard monthly-pass bills are filed under', () => {
    expect(isFilingStandard({ state: 'approved', approved: never }, [])).toBe(true);
  });
  it('is not a standard approved by the general manager, nor one on its way with no rates yet', () => {
    expect(isFilingStandard({ state: 'approved', approved: { at: '2026-05-12T02:00:00.000Z' } }, rate)).toBe(false);
    expect(isFilingStandard({ state: 'approved', approved: never }, rate)).toBe(false);
    expect(isFilingStandard({ state: 'draft', approved: never }, [])).toBe(false);
  });
});
