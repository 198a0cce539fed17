import { startAuditChain } from '../../platform/audit/audit.service.js';
import { type AppDeps, inTransaction, systemActor } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { syncBuiltinRoles } from '../identity/role.service.js';
import { createRootOrg } from '../orgs/org.service.js';

export interface NewTenant {
  code: string;
  name: string;
  rootName: string;
  rootCode: string;
  timeZone?: string;
}

/** A new customer organisation: the tenant, its audit chain, its root node and its built-in roles. */
export async function createTenant(deps: AppDeps, input: NewTenant) {
  const id = newId();
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tenants')
      .values({ id, code: input.code, name: input.name, time_zone: input.timeZone ?? 'Asia/Shanghai', created_at: now })
      .execute();
    await startAuditChain(trx, id);
  });
  return inTransaction({ ...deps, actor: systemActor(id), requestId: null }, async (tx) => {
    await tx.audit({ action: 'tenant.create', entity: 'tenant', entityId: id, after: { code: input.code, name: input.name } });
    const root = await createRootOrg(tx, { name: input.rootName, code: input.rootCode });
    await syncBuiltinRoles(tx);
    return { id, rootId: root.id };
  });
}

/** Keeps every tenant's built-in roles in line with the modules' declarations (on start). */
export async function syncAllTenants(deps: AppDeps): Promise<void> {
  const tenants = await deps.db.selectFrom('tenants').select('id').execute();
  for (const t of tenants) {
    await inTransaction({ ...deps, actor: systemActor(t.id), requestId: null }, syncBuiltinRoles);
  }
}

export async function findTenantById(deps: AppDeps, id: string) {
  return deps.db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTenantByCode(deps: AppDeps, code: string) {
  return deps.db.selectFrom('tenants').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listTenants(deps: AppDeps) {
  return deps.db.selectFrom('tenants').selectAll().orderBy('code').execute();
}
