import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const SW_READ = 'socialwork.read';
export const SW_EXECUTE = 'socialwork.execute';
export const SW_APPROVE = 'socialwork.approve';
export const SW_SUPERVISE = 'socialwork.supervise';
export const SW_ASSESS = 'socialwork.assess';
export const SW_ETHICS = 'socialwork.ethics';

export const socialworkPermissions: PermissionDef[] = [
  { code: SW_READ, description: 'See the social-work projects of the subtree with their plans, activities, checks and supervision (A3)' },
  {
    code: SW_EXECUTE,
    description:
      'Run a project as its executor: the needs survey, the plan and its submission, the progress plan, people, publicity, activities and briefs, change requests, the monthly check, answers to supervision, closure (A3.3–A3.5)',
  },
  { code: SW_APPROVE, description: 'Approve or return project plans and approve changes as the organisation head (A3.3, A3.4)' },
  {
    code: SW_SUPERVISE,
    description: 'Supervise projects monthly and on site, write opinions, approve changes as the project supervisor (A3.4, A3.5)',
  },
  { code: SW_ASSESS, description: 'Assess the projects’ executors periodically (A3.5)' },
  { code: SW_ETHICS, description: 'Record in the ethics register a gift or benefit offered to a social worker, and its declining (A3.2)' },
];

export const socialworkRoleDefaults: RoleDefaults = {
  social_worker: [SW_READ, SW_EXECUTE, SW_ETHICS],
  station_head: [SW_READ, SW_EXECUTE, SW_ETHICS],
  project_supervisor: [SW_READ, SW_SUPERVISE],
  organisation_head: [SW_READ, SW_APPROVE, SW_ASSESS, SW_ETHICS],
};
