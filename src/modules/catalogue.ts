import { BUILTIN_ROLES, type BuiltinRoleCode, type PermissionDef, type RoleDefaults } from '../platform/authz/permissions.js';
import { agreementPermissions, agreementRoleDefaults } from './agreements/agreement.permissions.js';
import { callbackPermissions, callbackRoleDefaults } from './callbacks/callback.permissions.js';
import { catalogPermissions, catalogRoleDefaults } from './catalog/catalog.permissions.js';
import { compliancePermissions, complianceRoleDefaults } from './compliance/compliance.permissions.js';
import { identityPermissions, identityRoleDefaults } from './identity/identity.permissions.js';
import { jobsPermissions, jobsRoleDefaults } from './jobs/jobs.permissions.js';
import { moneyPermissions, moneyRoleDefaults } from './money/money.permissions.js';
import { orderPermissions, orderRoleDefaults } from './orders/order.permissions.js';
import { orgPermissions, orgRoleDefaults } from './orgs/org.permissions.js';
import { paramsPermissions, paramsRoleDefaults } from './params/params.permissions.js';

/** Every module's permissions and what the built-in roles get of them. A new module adds its line here. */
const declared: { module: string; permissions: PermissionDef[]; roles: RoleDefaults }[] = [
  { module: 'orgs', permissions: orgPermissions, roles: orgRoleDefaults },
  { module: 'identity', permissions: identityPermissions, roles: identityRoleDefaults },
  { module: 'params', permissions: paramsPermissions, roles: paramsRoleDefaults },
  { module: 'catalog', permissions: catalogPermissions, roles: catalogRoleDefaults },
  { module: 'orders', permissions: orderPermissions, roles: orderRoleDefaults },
  { module: 'money', permissions: moneyPermissions, roles: moneyRoleDefaults },
  { module: 'jobs', permissions: jobsPermissions, roles: jobsRoleDefaults },
  { module: 'agreements', permissions: agreementPermissions, roles: agreementRoleDefaults },
  { module: 'compliance', permissions: compliancePermissions, roles: complianceRoleDefaults },
  { module: 'callbacks', permissions: callbackPermissions, roles: callbackRoleDefaults },
];

export const PERMISSIONS: (PermissionDef & { module: string })[] = declared.flatMap((d) =>
  d.permissions.map((p) => ({ ...p, module: d.module })),
);

export const PERMISSION_CODES: string[] = PERMISSIONS.map((p) => p.code);

/** The permission set of each built-in role, gathered from every module. */
export function builtinRolePermissions(): Record<BuiltinRoleCode, string[]> {
  const out = Object.fromEntries(Object.keys(BUILTIN_ROLES).map((c) => [c, [] as string[]])) as Record<BuiltinRoleCode, string[]>;
  for (const d of declared) {
    for (const [role, perms] of Object.entries(d.roles) as [BuiltinRoleCode, readonly string[]][]) out[role].push(...perms);
  }
  // the system administrator holds every permission, so they can grant any role
  out.system_admin = [...PERMISSION_CODES];
  return out;
}
