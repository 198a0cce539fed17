import { describe, expect, it } from 'vitest';
import { rateProblems, sortRates } from './fee-standard.rules.js';

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
