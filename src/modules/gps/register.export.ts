// The GPS register's lists as Excel, in the pages' own words: the web's locale files are the one catalogue.
import enGps from '../../../web/src/locales/en/gps.json' with { type: 'json' };
import zhGps from '../../../web/src/locales/zh-CN/gps.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { type CustomerListInput, listCustomers } from './customer.service.js';
import { listProducts, type ProductListInput } from './product.service.js';
import { listSims, type SimListInput } from './sim.service.js';
import { listTerminals, type TerminalListInput } from './terminal.service.js';
import { listVehicles, type VehicleListInput } from './vehicle.service.js';

const CATALOGUES = { 'zh-CN': { gps: zhGps }, en: { gps: enGps } };
type NoPage<T> = Omit<T, 'page' | 'pageSize'>;

export async function exportCustomers(ctx: UseCase, f: NoPage<CustomerListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listCustomers(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('gps:tabs.customers'),
    [
      { header: t('gps:fields.customerName'), width: 22, value: (c) => c.name },
      { header: t('gps:fields.kind'), width: 8, value: (c) => t(`gps:kinds.${c.kind}`) },
      { header: t('gps:fields.contactName'), width: 10, value: (c) => c.contactName },
      { header: t('gps:fields.phone'), width: 14, value: (c) => c.phone },
      { header: t('gps:fields.address'), width: 28, value: (c) => c.address },
      { header: t('gps:fields.vehicleCount'), width: 8, value: (c) => c.vehicleCount },
      { header: t('gps:fields.note'), width: 20, value: (c) => c.note },
      { header: t('gps:fields.active'), width: 8, value: (c) => t(`gps:status.${c.active}`) },
    ],
    rows,
  );
}

export async function exportVehicles(ctx: UseCase, f: NoPage<VehicleListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listVehicles(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('gps:tabs.vehicles'),
    [
      { header: t('gps:fields.plate'), width: 12, value: (v) => v.plate },
      { header: t('gps:fields.customer'), width: 22, value: (v) => v.customerName },
      { header: t('gps:fields.model'), width: 14, value: (v) => v.model },
      { header: t('gps:fields.driverName'), width: 10, value: (v) => v.driverName },
      { header: t('gps:fields.driverPhone'), width: 14, value: (v) => v.driverPhone },
      { header: t('gps:fields.terminal'), width: 18, value: (v) => v.terminalSerial },
      { header: t('gps:fields.active'), width: 8, value: (v) => t(`gps:status.${v.active}`) },
    ],
    rows,
  );
}

export async function exportProducts(ctx: UseCase, f: NoPage<ProductListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listProducts(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('gps:tabs.products'),
    [
      { header: t('gps:fields.modelCode'), width: 10, value: (p) => p.modelCode },
      { header: t('gps:fields.productName'), width: 24, value: (p) => p.name },
      { header: t('gps:fields.warrantyMonths'), width: 10, value: (p) => p.warrantyMonths },
      { header: t('gps:fields.terminalCount'), width: 8, value: (p) => p.terminalCount },
      { header: t('gps:fields.active'), width: 8, value: (p) => t(`gps:status.${p.active}`) },
    ],
    rows,
  );
}

export async function exportTerminals(ctx: UseCase, f: NoPage<TerminalListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listTerminals(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('gps:tabs.terminals'),
    [
      { header: t('gps:fields.serial'), width: 18, value: (x) => x.serial },
      { header: t('gps:fields.modelCode'), width: 10, value: (x) => x.modelCode },
      { header: t('gps:fields.state'), width: 8, value: (x) => t(`gps:terminalStates.${x.state}`) },
      { header: t('gps:fields.plate'), width: 12, value: (x) => x.plate },
      { header: t('gps:fields.customer'), width: 22, value: (x) => x.customerName },
      { header: t('gps:fields.sim'), width: 22, value: (x) => x.simNumber },
      { header: t('gps:fields.soldOn'), width: 12, value: (x) => x.soldOn },
      { header: t('gps:fields.warrantyEnd'), width: 12, value: (x) => x.warrantyEnd },
      { header: t('gps:fields.inWarranty'), width: 8, value: (x) => t(`gps:warranty.${x.inWarranty}`) },
    ],
    rows,
  );
}

export async function exportSims(ctx: UseCase, f: NoPage<SimListInput>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listSims(ctx, { ...f, page, pageSize }));
  const t = webWords(CATALOGUES, locale);
  return toWorkbook(
    t('gps:tabs.sims'),
    [
      { header: t('gps:fields.simNumber'), width: 22, value: (x) => x.number },
      { header: t('gps:fields.carrier'), width: 8, value: (x) => t(`gps:carriers.${x.carrier}`) },
      { header: t('gps:fields.state'), width: 8, value: (x) => t(`gps:simStates.${x.state}`) },
      { header: t('gps:fields.terminal'), width: 18, value: (x) => x.terminalSerial },
      { header: t('gps:fields.plate'), width: 12, value: (x) => x.plate },
      { header: t('gps:fields.note'), width: 20, value: (x) => x.note },
    ],
    rows,
  );
}
