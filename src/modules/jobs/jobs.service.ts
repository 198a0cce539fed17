import { allowsAt } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { fetchPage, type Page, parseSort } from '../../platform/http/list.js';
import { decideJob } from '../../platform/jobs/job.machine.js';
import { findJob, jobsQuery, runsOf, updateJob } from '../../platform/jobs/job.repo.js';
import type { JobState, JobTable } from '../../platform/jobs/job.tables.js';
import { allowed, nextOrThrow } from '../../platform/machine.js';
import { rootOrg } from '../orgs/org.service.js';
import { demoClockOf } from './demo-clock.service.js';
import { authorizeRoot } from './jobs.access.js';
import { DEMO_CLOCK, JOBS_MANAGE, JOBS_READ } from './jobs.permissions.js';

const SORT_COLUMNS = { dueAt: 'due_at', updatedAt: 'updated_at', kind: 'kind', state: 'state' } as const;

const titleOf = (ctx: UseCase, kind: string) => ctx.modules.jobKinds.find((k) => k.kind === kind)?.title ?? { 'zh-CN': kind, en: kind };

const present = (ctx: UseCase, j: JobTable, canManage: boolean) => ({
  id: j.id,
  kind: j.kind,
  title: titleOf(ctx, j.kind),
  key: j.key,
  state: j.state,
  dueAt: j.due_at,
  attempts: j.attempts,
  maxAttempts: j.max_attempts,
  recurring: j.recurring_cron,
  skippedOccurrences: j.skipped_occurrences,
  lastRunAt: j.last_run_at,
  lastError: j.last_error,
  lastWorker: j.last_worker,
  createdAt: j.created_at,
  updatedAt: j.updated_at,
  abilities: { retry: canManage && allowed(decideJob(j.state, 'retry')) },
});

export interface JobListInput {
  page: number;
  pageSize: number;
  sort?: string | undefined;
  q?: string | undefined;
  state?: JobState | undefined;
  kind?: string | undefined;
}

/** The organisation's jobs, newest activity first: what is waiting, what ran, what failed and why. */
export async function listJobs(ctx: UseCase, input: JobListInput) {
  const path = await authorizeRoot(ctx, JOBS_READ);
  const canManage = allowsAt(ctx.actor.access, JOBS_MANAGE, path);
  const { field, direction } = parseSort(input.sort, '-updatedAt');
  const column = SORT_COLUMNS[field as keyof typeof SORT_COLUMNS] ?? 'updated_at';
  const query = jobsQuery(ctx.db, { tenantId: ctx.actor.tenantId, state: input.state, kind: input.kind, q: input.q })
    .selectAll()
    .orderBy(column, direction)
    .orderBy('id', direction);
  const { rows, total } = await fetchPage(query, input.page, input.pageSize);
  const page: Page<ReturnType<typeof present>> = {
    items: rows.map((r) => present(ctx, r, canManage)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
  return { ...page, kinds: ctx.modules.jobKinds.map((k) => ({ kind: k.kind, title: k.title, recurring: k.recurring?.cron ?? null })) };
}

/** Every ended attempt at one job, latest first. */
export async function jobRuns(ctx: UseCase, id: string) {
  await authorizeRoot(ctx, JOBS_READ);
  const job = await findJob(ctx.db, ctx.actor.tenantId, id, false, ctx.engine);
  if (!job) throw notFound('job');
  return (await runsOf(ctx.db, ctx.actor.tenantId, id)).map((r) => ({
    id: r.id,
    attempt: r.attempt,
    workerId: r.worker_id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    summary: r.summary,
    error: r.error_message,
    errorStack: r.error_stack,
  }));
}

/** Gives a failed job a fresh set of attempts, due now (its earlier runs stay on record). */
export async function retryJob(ctx: UseCase, id: string) {
  await authorizeRoot(ctx, JOBS_MANAGE);
  return inTransaction(ctx, async (tx) => {
    const job = await findJob(tx.db, tx.actor.tenantId, id, true, tx.engine);
    if (!job) throw notFound('job');
    const state = nextOrThrow(decideJob(job.state, 'retry'), `only a failed job can be retried (this one is ${job.state})`);
    const set = { state, attempts: 0, due_at: tx.now, updated_at: tx.now };
    await updateJob(tx.db, tx.actor.tenantId, id, set);
    await tx.audit({
      action: 'job.retry',
      entity: 'job',
      entityId: id,
      before: { state: job.state, attempts: job.attempts, dueAt: job.due_at },
      after: { state: set.state, attempts: 0, dueAt: tx.now },
    });
    return present(ctx, { ...job, ...set }, true);
  });
}

/** Which jobs pages and buttons the caller gets (the menu). */
export async function jobsAbilities(ctx: UseCase): Promise<{ jobs: boolean; manageJobs: boolean; demoClock: boolean }> {
  const root = await rootOrg(ctx);
  const at = (p: string) => Boolean(root) && allowsAt(ctx.actor.access, p, root!.path);
  return { jobs: at(JOBS_READ), manageJobs: at(JOBS_MANAGE), demoClock: demoClockOf(ctx) !== null && at(DEMO_CLOCK) };
}
