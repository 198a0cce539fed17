// The agreements list as Excel, in the page's own words: the web's locale files are the one catalogue.
import enAgreements from '../../../web/src/locales/en/agreements.json' with { type: 'json' };
import enCommon from '../../../web/src/locales/en/common.json' with { type: 'json' };
import zhAgreements from '../../../web/src/locales/zh-CN/agreements.json' with { type: 'json' };
import zhCommon from '../../../web/src/locales/zh-CN/common.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { type Words, webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { type AgreementListInput, listAgreements } from './agreement.service.js';
import type { Schedule } from './agreement.types.js';

const CATALOGUES = {
  'zh-CN': { agreements: zhAgreements, common: zhCommon },
  en: { agreements: enAgreements, common: enCommon },
};

/** "每周二、周五；每月1日 09:00–11:00", as the list writes it. */
function scheduleText(t: Words, s: Schedule): string {
  const sep = t('common:listSeparator');
  const parts: string[] = [];
  if (s.weekdays.length)
    parts.push(t('agreements:schedule.weekly', { days: s.weekdays.map((d) => t(`agreements:weekdays.${d}`)).join(sep) }));
  if (s.monthDays.length) parts.push(t('agreements:schedule.monthly', { days: s.monthDays.join(sep) }));
  return `${parts.join(t('agreements:schedule.and'))} ${s.windowStart}–${s.windowEnd}`;
}

/** The agreements the list selects with these filters, search and sort (every page), as one sheet. */
export async function exportAgreements(
  ctx: UseCase,
  filters: Omit<AgreementListInput, 'page' | 'pageSize'>,
  locale: PrintLocale,
): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listAgreements(ctx, { ...filters, page, pageSize }));
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  return toWorkbook<R>(
    t('agreements:title'),
    [
      { header: t('agreements:fields.number'), width: 20, value: (a) => a.number },
      { header: t('agreements:fields.state'), width: 10, value: (a) => t(`agreements:states.${a.state}`) },
      { header: t('agreements:fields.ownerName'), width: 12, value: (a) => a.ownerName },
      { header: t('agreements:fields.ownerPhone'), width: 14, value: (a) => a.ownerPhone },
      { header: t('agreements:fields.address'), width: 22, value: (a) => a.address },
      { header: t('agreements:fields.schedule'), width: 28, value: (a) => scheduleText(t, a.schedule) },
      { header: t('agreements:fields.staffCount'), width: 8, value: (a) => a.staffCount },
      { header: t('agreements:fields.startDate'), width: 12, value: (a) => a.startDate },
      { header: t('agreements:fields.endDate'), width: 12, value: (a) => a.endDate },
      yuanColumn<R>(t('agreements:fields.perVisit'), (a) => a.perVisitFen),
      { header: t('agreements:fields.paymentTerms'), width: 10, value: (a) => t(`agreements:paymentTerms.${a.paymentTerms}`) },
      { header: t('agreements:fields.office'), width: 16, value: (a) => a.officeName },
      timeColumn<R>(t('common:fields.createdAt'), (a) => a.createdAt, tz),
    ],
    rows,
  );
}
