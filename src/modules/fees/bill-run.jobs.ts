import type { JobKind, JobRun } from '../../platform/jobs/job.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './bill-run.repo.js';
import { BILL_RUN_JOB, runBillChunkJob, standardsInForce, startBillRun } from './bill-run.service.js';

/** One chunk of a bill run (scheduled by the run's start and by the chunk before it). */
export const billRunChunkJob: JobKind = {
  kind: BILL_RUN_JOB,
  title: { 'zh-CN': '月度计费（分批）', en: 'Monthly bill run (one chunk)' },
  handler: runBillChunkJob,
};

/**
 * Every day: each active estate whose office's billing day (`billingDay`, A2.4.1.1) has come this month, and
 * which has an approved standard in force and no run for the month yet, gets the month's run started.
 */
export async function startDueBillRuns(run: JobRun) {
  const today = businessDate(run.now, await tenantZone(run));
  const period = today.slice(0, 7);
  const day = Number(today.slice(8));
  const withRun = await repo.estatesWithRun(run.db, run.actor.tenantId, period);
  let started = 0;
  for (const e of await repo.activeEstates(run.db, run.actor.tenantId)) {
    if (withRun.has(e.id)) continue;
    if (day < (await paramAt(run, e.officePath, 'billingDay'))) continue;
    if ((await standardsInForce(run, e.id, period)).length === 0) continue;
    await startBillRun(run, { estateId: e.id, period }, { kick: false });
    started++;
  }
  return { summary: `${period}: ${started} bill runs started` };
}

export const billRunScheduleJob: JobKind = {
  kind: 'fees.bill_run_schedule',
  title: { 'zh-CN': '按计费日启动月度计费（A2.4.1.1）', en: 'Start the monthly bill runs on the billing day (A2.4.1.1)' },
  recurring: { cron: '0 6 * * *' },
  handler: startDueBillRuns,
};
