import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook } from '../../platform/export/xlsx.js';
import { DomainError } from '../../platform/http/errors.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { formatArea } from './estate.rules.js';
import { type EstateListInput, listBuildings, listEstates } from './estate.service.js';
import type { ResidentFilter } from './estate-residents.repo.js';
import { listResidents } from './estate-residents.service.js';
import type { UnitFilter } from './estate-units.repo.js';
import { listUnits } from './estate-units.service.js';

/** The most rows one export writes; more asks for narrower filters rather than a file cut short. */
export const EXPORT_ROW_LIMIT = 10_000;

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    estates: '小区',
    buildings: '楼栋',
    units: '房屋',
    residents: '业主住户',
    estate: '小区/项目',
    office: '管理处',
    address: '地址',
    buildingCount: '楼栋数',
    unitCount: '房屋数',
    active: '状态',
    'active.true': '在用',
    'active.false': '停用',
    building: '楼栋',
    entrance: '单元',
    floor: '楼层',
    room: '房号',
    area: '建筑面积（㎡）',
    use: '用途',
    occupancy: '使用状态',
    owner: '业主',
    phone: '联系电话',
    role: '类型',
    name: '姓名',
    idNumber: '证件号码（脱敏）',
    moveInDate: '入住日期',
    moveOutDate: '迁出日期',
    'use.residential': '住宅',
    'use.commercial': '商业',
    'occupancy.occupied': '已入住',
    'occupancy.vacant': '空置',
    'occupancy.decorating': '装修中',
    'role.owner': '业主',
    'role.renter': '租户',
  },
  en: {
    estates: 'Estates',
    buildings: 'Buildings',
    units: 'Units',
    residents: 'Residents',
    estate: 'Estate',
    office: 'Office',
    address: 'Address',
    buildingCount: 'Buildings',
    unitCount: 'Units',
    active: 'Status',
    'active.true': 'In use',
    'active.false': 'Deactivated',
    building: 'Building',
    entrance: 'Entrance',
    floor: 'Floor',
    room: 'Room',
    area: 'Floor area (m²)',
    use: 'Use',
    occupancy: 'Occupancy',
    owner: 'Owner',
    phone: 'Phone',
    role: 'Type',
    name: 'Name',
    idNumber: 'ID number (masked)',
    moveInDate: 'Moved in',
    moveOutDate: 'Moved out',
    'use.residential': 'Residential',
    'use.commercial': 'Commercial',
    'occupancy.occupied': 'Occupied',
    'occupancy.vacant': 'Vacant',
    'occupancy.decorating': 'Decorating',
    'role.owner': 'Owner',
    'role.renter': 'Tenant',
  },
};

type Paged<T> = (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>;

/** Every page of a list with the same filters and sort, refused when it is too long for one file. */
async function allRows<T>(fetch: Paged<T>): Promise<T[]> {
  const pageSize = 100;
  const first = await fetch(1, pageSize);
  if (first.total > EXPORT_ROW_LIMIT)
    throw new DomainError(
      'unprocessable',
      'export.too_many_rows',
      `${first.total} rows match: narrow the filters to at most ${EXPORT_ROW_LIMIT}`,
    );
  const rows = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await fetch(page, pageSize);
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  return rows;
}

type NoPage<T> = Omit<T, 'page' | 'pageSize'>;

export async function exportEstates(ctx: UseCase, f: NoPage<EstateListInput>, locale: PrintLocale) {
  const rows = await allRows((page, pageSize) => listEstates(ctx, { ...f, page, pageSize }));
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 18, value: (e) => e.name },
    { header: t('office'), width: 18, value: (e) => e.officeName },
    { header: t('address'), width: 28, value: (e) => e.address },
    { header: t('buildingCount'), width: 10, value: (e) => e.buildingCount },
    { header: t('unitCount'), width: 10, value: (e) => e.unitCount },
    { header: t('active'), width: 8, value: (e) => t(`active.${e.active}`) },
  ];
  return toWorkbook(t('estates'), columns, rows);
}

export async function exportBuildings(ctx: UseCase, f: NoPage<Parameters<typeof listBuildings>[1]>, locale: PrintLocale) {
  const rows = await allRows((page, pageSize) => listBuildings(ctx, { ...f, page, pageSize }));
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('building'), width: 14, value: (b) => b.name },
    { header: t('unitCount'), width: 10, value: (b) => b.unitCount },
    { header: t('active'), width: 8, value: (b) => t(`active.${b.active}`) },
  ];
  return toWorkbook(t('buildings'), columns, rows);
}

export async function exportUnits(ctx: UseCase, f: NoPage<UnitFilter>, locale: PrintLocale) {
  const rows = await allRows((page, pageSize) => listUnits(ctx, { ...f, page, pageSize }));
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 14, value: (u) => u.estateName },
    { header: t('building'), width: 10, value: (u) => u.buildingName },
    { header: t('entrance'), width: 8, value: (u) => u.entrance },
    { header: t('floor'), width: 8, value: (u) => u.floor },
    { header: t('room'), width: 10, value: (u) => u.room },
    { header: t('area'), width: 14, value: (u) => formatArea(u.areaMilli) },
    { header: t('use'), width: 10, value: (u) => t(`use.${u.use}`) },
    { header: t('occupancy'), width: 10, value: (u) => t(`occupancy.${u.occupancy}`) },
    { header: t('owner'), width: 12, value: (u) => u.ownerName },
    { header: t('phone'), width: 14, value: (u) => u.ownerPhone },
    { header: t('active'), width: 8, value: (u) => t(`active.${u.active}`) },
  ];
  return toWorkbook(t('units'), columns, rows);
}

export async function exportResidents(ctx: UseCase, f: NoPage<ResidentFilter>, locale: PrintLocale) {
  const rows = await allRows((page, pageSize) => listResidents(ctx, { ...f, page, pageSize }));
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 14, value: (r) => r.estateName },
    { header: t('building'), width: 10, value: (r) => r.buildingName },
    { header: t('entrance'), width: 8, value: (r) => r.entrance },
    { header: t('room'), width: 10, value: (r) => r.room },
    { header: t('role'), width: 8, value: (r) => t(`role.${r.role}`) },
    { header: t('name'), width: 12, value: (r) => r.name },
    { header: t('phone'), width: 14, value: (r) => r.phone },
    { header: t('idNumber'), width: 22, value: (r) => r.idNumberMasked },
    { header: t('moveInDate'), width: 12, value: (r) => r.moveInDate },
    { header: t('moveOutDate'), width: 12, value: (r) => r.moveOutDate },
    { header: t('active'), width: 8, value: (r) => t(`active.${r.active}`) },
  ];
  return toWorkbook(t('residents'), columns, rows);
}
