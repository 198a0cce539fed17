import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const FEEDBACK_READ = 'feedback.read';
export const FEEDBACK_HANDLE = 'feedback.handle';
export const FEEDBACK_ANSWER = 'feedback.answer';

export const feedbackPermissions: PermissionDef[] = [
  { code: FEEDBACK_READ, description: 'See the customer feedback of the subtree and its reports (A4.5)' },
  {
    code: FEEDBACK_HANDLE,
    description: 'Take customer feedback, reply, forward to departments, resolve, tell the customer, close, reopen, mark spam (A4.5)',
  },
  { code: FEEDBACK_ANSWER, description: 'Record a department’s answer to feedback forwarded to a node where this is held (A4.5)' },
];

const handle = [FEEDBACK_READ, FEEDBACK_HANDLE];
export const feedbackRoleDefaults: RoleDefaults = {
  customer_service_supervisor: [...handle, FEEDBACK_ANSWER],
  office_head: handle,
  gps_manager: [...handle, FEEDBACK_ANSWER],
  station_head: handle,
  organisation_head: handle,
  health_centre_head: handle,
  department_manager: [FEEDBACK_ANSWER],
  environment_supervisor: [FEEDBACK_ANSWER],
  security_supervisor: [FEEDBACK_ANSWER],
  general_manager: [FEEDBACK_READ],
  hq_business: [FEEDBACK_READ],
};
