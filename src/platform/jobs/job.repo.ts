import type { Kysely } from 'kysely';
import type { Engine } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { containsText } from '../db/search.js';
import type { JobRunTable, JobState, JobTable } from './job.tables.js';

type Db = Kysely<Database>;

/** Inserts the job unless its key is taken; answers the id of the job holding the key either way. */
export async function insertJobOrIgnore(db: Db, row: JobTable): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('tenant_id', '=', row.tenant_id)
    .where('key', '=', row.key)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/**
 * Takes the oldest due pending job of any tenant and locks its row until the transaction ends.
 * On PostgreSQL `FOR UPDATE SKIP LOCKED` lets another worker pass over it to the next one; on SQLite the
 * transaction already holds the one write lock (BEGIN IMMEDIATE), so no other process is in here.
 */
export async function claimDueJob(db: Db, engine: Engine, now: string, tenantId?: string): Promise<JobTable | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('state', '=', 'pending')
    .$if(tenantId !== undefined, (q) => q.where('tenant_id', '=', tenantId as string))
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .orderBy('id')
    .limit(1)
    .$if(engine === 'postgres', (q) => q.forUpdate().skipLocked())
    .executeTakeFirst();
}

export async function tenantZoneOf(db: Db, tenantId: string): Promise<string> {
  const t = await db.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirst();
  return t?.time_zone ?? 'Asia/Shanghai';
}

export async function insertRun(db: Db, run: JobRunTable): Promise<void> {
  await db.insertInto('job_runs').values(run).execute();
}

export async function updateJob(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<Pick<JobTable, 'state' | 'attempts' | 'due_at' | 'last_run_at' | 'last_error' | 'last_worker' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('jobs').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function findJob(db: Db, tenantId: string, id: string, lock: boolean, engine: Engine): Promise<JobTable | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .$if(lock && engine === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Kinds that already have an occurrence waiting (pending), per tenant. */
export async function pendingKinds(db: Db, tenantId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('jobs')
    .select('kind')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('state', '=', 'pending')
    .where('recurring_cron', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.kind));
}

export interface JobFilter {
  tenantId: string;
  state?: JobState | undefined;
  kind?: string | undefined;
  q?: string | undefined;
}

export function jobsQuery(db: Db, f: JobFilter) {
  return db
    .selectFrom('jobs')
    .where('tenant_id', '=', f.tenantId)
    .$if(f.state !== undefined, (q) => q.where('state', '=', f.state as JobState))
    .$if(f.kind !== undefined, (q) => q.where('kind', '=', f.kind as string))
    .$if(Boolean(f.q), (q) => q.where(containsText(['key'], f.q as string)));
}

export async function runsOf(db: Db, tenantId: string, jobId: string): Promise<JobRunTable[]> {
  return db
    .selectFrom('job_runs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('job_id', '=', jobId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
