import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals } from '../../platform/money.js';
import { html, labelled, printPage, type SafeHtml } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { sealBox, signatureBlock } from '../../platform/print/sign-off.js';
import { signatureImage } from '../../platform/print/signature.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';
import { agreementMessages } from './agreement.messages.js';
import { getAgreement } from './agreement.service.js';
import type { Schedule } from './agreement.types.js';

const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
const qty = (milli: number) => String(milli / 1000);

/** The schedule in words: 每周二、五；每月1日 09:00至11:00. */
export function scheduleInWords(s: Schedule, t: ReturnType<typeof translator>): string {
  const parts: string[] = [];
  if (s.weekdays.length) parts.push(t('weekly', { days: s.weekdays.map((d) => t(`weekday${d}`)).join(t('sep')) }));
  if (s.monthDays.length) parts.push(t('monthly', { days: s.monthDays.join(t('sep')) }));
  return `${parts.join(t('and'))} ${t('window', { from: s.windowStart, to: s.windowEnd })}`;
}

/**
 * The paper agreement (X3): A4, Chinese, prices in figures and capitals, both signatures in their boxes with
 * their dates, and a place for the office's seal beside party B's signature.
 */
export async function renderAgreement(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const a = await getAgreement(ctx, id);
  const tz = await tenantZone(ctx);
  const t = translator(agreementMessages, locale);
  const day = (iso: string | null) => localDateTime(iso, tz).slice(0, 10);
  const f = labelled(locale);
  const { gap } = PUNCTUATION[locale];
  const signature = async (blobId: string | null, name: string | null, caption: string): Promise<SafeHtml> => {
    const image = signatureImage(blobId ? await ctx.blobs.get(ctx.actor.tenantId, blobId) : null, caption);
    const note = html`${name ?? ''}${gap}${f(t('date'), day(a.signedAt))}`;
    return signatureBlock({ caption, image, notSigned: t('notSigned'), note: image ? note : undefined });
  };
  const closed = a.state === 'ended' || a.state === 'terminated';
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${a.officeName}${gap}${f(t('number'), a.number)}${gap}${t(`state.${a.state}`)}</div>
${closed ? html`<p class="mark">${t('closed', { state: t(`state.${a.state}`), reason: a.closeReason ?? '' })}</p>` : ''}
<div class="meta">
  <div>${f(t('partyA'), a.ownerName)}</div><div>${f(t('phone'), a.ownerPhone)}</div>
  <div>${f(t('partyB'), a.officeName)}</div><div>${f(t('address'), a.address)}</div>
</div>
<table>
  <thead><tr><th>${t('items')}</th><th>${t('unit')}</th><th class="num">${t('quantity')}</th><th class="num">${t('listPrice')}</th><th class="num">${t('unitPrice')}</th><th class="num">${t('amount')}</th></tr></thead>
  <tbody>${a.items.map((i) => html`<tr><td>${i.itemName}</td><td>${t(`unit.${i.unit}`)}</td><td class="num">${qty(i.quantityMilli)}</td><td class="num">${yuan(i.listPriceFen)}</td><td class="num">${yuan(i.unitPriceFen)}</td><td class="num">${yuan(i.amountFen)}</td></tr>`)}</tbody>
  <tfoot><tr><th colspan="5">${t('perVisit')}</th><td class="num"><strong>¥${yuan(a.perVisitFen)}</strong></td></tr>
  <tr><th>${t('perVisitWords')}</th><td colspan="5"><strong>${fenInChineseCapitals(a.perVisitFen)}</strong></td></tr></tfoot>
</table>
${a.negotiated ? html`<p class="muted">${a.priceApprovedAt ? t('negotiated', { name: a.priceApprovedBy ?? '', at: day(a.priceApprovedAt) }) : t('negotiatedPending')}</p>` : ''}
<table>
  <tr><th>${t('schedule')}</th><td>${scheduleInWords(a.schedule, t)}${t('and')}${t('staffCount', { n: a.staffCount })}</td></tr>
  <tr><th>${t('period')}</th><td>${t('periodValue', { from: a.startDate, to: a.endDate })}</td></tr>
  <tr><th>${t('payment')}</th><td>${t(`terms.${a.paymentTerms}`)}</td></tr>
  <tr><th>${t('terms')}</th><td><ol><li>${t('term1')}</li><li>${t('term2')}</li><li>${t('term3')}</li></ol></td></tr>
  ${a.notes ? html`<tr><th>${t('notes')}</th><td>${a.notes}</td></tr>` : ''}
</table>
<div class="sign-off">
  ${await signature(a.ownerSignatureBlobId, a.ownerSignerName, t('signA'))}
  ${await signature(a.officeSignatureBlobId, a.officeSignerName, t('signB'))}
  ${sealBox(t('seal'))}
</div>
<p class="muted">${t('footer')}</p>`;
  return printPage({ lang: locale, title: `${t('title')} ${a.number}`, body, css: 'ol { margin: 0; padding-left: 1.2em; }' });
}
