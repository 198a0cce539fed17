import type { UseCase } from '../../platform/context.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { signatureBlock } from '../../platform/print/sign-off.js';
import { signatureImage } from '../../platform/print/signature.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, localDateTime } from '../../platform/time.js';
import { ageOn } from './infusion.rules.js';
import { CONSENT_CLAUSES, consentFormMessages } from './infusion-consent.messages.js';
import { consentForPrint } from './infusion-consent.service.js';

/**
 * The printed 家庭输液治疗知情同意书 (A5.4, X2/X3): A4, the centre, the patient (name, sex, age, address, allergies), the
 * text of the consent, the signer and relation, the date and the drawn signature in its box.
 */
export async function renderConsentForm(ctx: UseCase, id: string, locale: PrintLocale): Promise<string> {
  const { consent: c, patient: p, signature } = await consentForPrint(ctx, id);
  const tz = await tenantZone(ctx);
  const t = translator(consentFormMessages, locale);
  const f = labelled(locale);
  const { gap } = PUNCTUATION[locale];
  const signedOn = businessDate(c.signedAt, tz);
  const image = signatureImage(signature, t('signature'));
  const relation = c.signerRelation === 'self' ? t('self') : c.signerRelation;
  const body = html`
<h1>${t('title')}</h1>
<div class="sub">${p.org_name}</div>
${c.withdrawnAt ? html`<p class="mark">${t('withdrawn', { at: localDateTime(c.withdrawnAt, tz), reason: c.withdrawnReason ?? '' })}</p>` : ''}
<div class="meta">
  <div>${f(t('patient'), p.name)}</div><div>${f(t('sex'), t(`sex.${p.sex}`))}${gap}${f(t('age'), t('ageYears', { n: ageOn(p.birth_date, signedOn) }))}</div>
  <div>${f(t('address'), p.address)}</div><div>${f(t('allergies'), p.allergies?.trim() || t('noAllergies'))}</div>
</div>
<p>${t('intro')}</p>
<ol>${CONSENT_CLAUSES.map((k) => html`<li>${t(k)}</li>`)}</ol>
<p><strong>${t('agree')}</strong></p>
<div class="meta">
  <div>${f(t('signer'), c.signerName)}</div><div>${f(t('relation'), relation)}</div>
  <div>${f(t('signedAt'), signedOn)}</div><div>${f(t('recordedBy'), c.recordedByName)}</div>
</div>
<div class="sign-off">
  ${signatureBlock({
    caption: t('signature'),
    image,
    notSigned: t('notSigned'),
    note: image ? t('signedBy', { name: c.signerName, at: localDateTime(c.signedAt, tz) }) : undefined,
  })}
</div>
<p class="muted">${t('footer')}</p>`;
  return printPage({ lang: locale, title: `${t('title')} ${p.name}`, body, css: 'ol { padding-left: 1.5em; } li { margin: 2px 0; }' });
}
