import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const CLEANING_READ = 'cleaning.read';
export const CLEANING_STANDARDS = 'cleaning.standards';
export const CLEANING_PLAN = 'cleaning.plan';
export const CLEANING_INSPECT_SELF = 'cleaning.inspect_self';
export const CLEANING_INSPECT_SUPERVISOR = 'cleaning.inspect_supervisor';
export const CLEANING_INSPECT_MANAGER = 'cleaning.inspect_manager';
export const CLEANING_RECTIFY = 'cleaning.rectify';

/** The permission an inspector of each level holds at the estate's office. */
export const INSPECT_PERMISSION: Record<'self' | 'supervisor' | 'manager', string> = {
  self: CLEANING_INSPECT_SELF,
  supervisor: CLEANING_INSPECT_SUPERVISOR,
  manager: CLEANING_INSPECT_MANAGER,
};

export const cleaningPermissions: PermissionDef[] = [
  { code: CLEANING_READ, description: 'See the cleaning standards, plans, inspections, rectifications and scores of the subtree (A6)' },
  {
    code: CLEANING_STANDARDS,
    description: 'Edit the cleaning standards library: the group’s where held at its root, an estate’s at its office (A6.1, A6.2)',
  },
  {
    code: CLEANING_PLAN,
    description: 'Set up an estate’s inspection plans: areas, level, frequency, inspector and responsible cleaner (A6.3)',
  },
  { code: CLEANING_INSPECT_SELF, description: 'Do the cleaner’s self-check of the areas planned for her (三查 A6.3)' },
  {
    code: CLEANING_INSPECT_SUPERVISOR,
    description: 'Do the supervisor’s check of an estate’s areas and re-check rectifications (三查 A6.3)',
  },
  {
    code: CLEANING_INSPECT_MANAGER,
    description: 'Do the manager’s spot check of an estate’s areas and re-check rectifications (三查 A6.3)',
  },
  { code: CLEANING_RECTIFY, description: 'Fix a failed check given to you and record it with an after-photo (A6.3)' },
];

export const cleaningRoleDefaults: RoleDefaults = {
  cleaner: [CLEANING_READ, CLEANING_INSPECT_SELF, CLEANING_RECTIFY],
  environment_supervisor: [CLEANING_READ, CLEANING_STANDARDS, CLEANING_PLAN, CLEANING_INSPECT_SUPERVISOR],
  office_head: [CLEANING_READ, CLEANING_STANDARDS, CLEANING_PLAN, CLEANING_INSPECT_MANAGER],
  hq_business: [CLEANING_READ, CLEANING_STANDARDS],
  general_manager: [CLEANING_READ],
};
