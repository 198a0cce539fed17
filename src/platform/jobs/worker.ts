import os from 'node:os';
import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../audit/audit.service.js';
import { readTime } from '../clock.js';
import { type AppDeps, systemActor } from '../context.js';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { afterRun } from './job.machine.js';
import { claimDueJob, findJob, insertRun, tenantZoneOf, updateJob } from './job.repo.js';
import type { JobTable } from './job.tables.js';
import type { JobKind, JobRun } from './job.types.js';
import { scheduleOccurrence } from './schedule.js';
import { backoffMs, followingOccurrence } from './schedule.rules.js';

/** What one attempt did: shown by `POST /api/jobs/run-due` and returned to tests. */
export interface RunReport {
  jobId: string;
  tenantId: string;
  kind: string;
  key: string;
  dueAt: string;
  attempt: number;
  /** `ok`; `retry` (failed, due again after the backoff); `failed` (no attempts left). */
  outcome: 'ok' | 'retry' | 'failed';
  summary: string | null;
  error: string | null;
  /** When it is due again (retry), or the next occurrence a recurring job scheduled. */
  next: string | null;
}

export interface WorkerOptions {
  /** Names this process in the runs it records (host:pid by default). */
  workerId?: string;
  /** At most this many attempts in one call (default 1000). */
  limit?: number;
  kinds: readonly JobKind[];
  /** Only this tenant's jobs (a user's "run due jobs now"); every tenant's by default. */
  tenantId?: string;
}

export const defaultWorkerId = (): string => `${os.hostname()}:${process.pid}`;

const failure = (e: unknown): { message: string; stack: string | null } => {
  const code = typeof (e as { code?: unknown })?.code === 'string' ? `${(e as { code: string }).code}: ` : '';
  const message = `${code}${e instanceof Error ? e.message : String(e)}`.slice(0, 2000);
  const stack = e instanceof Error && e.stack ? e.stack.split('\n').slice(0, 8).join('\n').slice(0, 4000) : null;
  return { message, stack };
};

/**
 * Runs every job that is due, one transaction per attempt, until none is left (or `limit`). Each
 * attempt claims the oldest due job with its row locked for the whole transaction, runs the handler
 * inside a savepoint, and marks the job done in the same transaction: the handler's effects and the
 * mark commit together, exactly once. If the handler throws, the savepoint is rolled back (its effects
 * vanish) and the failed attempt is recorded while the row is still held, so no other worker can start
 * the job again before its backoff. If the process dies mid-run nothing was committed and the job is
 * simply still due.
 */
export async function runDueJobs(deps: AppDeps, options: WorkerOptions): Promise<RunReport[]> {
  const workerId = options.workerId ?? defaultWorkerId();
  const limit = options.limit ?? 1000;
  const reports: RunReport[] = [];
  while (reports.length < limit) {
    const report = await attemptOne(deps, options, workerId);
    if (!report) break;
    reports.push(report);
  }
  return reports;
}

async function attemptOne(deps: AppDeps, options: WorkerOptions, workerId: string): Promise<RunReport | null> {
  const { kinds } = options;
  let claimed: JobTable | undefined;
  let startedAt = '';
  try {
    return await deps.db.transaction().execute(async (trx) => {
      startedAt = deps.clock.now().toISOString();
      claimed = await claimDueJob(trx, deps.engine, startedAt, options.tenantId);
      if (!claimed) return null;
      return runClaimed(deps, trx, claimed, kinds, workerId, startedAt);
    });
  } catch (e) {
    // The transaction itself failed (connection lost, the engine rolled everything back): record the
    // attempt in a transaction of its own so the job waits its backoff instead of blocking the queue.
    if (!claimed) throw e;
    const job = claimed;
    return deps.db.transaction().execute(async (trx) => {
      const fresh = await findJob(trx, job.tenant_id, job.id, true, deps.engine);
      if (fresh?.state !== 'pending' || fresh.attempts !== job.attempts) throw e;
      return recordFailure(
        deps,
        trx,
        fresh,
        kinds.find((k) => k.kind === fresh.kind),
        workerId,
        startedAt,
        e,
      );
    });
  }
}

async function runClaimed(
  deps: AppDeps,
  trx: Kysely<Database>,
  job: JobTable,
  kinds: readonly JobKind[],
  workerId: string,
  startedAt: string,
): Promise<RunReport> {
  const kind = kinds.find((k) => k.kind === job.kind);
  const attempt = job.attempts + 1;
  const runId = newId();
  await sql`savepoint job_handler`.execute(trx);
  let result: { summary?: string } | undefined;
  try {
    if (!kind) throw new Error(`no job kind ${job.kind} is registered on this server`);
    const actor = systemActor(job.tenant_id);
    const { recordedAt, clockMoved } = readTime(deps.clock);
    const auditCtx = {
      tenantId: job.tenant_id,
      actor: { id: null, name: actor.displayName },
      requestId: runId,
      at: startedAt,
      recordedAt,
      clockMoved,
    };
    const run: JobRun = {
      ...deps,
      db: trx,
      actor,
      requestId: runId,
      now: startedAt,
      audit: (change) => recordAudit(trx, auditCtx, change),
      job: {
        id: job.id,
        kind: job.kind,
        key: job.key,
        payload: JSON.parse(job.payload_json) as Record<string, unknown>,
        dueAt: job.due_at,
        attempt,
      },
    };
    result = await kind.handler(run);
  } catch (e) {
    await sql`rollback to savepoint job_handler`.execute(trx);
    await sql`release savepoint job_handler`.execute(trx);
    return recordFailure(deps, trx, job, kind, workerId, startedAt, e, runId);
  }
  await sql`release savepoint job_handler`.execute(trx);
  const finishedAt = deps.clock.now().toISOString();
  const summary = result?.summary ? String(result.summary).slice(0, 2000) : null;
  await insertRun(trx, {
    tenant_id: job.tenant_id,
    id: runId,
    job_id: job.id,
    attempt,
    worker_id: workerId,
    started_at: startedAt,
    finished_at: finishedAt,
    outcome: 'ok',
    summary,
    error_message: null,
    error_stack: null,
  });
  await updateJob(trx, job.tenant_id, job.id, {
    state: afterRun(job.state, 'succeed'),
    attempts: attempt,
    last_run_at: startedAt,
    last_error: null,
    last_worker: workerId,
    updated_at: finishedAt,
  });
  const next = await scheduleFollowing(trx, job, kind, finishedAt);
  return { ...reportOf(job, attempt), outcome: 'ok', summary, error: null, next };
}

async function recordFailure(
  deps: AppDeps,
  trx: Kysely<Database>,
  job: JobTable,
  kind: JobKind | undefined,
  workerId: string,
  startedAt: string,
  error: unknown,
  runId = newId(),
): Promise<RunReport> {
  const attempt = job.attempts + 1;
  const finishedAt = deps.clock.now().toISOString();
  const { message, stack } = failure(error);
  const maxAttempts = kind?.maxAttempts ?? job.max_attempts;
  const final = !kind || attempt >= maxAttempts;
  const retryAt = new Date(new Date(finishedAt).getTime() + backoffMs(attempt)).toISOString();
  await insertRun(trx, {
    tenant_id: job.tenant_id,
    id: runId,
    job_id: job.id,
    attempt,
    worker_id: workerId,
    started_at: startedAt || finishedAt,
    finished_at: finishedAt,
    outcome: 'failed',
    summary: null,
    error_message: message,
    error_stack: stack,
  });
  await updateJob(trx, job.tenant_id, job.id, {
    state: afterRun(job.state, final ? 'give_up' : 'fail'),
    attempts: attempt,
    due_at: final ? job.due_at : retryAt,
    last_run_at: startedAt || finishedAt,
    last_error: message,
    last_worker: workerId,
    updated_at: finishedAt,
  });
  // a recurring job that gave up still has its next occurrence: one bad month does not stop the schedule
  const next = final ? await scheduleFollowing(trx, job, kind, finishedAt) : retryAt;
  return { ...reportOf(job, attempt), outcome: final ? 'failed' : 'retry', summary: null, error: message, next };
}

/** After an occurrence of a recurring job ends for good, the one after it (see `followingOccurrence`). */
async function scheduleFollowing(trx: Kysely<Database>, job: JobTable, kind: JobKind | undefined, at: string): Promise<string | null> {
  if (!job.recurring_cron || !kind?.recurring) return null;
  const zone = await tenantZoneOf(trx, job.tenant_id);
  const cron = kind.recurring.cron;
  const following = followingOccurrence(cron, zone, new Date(job.due_at), new Date(at));
  const tx = { db: trx, actor: { tenantId: job.tenant_id }, now: at };
  await scheduleOccurrence(tx, kind, cron, following.at, zone, following.skipped);
  return following.at.toISOString();
}

const reportOf = (job: JobTable, attempt: number) => ({
  jobId: job.id,
  tenantId: job.tenant_id,
  kind: job.kind,
  key: job.key,
  dueAt: job.due_at,
  attempt,
});
