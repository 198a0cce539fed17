import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals } from '../../platform/money.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { penLines, sealBox, signatureBlock } from '../../platform/print/sign-off.js';
import { signatureImage } from '../../platform/print/signature.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';
import { chargeDocumentsOfOrder } from '../money/charge-documents.service.js';
import { orderFormMessages } from './order.messages.js';
import { getOrder } from './order.service.js';
import { typeFormParts, typeFormTable } from './order-type.print.js';

const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
const qty = (milli: number) => String(milli / 1000);

/**
 * The paper form of an order (X3): A4, Chinese, amounts in figures and in capitals; the owner's signature in its
 * box, a line for the worker's signature and the date, and the office's seal.
 */
export async function renderOrderForm(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  return printPage(await orderFormPage(ctx, id, locale));
}

/** The form's page before it is written out: what the batch print (`order-batch.print.ts`) puts one after another. */
export async function orderFormPage(ctx: UseCase, id: string, locale: PrintLocale): Promise<Parameters<typeof printPage>[0]> {
  const o = await getOrder(ctx, id);
  const tz = await tenantZone(ctx);
  const docs = await chargeDocumentsOfOrder(ctx, id);
  const t = translator(orderFormMessages, locale);
  // the form addresses the order's party: 业主 by default, a GPS fleet's 客户, a home visit's 患者 (and family)
  const party = o.typeDef.party;
  const tp = (key: string) => (party === 'owner' ? t(key) : t(`${key}_${party}`));
  const at = (iso: string | null) => localDateTime(iso, tz);
  const f = labelled(locale);
  const { gap, list } = PUNCTUATION[locale];
  // the form's title and its own details come from the order's type (types/*.type.ts)
  const { title, section } = typeFormParts(o, locale, o.detailRefs);
  const typeTable = await typeFormTable(ctx, o, locale);
  const accepted = o.rounds.find((r) => r.outcome === 'accepted' && r.signatureBlobId);
  const bytes = accepted?.signatureBlobId ? await ctx.blobs.get(ctx.actor.tenantId, accepted.signatureBlobId) : null;
  const image = signatureImage(bytes, tp('acceptance'));
  const signature = signatureBlock({
    caption: tp('acceptance'),
    image,
    notSigned: t('notSigned'),
    note: image && accepted ? t('signedBy', { name: accepted.signerName ?? '', at: at(accepted.decidedAt) }) : undefined,
  });
  const payment = o.payment
    ? html`¥${yuan(o.payment.amountFen)} ${t(`method.${o.payment.method}`)}${gap}${t('collectedBy', { name: o.payment.collectedByName, at: at(o.payment.collectedAt) })}`
    : o.billing === 'monthly'
      ? docs.statementMonth
        ? t('monthly', { month: docs.statementMonth })
        : t('monthlyOpen')
      : html`<span class="muted">${o.totalFen === 0 && o.state !== 'cancelled' ? t('free') : t('unpaid')}</span>`;
  // a free order (a repair under warranty, an installation) has no invoice to wait for
  const invoiceLine = docs.invoiceNumber ? t('invoiceNumber', { number: docs.invoiceNumber }) : o.totalFen === 0 ? '' : t('noInvoice');
  const body = html`
<h1>${title}</h1>
<div class="sub">${o.officeName}${gap}${f(t('number'), o.number)}</div>
${o.state === 'cancelled' ? html`<p class="mark">${t('cancelled', { reason: o.cancelReason ?? '' })}</p>` : ''}
<div class="meta">
  <div>${f(tp('customer'), o.customerName)}</div><div>${f(t('phone'), o.customerPhone ?? '')}</div>
  <div>${f(t('address'), o.address ?? '')}</div><div>${f(t('channel'), t(`channel.${o.channel}`))}</div>
  <div>${f(t('requestedAt'), at(o.requestedAt))}</div><div>${f(t('appointment'), `${at(o.appointmentStart)}${o.appointmentEnd ? ` – ${at(o.appointmentEnd).slice(11)}` : ''}`)}</div>
  ${o.staffCount !== null ? html`<div>${f(t('staffCount'), o.staffCount)}</div>` : ''}<div>${f(t('staff'), o.staff.map((s) => s.displayName).join(list))}</div>
  ${o.staffShortReason ? html`<div>${t('staffShort', { n: o.staff.length, reason: o.staffShortReason })}</div>` : ''}
</div>
${o.description ? html`<p>${f(t('description'), o.description)}</p>` : ''}
${section}
${typeTable}
${
  // a type priced on site charges parts only: no item lines to list
  o.lines.length
    ? html`<table>
  <thead><tr><th>${t('items')}</th><th>${t('unit')}</th><th class="num">${t('unitPrice')}</th><th class="num">${t('quantity')}</th><th class="num">${t('amount')}</th></tr></thead>
  <tbody>${o.lines.map((l) => html`<tr><td>${l.itemName}</td><td>${t(`unit.${l.unit}`)}</td><td class="num">${yuan(l.unitPriceFen)}</td><td class="num">${qty(l.quantityMilli)}</td><td class="num">${yuan(l.amountFen)}</td></tr>`)}</tbody>
</table>`
    : ''
}
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
  <tr><th>${t('times')}</th><td>${t('arrivedAt')} ${at(o.arrivedAt)}${gap}${t('startedAt')} ${at(o.startedAt)}${gap}${t('completedAt')} ${at(o.completedAt)}</td></tr>
  <tr><th>${t('wait')} / ${t('work')}</th><td>${o.measures.waitMinutes === null ? '' : t('minutes', { n: o.measures.waitMinutes })} / ${o.measures.workMinutes === null ? '' : t('minutes', { n: o.measures.workMinutes })}</td></tr>
  ${o.rounds
    .filter((r) => r.outcome)
    .map(
      (r) =>
        html`<tr><th>${t('round', { n: r.roundNo })}</th><td>${t(`outcome.${r.outcome}`)}${gap}${at(r.decidedAt)}${r.reason ? html`${gap}${r.reason}` : ''}</td></tr>`,
    )}
  <tr><th>${t('payment')}</th><td>${payment}${docs.receiptNumber ? html`<div class="doc-no">${t('receiptNumber', { number: docs.receiptNumber })}</div>` : ''}${invoiceLine ? html`<div class="doc-no">${invoiceLine}</div>` : ''}</td></tr>
</table>
<div class="sign-off">
  ${signature}
  ${penLines([t('worker'), t('date')], PUNCTUATION[locale].label)}
  ${sealBox(t('seal'))}
</div>
<p class="muted">${tp('footer')}</p>`;
  return { lang: locale, title: `${title} ${o.number}`, body };
}
