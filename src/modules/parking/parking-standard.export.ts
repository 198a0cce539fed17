// The parking standards' list as Excel, in the page's own words: the web's locale files are the one catalogue.

import enFees from '../../../web/src/locales/en/feeStandards.json' with { type: 'json' };
import enStandards from '../../../web/src/locales/en/parkingStandards.json' with { type: 'json' };
import zhFees from '../../../web/src/locales/zh-CN/feeStandards.json' with { type: 'json' };
import zhStandards from '../../../web/src/locales/zh-CN/parkingStandards.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import { businessDateIn } from '../../platform/months.js';
import { type PrintLocale, PUNCTUATION } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listParkingStandards, type StandardListInput } from './parking-standard.service.js';

const CATALOGUES = {
  'zh-CN': { parkingStandards: zhStandards, feeStandards: zhFees },
  en: { parkingStandards: enStandards, feeStandards: enFees },
};

/** The standards the list selects with these filters (every page), one row each, the rate and pass prices in words. */
export async function exportParkingStandards(ctx: UseCase, f: Omit<StandardListInput, 'page' | 'pageSize'>, locale: PrintLocale) {
  const rows = await everyRow((page, pageSize) => listParkingStandards(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  const p = PUNCTUATION[locale];
  const tz = await tenantZone(ctx);
  // plain yuan with two decimals: the words around it carry the ¥ where they need one
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const step = (s: { byName: string | null; at: string | null }) => (s.at ? `${s.byName ?? ''} ${businessDateIn(new Date(s.at), tz)}` : '');
  const ps = 'parkingStandards:';
  return toWorkbook(
    t(`${ps}title`),
    [
      { header: t(`${ps}fields.estate`), width: 14, value: (s) => s.estateName },
      { header: t(`${ps}fields.carPark`), width: 16, value: (s) => `${s.carParkCode} ${s.carParkName}` },
      { header: t(`${ps}fields.effectiveMonth`), width: 10, value: (s) => s.effectiveMonth },
      { header: t(`${ps}fields.freeMinutes`), width: 10, value: (s) => s.rate.freeMinutes },
      { header: t(`${ps}fields.unitMinutes`), width: 10, value: (s) => s.rate.unitMinutes },
      { header: t(`${ps}fields.unitYuan`), width: 10, value: (s) => yuan(s.rate.unitFen) },
      {
        header: t(`${ps}fields.night`),
        width: 24,
        value: (s) =>
          s.rate.night ? t(`${ps}summary.night`, { from: s.rate.night.from, to: s.rate.night.to, yuan: yuan(s.rate.night.unitFen) }) : '',
      },
      { header: t(`${ps}fields.dailyCap`), width: 10, value: (s) => (s.rate.dailyCapFen === null ? '' : yuan(s.rate.dailyCapFen)) },
      { header: t(`${ps}fields.stayCap`), width: 10, value: (s) => (s.rate.stayCapFen === null ? '' : yuan(s.rate.stayCapFen)) },
      {
        header: t(`${ps}fields.passPrices`),
        width: 40,
        value: (s) =>
          s.passPrices
            .map((x) => `${t(`${ps}ownership.${x.ownership}`)} ${t(`${ps}summary.perMonth`, { yuan: yuan(x.monthlyFen) })}`)
            .join(p.list),
      },
      { header: t(`${ps}fields.state`), width: 14, value: (s) => t(`feeStandards:states.${s.state}`) },
      { header: t(`${ps}fields.submitted`), width: 18, value: (s) => step(s.submitted) },
      { header: t(`${ps}fields.reviewed`), width: 18, value: (s) => step(s.reviewed) },
      { header: t(`${ps}fields.approved`), width: 18, value: (s) => step(s.approved) },
      { header: t(`${ps}fields.note`), width: 24, value: (s) => s.note },
    ],
    rows,
  );
}
