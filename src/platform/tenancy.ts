import type { AppDeps } from './context.js';
import { prepared } from './db/prepared.js';
import { businessDate } from './time.js';

/** The caller's tenant (its time zone decides business dates). */
export async function tenantOf(ctx: { db: AppDeps['db']; actor: { tenantId: string } }) {
  return (await tenantById(ctx.db, { id: ctx.actor.tenantId })).rows[0];
}

/** Read by most requests (for the zone): prepared once. */
const tenantById = prepared((db, a: { id: string }) => db.selectFrom('tenants').selectAll().where('id', '=', a.id));

// A tenant's zone is set when the tenant is made and no use case or command changes it, so every process can keep it
// once read (most requests ask for it: a statement each, a round trip on PostgreSQL). A zone edited by hand in the
// database is seen after a restart.
const zones = new Map<string, string>();

/** The time zone of the caller's tenant: every module's "today" and local times are in it. */
export async function tenantZone(ctx: { db: AppDeps['db']; actor: { tenantId: string } }): Promise<string> {
  const kept = zones.get(ctx.actor.tenantId);
  if (kept !== undefined) return kept;
  const tenant = await tenantOf(ctx);
  if (!tenant) return 'Asia/Shanghai';
  zones.set(tenant.id, tenant.time_zone);
  return tenant.time_zone;
}

/** The business month (`YYYY-MM`) an instant falls in, in the caller's tenant's zone. */
export async function tenantMonth(ctx: { db: AppDeps['db']; actor: { tenantId: string } }, at: Date | string): Promise<string> {
  return businessDate(at, await tenantZone(ctx)).slice(0, 7);
}
