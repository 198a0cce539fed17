// The passes list as Excel, in the page's own words: the web's locale files are the one catalogue.
import enParking from '../../../web/src/locales/en/parking.json' with { type: 'json' };
import zhParking from '../../../web/src/locales/zh-CN/parking.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { listPasses, type PassListInput } from './parking-pass.service.js';

type Row = Awaited<ReturnType<typeof listPasses>>['items'][number];

const CATALOGUES = { 'zh-CN': { parking: zhParking }, en: { parking: enParking } };

/** The passes the list selects with these filters (every page), as one sheet. */
export async function exportPasses(ctx: UseCase, f: Omit<PassListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listPasses(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('parking:tabs.passes'),
    [
      { header: t('parking:fields.plate'), width: 12, value: (p) => p.plate },
      { header: t('parking:fields.holderName'), width: 10, value: (p) => p.holderName },
      { header: t('parking:fields.unit'), width: 22, value: (p) => p.unitAddress },
      { header: t('parking:fields.carPark'), width: 16, value: (p) => p.carParkName },
      { header: t('parking:passes.fields.place'), width: 12, value: (p) => p.spaceNumber ?? p.zone },
      { header: t('parking:fields.ownership'), width: 8, value: (p) => t(`parking:ownership.${p.ownership}`) },
      { header: t('parking:passes.fields.fromMonth'), width: 10, value: (p) => p.fromMonth },
      { header: t('parking:passes.fields.toMonth'), width: 10, value: (p) => p.toMonth },
      yuanColumn<Row>(t('parking:passes.fields.monthly'), (p) => p.monthlyFen),
      { header: t('parking:passes.fields.paidMonths'), width: 10, value: (p) => `${p.paidMonths}/${p.months.length}` },
      { header: t('parking:passes.fields.state'), width: 8, value: (p) => t(`parking:passes.states.${p.state}`) },
    ],
    rows,
  );
}
