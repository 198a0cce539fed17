import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { type Column, timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { type Messages, type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listPayments, type PaymentListInput } from './fee-payment.service.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '物业费收款',
    paidAt: '收款时间',
    office: '管理处',
    estate: '小区/项目',
    unit: '房屋',
    payer: '付款人',
    method: '付款方式',
    amount: '金额（元）',
    receipt: '收据号',
    voided: '{number}（已作废）',
    cashier: '收款人',
    'method.cash': '现金',
    'method.transfer': '转账',
    'method.pos': 'POS刷卡',
    'method.wechat': '微信',
    'method.alipay': '支付宝',
    'method.bank_collection': '银行托收',
  },
  en: {
    sheet: 'Fee payments',
    paidAt: 'Paid at',
    office: 'Office',
    estate: 'Estate',
    unit: 'Unit',
    payer: 'Payer',
    method: 'Method',
    amount: 'Amount (yuan)',
    receipt: 'Receipt no.',
    voided: '{number} (void)',
    cashier: 'Cashier',
    'method.cash': 'Cash',
    'method.transfer': 'Transfer',
    'method.pos': 'Card (POS)',
    'method.wechat': 'WeChat Pay',
    'method.alipay': 'Alipay',
    'method.bank_collection': 'Bank collection',
  },
};

/** The fee payments the list shows (same filters and sort), as Excel. */
export async function exportPayments(ctx: UseCase, f: PaymentListInput, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listPayments(ctx, { ...f, page, pageSize }));
  const t = translator(messages, locale);
  const tz = await tenantZone(ctx);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    timeColumn(t('paidAt'), (r) => r.paidAt, tz),
    { header: t('office'), width: 16, value: (r) => r.officeName },
    { header: t('estate'), width: 14, value: (r) => r.estateName },
    { header: t('unit'), width: 16, value: (r) => r.unitLabel },
    { header: t('payer'), width: 12, value: (r) => r.payer },
    { header: t('method'), width: 10, value: (r) => t(`method.${r.method}`) },
    yuanColumn(t('amount'), (r) => r.amountFen),
    // after a 补开, the voided numbers and the one in force: A-0000002（已作废）、A-0000003
    {
      header: t('receipt'),
      width: 14,
      value: (r) =>
        r.receiptNumber &&
        [...r.voidedReceiptNumbers.map((number) => t('voided', { number })), r.receiptNumber].join(PUNCTUATION[locale].list),
    },
    { header: t('cashier'), width: 10, value: (r) => r.cashierName },
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
