import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { scheduleJob } from '../../platform/jobs/schedule.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { runDueJobs } from '../jobs/jobs.worker.js';
import { standardInForce } from './bill.rules.js';
import * as repo from './bill-run.repo.js';
import { billsForUnit, isFuturePeriod, progressPercent } from './bill-run.rules.js';
import { countBillChanges, countedRow } from './bill-totals.repo.js';
import { approvedStandards } from './fee-standard.repo.js';
import { FEE_BILLS_RUN, FEES_READ } from './fees.permissions.js';
import type { FeeBillTable } from './fees.tables.js';

export const BILL_RUN_JOB = 'fees.bill_run';
/** Units per chunk: each chunk is one transaction that writes its bills and moves the run's cursor. */
export const DEFAULT_CHUNK = 500;

export type LoadedRun = NonNullable<Awaited<ReturnType<typeof repo.findRun>>>;

/** A bill run the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadBillRun(ctx: UseCase, id: string): Promise<LoadedRun> {
  const found = await repo.findRun(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('bill_run');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'bill_run');
  return found;
}

function presentRun(ctx: UseCase, run: repo.BillRun, estateName: string, officePath: string | null) {
  const { cursor: _c, ...rest } = run;
  return {
    ...rest,
    estateName,
    progress: progressPercent(run.unitDone, run.unitTotal),
    abilities: { run: officePath !== null && allowsAt(ctx.actor.access, FEE_BILLS_RUN, officePath) },
  };
}

export async function getBillRun(ctx: UseCase, id: string) {
  const found = await loadBillRun(ctx, id);
  return presentRun(ctx, found.run, found.estateName, found.officePath);
}

export async function listBillRuns(ctx: UseCase, f: { estateId?: string | undefined; page: number; pageSize: number }) {
  const { items, total } = await repo.listRuns(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, FEES_READ) });
  return { items: items.map((i) => presentRun(ctx, i.run, i.estateName, null)), total, page: f.page, pageSize: f.pageSize };
}

/** The month it is now in the tenant's zone, `YYYY-MM`. */
export async function currentPeriod(ctx: UseCase & { now?: string }): Promise<string> {
  return tenantMonth(ctx, ctx.now ?? ctx.clock.now());
}

/** The ids of the approved standards in force for a period, one per item (A2.3: never one not approved). */
export async function standardsInForce(ctx: UseCase, estateId: string, period: string): Promise<string[]> {
  const all = await approvedStandards(ctx.db, ctx.actor.tenantId, estateId);
  const items = [...new Set(all.map((s) => s.itemId))].sort();
  return items.flatMap((item) => {
    const s = standardInForce(
      all.filter((x) => x.itemId === item),
      period,
    );
    return s ? [s.id] : [];
  });
}

interface ChunkPayload {
  runId: string;
  version: number;
  chunkSize: number;
  standardIds: string[];
}

/** Schedules the job for the run's next chunk, in the caller's transaction (keyed by the run's version: once). */
async function scheduleChunk(tx: Tx, run: repo.BillRun, chunkSize: number, standardIds: string[]) {
  const payload: ChunkPayload = { runId: run.id, version: run.version, chunkSize, standardIds };
  await scheduleJob(tx, { kind: BILL_RUN_JOB, key: `${BILL_RUN_JOB}:${run.id}:${run.version}`, dueAt: tx.now, payload: { ...payload } });
}

export interface StartOptions {
  /** Units per chunk (tests use small chunks to stop a run in the middle). */
  chunkSize?: number;
  /** `jobs`: chunks run as jobs (the server's worker, started at once); `inline`: the caller drives them (the demo). */
  drive?: 'jobs' | 'inline';
  /** Run the waiting jobs at once after the start commits (not from inside a job's own transaction). */
  kick?: boolean;
}

/**
 * Starts the bill run of an estate and month (A2.4.1.1): one run per estate and month. A run in progress goes on
 * (its next chunk is scheduled again); a finished run runs again from the first unit, creating only bills that
 * are missing. Refused for a month after the current one, and when no approved standard is in force.
 */
export async function startBillRun(ctx: UseCase, input: { estateId: string; period: string }, options: StartOptions = {}) {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const drive = options.drive ?? 'jobs';
  const started = await inTransaction(ctx, async (tx) => {
    const estate = await repo.findEstate(tx.db, tx.actor.tenantId, input.estateId);
    if (!estate) throw notFound('estate');
    authorize(tx.actor.access, FEE_BILLS_RUN, estate.officePath, 'estate');
    if (isFuturePeriod(input.period, await currentPeriod(tx)))
      throw fieldError('unprocessable', 'bill_run.future_period', 'period', 'a month after the current one cannot be billed yet');
    const standardIds = await standardsInForce(tx, estate.id, input.period);
    if (standardIds.length === 0)
      throw fieldError('unprocessable', 'bill_run.no_standard', 'period', 'no approved fee standard is in force for this estate and month');
    const unitTotal = await repo.countActiveUnits(tx.db, tx.actor.tenantId, estate.id);
    const fresh: repo.BillRun = {
      id: newId(),
      officeId: estate.officeId,
      estateId: estate.id,
      period: input.period,
      state: 'running',
      unitTotal,
      unitDone: 0,
      billsCreated: 0,
      unitsSkipped: 0,
      cursor: null,
      error: null,
      startedBy: tx.actor.userId,
      startedByName: tx.actor.displayName,
      startedAt: tx.now,
      finishedAt: null,
      version: 1,
    };
    let run = fresh;
    let action = 'bill_run.start';
    const existing = (await repo.insertRun(tx.db, tx.actor.tenantId, fresh))
      ? null
      : await repo.findRunOf(tx.db, tx.actor.tenantId, estate.id, input.period);
    if (existing) {
      // running: go on from the cursor (the old chunk job, if still waiting, finds the version moved and stops);
      // done: run again from the first unit, counting afresh (the unique key keeps every bill single)
      run =
        existing.state === 'running'
          ? { ...existing, version: existing.version + 1 }
          : { ...fresh, id: existing.id, version: existing.version + 1 };
      action = existing.state === 'running' ? 'bill_run.resume' : 'bill_run.rerun';
      if (!(await repo.updateRun(tx.db, tx.actor.tenantId, run, existing.version)))
        throw new DomainError('conflict', 'record.version_conflict', 'the run moved on meanwhile; reload');
    }
    await tx.audit({ action, entity: 'fee_bill_run', entityId: run.id, before: existing ?? undefined, after: run });
    if (drive === 'jobs') await scheduleChunk(tx, run, chunkSize, standardIds);
    return { run, estateName: estate.name, officePath: estate.officePath, standardIds };
  });
  if (drive === 'jobs' && options.kick !== false) kickWorker(ctx);
  else await driveInline(ctx, started.run.id, chunkSize, started.standardIds);
  const now = drive === 'jobs' ? started.run : (await loadBillRun(ctx, started.run.id)).run;
  return presentRun(ctx, now, started.estateName, started.officePath);
}

/** The demo's way: each chunk in its own transaction, one after the other, in this process. */
async function driveInline(ctx: UseCase, runId: string, chunkSize: number, standardIds: string[]) {
  for (;;) {
    const next = await inTransaction(ctx, (tx) => billChunk(tx, { runId, version: null, chunkSize, standardIds }));
    if (next?.state !== 'running') return;
  }
}

let kicking: Promise<void> | null = null;
let kickAgain = false;
/**
 * Runs the waiting jobs now (after the start committed) when this server runs jobs in the background, so the
 * progress bar moves at once instead of at the worker's next poll. One kick at a time; failures wait for the poll.
 */
function kickWorker(ctx: UseCase) {
  if (ctx.config.jobPollMs <= 0) return;
  if (kicking) {
    kickAgain = true;
    return;
  }
  const deps = { ...ctx };
  kicking = (async () => {
    do {
      kickAgain = false;
      await runDueJobs(deps, { tenantId: ctx.actor.tenantId, limit: 100_000 });
    } while (kickAgain);
  })()
    .catch(() => undefined)
    .finally(() => {
      kicking = null;
    });
}

/**
 * One chunk of a run, in the caller's transaction: the next units after the cursor get their bills (inserted,
 * passing over any that exists) and the run's cursor and counters move in the same transaction, so a run killed
 * anywhere goes on from the last chunk that committed. Answers null when the run is not running or (for a job)
 * has moved past this chunk's version.
 */
export async function billChunk(
  tx: Tx,
  p: { runId: string; version: number | null; chunkSize: number; standardIds: readonly string[] },
): Promise<repo.BillRun | null> {
  const found = await repo.findRun(tx.db, tx.actor.tenantId, p.runId);
  if (found?.run.state !== 'running') return null;
  const run = found.run;
  if (p.version !== null && run.version !== p.version) return null;
  const t = tx.actor.tenantId;
  const [standards, units] = await Promise.all([
    repo.pricedStandards(tx.db, t, p.standardIds),
    repo.unitsAfter(tx.db, t, run.estateId, run.cursor, p.chunkSize),
  ]);
  const owners = await repo.ownersOf(
    tx.db,
    t,
    units.map((u) => u.id),
  );
  const rows: FeeBillTable[] = [];
  let skipped = 0;
  for (const u of units) {
    const bills = billsForUnit(run.period, u, owners.get(u.id) ?? [], standards);
    if (bills.length === 0) skipped++;
    for (const b of bills)
      rows.push({
        tenant_id: t,
        id: newId(),
        office_id: run.officeId,
        estate_id: run.estateId,
        building_id: u.buildingId,
        unit_id: u.id,
        item_id: b.itemId,
        standard_id: b.standardId,
        period: run.period,
        basis: b.basis,
        rate_fen: b.rateFen,
        area_milli: b.areaMilli,
        days_billed: b.daysBilled,
        days_in_period: b.daysInPeriod,
        amount_fen: b.amountFen,
        adjustment_fen: 0,
        payer_name: b.payerName,
        state: 'open',
        run_id: run.id,
        bank_batch_id: null,
        payment_id: null,
        paid_at: null,
        paid_period: null,
        created_at: tx.now,
        version: 1,
      });
  }
  const written = await repo.insertBillsIgnoringExisting(tx.db, rows);
  await countBillChanges(
    tx.db,
    t,
    written.map((r) => ({ before: null, after: countedRow(r) })),
  );
  const created = written.length;
  const unitDone = run.unitDone + units.length;
  const finished = units.length < p.chunkSize;
  const next: repo.BillRun = {
    ...run,
    cursor: units.at(-1)?.id ?? run.cursor,
    unitDone,
    // units added or deactivated while it ran: the finished run shows the units it really went through
    unitTotal: finished ? unitDone : Math.max(run.unitTotal, unitDone),
    billsCreated: run.billsCreated + created,
    unitsSkipped: run.unitsSkipped + skipped,
    state: finished ? 'done' : 'running',
    finishedAt: finished ? tx.now : null,
    version: run.version + 1,
  };
  if (!(await repo.updateRun(tx.db, t, next, run.version)))
    throw new DomainError('conflict', 'record.version_conflict', 'the run moved on');
  await tx.audit({
    action: finished ? 'bill_run.finish' : 'bill_run.chunk',
    entity: 'fee_bill_run',
    entityId: run.id,
    after: { from: run.cursor, to: next.cursor, units: units.length, billsCreated: created, unitsSkipped: skipped, unitDone },
  });
  return next;
}

/** The job of one chunk: bills it, then schedules the next chunk in the same transaction until the run is done. */
export async function runBillChunkJob(run: Tx & { job: { payload: Record<string, unknown> } }) {
  const p = run.job.payload as unknown as ChunkPayload;
  const next = await billChunk(run, p);
  if (!next) return { summary: 'nothing to do: the run has moved on' };
  if (next.state === 'running') await scheduleChunk(run, next, p.chunkSize, p.standardIds);
  return { summary: `${next.period}: ${next.unitDone}/${next.unitTotal} units, ${next.billsCreated} bills` };
}
