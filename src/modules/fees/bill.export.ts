import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { DomainError } from '../../platform/http/errors.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import type { Bill } from './bill.repo.js';
import { type BillListInput, listBills } from './bill.service.js';

/** The most rows one export writes; more asks for narrower filters rather than a file cut short. */
export const EXPORT_ROW_LIMIT = 10_000;

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '账单',
    period: '账期',
    estate: '小区',
    building: '楼栋',
    room: '房号',
    item: '收费项目',
    payer: '缴费人',
    area: '建筑面积（㎡）',
    rate: '单价（元）',
    days: '计费天数',
    amount: '应收（元）',
    adjustment: '调整（元）',
    due: '应缴（元）',
    state: '状态',
    'state.open': '未缴',
    'state.paid': '已缴',
  },
  en: {
    sheet: 'Bills',
    period: 'Period',
    estate: 'Estate',
    building: 'Building',
    room: 'Room',
    item: 'Fee item',
    payer: 'Payer',
    area: 'Floor area (m²)',
    rate: 'Rate (yuan)',
    days: 'Days billed',
    amount: 'Amount (yuan)',
    adjustment: 'Adjustment (yuan)',
    due: 'Due (yuan)',
    state: 'State',
    'state.open': 'Open',
    'state.paid': 'Paid',
  },
};

/** The bills the list shows (same filters and order), as Excel. */
export async function exportBills(ctx: UseCase, f: Omit<BillListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const first = await listBills(ctx, { ...f, page: 1, pageSize: 100 });
  if (first.total > EXPORT_ROW_LIMIT)
    throw new DomainError(
      'unprocessable',
      'export.too_many_rows',
      `${first.total} rows match: narrow the filters to at most ${EXPORT_ROW_LIMIT}`,
    );
  const rows: Bill[] = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await listBills(ctx, { ...f, page, pageSize: 100 });
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  const t = translator(messages, locale);
  const columns: Column<Bill>[] = [
    { header: t('period'), width: 10, value: (b) => b.period },
    { header: t('estate'), width: 14, value: (b) => b.estateName },
    { header: t('building'), width: 10, value: (b) => b.buildingName },
    { header: t('room'), width: 10, value: (b) => (b.entrance ? `${b.entrance}-${b.room}` : b.room) },
    { header: t('item'), width: 14, value: (b) => b.itemName },
    { header: t('payer'), width: 12, value: (b) => b.payerName },
    { header: t('area'), width: 14, value: (b) => (b.areaMilli / 1000).toFixed(3) },
    yuanColumn(t('rate'), (b) => b.rateFen),
    { header: t('days'), width: 10, value: (b) => `${b.daysBilled}/${b.daysInPeriod}` },
    yuanColumn(t('amount'), (b) => b.amountFen),
    yuanColumn(t('adjustment'), (b) => b.adjustmentFen),
    yuanColumn(t('due'), (b) => b.dueFen),
    { header: t('state'), width: 8, value: (b) => t(`state.${b.state}`) },
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
