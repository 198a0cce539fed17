import { type PlanContent, SW_METHODS, type SwMethod } from './socialwork.types.js';

/**
 * A3.3: a project is, in principle, to use casework, group work and community work together. The methods of the
 * three a plan uses neither in its `methods` nor through one of its activities, in the fixed order. Pure.
 */
export function missingMethods(content: Pick<PlanContent, 'methods' | 'activities'>): SwMethod[] {
  const used = new Set<SwMethod>([...content.methods, ...content.activities.map((a) => a.method)]);
  return SW_METHODS.filter((m) => !used.has(m));
}

/** The warnings a plan's view carries (a warning, never a refusal): `method_missing:<method>` for each method left out. */
export const planWarnings = (content: Pick<PlanContent, 'methods' | 'activities'>): string[] =>
  missingMethods(content).map((m) => `method_missing:${m}`);

/** The sections of a plan whose dates are out of order: the period must not end before it begins. Pure. */
export const periodInOrder = (content: Pick<PlanContent, 'periodFrom' | 'periodTo'>): boolean => content.periodTo >= content.periodFrom;
