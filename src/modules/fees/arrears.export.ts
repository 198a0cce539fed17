import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import type { ArrearsRow } from './arrears.repo.js';
import { type ArrearsQuery, allArrears } from './arrears.service.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '欠费明细',
    estate: '小区',
    building: '楼栋',
    entrance: '单元',
    room: '房号',
    owner: '业主',
    phone: '联系电话',
    m1: '1个月（元）',
    m2to3: '2–3个月（元）',
    m4to6: '4–6个月（元）',
    over6: '6个月以上（元）',
    total: '欠费合计（元）',
    bills: '账单数',
    oldest: '最早欠费期间',
    totals: '合计',
  },
  en: {
    sheet: 'Arrears',
    estate: 'Estate',
    building: 'Building',
    entrance: 'Entrance',
    room: 'Room',
    owner: 'Owner',
    phone: 'Phone',
    m1: '1 month (yuan)',
    m2to3: '2–3 months (yuan)',
    m4to6: '4–6 months (yuan)',
    over6: 'Over 6 months (yuan)',
    total: 'Total (yuan)',
    bills: 'Bills',
    oldest: 'Oldest period',
    totals: 'Total',
  },
};

/** The arrears list as Excel with the same filters, and a totals row that is the sum of the rows above it. */
export async function exportArrears(ctx: UseCase, f: ArrearsQuery, locale: PrintLocale) {
  const { rows, totals } = await allArrears(ctx, f);
  const t = translator(messages, locale);
  type Row = Pick<ArrearsRow, 'estateName' | 'buildingName' | 'entrance' | 'room' | 'ownerName' | 'ownerPhone' | 'buckets' | 'totalFen'> & {
    bills: number;
    oldestPeriod: string;
  };
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 14, value: (r) => r.estateName },
    { header: t('building'), width: 10, value: (r) => r.buildingName },
    { header: t('entrance'), width: 8, value: (r) => r.entrance },
    { header: t('room'), width: 10, value: (r) => r.room },
    { header: t('owner'), width: 12, value: (r) => r.ownerName ?? '' },
    { header: t('phone'), width: 14, value: (r) => r.ownerPhone ?? '' },
    yuanColumn(t('m1'), (r) => r.buckets.m1),
    yuanColumn(t('m2to3'), (r) => r.buckets.m2to3),
    yuanColumn(t('m4to6'), (r) => r.buckets.m4to6),
    yuanColumn(t('over6'), (r) => r.buckets.over6),
    yuanColumn(t('total'), (r) => r.totalFen),
    { header: t('bills'), width: 8, value: (r) => r.bills },
    { header: t('oldest'), width: 12, value: (r) => r.oldestPeriod },
  ];
  const totalRow: Row = {
    estateName: t('totals'),
    buildingName: '',
    entrance: '',
    room: '',
    ownerName: '',
    ownerPhone: '',
    buckets: totals.buckets,
    totalFen: totals.totalFen,
    bills: totals.bills,
    oldestPeriod: '',
  };
  return toWorkbook(t('sheet'), columns, [...rows, totalRow]);
}
