import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const ASSESSMENT_READ = 'assessment.read';
export const ASSESSMENT_MANAGE = 'assessment.manage';

export const assessmentPermissions: PermissionDef[] = [
  {
    code: ASSESSMENT_READ,
    description:
      'See the posted responsibilities and assessment criteria of the subtree, and one’s own rewards, penalties and year-end assessment (A1.6)',
  },
  {
    code: ASSESSMENT_MANAGE,
    description:
      'Post staff responsibilities, set the assessment criteria, record rewards and penalties and assess the staff of the subtree at year end (A1.6)',
  },
];

export const assessmentRoleDefaults: RoleDefaults = {
  station_head: [ASSESSMENT_READ, ASSESSMENT_MANAGE],
  organisation_head: [ASSESSMENT_READ, ASSESSMENT_MANAGE],
  duty_staff: [ASSESSMENT_READ],
  social_worker: [ASSESSMENT_READ],
};
