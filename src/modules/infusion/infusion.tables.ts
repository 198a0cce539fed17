import type { DrugOrigin, Mobility, OutsideStep, PhysicianOrderState, Sex } from './infusion.types.js';

/**
 * A nursing team of a centre or station (A5.1, A5.8) and the areas it covers: a patient is served by the nurses of
 * the team covering their address.
 */
export interface InfusionTeamTable {
  tenant_id: string;
  id: string;
  /** The centre or station the team belongs to: its scope. */
  org_id: string;
  name: string;
  /** JSON array of the area names the team covers (a community, streets, estates). */
  areas: string;
  active: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** A nurse of a team: only these are assigned to the team's patients' visits. */
export interface InfusionTeamMemberTable {
  tenant_id: string;
  team_id: string;
  user_id: string;
  added_at: string;
}

/** A patient of home infusion, with what eligibility is judged from (A5.1) and the verdict when last saved. */
export interface InfusionPatientTable {
  tenant_id: string;
  id: string;
  /** The team's centre or station. */
  org_id: string;
  team_id: string;
  /** The area of the team the address lies in (one of the team's `areas`). */
  area: string;
  name: string;
  sex: Sex;
  birth_date: string;
  address: string;
  phone: string | null;
  family_name: string | null;
  family_relation: string | null;
  family_phone: string | null;
  mobility: Mobility;
  /** Frail (体弱) though not yet elderly: judged by the physician. */
  frail: number;
  /** The drug paperwork (病历、处方) is complete. */
  paperwork_complete: number;
  allergies: string | null;
  /** Any contraindication recorded makes the patient ineligible. */
  contraindications: string | null;
  /** 1 when no reason of `ineligibleReasons` holds, as judged at the last save. */
  eligible: number;
  /** JSON array of `IneligibleReason`: why not, as judged at the last save. */
  ineligible_reasons: string;
  eligibility_checked_at: string;
  eligibility_checked_by: string | null;
  active: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** A category of drugs (A5.3) kept by a centre; `excluded` ones are refused on a physician order without an override. */
export interface InfusionDrugCategoryTable {
  tenant_id: string;
  id: string;
  /** The centre. */
  org_id: string;
  code: string;
  name: string;
  excluded: number;
  sort: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A drug of the centre's catalogue, with its categories. */
export interface InfusionDrugTable {
  tenant_id: string;
  id: string;
  /** The centre; its stations use its catalogue. */
  org_id: string;
  name: string;
  /** 规格: strength and pack, e.g. 0.9% 250 ml. */
  spec: string;
  /** JSON array of category codes of the centre. */
  categories: string;
  active: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** A physician's order (医嘱, A5.2) for a patient's home infusions. */
export interface InfusionPhysicianOrderTable {
  tenant_id: string;
  id: string;
  /** YZ-20261205-0001 */
  number: string;
  /** The patient's centre or station. */
  org_id: string;
  patient_id: string;
  physician_id: string;
  /** The physician's licence number when the order was made. */
  physician_licence_no: string;
  /** 门诊病历号: the medical record the order is written in; an order without one is refused. */
  medical_record_no: string;
  origin: DrugOrigin;
  /** An outside drug's chain (A5.5): its first three steps signed before the order. */
  outside_drug_id: string | null;
  /** JSON array of `OrderDrugLine`. */
  lines: string;
  visits_planned: number;
  visits_done: number;
  starts_on: string;
  ends_on: string;
  state: PhysicianOrderState;
  /** JSON array of the excluded category codes the physician overrode (A5.3); null: none. */
  override_categories: string | null;
  override_reason: string | null;
  override_reviewed_at: string | null;
  override_reviewed_by: string | null;
  override_review_note: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The family's or patient's signed 家庭输液治疗知情同意书 (A5.4). */
export interface InfusionConsentTable {
  tenant_id: string;
  id: string;
  org_id: string;
  patient_id: string;
  signer_name: string;
  /** 本人, 配偶, 子女… (free text, `self` for the patient). */
  signer_relation: string;
  signature_blob_id: string;
  signed_at: string;
  recorded_by: string;
  /** Withdrawn consent no longer allows a visit. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

/** A drug brought from another hospital and its four signed steps (A5.5). */
export interface InfusionOutsideDrugTable {
  tenant_id: string;
  id: string;
  org_id: string;
  patient_id: string;
  drug_id: string;
  /** The hospital that prescribed it and gave the first dose. */
  hospital: string;
  prescription_no: string | null;
  /** The next step to sign; `done` when the physician's order names it. */
  step: OutsideStep | 'done';
  first_dose_on: string;
  first_dose_note: string | null;
  first_dose_by: string;
  first_dose_at: string;
  gp_outpatient_record_no: string | null;
  gp_note: string | null;
  gp_by: string | null;
  gp_at: string | null;
  pharmacist_note: string | null;
  pharmacist_by: string | null;
  pharmacist_at: string | null;
  order_id: string | null;
  ordered_by: string | null;
  ordered_at: string | null;
  created_at: string;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    infusion_teams: InfusionTeamTable;
    infusion_team_members: InfusionTeamMemberTable;
    infusion_patients: InfusionPatientTable;
    infusion_drug_categories: InfusionDrugCategoryTable;
    infusion_drugs: InfusionDrugTable;
    infusion_physician_orders: InfusionPhysicianOrderTable;
    infusion_consents: InfusionConsentTable;
    infusion_outside_drugs: InfusionOutsideDrugTable;
  }
}
