import { type IneligibleReason, type Mobility, OUTSIDE_STEPS, type OutsideStep, type VisitBlocker } from './infusion.types.js';

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

/** A physician order as a visit's gate judges it (A5.2, A5.5). */
export interface VisitOrderFacts {
  patientId: string;
  state: string;
  startsOn: string;
  endsOn: string;
  visitsPlanned: number;
  visitsDone: number;
  origin: string;
  /** The outside drug's chain step, or null for the centre's own drugs. */
  outsideStep: string | null;
}

/** What a visit for a patient today is judged on: the patient, their consent and the physician orders in question. */
export interface VisitFacts {
  patientId: string;
  active: boolean;
  eligibility: EligibilityFacts;
  consentInForce: boolean;
  /** The one order a visit names (the gate), or every order of the patient (the patient page): one that serves suffices. */
  orders: readonly VisitOrderFacts[];
}

/**
 * Why an order cannot carry a visit today: not the patient's, not active, outside its dates or its visits used up
 * (`no_usable_order`); usable but its outside drug's four steps are not all signed (`outside_not_ready`); null: it can.
 */
export function orderBlocker(o: VisitOrderFacts, patientId: string, today: string): 'no_usable_order' | 'outside_not_ready' | null {
  const usable =
    o.patientId === patientId && o.state === 'active' && o.startsOn <= today && today <= o.endsOn && o.visitsDone < o.visitsPlanned;
  if (!usable) return 'no_usable_order';
  return o.origin === 'outside' && o.outsideStep !== 'done' ? 'outside_not_ready' : null;
}

/**
 * What stops a visit today, in the gate's order (none: a visit may be arranged), with the reasons of ineligibility
 * (A5.1). Of several orders the best counts: any that serves clears the order blockers; else a usable outside one
 * waiting for its steps says so; else there is no usable order.
 */
export function visitBlockers(f: VisitFacts, today: string, elderlyAge: number): { blockers: VisitBlocker[]; reasons: IneligibleReason[] } {
  const reasons = ineligibleReasons(f.eligibility, today, elderlyAge);
  const blockers: VisitBlocker[] = [];
  if (!f.active) blockers.push('inactive');
  if (reasons.length) blockers.push('ineligible');
  const ofOrders = f.orders.map((o) => orderBlocker(o, f.patientId, today));
  const order = ofOrders.includes(null) ? null : ofOrders.includes('outside_not_ready') ? 'outside_not_ready' : 'no_usable_order';
  if (order === 'no_usable_order') blockers.push(order);
  if (!f.consentInForce) blockers.push('no_consent');
  if (order === 'outside_not_ready') blockers.push(order);
  return { blockers, reasons };
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

/**
 * Categories by the names the centre gave them, for a history (X1): a category's code (`tcm_injection`, or one the
 * system made up) is no word to a reader, and the centre may rename it later. A code no longer listed stays as it is.
 */
export function namedCategories(codes: readonly string[], categories: readonly { code: string; name: string }[]): string[] {
  return codes.map((code) => categories.find((c) => c.code === code)?.name ?? code);
}

/** The step after one of an outside drug's chain (A5.5); `done` after the physician's order. */
export function stepAfter(step: OutsideStep): OutsideStep | 'done' {
  return OUTSIDE_STEPS[OUTSIDE_STEPS.indexOf(step) + 1] ?? 'done';
}

/** Whether a step may be signed now: only the chain's next one, never one before or after it. */
export function maySign(chainStep: OutsideStep | 'done', step: OutsideStep): boolean {
  return chainStep === step;
}

/**
 * A5.6: the drip recorded at a visit's end ran within the visit: it started no earlier than the nurse began, and ended
 * no later than now, when the visit is finished. Times are the clock's HH:mm; the visit's start and now are local date
 * and time (`2026-12-07 19:40`). A visit that ran past midnight is not checked (a time alone cannot say which day).
 */
export function infusionOutsideVisit(
  drip: { start: string; end: string },
  visit: { startedAt: string; now: string },
): { code: 'infusion.start_before_visit' | 'infusion.end_after_finish'; field: string } | null {
  const [startDay, startTime] = visit.startedAt.split(' ') as [string, string];
  const [nowDay, nowTime] = visit.now.split(' ') as [string, string];
  if (startDay !== nowDay) return null;
  if (drip.start < startTime) return { code: 'infusion.start_before_visit', field: 'details.infusionStart' };
  if (drip.end > nowTime) return { code: 'infusion.end_after_finish', field: 'details.infusionEnd' };
  return null;
}
