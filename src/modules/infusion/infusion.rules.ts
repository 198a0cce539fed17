import { type IneligibleReason, type Mobility, OUTSIDE_STEPS, type OutsideStep } from './infusion.types.js';

/** Whole years from a birth date to a day (both `YYYY-MM-DD`): not yet a year older before the birthday. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface EligibilityFacts {
  birthDate: string;
  frail: boolean;
  mobility: Mobility;
  paperworkComplete: boolean;
  contraindications: string | null;
}

/**
 * Why a patient may not be served at home (A5.1), in a fixed order; none means eligible. Elderly is `elderlyAge`
 * (the `infusionElderlyAge` parameter) or over on `today`; frailty stands in for age.
 */
export function ineligibleReasons(p: EligibilityFacts, today: string, elderlyAge: number): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!p.frail && ageOn(p.birthDate, today) < elderlyAge) reasons.push('not_elderly_or_frail');
  if (p.mobility === 'walks') reasons.push('walks');
  if (!p.paperworkComplete) reasons.push('paperwork_incomplete');
  if (p.contraindications && p.contraindications.trim() !== '') reasons.push('contraindication');
  return reasons;
}

/**
 * The excluded categories (A5.3) the drugs of an order carry, each once, in the order first met: an order with
 * any is refused unless the physician overrides exactly these with a reason.
 */
export function excludedCategoriesOf(drugs: readonly { categories: readonly string[] }[], excluded: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const drug of drugs) for (const c of drug.categories) if (excluded.has(c) && !found.includes(c)) found.push(c);
  return found;
}

/** The step after one of an outside drug's chain (A5.5); `done` after the physician's order. */
export function stepAfter(step: OutsideStep): OutsideStep | 'done' {
  return OUTSIDE_STEPS[OUTSIDE_STEPS.indexOf(step) + 1] ?? 'done';
}

/** Whether a step may be signed now: only the chain's next one, never one before or after it. */
export function maySign(chainStep: OutsideStep | 'done', step: OutsideStep): boolean {
  return chainStep === step;
}
