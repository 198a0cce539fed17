// The daily parking report as Excel, in the page's own words: the web's locale files are the one catalogue.
import enCollect from '../../../web/src/locales/en/parkingCollect.json' with { type: 'json' };
import zhCollect from '../../../web/src/locales/zh-CN/parkingCollect.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { type DailyReportInput, dailyReport } from './parking-report.service.js';

const CATALOGUES = { 'zh-CN': { parkingCollect: zhCollect }, en: { parkingCollect: enCollect } };

/** The report's rows (one per car park and day), each waived stay's reason and approver in one cell. */
export async function exportDailyReport(ctx: UseCase, f: DailyReportInput, locale: PrintLocale): Promise<Buffer> {
  const { rows } = await dailyReport(ctx, f);
  const t = webWords(CATALOGUES, locale);
  type Row = (typeof rows)[number];
  const col = (key: string, value: (r: Row) => number, width = 8) => ({ header: t(`parkingCollect:report.${key}`), width, value });
  return toWorkbook(
    t('parkingCollect:report.title'),
    [
      { header: t('parkingCollect:report.date'), width: 12, value: (r: Row) => r.date },
      { header: t('parkingCollect:report.estate'), width: 14, value: (r: Row) => r.estateName },
      { header: t('parkingCollect:report.carPark'), width: 16, value: (r: Row) => `${r.carParkCode} ${r.carParkName}` },
      col('stays', (r) => r.stays),
      yuanColumn<Row>(t('parkingCollect:report.charged'), (r) => r.chargedFen),
      yuanColumn<Row>(t('parkingCollect:report.collected'), (r) => r.collectedFen),
      col('collectedCount', (r) => r.collectedCount),
      yuanColumn<Row>(t('parkingCollect:report.waived'), (r) => r.waivedFen),
      yuanColumn<Row>(t('parkingCollect:report.due'), (r) => r.dueFen),
      col('pass', (r) => r.passCount),
      col('free', (r) => r.freeCount),
      col('noStandard', (r) => r.noStandardCount),
      col('unmatched', (r) => r.unmatchedCount),
      col('parkedAtClose', (r) => r.parkedAtClose),
      {
        header: t('parkingCollect:report.waivedDetails'),
        width: 48,
        value: (r: Row) =>
          r.waived
            .map((w) =>
              t('parkingCollect:report.waivedLine', {
                plate: w.plate,
                amount: (w.chargeFen / 100).toFixed(2),
                reason: w.reason,
                approver: w.approver,
              }),
            )
            .join('\n'),
      },
    ],
    rows,
  );
}
