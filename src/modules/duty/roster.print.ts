import type { UseCase } from '../../platform/context.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { penLines } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';
import { rosterPrintMessages } from './roster.messages.js';
import { getRosterMonth } from './roster.service.js';

const CSS = `
table.roster td, table.roster th { padding: 1mm 2mm; font-size: 10.5pt; }
tr.weekend td { background: #f6f6f6; }
.gap { color: #a00; font-weight: 600; }
h2 { font-size: 12pt; margin: 4mm 0 1mm; }
.rule { font-size: 10pt; color: #333; margin: 2mm 0; }
.swap { margin: 0.5mm 0; font-size: 10pt; }
.sign-off { margin-top: 8mm; }
`;

/**
 * The printed 值班表 (A1.5) of a station for one month, A4: the station, its head and the head's 24-hour phone, each
 * day with the person on duty after swaps and their 24-hour phone, days nobody is on duty marked, the swaps, and
 * lines for the head to sign by pen.
 */
export async function renderRoster(ctx: UseCase, orgId: string, month: string, locale: PrintLocale): Promise<string> {
  const r = await getRosterMonth(ctx, orgId, month);
  const tz = await tenantZone(ctx);
  const t = translator(rosterPrintMessages, locale);
  const f = labelled(locale);
  const [year, mm] = month.split('-') as [string, string];
  const swapOf = new Map(r.swaps.map((s) => [s.day, s]));
  const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
  const rows = r.days.map((d) => {
    const wd = weekday(d.day);
    const swap = swapOf.get(d.day);
    return html`<tr class="${wd === 0 || wd === 6 ? 'weekend' : ''}"><td>${d.day}</td><td>${t(`wd.${wd}`)}</td>${
      d.userName ? html`<td>${d.userName}</td><td>${d.phone ?? ''}</td>` : html`<td class="gap" colspan="2">${t('uncovered')}</td>`
    }<td>${swap ? t('swappedFrom', { name: swap.fromName }) : ''}</td></tr>`;
  });
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${r.org.name}　${t('month', { year, month: mm })}</div>
<div class="meta">
  <div>${f(t('head'), r.roster?.headName || t('notOpened'))}</div>
  <div>${f(t('headPhone'), r.roster?.headPhone || t('notOpened'))}</div>
</div>
<p class="rule">${t('rule')}</p>
<table class="roster"><thead><tr><th>${t('date')}</th><th>${t('weekday')}</th><th>${t('person')}</th><th>${t('phone')}</th><th>${t('note')}</th></tr></thead>
<tbody>${rows}</tbody></table>
${
  r.swaps.length
    ? html`<h2>${t('swaps')}</h2>${r.swaps.map(
        (s) =>
          html`<p class="swap">${t('swapLine', {
            day: s.day,
            from: s.fromName,
            to: s.toName,
            reason: s.reason,
            by: s.recordedByName,
            at: localDateTime(s.recordedAt, tz),
          })}</p>`,
      )}`
    : ''
}
<div class="sign-off">${penLines([t('headSign'), t('signDate')], PUNCTUATION[locale].label)}</div>`;
  return printPage({ lang: locale, title: `${t('title')} ${r.org.name} ${month}`, body, css: CSS });
}
