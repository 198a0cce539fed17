import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals } from '../../platform/money.js';
import { html, printPage, type SafeHtml } from '../../platform/print/html.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { localDateTime } from '../../platform/time.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { getReceipt } from './receipt.service.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    title: '收款收据',
    stub: '存根联',
    customer: '收据联',
    number: '编号',
    payer: '今收到',
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
    keep: '存根由开票部门留存',
  },
  en: {
    title: 'Receipt',
    stub: 'Stub (kept by the issuer)',
    customer: 'Customer copy',
    number: 'No.',
    payer: 'Received from',
    item: 'Item',
    amount: 'Amount (yuan)',
    total: 'Total',
    words: 'Total in words',
    method: 'Paid by',
    cashier: 'Cashier',
    issuedAt: 'Date',
    reprint: 'REPRINT',
    void: 'VOID: {reason}',
    'method.cash': 'cash',
    'method.transfer': 'transfer',
    'method.pos': 'card (POS)',
    'method.wechat': 'WeChat Pay',
    'method.alipay': 'Alipay',
    keep: 'The stub stays with the issuing department',
  },
};

/** A receipt as printed (A2.4.2.5): receipt-printer size, or A4 with the stub copy marked; reprints say 重印. */
export async function renderReceipt(ctx: UseCase, id: string, locale: PrintLocale, size: 'receipt' | 'a4'): Promise<string> {
  const r = await getReceipt(ctx, id);
  const tz = await tenantZone(ctx);
  const t = translator(messages, locale);
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const copy = (label: string): SafeHtml => html`
<section class="copy">
  <h1>${r.officeName} ${t('title')}</h1>
  <div class="sub">${label}　${t('number')}：${r.number}${r.reprints > 0 ? html`　<span class="mark">${t('reprint')}</span>` : ''}</div>
  ${r.voidedAt ? html`<p class="mark">${t('void', { reason: r.voidReason ?? '' })}</p>` : ''}
  <p>${t('payer')}：${r.payer}</p>
  <table>
    <thead><tr><th>${t('item')}</th><th class="num">${t('amount')}</th></tr></thead>
    <tbody>${r.items.map((i) => html`<tr><td>${i.name}</td><td class="num">${yuan(i.amountFen)}</td></tr>`)}</tbody>
    <tfoot><tr><th>${t('total')}</th><td class="num"><strong>¥${yuan(r.amountFen)}</strong></td></tr>
    <tr><th>${t('words')}</th><td><strong>${fenInChineseCapitals(r.amountFen)}</strong></td></tr></tfoot>
  </table>
  <div class="meta"><div>${t('method')}：${t(`method.${r.method}`)}</div><div>${t('cashier')}：${r.cashierName}</div><div>${t('issuedAt')}：${localDateTime(r.issuedAt, tz)}</div></div>
</section>`;
  const body = size === 'a4' ? html`${copy(t('stub'))}<p class="muted">${t('keep')}</p><hr>${copy(t('customer'))}` : copy(t('customer'));
  return printPage({
    lang: locale,
    title: `${t('title')} ${r.number}`,
    body,
    size: size === 'a4' ? 'A4' : 'receipt',
    css: '.copy{page-break-inside:avoid;margin-bottom:12mm} hr{border:0;border-top:1px dashed #999;margin:8mm 0}',
  });
}
