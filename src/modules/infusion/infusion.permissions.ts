import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const INFUSION_READ = 'infusion.read';
export const INFUSION_TEAMS = 'infusion.teams';
export const INFUSION_PATIENTS = 'infusion.patients';
export const INFUSION_DRUGS = 'infusion.drugs';
export const INFUSION_ORDER = 'infusion.order';
export const INFUSION_OVERRIDE_REVIEW = 'infusion.override_review';
export const INFUSION_CONSENT = 'infusion.consent';
export const INFUSION_FIRST_DOSE = 'infusion.first_dose';
export const INFUSION_GP_CHECK = 'infusion.gp_check';
export const INFUSION_PHARMACIST_REVIEW = 'infusion.pharmacist_review';

export const infusionPermissions: PermissionDef[] = [
  {
    code: INFUSION_READ,
    description: 'See the home-infusion patients, teams, drug catalogue, physician orders, consents and outside drugs of the subtree (A5)',
  },
  { code: INFUSION_TEAMS, description: 'Set up a centre’s or station’s nursing teams, the areas they cover and their nurses (A5.1, A5.8)' },
  { code: INFUSION_PATIENTS, description: 'Register and edit home-infusion patients and record their eligibility (A5.1)' },
  { code: INFUSION_DRUGS, description: 'Keep the centre’s drug catalogue and its excluded categories (A5.3)' },
  {
    code: INFUSION_ORDER,
    description: 'Write a physician order for home infusions, with an override of an excluded drug (A5.2, A5.3); needs a licence number',
  },
  { code: INFUSION_OVERRIDE_REVIEW, description: 'Review the physicians’ overrides of excluded drugs (A5.3)' },
  { code: INFUSION_CONSENT, description: 'Take the signed home-infusion consent of a patient or family member (A5.4)' },
  { code: INFUSION_FIRST_DOSE, description: 'Record an outside drug’s first dose at the other hospital (A5.5, step 1)' },
  { code: INFUSION_GP_CHECK, description: 'Sign the general practitioner’s check of an outside prescription (A5.5, step 2)' },
  { code: INFUSION_PHARMACIST_REVIEW, description: 'Sign the pharmacist’s review of an outside drug (A5.5, step 3)' },
];

export const infusionRoleDefaults: RoleDefaults = {
  physician: [INFUSION_READ, INFUSION_PATIENTS, INFUSION_ORDER, INFUSION_CONSENT, INFUSION_FIRST_DOSE, INFUSION_GP_CHECK],
  nurse: [INFUSION_READ, INFUSION_PATIENTS, INFUSION_CONSENT, INFUSION_FIRST_DOSE],
  pharmacist: [INFUSION_READ, INFUSION_DRUGS, INFUSION_PHARMACIST_REVIEW],
  health_centre_head: [INFUSION_READ, INFUSION_TEAMS, INFUSION_DRUGS, INFUSION_OVERRIDE_REVIEW],
};
