// The hours report as Excel, in the page's own words: the web's locale files are the one catalogue.

import en from '../../../web/src/locales/en/training.json' with { type: 'json' };
import zh from '../../../web/src/locales/zh-CN/training.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { hoursReport } from './hours.service.js';

const CATALOGUES = { 'zh-CN': { training: zh }, en: { training: en } };

/** Hours per person of a node in a period (the report's own rows), one row per staff member. */
export async function exportHours(ctx: UseCase, q: { orgId: string; from: string; to: string }, locale: PrintLocale) {
  const report = await hoursReport(ctx, q);
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('training:hours.title'),
    [
      { header: t('training:hours.name'), width: 14, value: (r) => r.name },
      { header: t('training:hours.org'), width: 24, value: (r) => r.orgName },
      { header: t('training:hours.sessions'), width: 10, value: (r) => r.sessions },
      { header: t('training:hours.sessionHours'), width: 12, value: (r) => r.sessionHours },
      { header: t('training:hours.courses'), width: 10, value: (r) => r.courses },
      { header: t('training:hours.outsideHours'), width: 12, value: (r) => r.outsideHours },
      { header: t('training:hours.totalHours'), width: 12, value: (r) => r.totalHours },
    ],
    report.items,
  );
}
