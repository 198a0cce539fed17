// The jobs list as Excel, in the page's own words: the web's locale files are the one catalogue.
import enJobs from '../../../web/src/locales/en/jobs.json' with { type: 'json' };
import zhJobs from '../../../web/src/locales/zh-CN/jobs.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { type JobListInput, listJobs } from './jobs.service.js';

const CATALOGUES = { 'zh-CN': { jobs: zhJobs }, en: { jobs: enJobs } };

/** The jobs the list selects with these filters, search and sort (every page), as one sheet. */
export async function exportJobs(ctx: UseCase, filters: Omit<JobListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listJobs(ctx, { ...filters, page, pageSize }));
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  // as the page's tag says it: a pending job that already failed once is waiting to retry
  const state = (j: R) => t(`jobs:states.${j.state === 'pending' && j.attempts > 0 ? 'retrying' : j.state}`);
  return toWorkbook<R>(
    t('jobs:title'),
    [
      { header: t('jobs:fields.kind'), width: 22, value: (j) => j.title[locale] },
      { header: t('jobs:fields.key'), width: 30, value: (j) => j.key },
      { header: t('jobs:fields.state'), width: 10, value: state },
      timeColumn<R>(t('jobs:fields.dueAt'), (j) => j.dueAt, tz),
      { header: t('jobs:fields.attempts'), width: 10, value: (j) => `${j.attempts} / ${j.maxAttempts}` },
      timeColumn<R>(t('jobs:fields.lastRunAt'), (j) => j.lastRunAt, tz),
      { header: t('jobs:fields.lastError'), width: 40, value: (j) => j.lastError },
    ],
    rows,
  );
}
