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
  const h = 'training:hours.';
  return toWorkbook(
    t(`${h}title`),
    [
      { header: t(`${h}name`), width: 14, value: (r) => r.name },
      { header: t(`${h}org`), width: 24, value: (r) => r.orgName },
      { header: t(`${h}sessions`), width: 10, value: (r) => r.sessions },
      { header: t(`${h}sessionHours`), width: 12, value: (r) => r.sessionHours },
      { header: t(`${h}courses`), width: 10, value: (r) => r.courses },
      { header: t(`${h}outsideHours`), width: 12, value: (r) => r.outsideHours },
      { header: t(`${h}totalHours`), width: 12, value: (r) => r.totalHours },
    ],
    report.items,
  );
}
