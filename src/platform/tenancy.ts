import type { AppDeps } from './context.js';
import { prepared } from './db/prepared.js';
import { businessDate } from './time.js';

/** The caller's tenant (its time zone decides business dates). */
export async function tenantOf(ctx: { db: AppDeps['db']; actor: { tenantId: string } }) {
  return (await tenantById(ctx.db, { id: ctx.actor.tenantId })).rows[0];
}

/** Read by most requests (for the zone): prepared once. */
const tenantById = prepared((db, a: { id: string }) => db.selectFrom('tenants').selectAll().where('id', '=', a.id));

/** The time zone of the caller's tenant: every module's "today" and local times are in it. */
export async function tenantZone(ctx: { db: AppDeps['db']; actor: { tenantId: string } }): Promise<string> {
  return (await tenantOf(ctx))?.time_zone ?? 'Asia/Shanghai';
}

/** The business month (`YYYY-MM`) an instant falls in, in the caller's tenant's zone. */
export async function tenantMonth(ctx: { db: AppDeps['db']; actor: { tenantId: string } }, at: Date | string): Promise<string> {
  return businessDate(at, await tenantZone(ctx)).slice(0, 7);
}
