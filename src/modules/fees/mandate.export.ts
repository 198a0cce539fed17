import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook } from '../../platform/export/xlsx.js';
import { DomainError } from '../../platform/http/errors.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import type { MandateFilter } from './mandate.repo.js';
import { listMandates } from './mandate.service.js';

const EXPORT_ROW_LIMIT = 10_000;

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '托收协议',
    estate: '小区',
    unit: '房屋',
    mandateNo: '托收协议号',
    bank: '开户行',
    holder: '户名',
    account: '账号（掩码）',
    signed: '签约日期',
    state: '状态',
    'state.active': '有效',
    'state.cancelled': '已撤销',
  },
  en: {
    sheet: 'Mandates',
    estate: 'Estate',
    unit: 'Unit',
    mandateNo: 'Mandate no.',
    bank: 'Bank',
    holder: 'Account holder',
    account: 'Account (masked)',
    signed: 'Signed',
    state: 'State',
    'state.active': 'Active',
    'state.cancelled': 'Cancelled',
  },
};

/** The mandates the list shows (same filters), as Excel; refused beyond 10,000 rows rather than cut short. */
export async function exportMandates(ctx: UseCase, f: Omit<MandateFilter, 'page' | 'pageSize'>, locale: PrintLocale) {
  const first = await listMandates(ctx, { ...f, page: 1, pageSize: 100 });
  if (first.total > EXPORT_ROW_LIMIT)
    throw new DomainError('unprocessable', 'export.too_many_rows', `${first.total} rows match: narrow the filters`);
  const rows = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await listMandates(ctx, { ...f, page, pageSize: 100 });
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 14, value: (m) => m.estateName },
    { header: t('unit'), width: 16, value: (m) => m.unitLabel },
    { header: t('mandateNo'), width: 20, value: (m) => m.mandateNo },
    { header: t('bank'), width: 18, value: (m) => m.bankName },
    { header: t('holder'), width: 12, value: (m) => m.accountHolder },
    { header: t('account'), width: 22, value: (m) => m.accountNoMasked },
    { header: t('signed'), width: 12, value: (m) => m.signedDate },
    { header: t('state'), width: 8, value: (m) => t(`state.${m.state}`) },
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
