// A month's cleaning scores as Excel (A6.3): one sheet per table of the scores page, in the page's own words.

import type { z } from 'zod';
import enCleaning from '../../../web/src/locales/en/cleaning.json' with { type: 'json' };
import zhCleaning from '../../../web/src/locales/zh-CN/cleaning.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { loadExcel } from '../../platform/export/exceljs.js';
import { webWords } from '../../platform/export/words.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import type * as s from './cleaning-score.schemas.js';
import { monthScores } from './cleaning-score.service.js';

const CATALOGUES = { 'zh-CN': { cleaning: zhCleaning }, en: { cleaning: enCleaning } };

type Cell = string | number | null;
interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Guanjia 管家';
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    sheet.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The scores page's tables for a month: by area, by cleaner, by check, and the summary of rectifications and inspections. */
export async function exportScores(
  ctx: UseCase,
  q: z.infer<typeof s.scoreQuery>,
  locale: PrintLocale,
): Promise<{ month: string; file: Buffer }> {
  const r = await monthScores(ctx, q);
  const t = webWords(CATALOGUES, locale);
  const x = (key: string) => t(`cleaning:scores.export.${key}`);
  /** A rate in per mille as a percentage with one decimal (95.5). */
  const pct = (rate: number | null) => (rate === null ? null : rate / 10);
  const counts = [
    { header: x('checks'), width: 10 },
    { header: x('passed'), width: 10 },
    { header: x('rate'), width: 12 },
  ];
  const file = await workbook([
    {
      name: x('byArea'),
      columns: [{ header: x('estate'), width: 18 }, { header: x('area'), width: 16 }, { header: x('level'), width: 12 }, ...counts],
      rows: r.byArea.map((a) => [
        a.estateName,
        t(`cleaning:areas.${a.area}`),
        t(`cleaning:levels.${a.level}`),
        a.checks,
        a.passed,
        pct(a.rate),
      ]),
    },
    {
      name: x('byCleaner'),
      columns: [{ header: x('cleaner'), width: 14 }, { header: x('level'), width: 12 }, ...counts],
      rows: r.byCleaner.map((c) => [c.cleanerName, t(`cleaning:levels.${c.level}`), c.checks, c.passed, pct(c.rate)]),
    },
    {
      name: x('byCheck'),
      columns: [
        { header: x('area'), width: 16 },
        { header: x('object'), width: 18 },
        { header: x('criterion'), width: 40 },
        { header: x('failed'), width: 10 },
      ],
      rows: r.byCheck.map((c) => [t(`cleaning:areas.${c.area}`), c.object, c.criterion, c.failed]),
    },
    {
      name: x('summary'),
      columns: [
        { header: x('item'), width: 28 },
        { header: x('value'), width: 14 },
      ],
      rows: [
        [x('month'), r.month],
        [x('rectificationsOpened'), r.rectifications.opened],
        [x('fixedOnTime'), r.rectifications.fixedOnTime],
        [x('fixedLate'), r.rectifications.fixedLate],
        [x('stillOpen'), r.rectifications.open],
        [x('overdue'), r.rectifications.overdue],
        [x('inspectionsPlanned'), r.inspections.planned],
        [x('inspectionsDone'), r.inspections.done],
        [x('inspectionsMissed'), r.inspections.missed],
      ],
    },
  ]);
  return { month: r.month, file };
}
