import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const CALLBACKS_READ = 'callbacks.read';
export const CALLBACKS_RECORD = 'callbacks.record';

export const callbackPermissions: PermissionDef[] = [
  { code: CALLBACKS_READ, description: 'See the monthly callbacks, their draws and the satisfaction rate of the subtree (A7.4.10)' },
  {
    code: CALLBACKS_RECORD,
    description: 'Record callbacks and open or close their complaint follow-ups (A7.4.10: the customer-service supervisor)',
  },
];

const read = [CALLBACKS_READ];
export const callbackRoleDefaults: RoleDefaults = {
  customer_service_supervisor: [CALLBACKS_READ, CALLBACKS_RECORD],
  office_head: read,
  general_manager: read,
  hq_business: read,
};
