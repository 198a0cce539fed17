import type { JobKind, JobRun } from '../../platform/jobs/job.types.js';
import * as repo from './cleaning-plan.repo.js';
import { planInspections, todayOf } from './cleaning-planning.js';

/** The daily round: every active plan's current period planned (areas already planned for it are left alone). */
export async function planAllInspections(run: Omit<JobRun, 'job'>): Promise<number> {
  const today = await todayOf(run);
  let planned = 0;
  for (const plan of await repo.activePlans(run.db, run.actor.tenantId)) planned += await planInspections(run, plan, today);
  return planned;
}

export const planInspectionsJob: JobKind = {
  kind: 'cleaning.plan-inspections',
  title: { 'zh-CN': '保洁检查：安排本期检查', en: 'Cleaning: plan the current period’s inspections' },
  recurring: { cron: '10 0 * * *' },
  async handler(run) {
    const planned = await planAllInspections(run);
    return { summary: `planned ${planned} inspections` };
  },
};
