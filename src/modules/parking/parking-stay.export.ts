// The stays list as Excel, in the page's own words: the web's locale files are the one catalogue.
import enGate from '../../../web/src/locales/en/parkingGate.json' with { type: 'json' };
import zhGate from '../../../web/src/locales/zh-CN/parkingGate.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listStays, type PresentedStay, type StayListInput } from './parking-stay.service.js';

const CATALOGUES = { 'zh-CN': { parkingGate: zhGate }, en: { parkingGate: enGate } };

/** The stays the list selects with these filters (every page), as one sheet; times local, charges in yuan. */
export async function exportStays(ctx: UseCase, f: Omit<StayListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const rows: PresentedStay[] = await everyRow((page, pageSize) => listStays(ctx, { ...f, page, pageSize }));
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  return toWorkbook(
    t('parkingGate:stays.title'),
    [
      { header: t('parkingGate:fields.carPark'), width: 18, value: (s) => `${s.estateName} ${s.carParkName}` },
      { header: t('parkingGate:fields.plate'), width: 12, value: (s) => s.plate },
      timeColumn<PresentedStay>(t('parkingGate:fields.enteredAt'), (s) => s.enteredAt, tz),
      timeColumn<PresentedStay>(t('parkingGate:fields.exitedAt'), (s) => s.exitedAt, tz),
      { header: t('parkingGate:fields.duration'), width: 8, value: (s) => s.minutes ?? '' },
      yuanColumn<PresentedStay>(t('parkingGate:fields.charge'), (s) => s.chargeFen),
      { header: t('parkingGate:fields.state'), width: 10, value: (s) => t(`parkingGate:states.${s.state}`) },
      { header: t('parkingGate:fields.source'), width: 10, value: (s) => t(`parkingGate:sources.${s.source}`) },
      { header: t('parkingGate:fields.recordedBy'), width: 10, value: (s) => s.recordedByName },
    ],
    rows,
  );
}
