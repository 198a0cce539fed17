import { html, printPage, raw } from '../../platform/print/html.js';
import { type PrintLocale, translator } from '../../platform/print/messages.js';
import { businessDate } from '../../platform/time.js';
import type { PriceLine, PriceList } from './catalog.types.js';
import { noticeMessages } from './notice.messages.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The bulletin-board notice of an office's posted price list (A2.4.2.1), printable on A4. */
export function renderNotice(opts: {
  locale: PrintLocale;
  officeName: string;
  timeZone: string;
  posted: { list: PriceList; lines: PriceLine[] } | null;
  qrSvg: string;
}): string {
  const t = translator(noticeMessages, opts.locale);
  const { posted } = opts;
  const body = posted
    ? html`
<h1>${opts.officeName}</h1>
<div class="sub">${t('heading')} · ${t('version', { number: posted.list.number })}</div>
<table>
  <thead><tr><th>${t('item')}</th><th>${t('category')}</th><th>${t('unit')}</th><th class="num">${t('price')}</th><th>${t('note')}</th></tr></thead>
  <tbody>${posted.lines.map(
    (l) =>
      html`<tr><td>${opts.locale === 'en' ? (l.itemNameEn ?? l.itemName) : l.itemName}</td><td>${t(`category.${l.category}`)}</td><td>${t(`unit.${l.unit}`)}</td><td class="num">${yuan(l.priceFen)}</td><td>${l.note ?? ''}</td></tr>`,
  )}</tbody>
</table>
<p>${t('materials')}</p>
<div class="foot">
  <div><p>${t('approved', {
    name: posted.list.approvedBy ?? '',
    date: posted.list.approvedAt ? businessDate(posted.list.approvedAt, opts.timeZone) : '',
    published: posted.list.publishedAt ? businessDate(posted.list.publishedAt, opts.timeZone) : '',
  })}</p><p class="muted">${t('complaint')}</p><p class="muted noprint">${t('print')}</p></div>
  <figure style="margin:0;text-align:center;width:120px">${raw(opts.qrSvg)}<figcaption class="muted">${t('scan')}</figcaption></figure>
</div>`
    : html`<h1>${opts.officeName}</h1><p class="sub">${t('none')}</p>`;
  return printPage({ lang: opts.locale, title: `${opts.officeName} ${t('heading')}`, body });
}
