import { sql } from 'kysely';
import type { JobKind, JobRun } from '../../src/platform/jobs/job.types.js';

/** The effect a test job writes: one count per run under `effect:<key>`, plus an audit event. */
export async function writeEffect(run: JobRun): Promise<void> {
  await run.db
    .insertInto('counters')
    .values({ tenant_id: run.actor.tenantId, name: `effect:${run.job.key}`, value: 1 })
    .onConflict((oc) => oc.columns(['tenant_id', 'name']).doUpdateSet({ value: sql`counters.value + 1` }))
    .execute();
  await run.audit({ action: 'test.effect', entity: 'job', entityId: run.job.id, after: { key: run.job.key } });
}

/** A job that writes its effect and takes a few milliseconds, so two workers overlap. */
export const effectKind: JobKind = {
  kind: 'test.effect',
  title: { 'zh-CN': '测试：写入一次', en: 'Test: write once' },
  async handler(run) {
    await writeEffect(run);
    await new Promise((r) => setTimeout(r, 3));
    return { summary: `wrote ${run.job.key}` };
  },
};
