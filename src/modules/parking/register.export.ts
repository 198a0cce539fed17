// The parking register's lists as Excel, in the page's own words: the web's locale files are the one catalogue.
import enParking from '../../../web/src/locales/en/parking.json' with { type: 'json' };
import zhParking from '../../../web/src/locales/zh-CN/parking.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { type CarParkListInput, listCarParks } from './car-park.service.js';
import { listSpaces, type SpaceListInput } from './parking-space.service.js';
import { listVehicles, type VehicleListInput } from './vehicle.service.js';

const CATALOGUES = { 'zh-CN': { parking: zhParking }, en: { parking: enParking } };
type NoPage<T> = Omit<T, 'page' | 'pageSize'>;

/** The car parks the list selects with these filters (every page), as one sheet. */
export async function exportCarParks(ctx: UseCase, f: NoPage<CarParkListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listCarParks(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('parking:tabs.carParks'),
    [
      { header: t('parking:fields.estate'), width: 14, value: (c) => c.estateName },
      { header: t('parking:fields.code'), width: 8, value: (c) => c.code },
      { header: t('parking:fields.name'), width: 16, value: (c) => c.name },
      { header: t('parking:fields.kind'), width: 8, value: (c) => t(`parking:kinds.${c.kind}`) },
      { header: t('parking:fields.spaceCount'), width: 8, value: (c) => c.spaceCount },
      { header: t('parking:fields.active'), width: 8, value: (c) => t(`parking:status.${c.active}`) },
    ],
    rows,
  );
}

/** The spaces the list selects, as one sheet. */
export async function exportSpaces(ctx: UseCase, f: NoPage<SpaceListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listSpaces(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('parking:tabs.spaces'),
    [
      { header: t('parking:fields.estate'), width: 14, value: (s) => s.estateName },
      { header: t('parking:fields.carPark'), width: 16, value: (s) => s.carParkName },
      { header: t('parking:fields.number'), width: 10, value: (s) => s.number },
      { header: t('parking:fields.ownership'), width: 8, value: (s) => t(`parking:ownership.${s.ownership}`) },
      { header: t('parking:fields.unit'), width: 22, value: (s) => s.unitAddress },
      { header: t('parking:fields.active'), width: 8, value: (s) => t(`parking:status.${s.active}`) },
    ],
    rows,
  );
}

/** The vehicles the list selects, as one sheet. */
export async function exportVehicles(ctx: UseCase, f: NoPage<VehicleListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listVehicles(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('parking:tabs.vehicles'),
    [
      { header: t('parking:fields.plate'), width: 12, value: (v) => v.plate },
      { header: t('parking:fields.plateKind'), width: 8, value: (v) => t(`parking:plateKinds.${v.plateKind}`) },
      { header: t('parking:fields.estate'), width: 14, value: (v) => v.estateName },
      { header: t('parking:fields.unit'), width: 22, value: (v) => v.unitAddress },
      { header: t('parking:fields.holderName'), width: 12, value: (v) => v.holderName },
      { header: t('parking:fields.holderRole'), width: 10, value: (v) => t(`parking:holderRoles.${v.holderRole ?? 'none'}`) },
      { header: t('parking:fields.holderPhone'), width: 14, value: (v) => v.holderPhone },
      { header: t('parking:fields.active'), width: 8, value: (v) => t(`parking:status.${v.active}`) },
    ],
    rows,
  );
}
