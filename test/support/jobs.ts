import type { AppDeps } from '../../src/platform/context.js';
import { type NewJob, scheduleJob } from '../../src/platform/jobs/schedule.js';

/** The demo tenant's id. */
export async function demoTenantId(deps: AppDeps): Promise<string> {
  return (await deps.db.selectFrom('tenants').select('id').where('code', '=', 'demo').executeTakeFirstOrThrow()).id;
}

/** Schedules a job for a tenant in a transaction of its own (as a module's use case would). */
export async function schedule(deps: AppDeps, tenantId: string, job: NewJob) {
  return deps.db.transaction().execute((trx) => scheduleJob({ db: trx, actor: { tenantId }, now: deps.clock.now().toISOString() }, job));
}

/** How many times a test job's effect was written, per job key (counters named `effect:<key>`). */
export async function effects(deps: AppDeps, tenantId: string): Promise<Map<string, number>> {
  const rows = await deps.db
    .selectFrom('counters')
    .select(['name', 'value'])
    .where('tenant_id', '=', tenantId)
    .where('name', 'like', 'effect:%')
    .execute();
  return new Map(rows.map((r) => [r.name.slice('effect:'.length), Number(r.value)]));
}
