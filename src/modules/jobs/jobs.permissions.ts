import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const JOBS_READ = 'jobs.read';
export const JOBS_MANAGE = 'jobs.manage';
export const DEMO_CLOCK = 'demo.clock';

// Jobs are tenant-wide (a draw covers every office), so these hold only when granted at the root.
export const jobsPermissions: PermissionDef[] = [
  { code: JOBS_READ, description: 'See the scheduled jobs of the whole organisation: what ran, when, and what failed' },
  { code: JOBS_MANAGE, description: 'Retry a failed job; in demo mode, run the due jobs now' },
  { code: DEMO_CLOCK, description: 'Set the simulated time of a demo server (demo mode only)' },
];

export const jobsRoleDefaults: RoleDefaults = {
  general_manager: [JOBS_READ],
  hq_business: [JOBS_READ],
};
