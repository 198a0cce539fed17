import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { Patient } from './patient-queries';

type Verdict = Pick<Patient, 'eligible' | 'ineligibleReasons'>;

/** 可出诊 in green, or 不符合 in red with each reason (A5.1), as judged at the patient's last save. */
export function EligibilityTag({ patient, reasons = true }: { patient: Verdict; reasons?: boolean }) {
  const { t } = useTranslation();
  if (patient.eligible) return <Tag className="infusion-tag-eligible">{t('infusionPatients:eligible.yes')}</Tag>;
  return (
    <span>
      <Tag className="infusion-tag-ineligible">{t('infusionPatients:eligible.no')}</Tag>
      {reasons ? (
        <span className="infusion-reasons">
          {patient.ineligibleReasons.map((r) => t(`infusion:ineligible.${r}`)).join(t('common:clauseSeparator'))}
        </span>
      ) : null}
    </span>
  );
}

/** The patient page's verdict: eligible or not, each reason, who judged it when, and how it is judged. */
export function EligibilityPanel({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const format = useFormat();
  const at = format.dateTime(patient.eligibilityCheckedAt);
  return (
    <section className="panel infusion-section" aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading" className="card-heading">
        {t('infusionPatients:patients.eligibility')}
      </h2>
      <p className="infusion-verdict">
        <EligibilityTag patient={patient} reasons={false} />{' '}
        {t(patient.eligible ? 'infusionPatients:eligible.verdictYes' : 'infusionPatients:eligible.verdictNo')}
      </p>
      {patient.eligible ? null : (
        <ul className="infusion-verdict-reasons">
          {patient.ineligibleReasons.map((r) => (
            <li key={r}>{t(`infusion:ineligible.${r}`)}</li>
          ))}
        </ul>
      )}
      {patient.ineligibleReasons.includes('walks') ? <p>{t('infusionPatients:eligible.adviseCentre')}</p> : null}
      <p className="muted small">
        {patient.eligibilityCheckedByName
          ? t('infusionPatients:eligible.checked', { by: patient.eligibilityCheckedByName, at })
          : t('infusionPatients:eligible.checkedBySystem', { at })}{' '}
        {t('infusionPatients:eligible.judgedOnSave')}
      </p>
    </section>
  );
}
