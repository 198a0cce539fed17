import type { CriterionItem, Grade } from './assessment.types.js';

/** Pure rules of the assessment (A1.6): no database, tested on their own. */

/** The weights of a criteria set add up to this (a percentage of the total). */
export const WEIGHT_TOTAL = 100;

/** A refusal of criteria: its stable code and the form field it belongs to. */
export interface CriteriaProblem {
  code: 'assessment.criteria_empty' | 'assessment.criterion_repeated' | 'assessment.weights_not_100';
  field: string;
  message: string;
}

/**
 * Why a criteria set cannot stand, or null: it has at least one item, no name twice, and the weights add up to
 * exactly 100 (the error names the weights' sum, under `items`).
 */
export function criteriaProblem(items: readonly Pick<CriterionItem, 'name' | 'weight'>[]): CriteriaProblem | null {
  if (!items.length) return { code: 'assessment.criteria_empty', field: 'items', message: 'name at least one criterion' };
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const name = item.name.trim();
    if (seen.has(name))
      return { code: 'assessment.criterion_repeated', field: `items.${i}.name`, message: `the criterion ${name} is named twice` };
    seen.add(name);
  }
  const sum = items.reduce((s, i) => s + i.weight, 0);
  if (sum !== WEIGHT_TOTAL)
    return { code: 'assessment.weights_not_100', field: 'items', message: `the weights add up to ${sum}, not ${WEIGHT_TOTAL}` };
  return null;
}

/**
 * The weighted total of scores 0–100 under weights adding up to 100, in tenths of a point (integer, rounded half
 * up): Σ score × weight ÷ 100, so 87.5 is 875.
 */
export function weightedTotal(items: readonly { weight: number; score: number }[]): number {
  const sum = items.reduce((s, i) => s + i.score * i.weight, 0);
  return Math.floor((sum + 5) / 10);
}

/** The least total (in tenths) of each grade but the last: 优秀 from 90, 称职 from 75, 基本称职 from 60, else 不称职. */
export const GRADE_FLOORS: readonly [Grade, number][] = [
  ['excellent', 900],
  ['competent', 750],
  ['basically_competent', 600],
];

/** The grade of a weighted total in tenths. */
export function gradeOf(totalTenths: number): Grade {
  for (const [grade, floor] of GRADE_FLOORS) if (totalTenths >= floor) return grade;
  return 'incompetent';
}

/** The business dates a year's assessment covers: 1 January to 31 December. */
export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
