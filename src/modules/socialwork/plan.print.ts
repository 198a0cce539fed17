import type { UseCase } from '../../platform/context.js';
import { fenInChineseCapitals, formatFen } from '../../platform/money.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { penLines } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { planPrintMessages } from './plan.messages.js';
import { missingMethods } from './plan.rules.js';
import { planForPrint } from './plan.service.js';

const CSS = `
h2 { font-size: 13pt; margin: 5mm 0 1mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 2mm 0 0; }
.text { white-space: pre-wrap; margin: 1mm 0; }
.mark { color: #a00; font-weight: 600; }
table.acts { width: 100%; border-collapse: collapse; }
table.acts th, table.acts td { border: 1px solid #333; padding: 1mm 2mm; text-align: left; }
.sign-off { margin-top: 10mm; }
`;

/**
 * The printed 项目计划书 (A3.3) of one plan version: A4, the project, who runs and supervises it, then the sections
 * the seed lists (background, theory, goals, area, period, users, methods, activities, frequency, cost and
 * benefit targets, executors), who approved it, and lines to sign by pen. A version not approved says so.
 */
export async function renderPlan(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const { plan, loaded, decidedByName } = await planForPrint(ctx, id);
  const c = plan.content;
  const p = loaded.project;
  const tz = await tenantZone(ctx);
  const t = translator(planPrintMessages, locale);
  const f = labelled(locale);
  const { list, label } = PUNCTUATION[locale];
  const methodName = (m: string) => t(`method.${m}`);
  const missing = missingMethods(c);
  const section = (key: string, text: string) => html`<h2>${t(`section.${key}`)}</h2><p class="text">${text}</p>`;
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${p.title}</div>
${plan.state === 'approved' ? '' : html`<p class="mark">${t('draftMark')}（${t(`state.${plan.state}`)}）</p>`}
${plan.state === 'returned' && plan.returnReason ? html`<p class="mark">${t('returned', { reason: plan.returnReason })}</p>` : ''}
<div class="meta">
  <div>${f(t('number'), p.number)}</div><div>${f(t('org'), loaded.orgName)}</div>
  <div>${f(t('executor'), loaded.executorName)}</div><div>${f(t('supervisor'), loaded.supervisorName)}</div>
  <div>${f(t('versionNo'), t('versionOf', { n: plan.versionNo }))}</div><div>${f(t('state'), t(`state.${plan.state}`))}</div>
  ${
    plan.state === 'approved' && plan.decidedAt
      ? html`<div>${f(t('approvedBy'), t('approvedOn', { name: decidedByName ?? '', date: businessDate(plan.decidedAt, tz) }))}</div>`
      : ''
  }
</div>
${section('background', c.background)}
${section('theory', c.theory)}
<h2>${t('section.goals')}</h2>
<h3>${t('longTermGoals')}</h3><p class="text">${c.longTermGoals}</p>
<h3>${t('stageGoals')}</h3><p class="text">${c.stageGoals}</p>
${section('area', c.area)}
${section('period', t('period', { from: c.periodFrom, to: c.periodTo }))}
${section('serviceUsers', c.serviceUsers)}
<h2>${t('section.methods')}</h2>
<p class="text">${c.methods.length ? c.methods.map(methodName).join(list) : t('none')}</p>
${missing.length ? html`<p class="mark">${t('missing', { methods: missing.map(methodName).join(list) })}</p>` : ''}
<h2>${t('section.activities')}</h2>
<table class="acts"><thead><tr><th>${t('activity')}</th><th>${t('method')}</th><th>${t('frequency')}</th></tr></thead>
<tbody>${c.activities.map((a) => html`<tr><td>${a.title}</td><td>${methodName(a.method)}</td><td>${a.frequency}</td></tr>`)}</tbody></table>
${section('frequency', c.frequency)}
<h2>${t('section.targets')}</h2>
<p class="text">${f(t('cost'), t('costValue', { amount: formatFen(c.costFen), capitals: fenInChineseCapitals(c.costFen) }))}</p>
<h3>${t('benefitTargets')}</h3><p class="text">${c.benefitTargets}</p>
${section('executors', c.executors)}
<div class="sign-off">${penLines([t('executorSign'), t('headSign'), t('date')], label)}</div>`;
  return printPage({ lang: locale, title: `${t('title')} ${p.number} ${p.title}`, body, css: CSS });
}
