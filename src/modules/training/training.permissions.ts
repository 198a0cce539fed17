import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const TRAINING_READ = 'training.read';
export const TRAINING_MANAGE = 'training.manage';

export const trainingPermissions: PermissionDef[] = [
  {
    code: TRAINING_READ,
    description: 'See the training plans, sessions, outside courses and hours per person of the subtree (A1.1)',
  },
  {
    code: TRAINING_MANAGE,
    description: 'Draft training plans and put them in force, record sessions with their attendees and outside courses (A1.1)',
  },
];

export const trainingRoleDefaults: RoleDefaults = {
  station_head: [TRAINING_READ, TRAINING_MANAGE],
  duty_staff: [TRAINING_READ],
  social_worker: [TRAINING_READ],
  organisation_head: [TRAINING_READ, TRAINING_MANAGE],
};
