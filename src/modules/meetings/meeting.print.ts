import type { UseCase } from '../../platform/context.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { penLines } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';
import { meetingPrintMessages } from './meeting.messages.js';
import { getMeeting } from './meeting.service.js';
import { AGENDA } from './meetings.types.js';

const CSS = `
h2 { font-size: 13pt; margin: 5mm 0 1mm; break-after: avoid; }
.text { white-space: pre-wrap; margin: 1mm 0; }
.mark { color: #a00; font-weight: 600; }
table.actions { width: 100%; border-collapse: collapse; }
table.actions th, table.actions td { border: 1px solid #333; padding: 1mm 2mm; text-align: left; vertical-align: top; }
.sign-off { margin-top: 10mm; }
`;

/**
 * The printed 工作例会记录 (A1.2) of one meeting: A4, the station, time, place, chair and recorder, who was present and
 * who absent with the reason, one section per item of the fixed agenda, the action items decided with their owners and
 * due days, and lines for the chair and the recorder to sign by pen.
 */
export async function renderMeeting(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const m = await getMeeting(ctx, id);
  const tz = await tenantZone(ctx);
  const t = translator(meetingPrintMessages, locale);
  const f = labelled(locale);
  const { list, label } = PUNCTUATION[locale];
  const present = m.attendees.filter((a) => a.present).map((a) => a.displayName);
  const absent = m.attendees.filter((a) => !a.present).map((a) => t('absentEntry', { name: a.displayName, reason: a.absenceReason ?? '' }));
  const minutes = m.minutes;
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${m.orgName}</div>
${minutes ? '' : html`<p class="mark">${t('notHeld')}</p>`}
<div class="meta">
  <div>${f(t('heldAt'), localDateTime(m.heldAt ?? m.scheduledAt, tz))}</div><div>${f(t('place'), m.place)}</div>
  <div>${f(t('chair'), m.chairName)}</div><div>${f(t('recorder'), m.recorderName ?? '')}</div>
  <div>${f(t('present'), present.length ? present.join(list) : t('none'))}</div>
  <div>${f(t('absent'), absent.length ? absent.join(list) : t('none'))}</div>
</div>
${minutes ? AGENDA.map((k) => html`<h2>${t(`agenda.${k}`)}</h2><p class="text">${minutes[k]}</p>`) : ''}
${
  minutes
    ? html`<h2>${t('actions')}</h2>
${
  m.actions.length
    ? html`<table class="actions"><thead><tr><th>${t('no')}</th><th>${t('action')}</th><th>${t('owner')}</th><th>${t('dueOn')}</th><th>${t('state')}</th></tr></thead>
<tbody>${m.actions.map(
        (a, i) =>
          html`<tr><td>${i + 1}</td><td>${a.text}</td><td>${a.ownerName}</td><td>${a.dueOn}</td><td>${
            a.state === 'done' ? t('state.done', { date: localDateTime(a.doneAt, tz).slice(0, 10) }) : t('state.open')
          }</td></tr>`,
      )}</tbody></table>`
    : html`<p class="text">${t('none')}</p>`
}`
    : ''
}
<div class="sign-off">${penLines([t('chairSign'), t('recorderSign'), t('date')], label)}</div>`;
  return printPage({ lang: locale, title: `${t('title')} ${m.orgName} ${m.heldOn ?? ''}`, body, css: CSS });
}
