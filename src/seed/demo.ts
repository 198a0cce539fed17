import { findRole } from '../modules/identity/role.repo.js';
import { findUserByUsername, hasActiveGrant } from '../modules/identity/user.repo.js';
import { createUser, grantRole } from '../modules/identity/user.service.js';
import { findOrgByCode } from '../modules/orgs/org.repo.js';
import { createOrg } from '../modules/orgs/org.service.js';
import { createTenant, findTenantByCode } from '../modules/tenants/tenant.service.js';
import { type AppDeps, systemActor, type UseCase } from '../platform/context.js';
import { DEMO_ORGS, DEMO_TENANT, DEMO_USERS } from './demo.data.js';

/**
 * Seeds the demo tenant through the same use cases people use (so it is audited). Re-running adds
 * only what is missing. Every demo user made now gets `password` (chosen by the caller: random at
 * `npm start`, see demo-password.ts); `usersCreated` says whether anyone got it.
 */
export async function seedDemo(deps: AppDeps, options: { password: string }): Promise<{ created: number; usersCreated: number }> {
  let created = 0;
  let usersCreated = 0;
  let tenant = await findTenantByCode(deps, DEMO_TENANT.code);
  if (!tenant) {
    await createTenant(deps, DEMO_TENANT);
    tenant = (await findTenantByCode(deps, DEMO_TENANT.code))!;
    created++;
  }
  const ctx: UseCase = { ...deps, actor: systemActor(tenant.id), requestId: null };
  const orgId = async (code: string) => {
    const node = await findOrgByCode(deps.db, tenant.id, code);
    if (!node) throw new Error(`demo node ${code} missing`);
    return node.id;
  };
  for (const o of DEMO_ORGS) {
    if (await findOrgByCode(deps.db, tenant.id, o.code)) continue;
    await createOrg(ctx, { parentId: await orgId(o.parent), kind: o.kind, name: o.name, code: o.code });
    created++;
  }
  for (const u of DEMO_USERS) {
    let user = (await findUserByUsername(deps.db, tenant.id, u.username))?.user;
    if (!user) {
      const made = await createUser(ctx, {
        username: u.username,
        displayName: u.name,
        phone: u.phone,
        orgId: await orgId(u.org),
        password: options.password,
        mustChangePassword: false,
      });
      user = { ...made };
      created++;
      usersCreated++;
    }
    const role = await findRole(deps.db, tenant.id, { code: u.role });
    const org = await orgId(u.grantAt ?? u.org);
    if (role && !(await hasActiveGrant(deps.db, tenant.id, user.id, role.id, org))) {
      await grantRole(ctx, user.id, { roleId: role.id, orgId: org });
      created++;
    }
  }
  // then each module's own records, in the order of the module list
  for (const m of deps.modules.modules) if (m.demo) created += await m.demo(ctx);
  return { created, usersCreated };
}
