import type { SpaceOwnership } from './parking.types.js';
import { type TemporaryRate, validateRate } from './parking-charge.rules.js';
import type { PassPrice } from './parking-standard.types.js';

/** One problem with one field of a parking standard, as the form's field path (`rate.night.from`, `passPrices.1.ownership`). */
export interface StandardProblem {
  field: string;
  code: string;
}

const OWNERSHIP_ORDER: readonly SpaceOwnership[] = ['owned', 'rented', 'public'];

/**
 * What is wrong with a parking standard's prices: the temporary rate's problems (`validateRate`, under `rate.`), a
 * pass price that is not whole non-negative fen, and a kind of space priced twice. Empty when they are good. A kind
 * left out has no monthly pass at the car park; a standard with no pass price at all is a car park for temporary
 * stays only.
 */
export function standardProblems(rate: TemporaryRate, passPrices: readonly PassPrice[]): StandardProblem[] {
  const problems: StandardProblem[] = validateRate(rate).map((p) => ({ field: `rate.${p.field}`, code: p.code }));
  const seen = new Set<SpaceOwnership>();
  for (const [i, p] of passPrices.entries()) {
    if (seen.has(p.ownership)) problems.push({ field: `passPrices.${i}.ownership`, code: 'parking_standard.pass_price_duplicate' });
    seen.add(p.ownership);
    if (!Number.isSafeInteger(p.monthlyFen) || p.monthlyFen < 0)
      problems.push({ field: `passPrices.${i}.monthlyFen`, code: 'parking_standard.pass_price_invalid' });
  }
  return problems;
}

/** Pass prices in the order the pages show them: owned, rented, public. */
export const sortPassPrices = <P extends PassPrice>(prices: readonly P[]): P[] =>
  [...prices].sort((a, b) => OWNERSHIP_ORDER.indexOf(a.ownership) - OWNERSHIP_ORDER.indexOf(b.ownership));
