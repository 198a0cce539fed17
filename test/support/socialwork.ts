import type { Kysely } from 'kysely';
import { DEMO_ELDERLY_PLAN } from '../../src/modules/socialwork/socialwork-base.demo.js';
import type { Database } from '../../src/platform/db/schema.js';
import '../../src/modules/socialwork/socialwork.tables.js';
import { newId } from '../../src/platform/ids.js';
import type { Agent, TestEnv } from './harness.js';

let n = 0;

/**
 * A running project of 翠竹社会服务管理工作站 of its own, opened by `creator` (who holds socialwork.execute there):
 * opened through the API, its plan v1 approved and the project started written straight to the database (the start
 * belongs to another part of issue 20).
 */
export async function runningProject(t: TestEnv, creator: Agent): Promise<{ id: string; planId: string; version: number }> {
  const res = await creator.post('/api/socialwork/projects', {
    orgId: await t.org('sw-s1'),
    title: `测试项目${++n}`,
    executorId: await t.userId('husg'),
    supervisorId: await t.userId('zhudd'),
  });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  const planId = await approveAndStart(t.runtime.deps.db, res.body.id);
  return { id: res.body.id, planId, version: 2 };
}

/** Writes plan v1 (the demo's elderly plan) approved and the project running, as the start of another part would. */
export async function approveAndStart(db: Kysely<Database>, projectId: string): Promise<string> {
  const planId = newId();
  const now = new Date().toISOString();
  const tenant = await db.selectFrom('sw_projects').select('tenant_id').where('id', '=', projectId).executeTakeFirstOrThrow();
  await db
    .insertInto('sw_plans')
    .values({
      tenant_id: tenant.tenant_id,
      id: planId,
      project_id: projectId,
      version_no: 1,
      state: 'approved',
      content: JSON.stringify(DEMO_ELDERLY_PLAN),
      change_request_id: null,
      submitted_at: now,
      submitted_by: null,
      decided_at: now,
      decided_by: null,
      return_reason: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await db.updateTable('sw_projects').set({ state: 'running', started_at: now, version: 2 }).where('id', '=', projectId).execute();
  return planId;
}
