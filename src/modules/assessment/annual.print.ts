import type { UseCase } from '../../platform/context.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { penLines } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { annualPrintMessages } from './annual.messages.js';
import { personSheet, readAnnual } from './annual.service.js';
import type { FigureSnapshot } from './assessment.types.js';
import { figureName } from './figure-names.js';

const CSS = `
h2 { font-size: 13pt; margin: 5mm 0 1mm; break-after: avoid; }
.text { white-space: pre-wrap; margin: 1mm 0; }
table.grid { width: 100%; border-collapse: collapse; }
table.grid th, table.grid td { border: 1px solid #333; padding: 1mm 2mm; text-align: left; }
table.grid td.num, table.grid th.num { text-align: right; }
.result { font-size: 13pt; font-weight: 600; margin: 2mm 0; }
.note { font-size: 10pt; color: #444; }
.sign-off { margin-top: 10mm; }
`;

/** A figure's value as the page shows it: a count, minutes as hours, per mille as a percentage. */
function figureValue(f: FigureSnapshot, t: (k: string, v?: Record<string, string | number>) => string): string {
  if (f.value === null) return '—';
  if (f.unit === 'minutes') return t('hours', { n: (Math.round(f.value / 6) / 10).toFixed(1) });
  if (f.unit === 'permille') return `${(f.value / 10).toFixed(1)}%`;
  return String(f.value);
}

const points = (tenths: number) => (tenths / 10).toFixed(1);

/**
 * The printed 年度考核表 (A1.6) of one saved assessment: A4, the person, their post and duties, the year's record as
 * it stood when saved, the rewards and penalties of the year, the scores by criterion with weights, the weighted
 * total and grade, the assessor's comment, and lines to sign by pen.
 */
export async function renderAnnual(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const a = await readAnnual(ctx, id);
  const sheet = await personSheet(ctx, a.userId, a.year);
  const tz = await tenantZone(ctx);
  const t = translator(annualPrintMessages, locale);
  const f = labelled(locale);
  const { label } = PUNCTUATION[locale];
  const duty = sheet.responsibility;
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${t('year', { year: a.year })}</div>
<div class="meta">
  <div>${f(t('name'), a.userName)}</div><div>${f(t('org'), a.orgName)}</div>
  <div>${f(t('post'), duty?.postTitle ?? t('none'))}</div><div>${f(t('postedOn'), duty?.postedOn ?? t('none'))}</div>
</div>
<h2>${t('section.duties')}</h2>
<p class="text">${duty?.duties ?? t('noDuty')}</p>
<h2>${t('section.figures')}</h2>
${
  a.figures.length
    ? html`<table class="grid"><thead><tr><th>${t('figure')}</th><th class="num">${t('value')}</th></tr></thead>
<tbody>${a.figures.map((x) => html`<tr><td>${figureName(x.key, locale)}</td><td class="num">${figureValue(x, t)}</td></tr>`)}</tbody></table>
<p class="note">${t('figuresAsOf', { date: businessDate(a.assessedAt, tz) })}</p>`
    : html`<p class="text">${t('none')}</p>`
}
<h2>${t('section.rewards')}</h2>
${
  sheet.rewards.length
    ? html`<table class="grid"><thead><tr><th>${t('date')}</th><th>${t('kind')}</th><th>${t('reason')}</th><th>${t('measure')}</th></tr></thead>
<tbody>${sheet.rewards.map((r) => html`<tr><td>${r.occurredOn}</td><td>${t(`kind.${r.kind}`)}</td><td>${r.reason}</td><td>${r.measure}</td></tr>`)}</tbody></table>`
    : html`<p class="text">${t('none')}</p>`
}
<h2>${t('section.scores')}</h2>
<table class="grid"><thead><tr><th>${t('criterion')}</th><th class="num">${t('weight')}</th><th class="num">${t('score')}</th><th class="num">${t('weighted')}</th></tr></thead>
<tbody>${a.items.map((i) => html`<tr><td>${i.name}</td><td class="num">${i.weight}%</td><td class="num">${i.score}</td><td class="num">${((i.score * i.weight) / 100).toFixed(2)}</td></tr>`)}</tbody></table>
<p class="result">${f(t('total'), points(a.totalTenths))}　${f(t('grade'), t(`grade.${a.grade}`))}</p>
<h2>${t('section.comment')}</h2>
<p class="text">${a.comment}</p>
<p>${f(t('assessedBy'), t('assessedOn', { name: a.assessedByName, date: businessDate(a.assessedAt, tz) }))}</p>
<div class="sign-off">${penLines([t('personSign'), t('assessorSign'), t('signDate')], label)}</div>`;
  return printPage({ lang: locale, title: `${t('title')} ${a.year} ${a.userName}`, body, css: CSS });
}
