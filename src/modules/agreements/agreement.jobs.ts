import type { JobKind, JobRun } from '../../platform/jobs/job.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import * as repo from './agreement.repo.js';
import { endAgreement, loadAgreement } from './agreement.service.js';
import { planVisits } from './agreement-visits.plan.js';

/**
 * The daily round over a tenant's agreements in force: one past its end date is ended (its future visits
 * cancelled, its days never planned recorded as missed), every other gets its visits planned up to the horizon. Re-running it the same day changes nothing.
 */
export async function planAllAgreements(run: Omit<JobRun, 'job'>): Promise<{ ended: number; planned: number }> {
  const today = businessDate(new Date(run.now), await tenantZone(run));
  let ended = 0;
  let planned = 0;
  for (const { id } of await repo.listActive(run.db, run.actor.tenantId)) {
    const loaded = await loadAgreement(run, id);
    if (loaded.agreement.endDate < today) {
      // the days up to the end that a stopped planner never planned are recorded as missed before it ends
      planned += await planVisits(run, loaded);
      await endAgreement(run, id, { version: loaded.agreement.version, reason: '协议期满' });
      ended++;
    } else planned += await planVisits(run, loaded);
  }
  return { ended, planned };
}

export const planVisitsJob: JobKind = {
  kind: 'agreements.plan-visits',
  title: { 'zh-CN': '特约服务协议：安排上门服务、到期终止', en: 'Agreements: plan visits, end expired agreements' },
  recurring: { cron: '0 2 * * *' },
  async handler(run) {
    const { ended, planned } = await planAllAgreements(run);
    return { summary: `planned ${planned} visits, ended ${ended} agreements` };
  },
};
