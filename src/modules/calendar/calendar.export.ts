// A year's special days as Excel, in the page's own words: the web's locale files are the one catalogue.

import enCalendar from '../../../web/src/locales/en/calendar.json' with { type: 'json' };
import zhCalendar from '../../../web/src/locales/zh-CN/calendar.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { weekdayOf } from './calendar.rules.js';
import { getCalendar } from './calendar.service.js';

const CATALOGUES = { 'zh-CN': { calendar: zhCalendar }, en: { calendar: enCalendar } };

/** The year's holidays and make-up working days, one row a date: the date, its weekday, its kind and its name. */
export async function exportCalendarYear(ctx: UseCase, year: number, locale: PrintLocale) {
  const { days } = await getCalendar(ctx, year);
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('calendar:sheet', { year }),
    [
      { header: t('calendar:fields.day'), width: 12, value: (d) => d.day },
      { header: t('calendar:fields.weekday'), width: 10, value: (d) => t(`calendar:weekdays.${weekdayOf(d.day)}`) },
      { header: t('calendar:fields.kind'), width: 12, value: (d) => t(`calendar:kinds.${d.kind}`) },
      { header: t('calendar:fields.name'), width: 16, value: (d) => d.name },
    ],
    days,
  );
}
