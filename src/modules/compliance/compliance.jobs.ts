import type { JobKind } from '../../platform/jobs/job.types.js';
import { scanCompliance } from './compliance-scan.service.js';

/** Every 15 minutes: evaluate the monitors and notify the responsible roles of new breaches (X5). */
export const complianceScanJob: JobKind = {
  kind: 'compliance.scan',
  title: { 'zh-CN': '合规检查：发现新的违规并通知负责人', en: 'Compliance scan: find new breaches and notify those responsible' },
  recurring: { cron: '*/15 * * * *' },
  async handler(run) {
    const r = await scanCompliance(run);
    return { summary: `appeared ${r.appeared}, cleared ${r.cleared}, notified ${r.notified}` };
  },
};

export const complianceJobKinds: JobKind[] = [complianceScanJob];
