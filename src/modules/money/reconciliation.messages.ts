import type { Messages, PrintLocale } from '../../platform/print/messages.js';
import type { DifferenceKind } from './reconciliation.rules.js';

const sheet: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '对账',
    title: '对账表',
    unit: '单位',
    period: '期间',
    totals: '各环节合计',
    'total.acceptedFen': '已验收',
    'total.paidFen': '已收款',
    'total.collectedFen': '物业费、停车费等收款',
    'total.receiptedFen': '已开收据',
    'total.voidedFen': '已作废',
    'total.remittedFen': '已上缴',
    'total.confirmedFen': '财务已确认',
    'total.invoicedFen': '已开发票',
    kind: '差异类型',
    ref: '单号',
    amount: '金额',
    detail: '说明',
    none: '本期没有差异',
  },
  en: {
    sheet: 'Reconciliation',
    title: 'Reconciliation',
    unit: 'Unit',
    period: 'Period',
    totals: 'Totals by stage',
    'total.acceptedFen': 'Accepted',
    'total.paidFen': 'Paid',
    'total.collectedFen': 'Fees and parking collected',
    'total.receiptedFen': 'Receipted',
    'total.voidedFen': 'Voided',
    'total.remittedFen': 'Remitted',
    'total.confirmedFen': 'Confirmed by finance',
    'total.invoicedFen': 'Invoiced',
    kind: 'Difference',
    ref: 'Reference',
    amount: 'Amount',
    detail: 'Detail',
    none: 'No differences in this period',
  },
};

type Texts = Record<DifferenceKind, { label: string; detail: string }>;

/** How the Excel export names and explains each difference (the web has the same words in its locales). */
const texts: Record<PrintLocale, Texts> = {
  'zh-CN': {
    order_unpaid: { label: '已验收未收款', detail: '工单已验收，还没有收款记录' },
    payment_amount_differs: { label: '收款金额与工单不符', detail: '实收 {actual}，工单合计 {expected}' },
    payment_without_receipt: { label: '收款未开收据', detail: '现金还在经手人处，或收据未开' },
    receipt_amount_differs: { label: '收据金额与收款不符', detail: '收据 {actual}，收款 {expected}' },
    receipt_without_payment: { label: '收据无对应收款', detail: '本期本单位没有与之对应的收款' },
    payment_not_remitted: { label: '收款未上缴', detail: '还没有上缴财务' },
    remittance_total_differs: { label: '上缴金额与款项不符', detail: '上缴 {actual}，所含款项合计 {expected}' },
    remittance_unconfirmed: { label: '上缴未经财务确认', detail: '财务尚未确认收到' },
    order_without_invoice: { label: '工单未开发票', detail: '没有发票记录' },
    invoice_amount_differs: { label: '发票金额与工单不符', detail: '发票 {actual}，工单合计 {expected}' },
    invoice_not_delivered: { label: '发票未送达业主', detail: '发票尚未交到业主手中' },
  },
  en: {
    order_unpaid: { label: 'Accepted, not paid', detail: 'The order was accepted and has no payment yet' },
    payment_amount_differs: { label: 'Payment differs from the order', detail: 'Paid {actual}, order total {expected}' },
    payment_without_receipt: { label: 'Payment without receipt', detail: 'Cash still in the field, or no receipt written' },
    receipt_amount_differs: { label: 'Receipt differs from the payment', detail: 'Receipt {actual}, payment {expected}' },
    receipt_without_payment: { label: 'Receipt without payment', detail: 'No payment of this unit and period matches it' },
    payment_not_remitted: { label: 'Payment not remitted', detail: 'Not yet handed to finance' },
    remittance_total_differs: { label: 'Remittance differs from its payments', detail: 'Remitted {actual}, its payments {expected}' },
    remittance_unconfirmed: { label: 'Remittance not confirmed', detail: 'Finance has not confirmed receipt' },
    order_without_invoice: { label: 'Order without invoice', detail: 'No invoice recorded' },
    invoice_amount_differs: { label: 'Invoice differs from the order', detail: 'Invoice {actual}, order total {expected}' },
    invoice_not_delivered: { label: 'Invoice not delivered', detail: 'The invoice has not reached the owner' },
  },
};

export const reconciliationMessages: Record<PrintLocale, Messages> = Object.fromEntries(
  Object.entries(texts).map(([locale, byKind]) => [
    locale,
    Object.fromEntries([
      ...Object.entries(sheet[locale as PrintLocale]),
      ...Object.entries(byKind).flatMap(([kind, t]) => [
        [`${kind}.label`, t.label],
        [`${kind}.detail`, t.detail],
      ]),
    ]),
  ]),
) as Record<PrintLocale, Messages>;
