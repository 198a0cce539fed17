import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals, formatFen, formatYuan } from '../../platform/money.js';
import { html, labelled, printPage, type SafeHtml } from '../../platform/print/html.js';
import { type Messages, type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { A4 } from '../../platform/print/paper.js';
import { sealBox } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';
import { getReceipt, receiptForCheckedPayment } from './receipt.service.js';
import type { ReceiptItem } from './receipt-book.types.js';
import { SLIP_AMOUNT_MM, slipPaper } from './receipt-slip.rules.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    title: '收款收据',
    stub: '存根联',
    customer: '收据联',
    number: '编号',
    payee: '收款单位',
    payer: '付款人',
    item: '项目',
    amount: '金额（元）',
    total: '合计（小写）',
    words: '合计（大写）',
    method: '付款方式',
    cashier: '收款人',
    issuedAt: '日期',
    reprint: '重印',
    void: '作废：{reason}',
    'method.cash': '现金',
    'method.transfer': '转账',
    'method.pos': 'POS刷卡',
    'method.wechat': '微信',
    'method.alipay': '支付宝',
    'line.materials': '材料费',
    'line.service': '服务费',
    keep: '存根由开票部门留存',
    seal: '收款单位（盖章）',
  },
  en: {
    title: 'Receipt',
    stub: 'Stub (kept by the issuer)',
    customer: 'Customer copy',
    number: 'No.',
    payee: 'Payee',
    payer: 'Payer',
    item: 'Item',
    amount: 'Amount (yuan)',
    total: 'Total',
    words: 'Total in words',
    method: 'Payment method',
    cashier: 'Cashier',
    issuedAt: 'Date',
    reprint: 'REPRINT',
    void: 'VOID: {reason}',
    'method.cash': 'cash',
    'method.transfer': 'transfer',
    'method.pos': 'card (POS)',
    'method.wechat': 'WeChat Pay',
    'method.alipay': 'Alipay',
    'line.materials': 'Materials',
    'line.service': 'Service fee',
    keep: 'The stub stays with the issuing department',
    seal: 'Payee’s seal',
  },
};

/**
 * A receipt as printed (A2.4.2.5): an 80 mm slip as long as it needs, or A4 with the stub copy above the
 * customer's; each copy names the payee (收款单位) and the payer (付款人) and has a square for the payee's seal.
 * Reprints say 重印.
 */
export async function renderReceipt(ctx: UseCase, id: string, locale: PrintLocale, size: 'receipt' | 'a4'): Promise<string> {
  return printReceipt(ctx, await getReceipt(ctx, id), locale, size);
}

/**
 * The same printed receipt for a module that has itself checked the caller may read the payment the receipt is for
 * (a guard printing the parking charge they just collected holds no receipts.read).
 */
export async function renderCheckedReceipt(ctx: UseCase, id: string, locale: PrintLocale, size: 'receipt' | 'a4'): Promise<string> {
  return printReceipt(ctx, await receiptForCheckedPayment(ctx, id), locale, size);
}

async function printReceipt(ctx: UseCase, r: Awaited<ReturnType<typeof getReceipt>>, locale: PrintLocale, size: 'receipt' | 'a4') {
  const tz = await tenantZone(ctx);
  const t = translator(messages, locale);
  const f = labelled(locale);
  const { gap, label: sep } = PUNCTUATION[locale];
  const words = fenInChineseCapitals(r.amountFen);
  // a record's own line prints as it is named; a fixed one (材料费) in the print's language
  const itemName = (i: ReceiptItem) => (i.key ? t(`line.${i.key}`) : i.name);
  const heads = [f(t('payee'), r.officeName), f(t('payer'), r.payer)];
  const tail = [f(t('method'), t(`method.${r.method}`)), f(t('cashier'), r.cashierName), f(t('issuedAt'), localDateTime(r.issuedAt, tz))];
  const sub = (label: string) =>
    html`${label}${gap}${f(t('number'), r.number)}${r.reprints > 0 ? html`${gap}<span class="mark">${t('reprint')}</span>` : ''}`;
  const copy = (label: string): SafeHtml => html`
<section class="copy">
  <h1>${t('title')}</h1>
  <div class="sub">${sub(label)}</div>
  ${r.voidedAt ? html`<p class="mark">${t('void', { reason: r.voidReason ?? '' })}</p>` : ''}
  <div class="meta">${heads.map((h) => html`<div>${h}</div>`)}</div>
  <table class="items">
    <colgroup><col><col class="amount"></colgroup>
    <thead><tr><th>${t('item')}</th><th class="num">${t('amount')}</th></tr></thead>
    <tbody>${r.items.map((i) => html`<tr><td>${itemName(i)}</td><td class="num">${formatYuan(i.amountFen)}</td></tr>`)}</tbody>
    <tfoot><tr><th>${t('total')}</th><td class="num"><strong>${formatFen(r.amountFen)}</strong></td></tr>
    <tr><td colspan="2"><strong>${t('words')}${sep}${words}</strong></td></tr></tfoot>
  </table>
  <div class="sign-off"><div class="tail">${tail.map((x) => html`<div>${x}</div>`)}</div>${sealBox(t('seal'))}</div>
</section>`;
  const roll = size === 'receipt';
  const text = (h: SafeHtml) => h.value.replace(/<[^>]*>/g, '');
  const paper = roll
    ? slipPaper({
        title: t('title'),
        sub: text(sub(t('customer'))),
        voided: r.voidedAt ? t('void', { reason: r.voidReason ?? '' }) : null,
        heads: heads.map(text),
        items: r.items.map(itemName),
        words: `${t('words')}${sep}${words}`,
        tail: tail.map(text),
      })
    : A4;
  const body = roll ? copy(t('customer')) : html`${copy(t('stub'))}<p class="muted">${t('keep')}</p><hr>${copy(t('customer'))}`;
  return printPage({
    lang: locale,
    title: `${t('title')} ${r.number}`,
    body,
    paper,
    css: `.copy{break-inside:avoid} hr{border:0;border-top:1px dashed #999;margin:6mm 0}
.sign-off .tail{flex:1}
${roll ? `table.items{table-layout:fixed} col.amount{width:${SLIP_AMOUNT_MM}mm} .sign-off .tail{align-self:stretch}` : 'col.amount{width:40mm} .copy .sign-off{margin-top:3mm}'}`,
  });
}
