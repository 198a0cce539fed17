import { hasAnywhere, permissionsAnywhere } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { AGREEMENTS_MANAGE, AGREEMENTS_READ } from '../agreements/agreement.permissions.js';
import { CALLBACKS_READ, CALLBACKS_RECORD } from '../callbacks/callback.permissions.js';
import { CATALOG_MANAGE, PRICELIST_APPROVE, PRICELIST_EDIT } from '../catalog/catalog.permissions.js';
import { PERMISSION_CODES } from '../catalogue.js';
import { COMPLIANCE_READ } from '../compliance/compliance.permissions.js';
import { jobsAbilities } from '../jobs/jobs.service.js';
import { FINANCE_CUSTODIAN, RECEIPTS_ISSUE, RECEIPTS_READ, RECEIPTS_REQUEST } from '../money/money.permissions.js';
import { ORDERS_ASSIGN, ORDERS_INTAKE, ORDERS_PAY, ORDERS_READ, ORDERS_WORK } from '../orders/order.permissions.js';
import { ORG_MANAGE } from '../orgs/org.permissions.js';
import { PARAMS_MANAGE } from '../params/params.permissions.js';
import { ROLES_MANAGE, TOKENS_MANAGE, USERS_MANAGE, USERS_READ } from './identity.permissions.js';
import { findTenant } from './session.repo.js';
import * as users from './user.repo.js';

/** The signed-in user, their grants, and which parts of the app they may open (the menu). */
export async function me(ctx: UseCase) {
  if (!ctx.actor.userId) throw new DomainError('unauthenticated', 'auth.required', 'sign in first');
  const found = await users.findUser(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  const tenant = await findTenant(ctx.db, { id: ctx.actor.tenantId });
  if (!found || !tenant) throw new DomainError('unauthenticated', 'auth.required', 'sign in first');
  const a = ctx.actor.access;
  const any = (...perms: string[]) => perms.some((p) => hasAnywhere(a, p));
  return {
    user: {
      id: found.user.id,
      username: found.user.username,
      displayName: found.user.displayName,
      phone: found.user.phone,
      orgId: found.user.orgId,
      orgName: found.orgName,
      mustChangePassword: found.user.mustChangePassword,
    },
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name, timeZone: tenant.time_zone },
    grants: (await users.listGrants(ctx.db, ctx.actor.tenantId, ctx.actor.userId)).map((g) => ({
      id: g.id,
      roleCode: g.roleCode,
      roleName: g.roleName,
      orgId: g.orgId,
      orgName: g.orgName,
    })),
    permissions: permissionsAnywhere(a, PERMISSION_CODES),
    abilities: {
      // field staff get no admin pages: the tree and parameters are for those who manage people or rules
      orgs: any(ORG_MANAGE, USERS_READ, PARAMS_MANAGE),
      manageOrgs: any(ORG_MANAGE),
      users: any(USERS_READ),
      manageUsers: any(USERS_MANAGE),
      roles: any(USERS_READ, USERS_MANAGE, ROLES_MANAGE),
      manageRoles: any(ROLES_MANAGE),
      params: a.grants.length > 0,
      manageParams: any(PARAMS_MANAGE),
      tokens: any(TOKENS_MANAGE),
      orders: any(ORDERS_READ),
      intake: any(ORDERS_INTAKE),
      // the order list's batch 派工 (each order's own abilities still decide which go)
      assign: any(ORDERS_ASSIGN),
      myTasks: any(ORDERS_WORK),
      collect: any(ORDERS_PAY),
      priceLists: any(ORDERS_READ, PRICELIST_EDIT, PRICELIST_APPROVE),
      catalog: any(CATALOG_MANAGE),
      agreements: any(AGREEMENTS_READ),
      manageAgreements: any(AGREEMENTS_MANAGE),
      receipts: any(RECEIPTS_READ, RECEIPTS_ISSUE, RECEIPTS_REQUEST, FINANCE_CUSTODIAN),
      issueReceipts: any(RECEIPTS_ISSUE),
      compliance: any(COMPLIANCE_READ),
      callbacks: any(CALLBACKS_READ),
      recordCallbacks: any(CALLBACKS_RECORD),
      ...(await jobsAbilities(ctx)),
    },
  };
}
