import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals } from '../../platform/money.js';
import { html, printPage } from '../../platform/print/html.js';
import { type PrintLocale, translator } from '../../platform/print/messages.js';
import { localDateTime } from '../../platform/time.js';
import { chargeDocumentsOfOrder } from '../money/charge-documents.service.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { orderFormMessages } from './order.messages.js';
import { getOrder } from './order.service.js';
import { typeFormParts } from './order-type.print.js';

const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
const qty = (milli: number) => String(milli / 1000);

/** The paper form of an order (X3): A4, Chinese, amounts in figures and in capitals, the owner's signature. */
export async function renderOrderForm(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const o = await getOrder(ctx, id);
  const tz = await tenantZone(ctx);
  const docs = await chargeDocumentsOfOrder(ctx, id);
  const t = translator(orderFormMessages, locale);
  const at = (iso: string | null) => localDateTime(iso, tz);
  // the form's title and its own details come from the order's type (types/*.type.ts)
  const { title, section } = typeFormParts(o, locale);
  const accepted = o.rounds.find((r) => r.outcome === 'accepted' && r.signatureBlobId);
  let signature = html`<span class="muted">${t('notSigned')}</span>`;
  if (accepted?.signatureBlobId) {
    const bytes = await ctx.blobs.get(ctx.actor.tenantId, accepted.signatureBlobId);
    if (bytes) {
      const src = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
      signature = html`<img alt="${t('acceptance')}" src="${src}"><div>${t('signedBy', { name: accepted.signerName ?? '', at: at(accepted.decidedAt) })}</div>`;
    }
  }
  const body = html`
<h1>${title}</h1>
<div class="sub">${o.officeName}　${t('number')}：${o.number}</div>
${o.state === 'cancelled' ? html`<p class="mark">${t('cancelled', { reason: o.cancelReason ?? '' })}</p>` : ''}
<div class="meta">
  <div>${t('customer')}：${o.customerName}</div><div>${t('phone')}：${o.customerPhone ?? ''}</div>
  <div>${t('address')}：${o.address ?? ''}</div><div>${t('channel')}：${t(`channel.${o.channel}`)}</div>
  <div>${t('requestedAt')}：${at(o.requestedAt)}</div><div>${t('appointment')}：${at(o.appointmentStart)}${o.appointmentEnd ? ` – ${at(o.appointmentEnd).slice(11)}` : ''}</div>
  <div>${t('staffCount')}：${o.staffCount ?? ''}</div><div>${t('staff')}：${o.staff.map((s) => s.displayName).join('、')}</div>
  ${o.staffShortReason ? html`<div>${t('staffShort', { n: o.staff.length, reason: o.staffShortReason })}</div>` : ''}
</div>
${o.description ? html`<p>${t('description')}：${o.description}</p>` : ''}
${section}
<table>
  <thead><tr><th>${t('items')}</th><th>${t('unit')}</th><th class="num">${t('unitPrice')}</th><th class="num">${t('quantity')}</th><th class="num">${t('amount')}</th></tr></thead>
  <tbody>${o.lines.map((l) => html`<tr><td>${l.itemName}</td><td>${t(`unit.${l.unit}`)}</td><td class="num">${yuan(l.unitPriceFen)}</td><td class="num">${qty(l.quantityMilli)}</td><td class="num">${yuan(l.amountFen)}</td></tr>`)}</tbody>
</table>
${
  o.materials.length
    ? html`<table>
  <thead><tr><th>${t('material')}</th><th>${t('unit')}</th><th class="num">${t('unitPrice')}</th><th class="num">${t('quantity')}</th><th class="num">${t('amount')}</th></tr></thead>
  <tbody>${o.materials.map((m) => html`<tr><td>${m.name}</td><td>${m.unitLabel}</td><td class="num">${yuan(m.unitPriceFen)}</td><td class="num">${qty(m.quantityMilli)}</td><td class="num">${yuan(m.amountFen)}</td></tr>`)}</tbody>
</table>`
    : ''
}
<table>
  <tr><th>${t('serviceFee')}</th><td class="num">¥${yuan(o.serviceFeeFen)}</td><th>${t('materialFee')}</th><td class="num">¥${yuan(o.materialFeeFen)}</td><th>${t('total')}</th><td class="num"><strong>¥${yuan(o.totalFen)}</strong></td></tr>
  <tr><th>${t('totalWords')}</th><td colspan="5"><strong>${fenInChineseCapitals(o.totalFen)}</strong></td></tr>
</table>
<table>
  <tr><th>${t('times')}</th><td>${t('arrivedAt')} ${at(o.arrivedAt)}　${t('startedAt')} ${at(o.startedAt)}　${t('completedAt')} ${at(o.completedAt)}</td></tr>
  <tr><th>${t('wait')} / ${t('work')}</th><td>${o.measures.waitMinutes === null ? '' : t('minutes', { n: o.measures.waitMinutes })} / ${o.measures.workMinutes === null ? '' : t('minutes', { n: o.measures.workMinutes })}</td></tr>
  ${o.rounds
    .filter((r) => r.outcome)
    .map(
      (r) =>
        html`<tr><th>${t('round', { n: r.roundNo })}</th><td>${t(`outcome.${r.outcome}`)}　${at(r.decidedAt)}${r.reason ? html`　${r.reason}` : ''}</td></tr>`,
    )}
</table>
<div class="foot">
  <div class="sign"><div><strong>${t('acceptance')}</strong></div>${signature}</div>
  <div><div><strong>${t('payment')}</strong></div>${
    o.payment
      ? html`<div>¥${yuan(o.payment.amountFen)} ${t(`method.${o.payment.method}`)}</div><div>${t('collectedBy', { name: o.payment.collectedByName, at: at(o.payment.collectedAt) })}</div>`
      : o.billing === 'monthly'
        ? html`<div>${docs.statementMonth ? t('monthly', { month: docs.statementMonth }) : t('monthlyOpen')}</div>`
        : html`<span class="muted">${t('unpaid')}</span>`
  }${docs.receiptNumber ? html`<div class="doc-no">${t('receiptNumber', { number: docs.receiptNumber })}</div>` : ''}<div class="doc-no">${
    docs.invoiceNumber ? t('invoiceNumber', { number: docs.invoiceNumber }) : t('noInvoice')
  }</div></div>
</div>
<p class="muted">${t('footer')}</p>`;
  return printPage({ lang: locale, title: `${title} ${o.number}`, body });
}
