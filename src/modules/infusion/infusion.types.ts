/** How far a patient gets about (A5.1): home infusion is for the bedridden and those of limited mobility. */
export const MOBILITIES = ['bedridden', 'limited', 'walks'] as const;
export type Mobility = (typeof MOBILITIES)[number];

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * Why a patient may not be served at home (A5.1): neither elderly (by the `infusionElderlyAge` parameter) nor
 * frail; walks; the drug paperwork is incomplete; a contraindication is recorded.
 */
export const INELIGIBLE_REASONS = ['not_elderly_or_frail', 'walks', 'paperwork_incomplete', 'contraindication'] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/**
 * What stops a visit being arranged for a patient today (A5.1, A5.2, A5.4, A5.5), in the order the intake gate
 * checks them: no longer served; not eligible; no physician order allowing a visit today; no consent in force; the
 * only usable order is an outside drug's whose four steps are not all signed.
 */
export const VISIT_BLOCKERS = ['inactive', 'ineligible', 'no_usable_order', 'no_consent', 'outside_not_ready'] as const;
export type VisitBlocker = (typeof VISIT_BLOCKERS)[number];

/**
 * The drug categories 篇五 A5.3 names as not given at home, seeded for each centre; the centre may rename them, add
 * its own and stop excluding one. A drug carries any number of categories.
 */
export const SEEDED_DRUG_CATEGORIES = ['skin_test', 'tcm_injection', 'biologic', 'adverse_prone', 'allergy_warning'] as const;

/** Where a drug of a physician order comes from (A5.2, A5.5): the centre's own, or brought from another hospital. */
export const DRUG_ORIGINS = ['centre', 'outside'] as const;
export type DrugOrigin = (typeof DRUG_ORIGINS)[number];

/** How an infusion is given. */
export const ROUTES = ['iv_drip', 'iv_push', 'im', 'sc'] as const;
export type DrugRoute = (typeof ROUTES)[number];

/** A physician order's life: active until its visits are done, its end date passes, or it is cancelled. */
export const PHYSICIAN_ORDER_STATES = ['active', 'completed', 'cancelled'] as const;
export type PhysicianOrderState = (typeof PHYSICIAN_ORDER_STATES)[number];

/**
 * The four signed steps of a drug brought from another hospital (A5.5), in their order: the first dose given there
 * without adverse reaction, a general practitioner's check of that hospital's prescription (in the outpatient
 * record), the centre pharmacist's review, the centre physician's order.
 */
export const OUTSIDE_STEPS = ['first_dose', 'gp_check', 'pharmacist_review', 'physician_order'] as const;
export type OutsideStep = (typeof OUTSIDE_STEPS)[number];

/** One line of a physician order: a drug of the catalogue, its dose, route and frequency. */
export interface OrderDrugLine {
  drugId: string;
  /** The drug's name and spec when ordered (the catalogue may change later). */
  drugName: string;
  dose: string;
  route: DrugRoute;
  frequency: string;
}
